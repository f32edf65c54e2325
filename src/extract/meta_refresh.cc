#include "extract/meta_refresh.h"

#include "base/text.h"

namespace phishscan {

std::string_view MetaRefreshTarget(std::string_view content) {
  std::size_t i = 0;
  while (i < content.size() && (content[i] == ' ' || content[i] == '.' ||
                                (content[i] >= '0' && content[i] <= '9'))) {
    ++i;
  }
  std::string_view rest = TrimWhitespace(content.substr(i));
  if (!rest.empty() && (rest.front() == ';' || rest.front() == ',')) rest.remove_prefix(1);
  rest = TrimWhitespace(rest);
  if (rest.size() >= 3 && EqualsIgnoreCase(rest.substr(0, 3), "url")) {
    const std::string_view after = TrimWhitespace(rest.substr(3));
    if (!after.empty() && after.front() == '=') rest = TrimWhitespace(after.substr(1));
  }
  if (!rest.empty() && (rest.front() == '\'' || rest.front() == '"')) {
    const char quote = rest.front();
    rest.remove_prefix(1);
    rest = rest.substr(0, rest.find(quote));
  }
  return TrimWhitespace(rest);
}

}  // namespace phishscan
