// Report language from a flag or a POSIX locale name ("fr", "fr_CA.UTF-8").
#include "phishscan/report.h"

namespace phishscan {

Lang LangFromString(std::string_view s) {
  if (s.size() >= 2 && (s[0] == 'f' || s[0] == 'F') && (s[1] == 'r' || s[1] == 'R') &&
      (s.size() == 2 || s[2] == '_' || s[2] == '-' || s[2] == '.' || s[2] == '@')) {
    return Lang::kFr;
  }
  return Lang::kEn;
}

}  // namespace phishscan
