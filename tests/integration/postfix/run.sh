#!/usr/bin/env bash
# Mail-flow integration test: a real Postfix on loopback, wired to
# `phishscan milter`, fed the seed lure and the legitimate samples over SMTP.
#
#   tests/integration/postfix/run.sh [PATH/TO/phishscan]
#
# What it touches: it installs postfix and swaks if missing (through
# scripts/install-deps-integration.sh, preseeded "No configuration", so no
# system mail service is set up), then runs a private Postfix instance whose
# main.cf, master.cf, queue, data and mail folders all live in one temporary
# folder (`postfix -c DIR`). /etc/postfix is only read (postfix-files and
# dynamicmaps.cf), never written. Postfix listens on 127.0.0.1 only, delivers
# only to Maildirs in the temporary folder, and every other transport is
# `error:`, so nothing can leave the machine. The EXIT trap stops Postfix and
# the milter and removes the folder (kept, with its logs, when a check failed).
# Needs root: Postfix's master runs as root and drops to the postfix user.
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
BIN=${1:-${PHISHSCAN_BIN:-$ROOT/build/phishscan}}
EXAMPLES=$ROOT/examples
PASSED=0
FAILED=0

if [ "$(id -u)" -ne 0 ]; then
  echo "postfix integration: needs root (Postfix's master process runs as root)" >&2
  exit 1
fi
if [ ! -x "$BIN" ]; then
  echo "postfix integration: phishscan binary not found at $BIN (build it, or pass its path)" >&2
  exit 1
fi
"$ROOT/scripts/install-deps-integration.sh" || exit 1

WORK=$(mktemp -d /tmp/phishscan-postfix.XXXXXX)
chmod 755 "$WORK"
MILTER_LOG=$WORK/milter.log
MILTER_CONF=$WORK/phishscan-milter.toml
MILTER_PID=
# shellcheck source=postfix_instance.sh
. "$(dirname "$0")/postfix_instance.sh"
SMTP_PORT=$(free_port)
MILTER_PORT=$(free_port)

cleanup() {
  local status=$?
  if [ -n "$MILTER_PID" ] && kill -0 "$MILTER_PID" 2>/dev/null; then
    kill -TERM "$MILTER_PID" 2>/dev/null
    wait "$MILTER_PID" 2>/dev/null
  fi
  stop_postfix
  if [ "$FAILED" -eq 0 ] && [ "$status" -eq 0 ]; then
    rm -rf "$WORK"
  else
    echo "postfix integration: kept $WORK (maillog, milter.log) for inspection" >&2
  fi
}
trap cleanup EXIT

pass() { PASSED=$((PASSED + 1)); echo "ok   - $*"; }
fail() { FAILED=$((FAILED + 1)); echo "FAIL - $*"; }
check() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }


# --- the milter ---------------------------------------------------------------------

write_milter_config() {
  cat >"$MILTER_CONF" <<EOF
[milter]
socket = "inet:$MILTER_PORT@127.0.0.1"
timeout = 60
fail_policy = "fail-open"

[actions]
phishing = "$1"
suspicious = "tag"
clean = "accept"

[engine]
data_dir = "$ROOT/data"
EOF
}

start_milter() {
  : >"$MILTER_LOG"
  "$BIN" milter --config "$MILTER_CONF" --log-file "$MILTER_LOG" 2>"$WORK/milter.stderr" &
  MILTER_PID=$!
  wait_for 120 grep -q "event=start" "$MILTER_LOG"
}

stop_milter() {
  kill -TERM "$MILTER_PID"
  local code=0
  wait "$MILTER_PID" || code=$?
  MILTER_PID=
  return "$code"
}

# --- sending and looking ---------------------------------------------------------------

header_address() {  # header_address FILE HEADER -> the first address in it
  grep -m1 -i "^$2:" "$1" | sed -E 's/.*<([^>]+)>.*/\1/; s/^[^:]*:[[:space:]]*//' | tr -d '\r'
}

# send FILE: SMTP to the private Postfix with the envelope the message shows.
# Output in $WORK/swaks.out; status is swaks's.
send() {
  local file=$1
  local from to
  from=$(header_address "$file" Return-Path)
  to=$(header_address "$file" To)
  swaks --server "127.0.0.1:$SMTP_PORT" --helo client.phishscan-test.invalid \
    --from "$from" --to "$to" --data "$file" --timeout 90 >"$WORK/swaks.out" 2>&1
}

maildir_files() { find "$MAILDIRS/$1/new" -type f 2>/dev/null; }
maildir_count() { maildir_files "$1" | wc -l; }
held_count() { postqueue -c "$CONF" -j 2>/dev/null | grep -c '"queue_name": *"hold"'; }
# Re-evaluated at each poll (a "$(...)" argument to wait_for would not be).
maildir_has() { test "$(maildir_count "$1")" -eq "$2"; }
held_is() { test "$(held_count)" -eq "$1"; }
message_with_subject() {  # message_with_subject MAILBOX SUBJECT-PART
  local f
  for f in $(maildir_files "$1"); do
    grep -q "^Subject: .*$2" "$f" && { echo "$f"; return 0; }
  done
  return 1
}
has_header() { grep -q "^$2" "$1"; }

