#include "detect/trusted_auth_results.h"

#include "base/text.h"

namespace phishscan {

const AuthResults* TrustedAuthResults(const Message& message) {
  if (message.auth_results.empty()) return nullptr;
  return &message.auth_results.front();
}

bool ResultIs(std::string_view result, std::string_view expected) {
  result = TrimWhitespace(result);
  std::size_t end = result.find_first_of(" \t(;");
  return EqualsIgnoreCase(result.substr(0, end), expected);
}

}  // namespace phishscan
