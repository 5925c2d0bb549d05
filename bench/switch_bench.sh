#!/usr/bin/env bash
# Latency of `qonun serve` while a new generation is switched in.
#
#   bash bench/switch_bench.sh --db DIR --corpus DIR [--windows-before N]
#                              [--windows-after N] [--connections C] [--cache-mb M]
#
# Serves DIR (an index of CORPUS) with 2 worker threads and runs wrk with the
# search mix (bench/wrk/search_mix.lua) in back-to-back 1-second windows.
# After the first windows it rebuilds the index (`qonun index CORPUS --db
# DIR`: unchanged expressions are copied, so the rebuild itself costs little
# CPU and what is measured is the switch), and watches /health for the
# generation the server answers from. Each window prints p50, p99 and the
# slowest request; the summary compares the slowest request from the switch
# on with the median p99 of the windows before it. Without --cache-mb the
# reply cache is off (--cache-mb 0), so every request searches.
# QONUN_BINARY skips the build. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."

db="" corpus="" before=6 after=8 connections=4 cache_mb=0
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db="$2"; shift 2 ;;
    --corpus) corpus="$2"; shift 2 ;;
    --windows-before) before="$2"; shift 2 ;;
    --windows-after) after="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --cache-mb) cache_mb="$2"; shift 2 ;;
    *) echo "switch_bench: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -n "$db" ] && [ -n "$corpus" ] || { echo "switch_bench: needs --db and --corpus" >&2; exit 2; }
command -v wrk >/dev/null || { echo "switch_bench: needs wrk (apt-get install wrk)" >&2; exit 1; }

if [ -z "${QONUN_BINARY:-}" ]; then
  cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DQONUN_BUILD_TESTS=OFF >/dev/null
  cmake --build build/bench -j"$(nproc)" --target qonun >/dev/null
fi
qonun="${QONUN_BINARY:-build/bench/cli/qonun}"

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

"$qonun" serve --db "$db" --port 0 --threads 2 --quiet --cache-mb "$cache_mb" 2>"$work/serve.log" &
pids+=($!)
port=""
for _ in $(seq 1 600); do
  port=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/serve.log" | head -1 | grep -o '[0-9]*$' || true)
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { echo "switch_bench: server did not start" >&2; cat "$work/serve.log" >&2; exit 1; }
url="http://127.0.0.1:$port"
generation() { curl -fs "$url/health" | grep -o '"generation":"[^"]*"' | cut -d'"' -f4; }

# One 1-second window: "p50_ms p99_ms max_ms requests".
window() {
  wrk -t2 -c"$connections" -d1s --latency -s bench/wrk/search_mix.lua "$url" | awk '
    function ms(v) {
      if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0;
      if (v ~ /s$/) return v * 1000; return v + 0
    }
    /^ +Latency +[0-9]/ { max = ms($4) } /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
    /requests in/ { n = $1 }
    END { printf "%.2f %.2f %.2f %d\n", p50, p99, max, n }'
}

wrk -t2 -c"$connections" -d3s -s bench/wrk/search_mix.lua "$url" >/dev/null  # warm
start_generation=$(generation)
echo "server: 2 worker threads, reply cache ${cache_mb} MB; wrk: 2 threads, $connections connections, search mix"
echo "serving $start_generation at the start"
printf '%6s  %-8s %8s %8s %8s %6s  %s\n' window phase p50ms p99ms maxms reqs generation

before_p99=()
switched=-1 i=0 phase=before index_pid=""
while :; do
  if [ "$i" -eq "$before" ]; then
    "$qonun" index "$corpus" --db "$db" >"$work/index.log" 2>&1 &
    index_pid=$!
    phase=reindex
  fi
  read -r p50 p99 max n <<<"$(window)"
  gen=$(generation)
  if [ "$switched" -lt 0 ] && [ "$gen" != "$start_generation" ]; then
    switched=$i
    phase=switch
  elif [ "$switched" -ge 0 ]; then
    phase=after
  fi
  printf '%6s  %-8s %8s %8s %8s %6s  %s\n' "$i" "$phase" "$p50" "$p99" "$max" "$n" "$gen"
  if [ "$phase" = before ]; then
    before_p99+=("$p99")
  else
    echo "$max" >>"$work/max_after"
  fi
  i=$((i + 1))
  if [ "$switched" -ge 0 ] && [ "$i" -gt $((switched + after)) ]; then break; fi
  if [ "$i" -gt $((before + 600)) ]; then echo "switch_bench: no switch seen" >&2; exit 1; fi
done
wait "$index_pid" || { echo "switch_bench: the rebuild failed" >&2; cat "$work/index.log" >&2; exit 1; }

normal=$(printf '%s\n' "${before_p99[@]}" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
worst=$(sort -g "$work/max_after" | tail -1)
echo
echo "normal p99 (median of the windows before): $normal ms"
echo "slowest request from the rebuild on: $worst ms ($(awk -v w="$worst" -v n="$normal" 'BEGIN { printf "%.1f", w / n }')x the normal p99)"
