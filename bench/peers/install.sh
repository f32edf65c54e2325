#!/usr/bin/env bash
# Installs what bench/compare.sh needs from Debian's archive, only what is
# missing: Apache SpamAssassin (spamassassin, spamd, spamc), Rspamd, GNU time,
# bc, curl and python3. Debian's maintainer scripts would start both daemons
# with their stock, network-enabled configuration; a temporary policy-rc.d
# forbids that (compare.sh starts its own offline instances).
set -euo pipefail

PACKAGES=(spamassassin spamd spamc rspamd time bc curl python3)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
((${#missing[@]} == 0)) && exit 0

if [[ $(id -u) -ne 0 ]]; then
  echo "install.sh: need root to install: ${missing[*]}" >&2
  exit 1
fi
echo "[install] apt-get install ${missing[*]}" >&2
policy=/usr/sbin/policy-rc.d
created_policy=0
if [[ ! -e $policy ]]; then
  printf '#!/bin/sh\nexit 101\n' > "$policy"
  chmod +x "$policy"
  created_policy=1
fi
cleanup() { ((created_policy)) && rm -f "$policy"; return 0; }
trap cleanup EXIT

export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2; then
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
# On a systemd host the stock units may still have been enabled: keep them off.
if command -v systemctl >/dev/null && [[ -d /run/systemd/system ]]; then
  systemctl disable --now spamd.service rspamd.service >/dev/null 2>&1 || true
fi
