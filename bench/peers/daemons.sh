#!/usr/bin/env bash
# daemons.sh start|stop|pids sa|rspamd STATE_DIR
# Starts spamd or Rspamd (plus the DNS stub Rspamd uses) on 127.0.0.1 with
# the configuration configure.sh wrote under STATE_DIR, stops them by the PIDs
# in their own pidfiles, or prints the master PIDs (for proc_tree.py).
# Environment: JOBS (default nproc), SPAMD_PORT (10783), SPAMD_MAX_CONN (200,
# spamd's default), RSPAMD_PORT (11433), DNS_PORT (10054).
set -euo pipefail

CMD=${1:?usage: daemons.sh start|stop|pids sa|rspamd STATE_DIR}
WHICH=${2:?usage: daemons.sh start|stop|pids sa|rspamd STATE_DIR}
STATE=${3:?usage: daemons.sh start|stop|pids sa|rspamd STATE_DIR}
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
JOBS=${JOBS:-$(nproc)}
SPAMD_PORT=${SPAMD_PORT:-10783}
SPAMD_MAX_CONN=${SPAMD_MAX_CONN:-200}
RSPAMD_PORT=${RSPAMD_PORT:-11433}
DNS_PORT=${DNS_PORT:-10054}
SPAMD_PID=$STATE/spamassassin/spamd.pid
RSPAMD_PID=$STATE/rspamd/run/rspamd.pid
DNS_PID=$STATE/rspamd/dns-stub.pid

log() { echo "[daemons] $*" >&2; }
alive() { [[ -s $1 ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

# Runs a self-daemonising program without the caller's descriptors, so that a
# caller piping compare.sh into tee is not kept waiting by the daemon.
detached() {
  local errlog=$1
  shift
  (
    for fd in "/proc/$BASHPID/fd"/*; do
      fd=${fd##*/}
      ((fd > 2)) && eval "exec $fd>&-"
    done
    exec "$@" < /dev/null >> "$errlog" 2>&1
  )
}

port_free() { ! ss -Hltnu "( sport = :$1 )" 2>/dev/null | grep -q .; }

start_sa() {
  alive "$SPAMD_PID" && { log "spamd already running"; return; }
  port_free "$SPAMD_PORT" || { log "port $SPAMD_PORT is in use (set SPAMD_PORT)"; return 1; }
  detached "$STATE/spamassassin/startup.log" \
    spamd --daemonize --pidfile="$SPAMD_PID" \
    --siteconfigpath="$STATE/spamassassin/conf" --local --nouser-config \
    --username=debian-spamd --groupname=debian-spamd \
    --helper-home-dir="$STATE/spamassassin/home" \
    --listen="127.0.0.1:$SPAMD_PORT" --allowed-ips=127.0.0.1 \
    --min-children="$JOBS" --max-children="$JOBS" --min-spare=1 --max-spare="$JOBS" \
    --max-conn-per-child="$SPAMD_MAX_CONN" \
    --syslog="$STATE/spamassassin/spamd.log"
  for _ in $(seq 1 120); do
    spamc -d 127.0.0.1 -p "$SPAMD_PORT" -K > /dev/null 2>&1 && {
      log "spamd up on 127.0.0.1:$SPAMD_PORT (pid $(cat "$SPAMD_PID"), $JOBS children)"
      return
    }
    sleep 1
  done
  log "spamd did not answer: $STATE/spamassassin/spamd.log"
  return 1
}

rspamd_answers() { [[ $(curl -s --max-time 2 "http://127.0.0.1:$RSPAMD_PORT/ping" 2>/dev/null) == pong* ]]; }

start_dns_stub() {
  alive "$DNS_PID" && return
  port_free "$DNS_PORT" || { log "port $DNS_PORT is in use (set DNS_PORT)"; return 1; }
  detached "$STATE/rspamd/dns-stub.err" \
    python3 "$HERE/dns_stub.py" "$DNS_PORT" "$STATE/rspamd/dns-queries.log" "$DNS_PID"
  sleep 0.5
  alive "$DNS_PID" || { log "DNS stub did not start"; return 1; }
}

# Rspamd compiles its regexps into Hyperscan databases in the hs_helper
# process and matches with slower PCRE until the main process has loaded them
# (and passed them to the workers). Wait for that: the databases are cached
# under STATE_DIR/rspamd/db, so only the first run compiles.
wait_for_hyperscan() {
  local logf=$1 mark=$2
  for _ in $(seq 1 300); do
    tail -n +"$((mark + 1))" "$logf" 2> /dev/null |
      grep -qE '\(main\).*full hyperscan database.*loaded' && return
    sleep 1
  done
  log "rspamd had not loaded its hyperscan databases after 300 s; going on"
}

start_rspamd() {
  alive "$RSPAMD_PID" && { log "rspamd already running"; return; }
  port_free "$RSPAMD_PORT" || { log "port $RSPAMD_PORT is in use (set RSPAMD_PORT)"; return 1; }
  start_dns_stub
  local logf=$STATE/rspamd/log/rspamd.log mark=0
  [[ -f $logf ]] && mark=$(wc -l < "$logf")
  detached "$STATE/rspamd/startup.log" \
    rspamd -c /etc/rspamd/rspamd.conf -u _rspamd -g _rspamd \
    --var="LOCAL_CONFDIR=$STATE/rspamd/conf" --var="DBDIR=$STATE/rspamd/db" \
    --var="RUNDIR=$STATE/rspamd/run" --var="LOGDIR=$STATE/rspamd/log"
  for _ in $(seq 1 120); do rspamd_answers && break; sleep 1; done
  rspamd_answers || { log "rspamd did not answer: $logf"; return 1; }
  wait_for_hyperscan "$logf" "$mark"
  sleep 2
  log "rspamd up on 127.0.0.1:$RSPAMD_PORT (pid $(cat "$RSPAMD_PID"), $JOBS workers)"
}

stop_pidfile() {
  local name=$1 pidfile=$2 pid
  alive "$pidfile" || { rm -f "$pidfile"; return 0; }
  pid=$(cat "$pidfile")
  kill -TERM "$pid"
  for _ in $(seq 1 30); do kill -0 "$pid" 2> /dev/null || break; sleep 1; done
  kill -0 "$pid" 2> /dev/null && kill -KILL "$pid"
  rm -f "$pidfile"
  log "$name stopped (pid $pid)"
}

case $CMD:$WHICH in
  start:sa) start_sa ;;
  start:rspamd) start_rspamd ;;
  stop:sa) stop_pidfile spamd "$SPAMD_PID" ;;
  stop:rspamd) stop_pidfile rspamd "$RSPAMD_PID"; stop_pidfile dns-stub "$DNS_PID" ;;
  pids:sa) alive "$SPAMD_PID" && cat "$SPAMD_PID" ;;
  pids:rspamd) alive "$RSPAMD_PID" && cat "$RSPAMD_PID" ;;
  *) echo "usage: daemons.sh start|stop|pids sa|rspamd STATE_DIR" >&2; exit 2 ;;
esac
