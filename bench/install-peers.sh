#!/usr/bin/env bash
# Installs what bench/peers.sh needs beyond the build: the PostgreSQL 15
# server, wrk and gnuplot (no X), from Debian's packages. Not run by
# CI. Idempotent; as root or through sudo.
set -euo pipefail

bash "$(dirname "$0")/../scripts/apt-install.sh" install-peers \
  postgresql-15 wrk gnuplot-nox libpq-dev libsqlite3-dev
# The Debian package starts a cluster of its own on port 5432; the benchmark
# never uses it (it starts a throwaway cluster on a Unix socket).
