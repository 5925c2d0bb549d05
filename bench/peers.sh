#!/usr/bin/env bash
# Qonun against PostgreSQL 15 full-text search and SQLite FTS5, at growing
# scale, in one command (bench/README.md explains the method):
#
#   bash bench/peers.sh [SIZES...]     # default: 10k 100k; e.g. 10k 100k 1M
#   bash bench/peers.sh relevance      # only the relevance suite, all three engines
#
# For each size: a deterministic generated corpus (bench/corpus_gen), each
# engine's index built from it (build time, throughput, size, peak memory),
# then the fixed 540-query mix run on all three engines interleaved (p50, p95,
# p99), and the HTTP benchmark when bench/http_bench.sh exists (its search
# mix is the relevance suite's queries; QONUN_PEERS_HTTP_SECONDS and
# QONUN_PEERS_HTTP_CONNECTIONS set its length and levels). Then the
# relevance suite on the bundled corpus for all three, one table, and the
# growth plot docs/bench-peers.png. PostgreSQL runs as a throwaway cluster on
# a Unix socket in a temporary folder (as `nobody` when started by root),
# stopped and removed at the end. Work files go to var/peers (QONUN_PEERS_DIR).
# Not for CI: 10k and 100k take about 5 minutes on two cores, 1M about 20 more.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10k 100k)
[ "${sizes[0]}" != relevance ] || sizes=()
rounds=${QONUN_PEERS_ROUNDS:-3}
http_seconds=${QONUN_PEERS_HTTP_SECONDS:-5}
http_connections=${QONUN_PEERS_HTTP_CONNECTIONS:-1 8 32}
var=${QONUN_PEERS_DIR:-$root/var/peers}

bash bench/install-peers.sh
cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DQONUN_BUILD_TESTS=OFF >/dev/null
cmake --build build/bench -j"$(nproc)" --target corpus_gen peers_bench qonun static_server >/dev/null
bin=$root/build/bench/bench
mkdir -p "$var"
results=$var/results.tsv
: >"$results"

# ---- a throwaway PostgreSQL cluster
pgbin=/usr/lib/postgresql/15/bin
pgdir=$(mktemp -d /tmp/qonun-pg.XXXXXX)
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  chown nobody "$pgdir"
  as_pg=(runuser -u nobody --)
fi
stop_pg() {
  (cd /tmp && "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -m fast -w stop >/dev/null 2>&1) || true
  rm -rf "$pgdir"
}
trap stop_pg EXIT
(cd /tmp && "${as_pg[@]}" "$pgbin/initdb" -D "$pgdir/data" -A trust -U qonun -E UTF8 \
  --locale=C.UTF-8 >/dev/null)
# maintenance_work_mem lets the GIN build sort in memory, as one would set it
# for a bulk load; everything else is the stock configuration.
(cd /tmp && "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w \
  -o "-k $pgdir -c listen_addresses='' -c port=5499 -c maintenance_work_mem=256MB" start >/dev/null)
export QONUN_PG="host=$pgdir port=5499 user=qonun dbname=postgres"

machine="$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB RAM"
echo "machine: $machine"
echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}'), SQLite $(pkg-config --modversion sqlite3), Xapian $(pkg-config --modversion xapian-core)"
echo "load before: $(uptime | sed 's/.*load average/load average/')"

# Appends an engine's result lines ("R engine metric value") under a label.
collect() {
  local label=$1
  while IFS=$'\t' read -r tag engine metric value; do
    [ "$tag" = R ] && printf '%s\t%s\t%s\t%s\n' "$label" "$engine" "$metric" "$value" >>"$results"
  done
}

count() {
  case $1 in
    *k) echo $((${1%k} * 1000)) ;;
    *M) echo $((${1%M} * 1000000)) ;;
    *) echo "$1" ;;
  esac
}

