// `phishscan scan PATH...`: scans files, folders, mboxes, Maildirs or stdin
// and prints a report per message. Exit status: 0 when nothing is phishing,
// 1 when at least one message is, 2 on an error (bad arguments, missing data,
// an input that could not be read: the others are still scanned).
#ifndef PHISHSCAN_CLI_SCAN_COMMAND_H_
#define PHISHSCAN_CLI_SCAN_COMMAND_H_

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "cli/common_flags.h"

namespace phishscan {

struct ScanFlags {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string only;
  bool quiet = false;
  bool no_progress = false;
  CommonFlags common;
};

CLI::App* AddScanCommand(CLI::App& app, ScanFlags& flags);
int RunScan(const ScanFlags& flags);

}  // namespace phishscan

#endif  // PHISHSCAN_CLI_SCAN_COMMAND_H_
