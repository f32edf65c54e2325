#include "cli/error_line.h"

#include <cstdio>

namespace phishscan {

void PrintError(std::string_view message) {
  std::fprintf(stderr, "phishscan: %.*s\n", static_cast<int>(message.size()), message.data());
}

std::string InputErrorLine(const Verdict& verdict) {
  if (verdict.error.find(verdict.source) != std::string::npos) return verdict.error;
  return "'" + verdict.source + "': " + verdict.error;
}

}  // namespace phishscan
