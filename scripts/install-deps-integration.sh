#!/usr/bin/env bash
# Installs the Debian packages the mail-flow integration test and the milter
# benchmark need: a real Postfix (with smtp-source/postcat), swaks, python3.
# Idempotent. Postfix is preseeded with "No configuration", so installing it
# neither writes /etc/postfix/main.cf nor starts the system's mail service:
# the test runs its own instance from a private config_directory.
set -euo pipefail

PACKAGES=(postfix swaks python3)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps-integration: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-deps-integration: installing ${missing[*]}"
echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
