#!/usr/bin/env bash
# bench/compare.sh [options] CORPUS_DIR
#
# Runs phishscan, Rspamd and Apache SpamAssassin over the same messages on
# this machine, one tool at a time with the same number of scanning
# processes, and prints one Markdown table: messages/s (per core), CPU per
# message, peak memory and, when CORPUS_DIR has phish/ and ham/ subfolders,
# phishing recall and ham false-positive rate. Both peers run fully offline
# (no DNS, no network rules, no Bayes): see bench/README.md for every option.
#
#   -j, --jobs N        scanning processes/threads per tool (default: nproc)
#   --tools LIST        comma-separated subset of phishscan,rspamd,spamassassin
#   --limit N           only the first N messages (sorted by path) of each
#                       subfolder (phish/, ham/) or of the folder
#   -h, --help          this text
#
# Environment: PHISHSCAN (binary, default build/phishscan of this checkout),
# OUT (results folder, default /tmp/phishscan-compare), SPAMD_PORT (10783),
# SPAMD_MAX_CONN (200), RSPAMD_PORT (11433), RSPAMD_CONTROLLER_PORT (11434),
# DNS_PORT (10054).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PEERS=$HERE/peers
REPO=$(dirname "$HERE")
PHISHSCAN=${PHISHSCAN:-$REPO/build/phishscan}
OUT=${OUT:-/tmp/phishscan-compare}
STATE=$OUT/state
JOBS=$(nproc)
TOOLS=phishscan,rspamd,spamassassin
LIMIT=0
CORPUS=

usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }
log() { echo "[compare] $*" >&2; }

while (($#)); do
  case $1 in
    -j | --jobs) JOBS=${2:?-j needs a number}; shift 2 ;;
    --tools) TOOLS=${2:?--tools needs a list}; shift 2 ;;
    --limit) LIMIT=${2:?--limit needs a number}; shift 2 ;;
    -h | --help) usage 0 ;;
    -*) echo "unknown option: $1" >&2; usage 2 ;;
    *) [[ -z $CORPUS ]] || usage 2; CORPUS=$1; shift ;;
  esac
done
[[ -n $CORPUS && -d $CORPUS ]] || { echo "CORPUS_DIR missing or not a folder" >&2; usage 2; }
[[ $JOBS =~ ^[1-9][0-9]*$ && $LIMIT =~ ^[0-9]+$ ]] || { echo "-j and --limit take numbers" >&2; exit 2; }
CORPUS=$(cd "$CORPUS" && pwd)
IFS=, read -r -a TOOL_LIST <<< "$TOOLS"
for t in "${TOOL_LIST[@]}"; do
  [[ $t =~ ^(phishscan|rspamd|spamassassin)$ ]] || { echo "unknown tool: $t" >&2; exit 2; }
done
wants() { [[ ,$TOOLS, == *,$1,* ]]; }
export JOBS SPAMD_PORT=${SPAMD_PORT:-10783} SPAMD_MAX_CONN=${SPAMD_MAX_CONN:-200}
export RSPAMD_PORT=${RSPAMD_PORT:-11433} RSPAMD_CONTROLLER_PORT=${RSPAMD_CONTROLLER_PORT:-11434}
export DNS_PORT=${DNS_PORT:-10054}

mkdir -p "$OUT"
LIST=$OUT/messages.list

