#!/usr/bin/env bash
# Builds the whole project with sanitizers and runs the test suite under them.
#   scripts/sanitize.sh address   # ASan + UBSan (default)
#   scripts/sanitize.sh thread    # TSan: the parallel scanner, engine and milter tests
# Integration tests (a real Postfix) are left out: they test deployment, not memory safety.
set -euo pipefail
cd "$(dirname "$0")/.."
kind=${1:-address}
build="build-${kind}san"
scripts/install-deps.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPHISHSCAN_SANITIZE="$kind" >/dev/null
cmake --build "$build" -j "$(nproc)"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# GLib keeps one-time type registrations and caches alive until exit: not leaks of ours.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/scripts/lsan.supp:print_suppressions=0}
# G_SLICE=always-malloc: GLib 2.74 recycles slices between threads behind TSan's back.
export G_SLICE=always-malloc
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1:suppressions=$PWD/scripts/tsan.supp}
if [ "$kind" = thread ]; then
  # TSan is about the code that runs threads: the engine shared by workers,
  # the parallel scanner behind the CLI, the milter.
  ctest --test-dir "$build" --output-on-failure -j "$(nproc)" -LE integration -R '^(Engine|Adversarial|Cli|Milter|Parallel|Scan|Hyperscan|PhraseMatcher)'
else
  ctest --test-dir "$build" --output-on-failure -j "$(nproc)" -LE integration
fi
