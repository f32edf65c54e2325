// MIME parsing (GMime, RFC 2047, charset conversion, attachment sniffing and
// hashing): ParseMessage on each generated message and across sizes.
#include <benchmark/benchmark.h>

#include "bench_support.h"
#include "messages/samples.h"
#include "parse/message.h"

namespace phishscan::bench {
namespace {

void BM_ParseMessage(benchmark::State& state, Sample sample) {
  const std::string& raw = SampleBytes(sample);
  if (raw.empty()) {
    state.SkipWithError("sample message unavailable");
    return;
  }
  const Limits limits;
  for (auto _ : state) {
    Message message = ParseMessage(raw, limits);
    benchmark::DoNotOptimize(message);
  }
  ReportPerMessage(state, raw.size());
}
BENCHMARK_CAPTURE(BM_ParseMessage, seed_lure, Sample::kSeedLure);
BENCHMARK_CAPTURE(BM_ParseMessage, newsletter_200_links, Sample::kNewsletter);
BENCHMARK_CAPTURE(BM_ParseMessage, attachment_1mb, Sample::kAttachment);
BENCHMARK_CAPTURE(BM_ParseMessage, parts_1000, Sample::kManyParts);
BENCHMARK_CAPTURE(BM_ParseMessage, header_1mb_addresses, Sample::kLongAddressHeader);
BENCHMARK_CAPTURE(BM_ParseMessage, header_1mb_encoded_subject, Sample::kLongEncodedSubject);

void BM_ParseSized(benchmark::State& state) {
  const std::string& raw = SizedSampleBytes(static_cast<std::size_t>(state.range(0)));
  const Limits limits;
  for (auto _ : state) {
    Message message = ParseMessage(raw, limits);
    benchmark::DoNotOptimize(message);
  }
  ReportPerMessage(state, raw.size());
}
BENCHMARK(BM_ParseSized)->Apply(SizeSweep)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace phishscan::bench
