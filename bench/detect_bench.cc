// Detection: the derived context (recipient, brand claims) and every
// detector, on a message already parsed, extracted and phrase-matched.
#include <benchmark/benchmark.h>

#include <memory>

#include "base/text.h"
#include "bench_support.h"
#include "detect/context.h"
#include "detect/detector.h"
#include "extract/extraction.h"
#include "messages/samples.h"
#include "parse/message.h"

namespace phishscan::bench {
namespace {

void BM_Detect(benchmark::State& state, Sample sample) {
  const std::string& raw = SampleBytes(sample);
  const Knowledge& knowledge = SharedKnowledge();
  const Limits limits;
  const Message message = ParseMessage(raw, limits);
  const Extraction extraction = Extract(message, limits);
  const Envelope envelope;
  const std::string subject = NormalizeText(message.subject);
  const PhraseHits hits(knowledge.phrases(), extraction.text,
                        knowledge.phrases().Match(extraction.text));
  const PhraseHits subject_hits(knowledge.phrases(), subject, knowledge.phrases().Match(subject));
  const std::vector<std::unique_ptr<Detector>> detectors = AllDetectors();
  for (auto _ : state) {
    ScanContext ctx{message, extraction, envelope, knowledge, hits, subject_hits, subject,
                    {},      {},         {},       {}};
    FillDerivedContext(ctx);
    std::vector<Signal> signals;
    for (const auto& detector : detectors) detector->Run(ctx, signals);
    benchmark::DoNotOptimize(signals);
  }
  ReportPerMessage(state, raw.size());
}
BENCHMARK_CAPTURE(BM_Detect, seed_lure, Sample::kSeedLure);
BENCHMARK_CAPTURE(BM_Detect, newsletter_200_links, Sample::kNewsletter);
BENCHMARK_CAPTURE(BM_Detect, links_10000, Sample::kManyLinks);

}  // namespace
}  // namespace phishscan::bench
