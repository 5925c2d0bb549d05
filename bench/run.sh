#!/usr/bin/env bash
# Builds the benchmarks in release mode and prints their figures:
#   analysis throughput next to a plain ICU word-break pass (issue: analysis),
#   index build time and query latency per kind of query (issue: search),
#   import speed of a generated 1.75 MB code (issue 15: importers).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DQONUN_BUILD_TESTS=OFF >/dev/null
cmake --build build/bench -j"$(nproc)" --target analysis_bench search_bench diff_bench import_bench >/dev/null
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo
echo "== analysis throughput (bundled corpus text, repeated to 4 MB per language)"
build/bench/bench/analysis_bench corpus 4000000 2>/dev/null
echo
echo "== index and search (bundled corpus; ${1:-50} rounds of each query set)"
build/bench/bench/search_bench corpus "${1:-50}"
echo
echo "== word diff: two 20,000-word documents with scattered edits, against git diff --word-diff"
build/bench/bench/diff_bench corpus 9
echo
echo "== import: a generated 1.75 MB Uzbek code in the lex.uz copy shape, text importer and writer"
build/bench/bench/import_bench 9
