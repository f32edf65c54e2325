// The whole scan (Engine::Scan: parse, extract, match, detect, score) on
// typical messages, across sizes, and on the pathological shapes.
#include <benchmark/benchmark.h>

#include "bench_support.h"
#include "messages/samples.h"

namespace phishscan::bench {
namespace {

void RunScan(benchmark::State& state, const std::string& raw) {
  if (raw.empty()) {
    state.SkipWithError("sample message unavailable");
    return;
  }
  const Engine& engine = SharedEngine();
  for (auto _ : state) {
    Verdict verdict = engine.Scan(raw);
    benchmark::DoNotOptimize(verdict);
  }
  ReportPerMessage(state, raw.size());
}

void BM_Scan(benchmark::State& state, Sample sample) { RunScan(state, SampleBytes(sample)); }
BENCHMARK_CAPTURE(BM_Scan, seed_lure, Sample::kSeedLure);
BENCHMARK_CAPTURE(BM_Scan, newsletter_200_links, Sample::kNewsletter);
BENCHMARK_CAPTURE(BM_Scan, attachment_1mb, Sample::kAttachment)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Scan, links_10000, Sample::kManyLinks)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Scan, parts_1000, Sample::kManyParts)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Scan, header_1mb_addresses, Sample::kLongAddressHeader)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Scan, header_1mb_encoded_subject, Sample::kLongEncodedSubject)
    ->Unit(benchmark::kMillisecond);

// Time per message should grow linearly with size: compare bytes_per_second
// across the arguments (10 KB .. 10 MB).
void BM_ScanSized(benchmark::State& state) {
  RunScan(state, SizedSampleBytes(static_cast<std::size_t>(state.range(0))));
}
BENCHMARK(BM_ScanSized)->Apply(SizeSweep)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace phishscan::bench