for size in "${sizes[@]}"; do
  n=$(count "$size")
  corpus=$var/corpus-$size
  work=$var/$size
  echo
  echo "== $size provisions"
  start=$(date +%s.%N)
  "$bin/corpus_gen" corpus "$corpus" "$n" 20261129
  printf '%s\tcorpus\tgen_s\t%s\n' "$size" "$(awk "BEGIN { print $(date +%s.%N) - $start }")" >>"$results"
  rm -rf "$work"
  mkdir -p "$work"
  for engine in qonun pg sqlite; do
    echo "  building $engine"
    "$bin/peers_bench" build --engine "$engine" --corpus "$corpus" --work "$work" | collect "$size"
  done
  echo "  querying (540 queries x $rounds rounds, engines interleaved)"
  "$bin/peers_bench" query --engines qonun,pg,sqlite --source corpus --work "$work" \
    --rounds "$rounds" | collect "$size"
  # Peak memory of the Qonun and SQLite query processes alone (the PostgreSQL
  # backend's is read from /proc in the interleaved run).
  for engine in qonun sqlite; do
    "$bin/peers_bench" query --engines "$engine" --source corpus --work "$work" --rounds 1 |
      grep query_peak_mb | collect "$size"
  done
  echo "  HTTP throughput (bench/http_bench.sh, ${http_seconds}s per cell)"
  QONUN_BINARY=$root/build/bench/cli/qonun STATIC_SERVER_BINARY=$bin/static_server \
    bash bench/http_bench.sh --db "$work/qonun" --corpus "$corpus" \
    --duration "$http_seconds" --connections "$http_connections" | tee "$work/http.txt"
done

echo
echo "== relevance suite (tests/search/relevance.tsv, and the held-out relevance_holdout.tsv) on the bundled corpus"
work=$var/bundled
rm -rf "$work"
mkdir -p "$work"
for engine in qonun pg sqlite; do
  "$bin/peers_bench" build --engine "$engine" --corpus corpus --work "$work" >/dev/null
done
"$bin/peers_bench" relevance --engines qonun,pg,sqlite --work "$work" | collect bundled
"$bin/peers_bench" relevance --engines qonun,pg,sqlite --work "$work" \
  --tsv tests/search/relevance_holdout.tsv | collect holdout
echo "load after: $(uptime | sed 's/.*load average/load average/')"

"$bin/peers_bench" report --results "$results" --plot-data "$var/growth.dat" | tee "$var/report.md"
for size in "${sizes[@]}"; do
  if [ -f "$var/$size/http.txt" ]; then
    printf '\n### HTTP, %s provisions (bench/http_bench.sh)\n\n```\n%s\n```\n' "$size" \
      "$(sed -n '/conn/,$p' "$var/$size/http.txt")" | tee -a "$var/report.md"
  fi
done

if [ "$(grep -vc '^#' "$var/growth.dat")" -ge 2 ]; then
  gnuplot <<GNUPLOT
set terminal pngcairo size 1100,450 font ",10"
set output "$root/docs/bench-peers.png"
set multiplot layout 1,2 title "Qonun, PostgreSQL 15 FTS, SQLite FTS5 ($machine)"
set logscale xy
set grid
set key bottom right
set xlabel "provisions"
set ylabel "query latency (ms)"
set title "Query latency, 540-query mix, top 10 with snippets"
plot "$var/growth.dat" using 1:2 with linespoints lw 2 lc rgb "#1b7837" title "Qonun p50", \
     "" using 1:3 with linespoints lw 2 dt 2 lc rgb "#1b7837" title "Qonun p99", \
     "" using 1:4 with linespoints lw 2 lc rgb "#2166ac" title "PostgreSQL p50", \
     "" using 1:5 with linespoints lw 2 dt 2 lc rgb "#2166ac" title "PostgreSQL p99", \
     "" using 1:6 with linespoints lw 2 lc rgb "#b2182b" title "SQLite p50", \
     "" using 1:7 with linespoints lw 2 dt 2 lc rgb "#b2182b" title "SQLite p99"
set ylabel "seconds"
set title "Index build (PostgreSQL: load + GIN)"
plot "$var/growth.dat" using 1:8 with linespoints lw 2 lc rgb "#1b7837" title "Qonun", \
     "" using 1:9 with linespoints lw 2 lc rgb "#2166ac" title "PostgreSQL", \
     "" using 1:10 with linespoints lw 2 lc rgb "#b2182b" title "SQLite"
unset multiplot
GNUPLOT
  echo "plot: docs/bench-peers.png"
fi
