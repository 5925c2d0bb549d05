#!/usr/bin/env bash
# HTTP throughput and latency of `qonun serve` under wrk, side by side with the
# ceiling: a static file from a minimal Pistache server (bench/static_server.cc)
# on the same machine, same thread count. The figure is the ratio.
#
#   bash bench/http_bench.sh [--db DIR] [--corpus DIR] [--duration SECONDS]
#                            [--connections "1 8 32 128"] [--threads N]
#
# Without --db, indexes --corpus (default corpus/) into a temporary folder.
# QONUN_BINARY and STATIC_SERVER_BINARY skip the build. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."

db="" corpus="corpus" duration=10 connections="1 8 32 128" threads=2
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db="$2"; shift 2 ;;
    --corpus) corpus="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    *) echo "http_bench: unknown argument $1" >&2; exit 2 ;;
  esac
done

command -v wrk >/dev/null || { echo "http_bench: needs wrk (apt-get install wrk)" >&2; exit 1; }

if [ -z "${QONUN_BINARY:-}" ] || [ -z "${STATIC_SERVER_BINARY:-}" ]; then
  cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DQONUN_BUILD_TESTS=OFF >/dev/null
  cmake --build build/bench -j"$(nproc)" --target qonun static_server >/dev/null
fi
qonun="${QONUN_BINARY:-build/bench/cli/qonun}"
static_server="${STATIC_SERVER_BINARY:-build/bench/bench/static_server}"

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

if [ -z "$db" ]; then
  db="$work/index"
  "$qonun" index "$corpus" --db "$db" >/dev/null
fi

# Starts a server in the background and waits for the port it prints.
wait_for_port() {  # LOGFILE PATTERN
  for _ in $(seq 1 200); do
    port=$(grep -o "$2" "$1" | head -1 | grep -o '[0-9]*$' || true)
    if [ -n "$port" ]; then echo "$port"; return 0; fi
    sleep 0.05
  done
  echo "http_bench: server did not start; its log:" >&2
  cat "$1" >&2
  return 1
}

"$qonun" serve --db "$db" --port 0 --threads "$threads" --quiet 2>"$work/qonun.log" &
pids+=($!)
qonun_port=$(wait_for_port "$work/qonun.log" 'http://127.0.0.1:[0-9]*')
"$static_server" web/index.html 0 "$threads" >"$work/static.log" 2>&1 &
pids+=($!)
static_port=$(wait_for_port "$work/static.log" 'listening on [0-9]*')
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$qonun_port/health" >/dev/null && break
  sleep 0.1
done

# Runs wrk; prints "requests_per_s p50_ms p99_ms errors".
measure() {  # CONNECTIONS URL [SCRIPT]
  local c="$1" url="$2" script=(); local t=2
  [ "$c" -lt 2 ] && t=1
  [ $# -gt 2 ] && script=(-s "$3")
  wrk -t"$t" -c"$c" -d"${duration}s" --latency "${script[@]}" "$url" | awk '
    function ms(v) {
      if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0;
      if (v ~ /s$/) return v * 1000; return v + 0
    }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
    /Requests\/sec/ { rps = $2 }
    /Non-2xx/ { errors += $NF }
    /Socket errors/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
    END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, errors }'
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "servers: $threads worker threads each; wrk ${duration}s per cell, 2 wrk threads; loopback"
echo "search mix: $(grep -vc '^#' tests/search/relevance.tsv) queries of tests/search/relevance.tsv, limit 10, snippets"
echo
# Warm both servers (page cache, searcher pool) before the first cell.
wrk -t1 -c4 -d2s -s bench/wrk/search_mix.lua "http://127.0.0.1:$qonun_port" >/dev/null
wrk -t1 -c4 -d2s "http://127.0.0.1:$static_port/" >/dev/null

printf '%-5s | %-26s | %-26s | %-32s | %s\n' "conn" "static file (ceiling)" "qonun: the page (static)" \
  "qonun: search mix" "search / ceiling"
printf '%-5s | %9s %7s %8s | %9s %7s %8s | %9s %7s %8s %5s | %s\n' "" req/s p50ms p99ms req/s p50ms \
  p99ms req/s p50ms p99ms errs ""
for c in $connections; do
  read -r s_rps s_p50 s_p99 s_err < <(measure "$c" "http://127.0.0.1:$static_port/")
  read -r p_rps p_p50 p_p99 p_err < <(measure "$c" "http://127.0.0.1:$qonun_port/index.html")
  read -r q_rps q_p50 q_p99 q_err < <(measure "$c" "http://127.0.0.1:$qonun_port" bench/wrk/search_mix.lua)
  ratio=$(awk -v a="$q_rps" -v b="$s_rps" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  printf '%-5s | %9s %7s %8s | %9s %7s %8s | %9s %7s %8s %5s | %s\n' "$c" "$s_rps" "$s_p50" "$s_p99" \
    "$p_rps" "$p_p50" "$p_p99" "$q_rps" "$q_p50" "$q_p99" "$q_err" "${ratio}x"
  if [ "$s_err" != 0 ] || [ "$p_err" != 0 ]; then
    echo "  (errors: static $s_err, page $p_err)"
  fi
done
