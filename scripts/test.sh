#!/usr/bin/env bash
# The test command: installs what is needed, builds, and runs every test.
#   1. a release build with -Werror, and its tests;
#   2. a clang build with AddressSanitizer + UndefinedBehaviorSanitizer, and
#      the same tests; the same build holds the libFuzzer targets;
#   3. a ThreadSanitizer build (clang) and the concurrency and HTTP tests;
#   4. fuzzing: every libFuzzer target of build 2 for 30 s (scripts/fuzz.sh);
#   5. a 60 s soak of the release server under wrk (scripts/soak.sh);
#   6. the web page's end-to-end tests in headless Chromium (tests/web), with
#      clang-tidy over every library folder running beside them;
#   7. the formatting check, and clang-tidy's result.
# docs/reliability.md describes 3-5 and longer local runs.
# Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh

jobs=$(nproc)
step() { printf '\n== %s (%s)\n' "$*" "$(date -u +%T)"; }

step "release build (-Werror)"
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DQONUN_WERROR=ON
cmake --build build/release -j"$jobs"
step "release tests"
(cd build/release && ctest --output-on-failure -j"$jobs")

step "sanitizer build (clang, address,undefined, with the fuzzers)"
# One build serves the sanitizer tests and the fuzzers: clang (libFuzzer),
# assertions on, -O1 (the tests run a fifth faster than at -O0, and fuzzing
# wants some optimisation). The release build above is GCC's.
cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
  -DCMAKE_CXX_COMPILER=clang++ -DQONUN_WERROR=ON -DQONUN_FUZZ=ON \
  -DQONUN_SANITIZE=address,undefined
cmake --build build/asan -j"$jobs"
step "sanitizer tests"
(cd build/asan &&
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --output-on-failure -j"$jobs")

step "ThreadSanitizer build (clang)"
cmake -S . -B build/tsan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQONUN_WERROR=ON \
  -DCMAKE_CXX_COMPILER=clang++ -DQONUN_SANITIZE=thread
cmake --build build/tsan -j"$jobs" \
  --target qonun api_test hostile_test fault_test search_test analysis_test
step "ThreadSanitizer: concurrency and HTTP tests"
# The servers these tests start are TSan builds too and inherit TSAN_OPTIONS:
# a race report stops them (halt_on_error), which fails the test.
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$PWD/tests/sanitizers/tsan.supp"
(cd build/tsan &&
  ctest --output-on-failure -j"$jobs" \
    -R '^(api_test|hostile_test|fault_test):|separate threads|keeps answering while new generations')
step "ThreadSanitizer: 30 s under wrk (many connections at once, as the tests are not)"
bash scripts/soak.sh 30 build/tsan/cli/qonun
unset TSAN_OPTIONS

step "fuzzing (libFuzzer, 30 s per target)"
QONUN_FUZZ_BUILD=build/asan bash scripts/fuzz.sh 30

step "soak (wrk, 60 s)"
bash scripts/soak.sh 60 build/release/cli/qonun

step "clang-tidy (.clang-tidy, library sources), in the background"
# Every library folder: about 8 CPU-minutes, so it runs at low priority
# beside the browser tests, which leave most of a core idle while Chromium
# waits. QONUN_TIDY=changed checks only the library files this branch
# changes against main, for a quicker local run; CI always checks them all.
tidy_folders='common|citation|model|analysis|indexer|search|versions|api|importers|docx'
if [[ "${QONUN_TIDY:-all}" == changed ]]; then
  base=$(git merge-base HEAD main 2>/dev/null || true)
  if [[ -z "$base" || "$base" == "$(git rev-parse HEAD)" ]]; then
    base=HEAD~1
  fi
  mapfile -t tidy_files < <(git diff --name-only --diff-filter=AM "$base" -- '*.cc' |
    grep -E "^($tidy_folders)/" | sed "s|^|$PWD/|" || true)
else
  tidy_files=("$PWD/($tidy_folders)/")
fi
tidy_log=$(mktemp "${TMPDIR:-/tmp}/qonun-tidy.XXXXXX")
tidy_pid=""
if ((${#tidy_files[@]} > 0)); then
  nice -n 10 run-clang-tidy -p build/release -j"$jobs" -quiet \
    -extra-arg=-Wno-unknown-warning-option "${tidy_files[@]}" >"$tidy_log" 2>&1 &
  tidy_pid=$!
  # A failure below must not leave it running.
  trap 'kill "$tidy_pid" 2>/dev/null || true' EXIT
fi

step "browser tests of the web page (headless Chromium)"
QONUN_BINARY="$PWD/build/release/cli/qonun" bash tests/web/run.sh

step "formatting (clang-format)"
git ls-files '*.h' '*.cc' | xargs clang-format --dry-run -Werror
echo "formatting: clean"

step "clang-tidy: its result"
if [[ -n "$tidy_pid" ]] && ! wait "$tidy_pid"; then
  grep -E 'warning:|error:' "$tidy_log" | grep -v 'warnings generated' | head -100
  echo "clang-tidy: FAILED (whole log: $tidy_log)" >&2
  exit 1
fi
trap - EXIT
rm -f "$tidy_log"
echo "clang-tidy: clean (${#tidy_files[@]} file patterns)"
