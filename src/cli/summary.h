// The counts printed on stderr when a scan ends: how many messages, how
// many of each verdict, how many could not be read, and how fast it went.
#ifndef PHISHSCAN_CLI_SUMMARY_H_
#define PHISHSCAN_CLI_SUMMARY_H_

#include <cstddef>
#include <string>

#include "phishscan/verdict.h"

namespace phishscan {

struct ScanSummary {
  std::size_t messages = 0;
  std::size_t phishing = 0;
  std::size_t suspicious = 0;
  std::size_t clean = 0;
  std::size_t errors = 0;  // inputs that could not be read: no verdict

  void Add(const Verdict& verdict);

  // "3 messages: 1 phishing, 0 suspicious, 1 clean, 1 error - 0.21 s, 14.3 msg/s"
  std::string Render(double seconds, Lang lang) const;
};

}  // namespace phishscan

#endif  // PHISHSCAN_CLI_SUMMARY_H_
