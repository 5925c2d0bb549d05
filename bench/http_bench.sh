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
qonun_pid=$!
qonun_port=$(wait_for_port "$work/qonun.log" 'http://127.0.0.1:[0-9]*')
# The same server without its reply cache: every request searches.
"$qonun" serve --db "$db" --port 0 --threads "$threads" --quiet --cache-mb 0 2>"$work/nocache.log" &
pids+=($!)
nocache_pid=$!
nocache_port=$(wait_for_port "$work/nocache.log" 'http://127.0.0.1:[0-9]*')
"$static_server" web/index.html 0 "$threads" >"$work/static.log" 2>&1 &
pids+=($!)
static_port=$(wait_for_port "$work/static.log" 'listening on [0-9]*')
for port in "$qonun_port" "$nocache_port"; do
  for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$port/health" >/dev/null && break
    sleep 0.1
  done
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
echo "suggest: the same queries typed keystroke by keystroke (bench/wrk/suggest_keys.lua)"
echo
# Warm the servers (page cache, searcher pool, reply cache) before measuring.
for port in "$qonun_port" "$nocache_port"; do
  wrk -t1 -c4 -d2s -s bench/wrk/search_mix.lua "http://127.0.0.1:$port" >/dev/null
done
wrk -t1 -c4 -d2s "http://127.0.0.1:$static_port/" >/dev/null

row() {  # CONNECTIONS LABEL CEILING_RPS "rps p50 p99 errors"
  local rps p50 p99 errors
  read -r rps p50 p99 errors <<<"$4"
  printf '%5s  %-28s %9s %8s %8s %7s %9s\n' "$1" "$2" "$rps" "$p50" "$p99" "$errors" \
    "$(awk -v a="$rps" -v b="$3" 'BEGIN { printf "%.2fx", (b > 0 ? a / b : 0) }')"
}

printf '%5s  %-28s %9s %8s %8s %7s %9s\n' conn target req/s p50ms p99ms errors "/ceiling"
for c in $connections; do
  static=$(measure "$c" "http://127.0.0.1:$static_port/")
  ceiling=${static%% *}
  row "$c" "static file (ceiling)" "$ceiling" "$static"
  row "$c" "qonun: the page (static)" "$ceiling" "$(measure "$c" "http://127.0.0.1:$qonun_port/index.html")"
  row "$c" "qonun: search mix" "$ceiling" \
    "$(measure "$c" "http://127.0.0.1:$qonun_port" bench/wrk/search_mix.lua)"
  row "$c" "qonun: search, no cache" "$ceiling" \
    "$(measure "$c" "http://127.0.0.1:$nocache_port" bench/wrk/search_mix.lua)"
  row "$c" "qonun: suggest, no cache" "$ceiling" \
    "$(measure "$c" "http://127.0.0.1:$nocache_port" bench/wrk/suggest_keys.lua)"
done

peak() { awk '/VmHWM/ { printf "%.1f MiB", $2 / 1024 }' "/proc/$1/status"; }
echo
echo "peak resident memory: qonun serve $(peak "$qonun_pid"), without cache $(peak "$nocache_pid")"
