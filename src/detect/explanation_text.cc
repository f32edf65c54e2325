#include "detect/explanation_text.h"

#include <algorithm>

#include "base/text.h"

namespace phishscan {
namespace {

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

std::string Join(const std::vector<std::string>& items, std::string_view last_sep) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += (i + 1 == items.size()) ? std::string(last_sep) : std::string(", ");
    out += items[i];
  }
  return out;
}

}  // namespace

std::string DisplayText(std::string_view text, std::size_t max_bytes) {
  std::string one_line;
  one_line.reserve(std::min(text.size(), max_bytes * 2));
  bool pending_space = false;
  for (char c : text) {
    if (IsAsciiSpace(c)) {
      pending_space = !one_line.empty();
      continue;
    }
    if (pending_space) one_line.push_back(' ');
    pending_space = false;
    one_line.push_back(c);
    // Enough to ellipsize; the rest would be cut anyway.
    if (one_line.size() > max_bytes + 8) break;
  }
  return Ellipsize(one_line, max_bytes);
}

std::string QuoteEn(std::string_view text) { return "\"" + std::string(text) + "\""; }
std::string QuoteFr(std::string_view text) { return "« " + std::string(text) + " »"; }

std::string JoinEn(const std::vector<std::string>& items) { return Join(items, " and "); }
std::string JoinFr(const std::vector<std::string>& items) { return Join(items, " et "); }

}  // namespace phishscan
