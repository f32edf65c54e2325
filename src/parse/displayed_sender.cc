#include "parse/displayed_sender.h"

#include <algorithm>
#include <string>

#include "base/text.h"

namespace phishscan {

namespace {

constexpr std::size_t kMaxNameBytes = 512;  // sender names are short; bound every scan

// The text before the first comma outside quotes and comments, unquoted:
// `"Offer name", x@y` -> "Offer name". "" when that piece holds an address
// of its own ('<' or '@' outside quotes), which is then no name.
std::string FirstNamePiece(std::string_view value) {
  value = value.substr(0, std::min(value.size(), kMaxNameBytes));
  std::string name;
  bool quoted = false;
  int comment_depth = 0;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    if (c == '\\' && (quoted || comment_depth > 0) && i + 1 < value.size()) {
      name += value[++i];
    } else if (c == '"' && comment_depth == 0) {
      quoted = !quoted;
    } else if (!quoted && (c == '(' || c == ')')) {
      comment_depth = std::max(0, comment_depth + (c == '(' ? 1 : -1));
    } else if (comment_depth > 0) {
      continue;  // a comment is not part of the displayed name
    } else if (!quoted && c == ',') {
      break;
    } else if (!quoted && (c == '<' || c == '@')) {
      return "";
    } else {
      name += c;
    }
  }
  return std::string(TrimWhitespace(name));
}

}  // namespace

std::optional<Mailbox> RecoverDisplayedSender(std::string_view decoded_from,
                                              const std::vector<Mailbox>& from_all) {
  if (from_all.size() < 2) return std::nullopt;
  // GMime keeps `"Brand@Shop.de"` before the comma as an address, quotes
  // included: a quoted string is a name whatever it holds.
  const Mailbox& first = from_all.front();
  const bool first_is_name = first.domain.empty() ||
                              (!first.address.empty() && first.address.front() == '"');
  if (!first_is_name) return std::nullopt;
  const auto usable = std::find_if(from_all.begin() + 1, from_all.end(),
                                   [](const Mailbox& m) { return !m.domain.empty(); });
  if (usable == from_all.end()) return std::nullopt;
  const std::string name = FirstNamePiece(decoded_from);
  if (name.empty()) return std::nullopt;
  Mailbox shown = *usable;
  shown.display_name = name;
  return shown;
}

}  // namespace phishscan
