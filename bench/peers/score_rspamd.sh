#!/usr/bin/env bash
# score_rspamd.sh LIST OUT.tsv
# Sends every file named in LIST (NUL-separated paths) to the Rspamd normal
# worker with one rspamc client keeping JOBS requests in flight, and writes
# OUT.tsv: path, score, flagged (1 when the action is "add header",
# "rewrite subject" or "reject", i.e. score >= 6 with the stock actions; 0;
# "error"), action.
# Environment: JOBS (default nproc), RSPAMD_PORT (11433).
set -euo pipefail
LIST=${1:?usage: score_rspamd.sh LIST OUT.tsv}
OUT=${2:?usage: score_rspamd.sh LIST OUT.tsv}
JOBS=${JOBS:-$(nproc)}
RSPAMD_PORT=${RSPAMD_PORT:-11433}

# rspamc prints, per file: "Results for file: PATH (T seconds)", then
# "Action: ..." and "Score: S / R"; a file with no Action line failed.
xargs -0 -n 2000 rspamc -h "127.0.0.1:$RSPAMD_PORT" -n "$JOBS" -t 120 symbols < "$LIST" 2>&1 |
  awk '
    function flush() {
      if (file == "") return
      if (action == "") { printf "%s\tNA\terror\tNA\n", file }
      else {
        flagged = (action == "add header" || action == "rewrite subject" || action == "reject")
        printf "%s\t%s\t%d\t%s\n", file, score, flagged, action
      }
      file = ""; action = ""; score = ""
    }
    /^Results for file: / {
      flush()
      file = $0
      sub(/^Results for file: /, "", file)
      sub(/ \([0-9.]+ seconds\)$/, "", file)
      next
    }
    /^Action: / { action = substr($0, 9); next }
    /^Score: / { score = $2; next }
    END { flush() }
  ' > "$OUT"
