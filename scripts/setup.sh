#!/usr/bin/env bash
# Installs what building and testing RelationsGraph needs beyond the .NET SDK and Node.js:
# Debian's chromium for the browser tests, and Debian's iso-codes, one of the gazetteer's sources, which the tests
# check graph-seed against. Safe to run again; it only installs what is missing.
set -euo pipefail

need() { command -v "$1" >/dev/null 2>&1 || { echo "setup: '$1' is required ($2)" >&2; exit 1; }; }
need dotnet "the .NET 10 SDK, https://dot.net"
need node "Node.js 20.19 or later, for the playground and embed bundles"
need npm "npm, installed with Node.js"

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -f /usr/share/iso-codes/json/iso_3166-2.json ] || missing+=(iso-codes)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian's ${missing[*]} for the tests" >&2
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "setup: ${missing[*]} missing and neither root nor sudo is available; install the Debian packages: ${missing[*]}" >&2; exit 1; }
    sudo_cmd="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
