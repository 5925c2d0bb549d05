#!/usr/bin/env bash
# Load and soak test: `qonun serve` over the bundled corpus on loopback,
# driven by wrk with a mix of searches and page requests (tests/soak/
# search_mix.lua) on keep-alive connections, plus a second wrk that opens a
# new connection for every request (churn). Samples the server's RSS every
# 5 s. Fails on any non-2xx answer or socket error, if the server dies, or
# if its RSS grows by more than 8 MiB + 10% between the first and the last
# part of the run (after warm-up).
#   bash scripts/soak.sh [SECONDS] [QONUN_BINARY]     # default 300 s, build/release/cli/qonun
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
binary=${2:-build/release/cli/qonun}
[ -x "$binary" ] || { echo "soak: no binary at $binary (build first)" >&2; exit 1; }
command -v wrk >/dev/null || { echo "soak: wrk is not installed (scripts/install-deps.sh)" >&2; exit 1; }

work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid"
    wait "$server_pid" || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

"$binary" index corpus --db "$work/index" >/dev/null
"$binary" serve --db "$work/index" --web web --port 0 --threads 2 --quiet 2>"$work/server.log" &
server_pid=$!
for _ in $(seq 100); do
  port=$(grep -o 'listening on http://127.0.0.1:[0-9]*' "$work/server.log" | grep -o '[0-9]*$' || true)
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { echo "soak: the server did not start" >&2; cat "$work/server.log" >&2; exit 1; }
url="http://127.0.0.1:$port"

rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$server_pid/status"; }
(
  while kill -0 "$server_pid" 2>/dev/null; do
    echo "$(date +%s) $(rss_kib)"
    sleep 5
  done
) >"$work/rss.txt" 2>/dev/null &
sampler=$!

echo "soak: ${seconds} s against $url (server pid $server_pid)"
wrk -t1 -c16 -d"${seconds}s" --timeout 5s --latency -s tests/soak/search_mix.lua "$url" \
  >"$work/keepalive.txt" 2>&1 &
keepalive=$!
SOAK_CLOSE=1 wrk -t1 -c4 -d"${seconds}s" --timeout 5s -s tests/soak/search_mix.lua "$url" \
  >"$work/churn.txt" 2>&1 &
churn=$!
wait "$keepalive" "$churn"
kill "$sampler" 2>/dev/null || true

failed=0
for run in keepalive churn; do
  summary=$(grep '^soak-summary' "$work/$run.txt" || true)
  if [ -z "$summary" ]; then
    echo "soak: wrk ($run) gave no summary" >&2
    cat "$work/$run.txt" >&2
    failed=1
    continue
  fi
  echo "soak $run: ${summary#soak-summary }"
  non2xx=$(sed -E 's/.* non2xx=([0-9]+).*/\1/' <<<"$summary")
  errors=$(sed -E 's/.* errors=([0-9]+).*/\1/' <<<"$summary")
  if [ "$non2xx" != 0 ] || [ "$errors" != 0 ]; then
    echo "soak: $run had $non2xx non-2xx answers and $errors socket errors" >&2
    grep -E 'Socket errors|Non-2xx' "$work/$run.txt" >&2 || true
    failed=1
  fi
done

if ! kill -0 "$server_pid" 2>/dev/null; then
  echo "soak: the server died" >&2
  cat "$work/server.log" >&2
  exit 1
fi

# RSS: skip the first fifth (warm-up: caches, worker pool), then compare the
# mean of the first and the last third of the remaining samples.
read -r first last count < <(awk '{ rss[NR] = $2 } END {
    skip = int(NR / 5); n = NR - skip; third = int(n / 3); if (third < 1) third = 1
    for (i = skip + 1; i <= skip + third; i++) a += rss[i]
    for (i = NR - third + 1; i <= NR; i++) b += rss[i]
    printf "%d %d %d\n", a / third, b / third, NR }' "$work/rss.txt")
echo "soak RSS: $count samples (every 5 s): $(awk '{printf "%s ", int($2/1024)}' "$work/rss.txt")MiB"
echo "soak RSS: after warm-up $((first / 1024)) MiB, at the end $((last / 1024)) MiB"
allowed=$((first + 8192 + first / 10))
if [ "$last" -gt "$allowed" ]; then
  echo "soak: RSS grew from $first KiB to $last KiB (more than 8 MiB + 10%)" >&2
  failed=1
fi

# The server still answers, then stops cleanly.
curl -fsS "$url/health" >/dev/null || { echo "soak: /health failed after the run" >&2; failed=1; }
kill -TERM "$server_pid"
if ! wait "$server_pid"; then
  echo "soak: the server did not exit 0 on SIGTERM" >&2
  failed=1
fi
server_pid=""
[ "$failed" = 0 ] && echo "soak: passed"
exit "$failed"