# ------------------------------------------------------------ messages
# With phish/ and ham/ subfolders only those two are scanned (recall and
# false positives need the label); otherwise every file of the folder.
list_messages() {
  local dirs=("$CORPUS")
  [[ -d $CORPUS/phish && -d $CORPUS/ham ]] && dirs=("$CORPUS/phish" "$CORPUS/ham")
  local d files
  for d in "${dirs[@]}"; do
    mapfile -d '' files < <(find "$d" -type f ! -name '.*' ! -name 'manifest.tsv' \
      ! -name 'README*' ! -name '*.md' -print0 | sort -z)
    ((LIMIT > 0 && ${#files[@]} > LIMIT)) && files=("${files[@]:0:LIMIT}")
    ((${#files[@]} > 0)) && printf '%s\0' "${files[@]}"
  done
  return 0
}
# What phishscan is given: the folders themselves for a whole run (as a user
# would), the listed files with --limit.
phishscan_targets() {
  if ((LIMIT > 0)); then
    cat "$LIST"
  elif [[ -d $CORPUS/phish && -d $CORPUS/ham ]]; then
    printf '%s\0' "$CORPUS/phish" "$CORPUS/ham"
  else
    printf '%s\0' "$CORPUS"
  fi
}

# ------------------------------------------------------------ daemons
STARTED=()
WATCHER=
cleanup() {
  [[ -n $WATCHER ]] && kill -TERM "$WATCHER" 2> /dev/null
  local d
  for d in "${STARTED[@]}"; do
    [[ -n $d ]] && { "$PEERS/daemons.sh" stop "$d" "$STATE" || true; }
  done
}
trap cleanup EXIT

write_metrics() { # tool version messages wall_s cpu_s peak_rss_kb peak_pss_kb
  printf 'version=%s\nmessages=%s\njobs=%s\nwall_s=%s\ncpu_s=%s\npeak_rss_kb=%s\n' \
    "$2" "$3" "$JOBS" "$4" "$5" "$6" > "$OUT/$1.metrics"
  [[ -n ${7:-} ]] && echo "peak_pss_kb=$7" >> "$OUT/$1.metrics"
  return 0
}

run_phishscan() {
  [[ -x $PHISHSCAN ]] || { log "no phishscan binary at $PHISHSCAN (build it, or set PHISHSCAN)"; return 1; }
  local targets rc=0
  mapfile -d '' targets < <(phishscan_targets)
  log "phishscan: $N messages, -j $JOBS"
  /usr/bin/time -o "$OUT/phishscan.time" -f '%e %U %S %M' \
    "$PHISHSCAN" scan -j "$JOBS" --format jsonl -q "${targets[@]}" > "$OUT/phishscan.jsonl" || rc=$?
  ((rc <= 1)) || log "phishscan exited with $rc (unreadable inputs are counted as errors)"
  python3 "$PEERS/verdicts_from_jsonl.py" "$OUT/phishscan.jsonl" "$OUT/phishscan.tsv"
  local wall user sys rss
  read -r wall user sys rss < <(tail -n 1 "$OUT/phishscan.time")
  write_metrics phishscan "$("$PHISHSCAN" --version | awk '{print $NF}')" "$N" "$wall" \
    "$(echo "$user + $sys" | bc -l)" "$rss"
}

# Starts the daemon, scores the list while sampling its processes' memory,
# records wall time and the daemon's CPU time, then stops it.
run_daemon() { # tool daemon-name scorer version
  local tool=$1 daemon=$2 scorer=$3 version=$4 pid cpu0 cpu1 t0 t1
  "$PEERS/daemons.sh" start "$daemon" "$STATE"
  STARTED+=("$daemon")
  pid=$("$PEERS/daemons.sh" pids "$daemon" "$STATE")
  log "$tool: $N messages, $JOBS in flight"
  cpu0=$(python3 "$PEERS/proc_tree.py" cpu "$pid")
  python3 "$PEERS/proc_tree.py" watch "$OUT/$tool.memory" "$pid" &
  WATCHER=$!
  t0=$(date +%s.%N)
  /usr/bin/time -o "$OUT/$tool.client-time" -f 'client_cpu_s=%U+%S' "$PEERS/$scorer" "$LIST" "$OUT/$tool.tsv"
  t1=$(date +%s.%N)
  cpu1=$(python3 "$PEERS/proc_tree.py" cpu "$pid")
  kill -TERM "$WATCHER"
  wait "$WATCHER" || true
  WATCHER=
  "$PEERS/daemons.sh" stop "$daemon" "$STATE"
  local still=() d
  for d in "${STARTED[@]}"; do [[ $d == "$daemon" ]] || still+=("$d"); done
  STARTED=("${still[@]}")
  local peak_hwm_kb peak_pss_kb
  # shellcheck disable=SC1090
  source "$OUT/$tool.memory"
  write_metrics "$tool" "$version" "$N" "$(echo "$t1 - $t0" | bc -l)" \
    "$(echo "$cpu1 - $cpu0" | bc -l)" "$peak_hwm_kb" "$peak_pss_kb"
}

# ------------------------------------------------------------ main
if wants rspamd || wants spamassassin; then
  "$PEERS/install.sh"
  "$PEERS/configure.sh" "$STATE"
elif ! command -v /usr/bin/time > /dev/null; then
  "$PEERS/install.sh"
fi

list_messages > "$LIST"
N=$(tr -cd '\0' < "$LIST" | wc -c)
((N > 0)) || { log "no messages under $CORPUS"; exit 1; }

for tool in "${TOOL_LIST[@]}"; do
  case $tool in
    phishscan) run_phishscan ;;
    rspamd) run_daemon rspamd rspamd score_rspamd.sh "$(rspamd --version 2>&1 | awk 'NR==1{print $NF}')" ;;
    spamassassin) run_daemon spamassassin sa score_spamassassin.sh "$(spamassassin -V | awk 'NR==1{print $3}')" ;;
  esac
done

python3 "$PEERS/report.py" "$OUT" "$CORPUS" "${TOOL_LIST[@]}" | tee "$OUT/results.md"
log "per-message results and metrics in $OUT"
