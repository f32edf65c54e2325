// What every micro-benchmark shares: the engine and knowledge loaded once
// from the source tree's data/, and the counters every benchmark reports
// (bytes/s and messages/s).
#ifndef PHISHSCAN_BENCH_BENCH_SUPPORT_H_
#define PHISHSCAN_BENCH_BENCH_SUPPORT_H_

#include <benchmark/benchmark.h>

#include <cstddef>

#include "detect/knowledge.h"
#include "phishscan/engine.h"

namespace phishscan::bench {

// Loaded on first use from $PHISHSCAN_DATA or the source tree's data/; the
// process exits with a message when the data cannot be loaded.
const Engine& SharedEngine();
const Knowledge& SharedKnowledge();

// Sets bytes_per_second from `bytes_per_iteration` and a "messages/s" rate
// counter of one message per iteration.
void ReportPerMessage(benchmark::State& state, std::size_t bytes_per_iteration);

// Arguments 10 KB, 100 KB, 1 MB, 10 MB: the message sizes of the *Sized
// benchmarks (bytes/s should stay flat across them).
void SizeSweep(benchmark::internal::Benchmark* benchmark);

}  // namespace phishscan::bench

#endif  // PHISHSCAN_BENCH_BENCH_SUPPORT_H_
