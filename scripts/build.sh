#!/usr/bin/env bash
# Configures and builds phishscan in build/ (Release with debug info), with the
# micro-benchmarks (bench/) so that they are compiled, and their generator tested, on every change.
# Extra arguments go to cmake's configure step (e.g. -DPHISHSCAN_SANITIZE=address).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPHISHSCAN_BENCH=ON "$@" >/dev/null
cmake --build "$BUILD_DIR" -j "$(nproc)"
