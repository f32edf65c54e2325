#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (+ASan/UBSan) and runs each one.
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]   default: 60 s, all targets
# Seed corpora come from the project's own messages (examples/, testdata/) and
# the shared peer test messages when present. New inputs a run finds are kept
# in fuzz/corpus-<target>/ (git-ignored); crashes land in fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(parse html html_guard url scan)
build=build-fuzz
scripts/install-deps.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DPHISHSCAN_FUZZ=ON -DPHISHSCAN_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "$(nproc)" --target "${targets[@]/%/_fuzz}"

seed_dir=$build/seeds
mkdir -p "$seed_dir" fuzz/artifacts
rm -rf "$seed_dir"/*
cp examples/*.eml "$seed_dir"/ 2>/dev/null || true
[ -d testdata ] && find testdata -type f -size -256k -exec cp {} "$seed_dir"/ \; 2>/dev/null || true
if [ -d ../shared/peer-tests ]; then
  i=0; for f in ../shared/peer-tests/*/*; do cp "$f" "$seed_dir/peer-$i"; i=$((i+1)); done
fi
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/scripts/lsan.supp:print_suppressions=0}
status=0
for t in "${targets[@]}"; do
  corpus=fuzz/corpus-$t
  mkdir -p "$corpus"
  echo "== fuzzing $t for ${seconds}s"
  if ! "$build/fuzz/${t}_fuzz" "$corpus" "$seed_dir" -max_total_time="$seconds" -max_len=262144 \
       -timeout=10 -rss_limit_mb=2048 -artifact_prefix=fuzz/artifacts/"$t"- -print_final_stats=1 \
       2>"$build/$t.log"; then
    echo "!! $t failed: see $build/$t.log and fuzz/artifacts/"; status=1
  fi
  grep -E '^(stat::|#[0-9]+ *DONE)' "$build/$t.log" | sed "s/^/   $t: /" || true
done
exit $status
