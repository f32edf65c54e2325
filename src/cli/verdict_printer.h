// Writes verdicts to stdout as they arrive, in one of three formats: text
// reports separated by a rule, one JSON array, or JSON Lines (one object a
// line, for streaming into other tools). --only keeps just the flagged ones.
#ifndef PHISHSCAN_CLI_VERDICT_PRINTER_H_
#define PHISHSCAN_CLI_VERDICT_PRINTER_H_

#include <cstdio>
#include <string_view>

#include "phishscan/verdict.h"

namespace phishscan {

enum class OutputFormat { kText, kJson, kJsonl };
enum class OnlyFilter { kAll, kPhishing, kSuspicious, kFlagged };

class VerdictPrinter {
 public:
  VerdictPrinter(std::FILE* out, OutputFormat format, OnlyFilter only, Lang lang, bool color)
      : out_(out), format_(format), only_(only), lang_(lang), color_(color) {}

  // Unreadable inputs are reported on stderr by the caller; the JSON formats
  // also carry them as objects with "error" (whatever --only says), so a
  // consumer sees every input it passed.
  void Print(const Verdict& verdict);

  // Closes the JSON array (an empty one when nothing was printed).
  void Finish();

 private:
  bool Selected(const Verdict& verdict) const;
  void Write(std::string_view s);

  std::FILE* out_;
  OutputFormat format_;
  OnlyFilter only_;
  Lang lang_;
  bool color_;
  bool printed_any_ = false;
};

}  // namespace phishscan

#endif  // PHISHSCAN_CLI_VERDICT_PRINTER_H_