# --- the scenarios ------------------------------------------------------------------------

ALICE=example-corp.com/alice.martin
WEBMASTER=exemple-cabinet.fr/webmaster

write_postfix_config
start_postfix || { fail "the private Postfix starts"; exit 1; }
pass "the private Postfix starts on 127.0.0.1:$SMTP_PORT"

write_milter_config quarantine
check "phishscan milter starts on 127.0.0.1:$MILTER_PORT" start_milter

# 1. The seed lure: accepted at SMTP time, then held in the hold queue.
send "$EXAMPLES/imap-auth-lure.eml"; check "the lure is accepted over SMTP (quarantined, not bounced)" test $? -eq 0
check "the lure lands in the hold queue" wait_for 30 held_is 1
HELD_ID=$(postqueue -c "$CONF" -j | grep '"queue_name": *"hold"' | sed -E 's/.*"queue_id": *"([^"]+)".*/\1/')
check "the held lure carries X-Phishscan-Verdict: phishing" \
  bash -c "postcat -c '$CONF' -h -q '$HELD_ID' | grep -q '^X-Phishscan-Verdict: phishing'"
# Postfix logs the hold but not the milter's reason; the milter logs that.
check "Postfix logged that the milter put the lure on hold" \
  grep -q "$HELD_ID: milter-hold: END-OF-MESSAGE .*milter triggers HOLD action" "$WORK/maillog"
check "the milter logged the lure as phishing/quarantine with its queue id" \
  grep -q "queue_id=$HELD_ID verdict=phishing score=[0-9]* action=quarantine" "$MILTER_LOG"

# 2. The legitimate samples: delivered to the Maildirs, marked clean.
for sample in password-reset.eml newsletter.eml hosting-quota-notice.fr.eml; do
  send "$EXAMPLES/$sample"; check "$sample is accepted over SMTP" test $? -eq 0
done
check "two legitimate messages reach alice's Maildir" wait_for 30 maildir_has $ALICE 2
check "the French notice reaches webmaster's Maildir" wait_for 30 maildir_has $WEBMASTER 1
for f in $(maildir_files $ALICE) $(maildir_files $WEBMASTER); do
  check "$(basename "$(dirname "$(dirname "$f")")") got $(grep -m1 '^Subject:' "$f" | cut -c1-40 | tr -d '\r') with X-Phishscan-Verdict: clean" \
    has_header "$f" "X-Phishscan-Verdict: clean"
  check "... and its X-Phishscan-Score and X-Phishscan-Signals" \
    bash -c "grep -q '^X-Phishscan-Score: [0-9]' '$f' && grep -q '^X-Phishscan-Signals: ' '$f'"
done
check "the lure did not reach a Maildir" bash -c "! grep -rq 'Internet Message Access Protocol' '$MAILDIRS'"

# 3. Reject: the same lure refused at SMTP time with a 5xx, after a SIGHUP reload.
write_milter_config reject
kill -HUP "$MILTER_PID"
check "SIGHUP reloads the milter" wait_for 120 grep -q "event=reload detail=\"configuration and data reloaded" "$MILTER_LOG"
send "$EXAMPLES/imap-auth-lure.eml"; status=$?
check "with phishing = reject, the lure gets a 5xx at end of DATA" \
  bash -c "test $status -ne 0 && grep -q '<\\*\\* *550 5.7.1 Message rejected by content policy' '$WORK/swaks.out'"
check "the reject reply names no internal detail" bash -c "! grep '<\\*\\* *550' '$WORK/swaks.out' | grep -Eiq 'score|signal|phishscan|[0-9]{2,}/'"
check "nothing more was held" held_is 1

# 4. phishscan stopped: Postfix follows milter_default_action.
check "SIGTERM stops the milter cleanly (exit 0)" stop_milter
before=$(maildir_count $ALICE)
send "$EXAMPLES/newsletter.eml"; check "milter down, default accept: the message is accepted" test $? -eq 0
check "milter down, default accept: it is delivered" wait_for 30 maildir_has $ALICE $((before + 1))
newest=$(ls -t $(maildir_files $ALICE) | head -1)
check "milter down, default accept: it carries no X-Phishscan header" bash -c "! grep -q '^X-Phishscan-' '$newest'"
set_default_action tempfail
send "$EXAMPLES/newsletter.eml"; status=$?
check "milter down, default tempfail: the client gets a 4xx" \
  bash -c "test $status -ne 0 && grep -Eq '<\\*\\* *4[0-9][0-9] ' '$WORK/swaks.out'"
sleep 2
check "milter down, default tempfail: nothing is delivered" maildir_has $ALICE $((before + 1))

echo "postfix integration: $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
