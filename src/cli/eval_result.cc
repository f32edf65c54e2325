#include "cli/eval_result.h"

#include <algorithm>

#include "cli/error_line.h"

namespace phishscan {
namespace {

double Ratio(std::size_t part, std::size_t whole) {
  return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}

EvalMiss MissOf(const Verdict& verdict) {
  EvalMiss miss{verdict.source, verdict.score, {}};
  for (const Signal& s : verdict.signals) miss.signals.emplace_back(s.id, s.weight);
  return miss;
}

// An mbox message "box#3" is looked up under its file's name.
std::string FilePart(const std::string& source) {
  const std::size_t hash = source.rfind('#');
  return hash == std::string::npos ? source : source.substr(0, hash);
}

}  // namespace

void EvalResult::Add(bool is_phish, const Verdict& verdict, const CorpusManifest& manifest) {
  SideCounts& side = is_phish ? phish : ham;
  if (!verdict.error.empty()) {
    ++side.errors;
    errors.push_back(InputErrorLine(verdict));
    return;
  }
  ++side.messages;
  const bool phishing = verdict.label == Label::kPhishing;
  side.phishing += phishing;
  side.suspicious += verdict.label == Label::kSuspicious;
  if (is_phish && !phishing) missed.push_back(MissOf(verdict));
  if (!is_phish && phishing) false_positives.push_back(MissOf(verdict));
  if (manifest.empty()) return;
  auto entry = manifest.find(ManifestKey(verdict.source));
  if (entry == manifest.end()) entry = manifest.find(ManifestKey(FilePart(verdict.source)));
  if (entry == manifest.end()) return;
  SourceCounts& counts = sources[{entry->second.label, entry->second.source}];
  ++counts.messages;
  counts.phishing += phishing;
}

void EvalResult::SortMisses() {
  std::stable_sort(missed.begin(), missed.end(),
                   [](const EvalMiss& a, const EvalMiss& b) { return a.score < b.score; });
  std::stable_sort(false_positives.begin(), false_positives.end(),
                   [](const EvalMiss& a, const EvalMiss& b) { return a.score > b.score; });
}

double EvalResult::Recall() const { return Ratio(phish.phishing, phish.messages); }

double EvalResult::FlaggedRecall() const {
  return Ratio(phish.phishing + phish.suspicious, phish.messages);
}

double EvalResult::FalsePositiveRate() const { return Ratio(ham.phishing, ham.messages); }

double EvalResult::FlaggedHamRate() const {
  return Ratio(ham.phishing + ham.suspicious, ham.messages);
}

double EvalResult::Precision() const {
  return Ratio(phish.phishing, phish.phishing + ham.phishing);
}

double EvalResult::F1() const {
  const double p = Precision();
  const double r = Recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

double EvalResult::MessagesPerSecond() const {
  const std::size_t total = phish.messages + ham.messages + phish.errors + ham.errors;
  return seconds > 0 ? static_cast<double>(total) / seconds : 0.0;
}

}  // namespace phishscan
