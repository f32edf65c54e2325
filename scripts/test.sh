#!/usr/bin/env bash
# The whole test suite, as CI runs it: installs dependencies, builds, runs
# every GoogleTest suite through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j "$(nproc)"
