// HTML extraction (Gumbo: visible text, links, forms, hidden text) on one
// HTML document, and the whole extraction stage on a parsed message.
#include <benchmark/benchmark.h>

#include "bench_support.h"
#include "extract/extraction.h"
#include "extract/html_extractor.h"
#include "messages/samples.h"
#include "parse/message.h"

namespace phishscan::bench {
namespace {

// The first HTML body of the message, decoded, or "" when it has none.
std::string FirstHtmlPart(Sample sample) {
  const Message message = ParseMessage(SampleBytes(sample), Limits{});
  for (const TextPart& part : message.text_parts) {
    if (part.is_html) return part.text;
  }
  return "";
}

void BM_ExtractHtml(benchmark::State& state, Sample sample) {
  const std::string html = FirstHtmlPart(sample);
  if (html.empty()) {
    state.SkipWithError("sample has no HTML part");
    return;
  }
  const Limits limits;
  for (auto _ : state) {
    HtmlExtraction extraction = ExtractHtml(html, HtmlSource{}, limits, limits.max_links);
    benchmark::DoNotOptimize(extraction);
  }
  ReportPerMessage(state, html.size());
}
BENCHMARK_CAPTURE(BM_ExtractHtml, seed_lure, Sample::kSeedLure);
BENCHMARK_CAPTURE(BM_ExtractHtml, newsletter_200_links, Sample::kNewsletter);
BENCHMARK_CAPTURE(BM_ExtractHtml, links_10000, Sample::kManyLinks);

void BM_ExtractMessage(benchmark::State& state, Sample sample) {
  const std::string& raw = SampleBytes(sample);
  const Limits limits;
  const Message message = ParseMessage(raw, limits);
  for (auto _ : state) {
    Extraction extraction = Extract(message, limits);
    benchmark::DoNotOptimize(extraction);
  }
  ReportPerMessage(state, raw.size());
}
BENCHMARK_CAPTURE(BM_ExtractMessage, seed_lure, Sample::kSeedLure);
BENCHMARK_CAPTURE(BM_ExtractMessage, newsletter_200_links, Sample::kNewsletter);
BENCHMARK_CAPTURE(BM_ExtractMessage, attachment_1mb, Sample::kAttachment);
BENCHMARK_CAPTURE(BM_ExtractMessage, parts_1000, Sample::kManyParts);

void BM_ExtractSized(benchmark::State& state) {
  const std::string& raw = SizedSampleBytes(static_cast<std::size_t>(state.range(0)));
  const Limits limits;
  const Message message = ParseMessage(raw, limits);
  for (auto _ : state) {
    Extraction extraction = Extract(message, limits);
    benchmark::DoNotOptimize(extraction);
  }
  ReportPerMessage(state, raw.size());
}
BENCHMARK(BM_ExtractSized)->Apply(SizeSweep)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace phishscan::bench
