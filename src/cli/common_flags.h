// Flags shared by `scan` and `eval`: where the data is, extra brands, the
// verdict thresholds, the worker count and the report language.
#ifndef PHISHSCAN_CLI_COMMON_FLAGS_H_
#define PHISHSCAN_CLI_COMMON_FLAGS_H_

#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "phishscan/engine.h"
#include "phishscan/verdict.h"

namespace phishscan {

struct CommonFlags {
  std::string data_dir;
  std::vector<std::string> brand_files;
  int threshold_suspicious = Thresholds{}.suspicious;
  int threshold_phishing = Thresholds{}.phishing;
  unsigned jobs = 0;  // 0: one per hardware thread
  std::string lang;   // empty: from the locale environment
};

// --data, --brands, --threshold-suspicious, --threshold-phishing, -j/--jobs;
// --lang too when `with_lang`.
void AddCommonFlags(CLI::App& command, CommonFlags& flags, bool with_lang);

// Builds the engine; a missing data folder or bad thresholds are errors.
StatusOr<std::unique_ptr<Engine>> CreateEngine(const CommonFlags& flags);

// --lang when given, else the first set of LC_ALL, LC_MESSAGES, LANG.
Lang ReportLang(const std::string& flag);

// --jobs when given, else the hardware thread count (at least 1).
unsigned WorkerCount(unsigned flag);

}  // namespace phishscan

#endif  // PHISHSCAN_CLI_COMMON_FLAGS_H_
