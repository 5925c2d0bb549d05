#!/usr/bin/env bash
# Installs everything Qonun needs on a fresh Debian 12 machine, from Debian's
# packages only. Idempotent: packages already present are left as they are.
# Runs as root, or through sudo when started by another user.
set -euo pipefail

PACKAGES=(
  # toolchain
  g++ cmake ninja-build pkg-config git ca-certificates
  # libraries the engine links
  libxapian-dev libpugixml-dev libicu-dev libpistache-dev
  nlohmann-json3-dev libcli11-dev
  # the handout's .docx package is zipped with libzip; LibreOffice (Writer,
  # without a GUI) converts it to PDF in docx_test and handout_api_test
  libzip-dev libreoffice-writer-nogui
  # tests and tools; Debian's Chromium drives the web page's browser tests
  catch2 xapian-tools libxml2-utils curl clang-format clang-tidy chromium
  # fuzzing and the ThreadSanitizer build (clang, its sanitizer and libFuzzer
  # runtimes), the soak test (wrk)
  clang libclang-rt-14-dev wrk
  # the peers benchmark (bench/peers_bench) links PostgreSQL's and SQLite's client libraries
  libpq-dev libsqlite3-dev
)

bash "$(dirname "$0")/apt-install.sh" install-deps "${PACKAGES[@]}"

# Node.js runs the browser tests (playwright-core from npm). Machines that
# already have a node (for example from another apt source) keep theirs:
# Debian's npm package would conflict with such a node.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  bash "$(dirname "$0")/apt-install.sh" install-deps nodejs npm
fi

for p in libxapian-dev libicu-dev libpugixml-dev libpistache-dev catch2 cmake g++ chromium; do
  printf '  %-16s %s\n' "$p" "$(dpkg-query -W -f='${Version}' "$p")"
done
printf '  %-16s %s\n' node "$(node --version)"
