# A private Postfix instance for tests and benchmarks, sourced by run.sh and
# bench/milter_bench.sh. Everything lives under $WORK: main.cf and master.cf
# in $WORK/etc (`postfix -c`), the queue, the data folder, the log and the
# Maildirs. It listens on 127.0.0.1:$SMTP_PORT only, delivers only to the
# Maildirs of two test domains, and every other transport is `error:`, so
# nothing leaves the machine. /etc/postfix is read (postfix-files,
# dynamicmaps.cf), never written.
#
# Set WORK (an empty folder) before sourcing, and SMTP_PORT and MILTER_PORT
# before write_postfix_config.
# After start_postfix, call stop_postfix (the callers do it from a trap).

CONF=$WORK/etc
MAILDIRS=$WORK/mail
POSTFIX_STARTED=

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# wait_for SECONDS COMMAND...: polls until the command succeeds.
wait_for() {
  local tries=$(($1 * 10)); shift
  for _ in $(seq "$tries"); do
    "$@" && return 0
    sleep 0.1
  done
  return 1
}

# --- the private Postfix instance -------------------------------------------------

write_postfix_config() {
  mkdir -p "$CONF" "$WORK/queue" "$WORK/data" "$MAILDIRS"
  chown 65534:65534 "$MAILDIRS"
  chown postfix "$WORK/data"
  cat >"$CONF/main.cf" <<EOF
compatibility_level = 3.6
queue_directory = $WORK/queue
data_directory = $WORK/data
command_directory = /usr/sbin
daemon_directory = /usr/lib/postfix/sbin
shlib_directory = /usr/lib/postfix
mail_owner = postfix
setgid_group = postdrop
maillog_file = $WORK/maillog
maillog_file_prefixes = $WORK
myhostname = mx.phishscan-test.invalid
mydomain = phishscan-test.invalid
myorigin = \$myhostname
mydestination =
inet_interfaces = loopback-only
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
smtpd_peername_lookup = no
smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination
alias_maps =
alias_database =
local_recipient_maps =
virtual_mailbox_domains = example-corp.com, exemple-cabinet.fr
virtual_mailbox_base = $MAILDIRS
virtual_mailbox_maps = texthash:$CONF/vmailbox
virtual_uid_maps = static:65534
virtual_gid_maps = static:65534
default_transport = error:this test delivers nothing outside this machine
relay_transport = error:this test relays nothing
local_transport = error:this test has no local users
smtpd_milters = inet:127.0.0.1:$MILTER_PORT
non_smtpd_milters = \$smtpd_milters
milter_default_action = accept
milter_connect_timeout = 5s
biff = no
EOF
  cat >"$CONF/vmailbox" <<EOF
alice.martin@example-corp.com example-corp.com/alice.martin/
webmaster@exemple-cabinet.fr exemple-cabinet.fr/webmaster/
EOF
  cat >"$CONF/master.cf" <<EOF
127.0.0.1:$SMTP_PORT inet n - n - - smtpd
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
virtual   unix  -       n       n       -       -       virtual
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
EOF
}

start_postfix() {
  postfix -c "$CONF" check >/dev/null 2>&1 || true  # creates the queue folders
  if ! postfix -c "$CONF" start >"$WORK/postfix-start.log" 2>&1; then
    cat "$WORK/postfix-start.log" >&2
    return 1
  fi
  POSTFIX_STARTED=1
  wait_for 20 bash -c "exec 3<>/dev/tcp/127.0.0.1/$SMTP_PORT" 2>/dev/null
}

set_default_action() {
  postconf -c "$CONF" -e "milter_default_action = $1"
  postfix -c "$CONF" reload >/dev/null 2>&1
  sleep 1  # smtpd processes started after the reload read the new value
}

stop_postfix() {
  [ -n "$POSTFIX_STARTED" ] || return 0
  postfix -c "$CONF" stop >/dev/null 2>&1 || postfix -c "$CONF" abort >/dev/null 2>&1
  local master
  master=$(tr -d ' ' <"$WORK/queue/pid/master.pid" 2>/dev/null)
  for _ in $(seq 100); do
    [ -n "$master" ] && kill -0 "$master" 2>/dev/null || break
    sleep 0.1
  done
  POSTFIX_STARTED=
}
