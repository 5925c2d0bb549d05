#!/usr/bin/env bash
# The scale corpus generator is deterministic and writes valid corpora:
# generates twice with one seed, compares checksums of every byte, checks
# that another seed gives another corpus, and runs `qonun check` on it.
#   bench/corpus_gen_check.sh CORPUS_GEN QONUN SOURCE_CORPUS
set -euo pipefail
gen=$1 qonun=$2 source=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sum() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1); }
"$gen" "$source" "$tmp/a" 3000 7 >/dev/null
"$gen" "$source" "$tmp/b" 3000 7 >/dev/null
"$gen" "$source" "$tmp/c" 3000 8 >/dev/null
a=$(sum "$tmp/a") b=$(sum "$tmp/b") c=$(sum "$tmp/c")
echo "seed 7: $a and $b; seed 8: $c"
[ "$a" = "$b" ] || { echo "FAIL: one seed gave two corpora" >&2; exit 1; }
[ "$a" != "$c" ] || { echo "FAIL: two seeds gave one corpus" >&2; exit 1; }
"$qonun" check "$tmp/a" >/dev/null || { "$qonun" check "$tmp/a" | tail -20; exit 1; }
echo "qonun check: ok"
