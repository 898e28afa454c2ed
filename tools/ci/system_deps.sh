#!/usr/bin/env bash
# Installs the Debian packages the test suites need when they are missing: PostgreSQL (the second
# storage engine) and Chromium (the UI's end-to-end tests). Idempotent and quick when everything is
# there; run by tools/ci/test.sh.
set -euo pipefail

missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)

if [ ${#missing[@]} -eq 0 ]; then exit 0; fi

if [ "$(id -u)" != "0" ]; then
  echo "The tests need these Debian packages: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing ${missing[*]} from Debian's packages"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
