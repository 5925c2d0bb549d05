#!/usr/bin/env bash
# Installs what bench/peers.sh needs beyond the build: the PostgreSQL 15
# server, wrk, gnuplot (no X) and GNU time, from Debian's packages. Not run by
# CI. Idempotent; as root or through sudo.
set -euo pipefail

PACKAGES=(postgresql-15 wrk gnuplot-nox time libpq-dev libsqlite3-dev)

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "install-peers: run as root or install sudo" >&2
  exit 1
fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-peers: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -q
  "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
# The Debian package starts a cluster of its own on port 5432; the benchmark
# never uses it (it starts a throwaway cluster on a Unix socket).
