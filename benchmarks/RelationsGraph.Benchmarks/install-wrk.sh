#!/usr/bin/env bash
# Installs Debian's wrk, the HTTP load generator of the `http` benchmark (a C program: it leaves more of the two
# cores to the API than a .NET client would). Safe to run again; it installs only when wrk is missing.
set -euo pipefail

if command -v wrk >/dev/null 2>&1; then
  exit 0
fi

echo "install-wrk: installing Debian's wrk" >&2
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "install-wrk: wrk is missing and neither root nor sudo is available; install the 'wrk' package" >&2; exit 1; }
  sudo_cmd="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq --no-install-recommends wrk >/dev/null
command -v wrk >/dev/null 2>&1
