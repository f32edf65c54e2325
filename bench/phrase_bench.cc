// Phrase matching: every phrase list in one Hyperscan pass over the
// normalised text, and the normalisation that produces that text.
#include <benchmark/benchmark.h>

#include "base/text.h"
#include "bench_support.h"
#include "extract/extraction.h"
#include "messages/samples.h"
#include "parse/message.h"

namespace phishscan::bench {
namespace {

// The text phrase matching sees for this message: Extraction::text.
std::string MatchedText(const std::string& raw) {
  const Limits limits;
  return Extract(ParseMessage(raw, limits), limits).text;
}

void RunPhraseMatch(benchmark::State& state, const std::string& text) {
  const PhraseMatcher& matcher = SharedKnowledge().phrases();
  std::size_t matches = 0;
  for (auto _ : state) {
    std::vector<PhraseMatch> found = matcher.Match(text);
    matches = found.size();
    benchmark::DoNotOptimize(found);
  }
  state.counters["matches"] = static_cast<double>(matches);
  ReportPerMessage(state, text.size());
}

void BM_PhraseMatch(benchmark::State& state, Sample sample) {
  RunPhraseMatch(state, MatchedText(SampleBytes(sample)));
}
BENCHMARK_CAPTURE(BM_PhraseMatch, seed_lure, Sample::kSeedLure);
BENCHMARK_CAPTURE(BM_PhraseMatch, newsletter_200_links, Sample::kNewsletter);

void BM_PhraseMatchSized(benchmark::State& state) {
  RunPhraseMatch(state, MatchedText(SizedSampleBytes(static_cast<std::size_t>(state.range(0)))));
}
BENCHMARK(BM_PhraseMatchSized)->Apply(SizeSweep)->Unit(benchmark::kMicrosecond);

void BM_NormalizeText(benchmark::State& state) {
  const Message message = ParseMessage(SizedSampleBytes(100 << 10), Limits{});
  std::string text;
  for (const TextPart& part : message.text_parts) {
    if (!part.is_html) text += part.text;
  }
  for (auto _ : state) {
    std::string normalized = NormalizeText(text);
    benchmark::DoNotOptimize(normalized);
  }
  ReportPerMessage(state, text.size());
}
BENCHMARK(BM_NormalizeText);

}  // namespace
}  // namespace phishscan::bench
