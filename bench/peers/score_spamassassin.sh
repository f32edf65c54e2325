#!/usr/bin/env bash
# score_spamassassin.sh LIST OUT.tsv
# Sends every file named in LIST (NUL-separated paths) to spamd with spamc,
# JOBS messages in flight, and writes OUT.tsv: path, score, flagged (1 when
# score >= SpamAssassin's required_score, 5.0; 0; "error"), required score.
# Environment: JOBS (default nproc), SPAMD_PORT (10783).
set -euo pipefail
LIST=${1:?usage: score_spamassassin.sh LIST OUT.tsv}
OUT=${2:?usage: score_spamassassin.sh LIST OUT.tsv}
JOBS=${JOBS:-$(nproc)}
export SPAMD_PORT=${SPAMD_PORT:-10783}

# spamc's default 500 KB cap would skip (score 0) larger messages: 25 MB.
scan_one() {
  local reply
  reply=$(spamc -d 127.0.0.1 -p "$SPAMD_PORT" -x -c -s 26214400 -t 300 < "$1" 2> /dev/null) || true
  if [[ $reply =~ ^(-?[0-9.]+)/([0-9.]+)$ ]]; then
    local score=${BASH_REMATCH[1]} required=${BASH_REMATCH[2]} flagged=0
    awk -v s="$score" -v r="$required" 'BEGIN { exit !(s + 0 >= r + 0) }' && flagged=1
    printf '%s\t%s\t%s\t%s\n' "$1" "$score" "$flagged" "$required"
  else
    printf '%s\tNA\terror\tNA\n' "$1"
  fi
}
export -f scan_one

# shellcheck disable=SC2016  # $1 is expanded by the child bash
xargs -0 -P "$JOBS" -n 1 bash -c 'scan_one "$1"' _ < "$LIST" > "$OUT"
