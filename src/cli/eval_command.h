// `phishscan eval --phish DIR --ham DIR`: scans a folder of known phishing
// and one of legitimate mail and reports recall, false positives, precision,
// F1 and throughput, the misses, and a per-source table when a manifest.tsv
// sits in the folders' parent. Exit status 0, or 2 on an error (bad
// arguments, missing data or folder, unreadable messages).
#ifndef PHISHSCAN_CLI_EVAL_COMMAND_H_
#define PHISHSCAN_CLI_EVAL_COMMAND_H_

#include <CLI/CLI.hpp>
#include <cstddef>
#include <string>

#include "cli/common_flags.h"

namespace phishscan {

struct EvalFlags {
  std::string phish_dir;
  std::string ham_dir;
  std::size_t show_misses = 20;
  std::string format = "text";
  bool no_progress = false;
  CommonFlags common;
};

CLI::App* AddEvalCommand(CLI::App& app, EvalFlags& flags);
int RunEval(const EvalFlags& flags);

}  // namespace phishscan

#endif  // PHISHSCAN_CLI_EVAL_COMMAND_H_
