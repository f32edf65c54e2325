#!/usr/bin/env bash
# Benchmark, not a test: messages per second through a private loopback
# Postfix alone, through Postfix + `phishscan milter`, and through the milter
# alone (bench/milter_load.py speaking the milter protocol), for the seed lure
# and a legitimate newsletter. Prints a small table.
#
#   bench/milter_bench.sh [PATH/TO/phishscan]     (MESSAGES=200 SESSIONS=4)
#
# Use a release build (scripts/build.sh) for meaningful numbers. The Postfix
# instance is the one of the integration test (tests/integration/postfix/
# postfix_instance.sh): loopback only, nothing leaves the machine, all under a
# temporary folder that is removed at the end. Needs root, like that test.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${1:-${PHISHSCAN_BIN:-$ROOT/build/phishscan}}
MESSAGES=${MESSAGES:-200}
SESSIONS=${SESSIONS:-4}
SAMPLES=(imap-auth-lure newsletter)

[ "$(id -u)" -eq 0 ] || { echo "milter_bench: needs root (Postfix)" >&2; exit 1; }
[ -x "$BIN" ] || { echo "milter_bench: no phishscan binary at $BIN" >&2; exit 1; }
"$ROOT/scripts/install-deps-integration.sh" >/dev/null

WORK=$(mktemp -d /tmp/phishscan-bench.XXXXXX)
chmod 755 "$WORK"
MILTER_PID=
# shellcheck source=../tests/integration/postfix/postfix_instance.sh
. "$ROOT/tests/integration/postfix/postfix_instance.sh"
SMTP_PORT=$(free_port)
MILTER_PORT=$(free_port)

cleanup() {
  if [ -n "$MILTER_PID" ]; then
    kill -TERM "$MILTER_PID" 2>/dev/null || true
    wait "$MILTER_PID" 2>/dev/null || true
  fi
  stop_postfix
  rm -rf "$WORK"
}
trap cleanup EXIT

now() { date +%s.%N; }
rate() { python3 -c "import sys; n, t = int(sys.argv[1]), float(sys.argv[2]); print('%8.2f %9.1f' % (t, n / t))" "$1" "$2"; }

# smtp_rate SAMPLE: seconds and messages/s for MESSAGES messages over SESSIONS sessions.
smtp_rate() {
  local file=$ROOT/examples/$1.eml start end
  start=$(now)
  smtp-source -s "$SESSIONS" -m "$MESSAGES" -M client.phishscan-test.invalid \
    -f bench@sender.phishscan-test.invalid -t alice.martin@example-corp.com -F "$file" "127.0.0.1:$SMTP_PORT"
  end=$(now)
  rate "$MESSAGES" "$(python3 -c "print($end - $start)")"
}

milter_rate() {
  local out
  out=$(python3 "$ROOT/bench/milter_load.py" --port "$MILTER_PORT" --messages "$MESSAGES" \
    --connections "$SESSIONS" "$ROOT/examples/$1.eml")
  rate "$MESSAGES" "$(echo "$out" | cut -d' ' -f2)"
}

use_milter() {
  postconf -c "$CONF" -e "smtpd_milters = $1"
  postfix -c "$CONF" reload >/dev/null 2>&1
  sleep 1
}

write_postfix_config
start_postfix || { echo "milter_bench: Postfix did not start" >&2; exit 1; }
"$BIN" milter --socket "inet:$MILTER_PORT@127.0.0.1" --data "$ROOT/data" --timeout 60 \
  --max-connections 64 --log-file "$WORK/milter.log" 2>"$WORK/milter.stderr" &
MILTER_PID=$!
wait_for 180 grep -qs "event=start" "$WORK/milter.log" || { echo "milter_bench: milter did not start" >&2; exit 1; }

printf '%-26s %-16s %8s %8s %9s\n' "path" "message" "messages" "seconds" "msg/s"
for sample in "${SAMPLES[@]}"; do
  use_milter ""
  printf '%-26s %-16s %8s %s\n' "postfix alone" "$sample" "$MESSAGES" "$(smtp_rate "$sample")"
  use_milter "inet:127.0.0.1:$MILTER_PORT"
  printf '%-26s %-16s %8s %s\n' "postfix + phishscan milter" "$sample" "$MESSAGES" "$(smtp_rate "$sample")"
  printf '%-26s %-16s %8s %s\n' "phishscan milter alone" "$sample" "$MESSAGES" "$(milter_rate "$sample")"
done
echo "($SESSIONS parallel sessions; $(nproc) cores; binary $BIN)"
