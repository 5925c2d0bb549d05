#!/usr/bin/env bash
# The test command: installs what is needed, builds, and runs every test.
#   1. a release build with -Werror, and its tests;
#   2. a build with AddressSanitizer + UndefinedBehaviorSanitizer, and the same tests;
#   3. the web page's end-to-end tests in headless Chromium (tests/web);
#   4. the formatting check.
# Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh

jobs=$(nproc)
step() { printf '\n== %s\n' "$*"; }

step "release build (-Werror)"
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DQONUN_WERROR=ON
cmake --build build/release -j"$jobs"
step "release tests"
(cd build/release && ctest --output-on-failure -j"$jobs")

step "sanitizer build (address,undefined)"
cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DQONUN_WERROR=ON \
  -DQONUN_SANITIZE=address,undefined
cmake --build build/asan -j"$jobs"
step "sanitizer tests"
(cd build/asan &&
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --output-on-failure -j"$jobs")

step "browser tests of the web page (headless Chromium)"
QONUN_BINARY="$PWD/build/release/cli/qonun" bash tests/web/run.sh

step "formatting (clang-format)"
git ls-files '*.h' '*.cc' | xargs clang-format --dry-run -Werror
echo "formatting: clean"
