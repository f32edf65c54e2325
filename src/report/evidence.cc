#include "report/evidence.h"

#include <set>
#include <string_view>
#include <utility>

namespace phishscan {

Evidence DistinctEvidence(const Evidence& evidence) {
  Evidence distinct;
  std::set<std::pair<std::string_view, std::string_view>> seen;
  for (const auto& [key, value] : evidence) {
    if (seen.emplace(key, value).second) distinct.emplace_back(key, value);
  }
  return distinct;
}

}  // namespace phishscan
