#!/usr/bin/env bash
# configure.sh STATE_DIR
# Writes the OFFLINE configuration of SpamAssassin and Rspamd under
# STATE_DIR (nothing under /etc is changed) and checks it with
# `spamassassin --lint` and `rspamadm configtest`. Every choice is explained
# in bench/README.md ("Offline configuration").
# Environment: JOBS (scanning processes per daemon, default nproc),
# RSPAMD_PORT (11433), RSPAMD_CONTROLLER_PORT (11434), DNS_PORT (10054).
set -euo pipefail

STATE=${1:?usage: configure.sh STATE_DIR}
JOBS=${JOBS:-$(nproc)}
RSPAMD_PORT=${RSPAMD_PORT:-11433}
RSPAMD_CONTROLLER_PORT=${RSPAMD_CONTROLLER_PORT:-11434}
DNS_PORT=${DNS_PORT:-10054}
SA_CONF=$STATE/spamassassin/conf
RS_CONF=$STATE/rspamd/conf

log() { echo "[configure] $*" >&2; }

# ------------------------------------------------------------ SpamAssassin
# The site config is Debian's /etc/spamassassin (plugin list *.pre,
# 65_debian.cf, local.cf) plus 99_offline.cf; the rules are the ones the
# package ships in /usr/share/spamassassin (sa-update needs the network).
configure_spamassassin() {
  rm -rf "$SA_CONF"
  mkdir -p "$SA_CONF" "$STATE/spamassassin/home"
  cp /etc/spamassassin/*.pre /etc/spamassassin/*.cf "$SA_CONF/"
  cat > "$SA_CONF/99_offline.cf" <<'CF'
# phishscan bench/compare.sh: SpamAssassin fully offline, no learning.
# spamd also runs with --local, which turns every network test into a no-op
# and selects score set 0 (the scores shipped for "no network, no Bayes").
dns_available no
skip_rbl_checks 1
dns_server 127.0.0.1
ifplugin Mail::SpamAssassin::Plugin::Razor2
use_razor2 0
endif
ifplugin Mail::SpamAssassin::Plugin::Pyzor
use_pyzor 0
endif
ifplugin Mail::SpamAssassin::Plugin::DCC
use_dcc 0
endif
ifplugin Mail::SpamAssassin::Plugin::DecodeShortURLs
url_shortener_get 0
endif
use_bayes 0
use_bayes_rules 0
bayes_auto_learn 0
ifplugin Mail::SpamAssassin::Plugin::AWL
use_auto_whitelist 0
endif
ifplugin Mail::SpamAssassin::Plugin::TxRep
use_txrep 0
endif
CF
  chown -R debian-spamd:debian-spamd "$STATE/spamassassin/home"
  if spamassassin --siteconfigpath="$SA_CONF" -L --lint > "$STATE/spamassassin/lint.log" 2>&1; then
    log "spamassassin --lint OK"
  else
    log "spamassassin --lint reported problems: $STATE/spamassassin/lint.log"
    return 1
  fi
}

# ------------------------------------------------------------ Rspamd
# Stock /etc/rspamd/rspamd.conf with LOCAL_CONFDIR pointed at $RS_CONF, so
# the files below are the only changes.
w() { mkdir -p "$(dirname "$RS_CONF/$1")"; cat > "$RS_CONF/$1"; }

# Modules that need the network, redis, or an external service.
NETWORK_MODULES=(rbl surbl emails fuzzy_check asn spf dkim dmarc arc whitelist
  url_redirector mx_check rspamd_update dcc external_services antivirus p0f bimi
  metric_exporter clickhouse elastic reputation ratelimit greylist neural
  history_redis replies)

write_rspamd_workers() {
  w override.d/worker-normal.inc <<EOF2
bind_socket = "127.0.0.1:$RSPAMD_PORT";
count = $JOBS;
EOF2
  w override.d/worker-controller.inc <<EOF2
bind_socket = "127.0.0.1:$RSPAMD_CONTROLLER_PORT";
EOF2
  w override.d/worker-proxy.inc <<< 'enabled = false;'
  w local.d/options.inc <<EOF2
dns {
  nameserver = ["127.0.0.1:$DNS_PORT"];
  timeout = 0.5s;
  retransmits = 1;
}
EOF2
}

# ${CONFDIR} and ${LOCAL_CONFDIR} below are Rspamd's variables, not the shell's.
# shellcheck disable=SC2016
write_rspamd_modules() {
  local m
  for m in "${NETWORK_MODULES[@]}"; do w "local.d/$m.conf" <<< 'enabled = false;'; done
  w local.d/hfilter.conf <<'EOF2'
helo_enabled = false;
from_enabled = false;
mid_enabled = false;
EOF2
  w local.d/phishing.conf <<'EOF2'
openphish_enabled = false;
phishtank_enabled = false;
EOF2
  : > "$RS_CONF/maps/empty.map"
  w override.d/phishing.conf <<'EOF2'
exceptions = {
  REDIRECTOR_FALSE = [ "${CONFDIR}/maps.d/redirectors.inc" ];
  PHISHED_WHITELISTED = [ "glob;${LOCAL_CONFDIR}/maps/empty.map" ];
};
EOF2
  w override.d/mime_types.conf <<< 'file = [ "${CONFDIR}/maps.d/mime_types.inc" ];'
  w override.d/mid.conf <<< 'source = { url = [ "${CONFDIR}/maps.d/mid.inc" ]; };'
  w override.d/classifier-bayes.conf <<< 'min_learns = 1000000000;'
  w local.d/headers_group.conf <<'EOF2'
symbols {
  "DATE_IN_PAST" { weight = 0.0; }
}
EOF2
}

# The freemail/disposable multimap rules load their lists over HTTPS: keep the
# rules (score 0, used by composites) on an empty local map.
# shellcheck disable=SC2016
write_rspamd_multimap() {
  local kind K
  for kind in freemail disposable; do
    K=${kind^^}
    while read -r name type header symbol; do
      printf '%s_%s {\n  type = "%s";\n' "$kind" "$name" "$type"
      [[ $header != - ]] && printf '  header = "%s";\n' "$header"
      printf '  filter = "email:domain";\n  map = "${LOCAL_CONFDIR}/maps/empty.map";\n'
      printf '  symbol = "%s_%s";\n  score = 0.0;\n}\n' "$K" "$symbol"
    done <<'ROWS'
envfrom from - ENVFROM
envrcpt rcpt - ENVRCPT
from header from FROM
to header To TO
cc header Cc CC
replyto header Reply-To REPLYTO
ROWS
  done | w override.d/multimap.conf
}

# A file scanned without an MTA has no client IP unless a Received: header
# gives one; then hfilter would add HFILTER_HOSTNAME_UNKNOWN to every such
# file. Give those files a neutral "localhost" client hostname instead.
write_rspamd_lua() {
  w rspamd.local.lua <<'EOF2'
rspamd_config:register_symbol({
  name = 'BENCH_NO_TRANSPORT_INFO',
  type = 'prefilter',
  priority = 10,
  flags = 'empty,nostat',
  callback = function(task)
    local ip = task:get_from_ip()
    if not task:get_hostname() and not (ip and ip:is_valid()) then
      task:set_hostname('localhost')
    end
  end
})
EOF2
}

rspamd_vars() {
  printf '%s\n' --var="LOCAL_CONFDIR=$RS_CONF" --var="DBDIR=$STATE/rspamd/db" \
    --var="RUNDIR=$STATE/rspamd/run" --var="LOGDIR=$STATE/rspamd/log"
}

configure_rspamd() {
  rm -rf "$RS_CONF"
  mkdir -p "$RS_CONF/maps" "$STATE"/rspamd/{db,run,log}
  write_rspamd_workers
  write_rspamd_modules
  write_rspamd_multimap
  write_rspamd_lua
  chmod -R a+rX "$RS_CONF"
  chown -R _rspamd:_rspamd "$STATE"/rspamd/{db,run,log}
  local vars
  mapfile -t vars < <(rspamd_vars)
  if rspamadm "${vars[@]}" configtest -c /etc/rspamd/rspamd.conf > "$STATE/rspamd/configtest.log" 2>&1; then
    log "rspamadm configtest OK"
  else
    log "rspamadm configtest failed: $STATE/rspamd/configtest.log"
    return 1
  fi
  rspamadm "${vars[@]}" configdump -c /etc/rspamd/rspamd.conf > "$STATE/rspamd/configdump.txt" 2>&1 || true
}

mkdir -p "$STATE"
chmod 755 "$STATE"
configure_spamassassin
configure_rspamd
