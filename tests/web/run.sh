#!/usr/bin/env bash
# End-to-end tests of the web page in a real browser.
#
#   tests/web/run.sh              run the tests (node --test, TAP: "# pass N", "# fail N")
#   tests/web/run.sh --docs       also refresh the README screenshots in docs/screenshots/
#   tests/web/run.sh changes axe  only the test files whose names contain these words
#
# Starts `qonun serve --port 0` on the small test corpus (tests/data/minimal)
# and, when corpus/ passes `qonun check`, a second one on the real corpus; reads
# each port from the "listening on http://127.0.0.1:PORT/" line; runs the tests
# with playwright-core driving Debian's Chromium headless; stops the servers.
#
# Environment: QONUN_BINARY (default build/cli/qonun), CHROMIUM (default
# /usr/bin/chromium), QONUN_WEB_ARTIFACTS (default tests/web/artifacts),
# QONUN_TEST_NAME (only the tests whose names match this regular expression).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
binary="${QONUN_BINARY:-$root/build/cli/qonun}"
chromium="${CHROMIUM:-/usr/bin/chromium}"
artifacts="${QONUN_WEB_ARTIFACTS:-$here/artifacts}"
docs=0
filters=()
for arg in "$@"; do
  case "$arg" in
    --docs) docs=1 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    -*) echo "run.sh: unknown argument $arg" >&2; exit 2 ;;
    *) filters+=("$arg") ;;
  esac
done

if [[ ! -x "$binary" ]]; then
  echo "run.sh: no qonun binary at $binary (build it, or set QONUN_BINARY)" >&2
  exit 2
fi
if [[ ! -x "$chromium" ]]; then
  echo "run.sh: no Chromium at $chromium (apt-get install -y chromium, or set CHROMIUM)" >&2
  exit 2
fi
if ! command -v node >/dev/null; then
  echo "run.sh: node is required (apt-get install -y nodejs npm)" >&2
  exit 2
fi
if [[ ! -f "$here/node_modules/playwright-core/package.json" || ! -f "$here/node_modules/axe-core/axe.min.js" ]]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/qonun-web.XXXXXX")"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

# start_server NAME CORPUS: starts qonun serve; sets $url to its base URL.
url=""
start_server() {
  url=""
  local name="$1" corpus="$2" log="$tmp/$1.log"
  "$binary" serve --port 0 --threads 4 --db "$tmp/$name-db" --corpus "$corpus" \
    --web "$root/web" 2>"$log" >/dev/null &
  local pid=$!
  pids+=("$pid")
  local port=""
  for _ in $(seq 1 600); do
    port="$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]\+\)/.*|\1|p' "$log" | head -n1)"
    [[ -n "$port" ]] && break
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "run.sh: qonun serve ($name) exited:" >&2
      cat "$log" >&2
      return 1
    fi
    sleep 0.1
  done
  if [[ -z "$port" ]]; then
    echo "run.sh: qonun serve ($name) did not say where it listens:" >&2
    cat "$log" >&2
    return 1
  fi
  url="http://127.0.0.1:$port"
}

mkdir -p "$artifacts"
start_server minimal "$root/tests/data/minimal" || exit 1
export QONUN_URL="$url"
echo "# server (minimal corpus): $QONUN_URL"

QONUN_CORPUS_URL=""
if [[ -d "$root/corpus" ]] && "$binary" check "$root/corpus" >"$tmp/check.log" 2>&1; then
  start_server corpus "$root/corpus" && QONUN_CORPUS_URL="$url"
  echo "# server (corpus/): ${QONUN_CORPUS_URL:-not started}"
else
  echo "# corpus/ missing or not accepted by qonun check: its tests are skipped"
fi
export QONUN_CORPUS_URL

export CHROMIUM="$chromium" QONUN_WEB_ARTIFACTS="$artifacts"
status=0
files=()
for file in "$here"/*.test.mjs; do
  keep=$(( ${#filters[@]} == 0 ))
  for word in "${filters[@]}"; do
    [[ "$(basename "$file")" == *"$word"* ]] && keep=1
  done
  (( keep )) && files+=("$file")
done
if (( ${#files[@]} == 0 )); then
  echo "run.sh: no test file matches ${filters[*]}" >&2
  exit 2
fi
pattern=()
[[ -n "${QONUN_TEST_NAME:-}" ]] && pattern=(--test-name-pattern="$QONUN_TEST_NAME")
node --test --test-reporter=tap "${pattern[@]}" "${files[@]}" || status=$?

if [[ "$docs" == 1 && "$status" == 0 ]]; then
  node "$here/screenshots.mjs" "$root/docs/screenshots" || status=$?
fi
exit "$status"
