// What `eval` measures: verdicts on a folder of phishing and a folder of
// legitimate mail, turned into recall, false-positive rate, precision and F1,
// with the misses and false alarms kept for inspection.
#ifndef PHISHSCAN_CLI_EVAL_RESULT_H_
#define PHISHSCAN_CLI_EVAL_RESULT_H_

#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "cli/corpus_manifest.h"
#include "phishscan/engine.h"
#include "phishscan/verdict.h"

namespace phishscan {

struct SideCounts {
  std::size_t messages = 0;  // read and scanned
  std::size_t phishing = 0;
  std::size_t suspicious = 0;
  std::size_t errors = 0;  // could not be read or scanned: counted nowhere else
};

// A message scored the wrong way, with what it scored on.
struct EvalMiss {
  std::string source;
  int score = 0;
  std::vector<std::pair<std::string, int>> signals;  // id, weight; strongest first
};

struct SourceCounts {
  std::size_t messages = 0;
  std::size_t phishing = 0;
};

struct EvalResult {
  SideCounts phish;
  SideCounts ham;
  std::vector<EvalMiss> missed;           // phish without a phishing verdict
  std::vector<EvalMiss> false_positives;  // ham with a phishing verdict
  std::vector<std::string> errors;        // why inputs could not be read
  // (label, source) from manifest.tsv -> counts; empty without a manifest.
  std::map<std::pair<std::string, std::string>, SourceCounts> sources;
  Thresholds thresholds;
  unsigned workers = 1;
  double seconds = 0;

  void Add(bool is_phish, const Verdict& verdict, const CorpusManifest& manifest);
  // Misses by rising score, false positives by falling score: worst first.
  void SortMisses();

  double Recall() const;             // phishing verdicts / phish
  double FlaggedRecall() const;      // phishing or suspicious / phish
  double FalsePositiveRate() const;  // phishing verdicts / ham
  double FlaggedHamRate() const;     // phishing or suspicious / ham
  double Precision() const;          // of the phishing verdicts, how many were phish
  double F1() const;
  double MessagesPerSecond() const;
};

}  // namespace phishscan

#endif  // PHISHSCAN_CLI_EVAL_RESULT_H_
