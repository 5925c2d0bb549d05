#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer, and runs each for a fixed time, two at a time.
#   bash scripts/fuzz.sh            # 60 s per target
#   bash scripts/fuzz.sh 1800       # half an hour per target, locally
#   QONUN_FUZZ_BUILD=build/asan bash scripts/fuzz.sh 30
#                                   # CI: the fuzzers of an existing build
#                                   # configured with -DQONUN_FUZZ=ON
# The corpus each run grows is kept in BUILD/corpus/TARGET (BUILD: build/fuzz
# or QONUN_FUZZ_BUILD) and reused by the next run. A crash leaves its input in
# BUILD/artifacts/TARGET/ and
# fails the script; copy that file to fuzz/regressions/TARGET/ (ctest replays
# it in every build) and fix the bug.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
parallel=${QONUN_FUZZ_JOBS:-2}
build=${QONUN_FUZZ_BUILD:-build/fuzz}

if [[ -n "${QONUN_FUZZ_BUILD:-}" ]]; then
  if ! grep -q '^QONUN_FUZZ:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
    echo "fuzz: $build is not a build configured with -DQONUN_FUZZ=ON" >&2
    exit 2
  fi
else
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DQONUN_FUZZ=ON -DQONUN_BUILD_TESTS=OFF \
    -DQONUN_SANITIZE=address,undefined >/dev/null
fi
cmake --build "$build" -j"$(nproc)" --target qonun_fuzzers

mapfile -t targets <"$build/fuzz/fuzzers.txt"
export ASAN_OPTIONS=abort_on_error=1:detect_leaks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

run_one() {
  local name=$1
  local corpus="$build/corpus/$name" artifacts="$build/artifacts/$name"
  mkdir -p "$corpus" "$artifacts"
  # -timeout: an input slower than 10 s is a hang and counts as a failure;
  # -rss_limit_mb: so does one that needs more than 2 GB.
  if "$build/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" "$build/fuzz/seeds/$name" \
    >"$build/fuzz-$name.log" 2>&1; then
    local runs
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$build/fuzz-$name.log" | grep -o '[0-9]*$')
    echo "fuzz $name: ${runs:-?} executions in ${seconds} s, no crash (corpus $(ls "$corpus" | wc -l) inputs)"
  else
    echo "fuzz $name: FAILED, see $build/fuzz-$name.log; inputs in $artifacts/" >&2
    tail -40 "$build/fuzz-$name.log" >&2
    return 1
  fi
}
export -f run_one
export build seconds

printf '%s\n' "${targets[@]}" | xargs -P "$parallel" -I{} bash -c 'run_one {}'
echo "fuzz: ${#targets[@]} targets, ${seconds} s each: no crash"
