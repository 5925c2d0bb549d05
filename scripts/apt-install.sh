#!/usr/bin/env bash
# Installs the Debian packages named that are not installed yet, from apt;
# as root, or through sudo when started by another user. Idempotent.
#   bash scripts/apt-install.sh LABEL PACKAGE...
# LABEL names the caller in what it prints ("install-deps", "install-peers").
set -euo pipefail
label=$1
shift

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "$label: run as root or install sudo" >&2
  exit 1
fi

missing=()
for p in "$@"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "$label: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -q
  "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  echo "$label: all $# packages present"
fi
