#!/usr/bin/env bash
# The main job: installs what is needed, builds Qonun, indexes the bundled
# corpus and serves the API and the web page on http://127.0.0.1:8080/
# (QONUN_PORT to change the port). Stop it with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DQONUN_WERROR=ON
cmake --build build/release -j"$(nproc)" --target qonun
build/release/cli/qonun check corpus/
build/release/cli/qonun index corpus/ --db var/index
exec build/release/cli/qonun serve --db var/index --corpus corpus --web web \
  --host 127.0.0.1 --port "${QONUN_PORT:-8080}"
