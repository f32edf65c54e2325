#!/usr/bin/env bash
# bench/scaling.sh [FOLDER]
#
# How phishscan's cost grows, end to end through the `phishscan` command:
#   1. threads: the same folder scanned with -j1 and -j2 (default FOLDER:
#      ../shared/corpus/{phish,ham} beside this checkout, else examples/);
#   2. message size: generated messages of 10 KB … 10 MB, each scanned
#      repeatedly in one run; CPU time per message, and per KB (that ratio
#      stays flat when time grows linearly with size);
#   3. pathological messages (10,000 links, 1,000 MIME parts, 1 MB headers):
#      CPU time per message, and peak RSS with 1 and with 20 copies in one
#      run (equal when memory is bounded per message, not per run).
# The engine's start-up (data loading and pattern compilation) is measured
# alone, on the seed lure, and subtracted from the per-message figures.
#
# Environment: PHISHSCAN (binary, default build/phishscan),
# BENCH_MESSAGES (generator, default build/bench/phishscan_bench_messages;
# configure with -DPHISHSCAN_BENCH=ON), OUT (default /tmp/phishscan-scaling).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO=$(dirname "$HERE")
PHISHSCAN=${PHISHSCAN:-$REPO/build/phishscan}
BENCH_MESSAGES=${BENCH_MESSAGES:-$REPO/build/bench/phishscan_bench_messages}
OUT=${OUT:-/tmp/phishscan-scaling}
SEED=$REPO/examples/imap-auth-lure.eml

[[ ${1:-} == -h || ${1:-} == --help ]] && { sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0; }
for tool in "$PHISHSCAN" "$BENCH_MESSAGES"; do
  [[ -x $tool ]] || { echo "missing $tool (see bench/README.md)" >&2; exit 1; }
done
command -v /usr/bin/time > /dev/null || "$HERE/peers/install.sh"

if [[ -n ${1:-} ]]; then
  FOLDERS=("$1")
elif [[ -d $REPO/../shared/corpus/phish ]]; then
  FOLDERS=("$REPO/../shared/corpus/phish" "$REPO/../shared/corpus/ham")
else
  FOLDERS=("$REPO/examples")
fi

mkdir -p "$OUT"
"$BENCH_MESSAGES" "$OUT/messages"

# timed JOBS ARGS... -> "wall_s cpu_s peak_rss_kb messages" of one phishscan run
timed() {
  local jobs=$1
  shift
  /usr/bin/time -o "$OUT/time.txt" -f '%e %U %S %M' \
    "$PHISHSCAN" scan -j "$jobs" -q --format jsonl "$@" > "$OUT/last.jsonl" || (($? == 1))
  local wall user sys rss
  read -r wall user sys rss < <(tail -n 1 "$OUT/time.txt")
  echo "$wall $(echo "$user + $sys" | bc -l) $rss $(wc -l < "$OUT/last.jsonl")"
}

# the same file n times
copies() { local i; for ((i = 0; i < $2; i++)); do printf '%s\n' "$1"; done; }

read -r BASE_WALL BASE_CPU BASE_RSS _ < <(timed 1 "$SEED")
echo "## Start-up"
echo
printf 'One run on the seed lure: %.2f s wall, %.2f s CPU, peak RSS %d MB.\n' "$BASE_WALL" "$BASE_CPU" \
  $((BASE_RSS / 1024))
echo "This is the engine's fixed cost, subtracted below."
echo

echo "## Threads"
echo
echo "| -j | messages | wall s | CPU s | msg/s | msg/s without start-up | speed-up | peak RSS MB |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
rate1=
for j in 1 2; do
  read -r wall cpu rss n < <(timed "$j" "${FOLDERS[@]}")
  rate=$(echo "$n / $wall" | bc -l)
  net=$(echo "w = $wall - $BASE_WALL; if (w > 0) $n / w else 0" | bc -l)
  [[ -z $rate1 ]] && rate1=$net
  printf '| %d | %d | %.2f | %.2f | %.0f | %.0f | %.2f× | %d |\n' "$j" "$n" "$wall" "$cpu" "$rate" "$net" \
    "$(echo "if ($rate1 > 0) $net / $rate1 else 0" | bc -l)" $((rss / 1024))
done
echo

echo "## Message size"
echo
echo "| message | bytes | copies | CPU ms per message | CPU µs per KB | per KB vs 10 KB |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
first=
for f in "$OUT"/messages/sweep/*.eml; do
  bytes=$(stat -c %s "$f")
  # about 30 MB of input per size, at least 3 copies
  n=$((30000000 / bytes))
  ((n < 3)) && n=3
  ((n > 300)) && n=300
  mapfile -t args < <(copies "$f" "$n")
  read -r _ cpu _ _ < <(timed 1 "${args[@]}")
  per_msg=$(echo "($cpu - $BASE_CPU) * 1000 / $n" | bc -l)
  per_kb=$(echo "$per_msg * 1000 * 1024 / $bytes" | bc -l)
  [[ -z $first ]] && first=$per_kb
  printf '| %s | %d | %d | %.2f | %.2f | %.2f |\n' "$(basename "$f")" "$bytes" "$n" "$per_msg" "$per_kb" \
    "$(echo "if ($first > 0) $per_kb / $first else 0" | bc -l)"
done
echo

echo "## Pathological messages"
echo
echo "| message | bytes | CPU ms per message | peak RSS MB, 1 copy | peak RSS MB, 20 copies | verdict | notes |"
echo "| --- | ---: | ---: | ---: | ---: | --- | --- |"
for f in "$OUT"/messages/pathological/*.eml; do
  read -r _ _ rss1 _ < <(timed 1 "$f")
  verdict=$(python3 -c 'import json,sys; v=json.loads(open(sys.argv[1]).readline()); print(v["verdict"], "|", "; ".join(v.get("notes", [])) or "-")' "$OUT/last.jsonl")
  mapfile -t args < <(copies "$f" 20)
  read -r _ cpu20 rss20 _ < <(timed 1 "${args[@]}")
  printf '| %s | %d | %.1f | %d | %d | %s |\n' "$(basename "$f")" "$(stat -c %s "$f")" \
    "$(echo "($cpu20 - $BASE_CPU) * 1000 / 20" | bc -l)" $((rss1 / 1024)) $((rss20 / 1024)) "$verdict"
done
