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

// A sample parsed, extracted and phrase-matched once, outside the timing.
struct Prepared {
  explicit Prepared(Sample sample)
      : raw(SampleBytes(sample)),
        knowledge(SharedKnowledge()),
        message(ParseMessage(raw, limits)),
        extraction(Extract(message, limits)),
        subject(NormalizeText(message.subject)),
        hits(knowledge.phrases(), extraction.text, knowledge.phrases().Match(extraction.text)),
        subject_hits(knowledge.phrases(), subject, knowledge.phrases().Match(subject)) {}

  ScanContext Context() const {
    return ScanContext{message, extraction, envelope, knowledge, hits, subject_hits, subject, {}, {}, {}, {}};
  }

  const std::string& raw;
  const Knowledge& knowledge;
  const Limits limits;
  const Message message;
  const Extraction extraction;
  const Envelope envelope;
  const std::string subject;
  const PhraseHits hits;
  const PhraseHits subject_hits;
};

void BM_Detect(benchmark::State& state, Sample sample) {
  const Prepared p(sample);
  const std::vector<std::unique_ptr<Detector>> detectors = AllDetectors();
  for (auto _ : state) {
    ScanContext ctx = p.Context();
    FillDerivedContext(ctx);
    std::vector<Signal> signals;
    for (const auto& detector : detectors) detector->Run(ctx, signals);
    benchmark::DoNotOptimize(signals);
  }
  ReportPerMessage(state, p.raw.size());
}
BENCHMARK_CAPTURE(BM_Detect, seed_lure, Sample::kSeedLure);
BENCHMARK_CAPTURE(BM_Detect, newsletter_200_links, Sample::kNewsletter);
BENCHMARK_CAPTURE(BM_Detect, links_10000, Sample::kManyLinks);

// The derived context alone (recipient, brand claims), which every message pays.
void BM_FillDerivedContext(benchmark::State& state, Sample sample) {
  const Prepared p(sample);
  for (auto _ : state) {
    ScanContext ctx = p.Context();
    FillDerivedContext(ctx);
    benchmark::DoNotOptimize(ctx.brand_claims);
  }
  ReportPerMessage(state, p.raw.size());
}
BENCHMARK_CAPTURE(BM_FillDerivedContext, seed_lure, Sample::kSeedLure);
BENCHMARK_CAPTURE(BM_FillDerivedContext, newsletter_200_links, Sample::kNewsletter);

// One detector on a context filled once: the detectors that showed in the
// corpus profile (docs/performance.md, round 3).
void BM_Detector(benchmark::State& state, std::unique_ptr<Detector> (*make)(), Sample sample) {
  const Prepared p(sample);
  ScanContext ctx = p.Context();
  FillDerivedContext(ctx);
  const std::unique_ptr<Detector> detector = make();
  for (auto _ : state) {
    std::vector<Signal> signals;
    detector->Run(ctx, signals);
    benchmark::DoNotOptimize(signals);
  }
  ReportPerMessage(state, p.raw.size());
}
BENCHMARK_CAPTURE(BM_Detector, lookalike_seed_lure, MakeLookalikeDomainDetector, Sample::kSeedLure);
BENCHMARK_CAPTURE(BM_Detector, lookalike_newsletter, MakeLookalikeDomainDetector, Sample::kNewsletter);
BENCHMARK_CAPTURE(BM_Detector, obfuscation_seed_lure, MakeObfuscationDetector, Sample::kSeedLure);
BENCHMARK_CAPTURE(BM_Detector, obfuscation_newsletter, MakeObfuscationDetector, Sample::kNewsletter);
BENCHMARK_CAPTURE(BM_Detector, generic_wording_seed_lure, MakeGenericWordingDetector, Sample::kSeedLure);
BENCHMARK_CAPTURE(BM_Detector, generic_wording_newsletter, MakeGenericWordingDetector, Sample::kNewsletter);
BENCHMARK_CAPTURE(BM_Detector, sender_anomaly_seed_lure, MakeSenderAnomalyDetector, Sample::kSeedLure);
BENCHMARK_CAPTURE(BM_Detector, structure_newsletter, MakeStructureDetector, Sample::kNewsletter);

}  // namespace
}  // namespace phishscan::bench
