#!/usr/bin/env bash
# The main job: installs what is needed, builds Qonun, and runs it on the
# bundled corpus. Until the index and the server land, that is: validate the
# corpus and print its summary (`qonun check corpus/`).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DQONUN_BUILD_TESTS=OFF
cmake --build build/release -j"$(nproc)" --target qonun
exec build/release/cli/qonun check corpus/
