#!/usr/bin/env bash
# One-time set-up on a Debian machine: system packages for browser and PDF tests, then the
# locked npm install. The Electron binary is not downloaded (see README "Running the app").
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "Installing system packages: ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

# better-sqlite3 builds from source against the local Node headers; Electron's own binary
# is never fetched on development and CI machines.
export npm_config_nodedir="${npm_config_nodedir:-/usr}"
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
npm ci --no-audit --no-fund
