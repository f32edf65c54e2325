#include "extract/style_sheet.h"

#include <algorithm>

#include "base/byte_set.h"
#include "base/text.h"
#include "extract/inline_style.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxCssBytes = 64 << 10;
constexpr std::size_t kMaxRules = 256;

bool IsIdentChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

bool IsIdent(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsIdentChar(c)) return false;
  }
  return true;
}

// Text between comments is copied a run at a time; an unclosed comment
// hides the rest of the sheet.
std::string WithoutComments(std::string_view css) {
  std::string out;
  out.reserve(css.size());
  for (std::size_t i = 0; i < css.size();) {
    const std::size_t open = css.find("/*", i);
    out.append(css.substr(i, open == std::string_view::npos ? std::string_view::npos : open - i));
    if (open == std::string_view::npos) break;
    const std::size_t end = css.find("*/", open + 2);
    if (end == std::string_view::npos) break;
    i = end + 2;
  }
  return out;
}

}  // namespace

void StyleSheetRules::AddRule(std::string_view selector, const std::string& reason) {
  selector = TrimWhitespace(selector);
  static constexpr ByteSet kClassOrId(".#");
  const std::size_t mark = kClassOrId.FindFirstIn(selector);
  const std::string_view tag = selector.substr(0, mark);
  if (!tag.empty() && !IsIdent(tag)) return;
  if (mark == std::string_view::npos) {
    if (!tag.empty()) by_tag_.emplace(std::string(tag), reason);
    return;
  }
  const std::string_view name = selector.substr(mark + 1);
  if (!IsIdent(name)) return;  // compound, descendant, attribute or pseudo selectors
  if (selector[mark] == '#') {
    if (tag.empty()) by_id_.emplace(std::string(name), reason);
    return;
  }
  by_class_.emplace(std::string(name), std::make_pair(std::string(tag), reason));
}

void StyleSheetRules::AddStyleText(std::string_view css) {
  const std::string text = AsciiLower(WithoutComments(css.substr(0, kMaxCssBytes)));
  std::size_t depth = 0, rule_start = 0;
  for (std::size_t i = 0; i < text.size() && rule_count_ < kMaxRules; ++i) {
    if (text[i] == '}') {
      if (depth > 0) --depth;
      rule_start = i + 1;
    } else if (text[i] == '{') {
      const std::string_view selectors = std::string_view(text).substr(rule_start, i - rule_start);
      if (depth > 0 || TrimWhitespace(selectors).substr(0, 1) == "@") {
        ++depth;  // inside an at-rule (@media, @font-face...): not read
        rule_start = i + 1;
        continue;
      }
      const std::size_t close = text.find('}', i);
      if (close == std::string::npos) break;
      const std::string reason =
          ParseInlineStyle(std::string_view(text).substr(i + 1, close - i - 1)).hidden_reason;
      if (!reason.empty()) {
        for (std::size_t start = 0; start <= selectors.size();) {
          const std::size_t comma = std::min(selectors.find(',', start), selectors.size());
          AddRule(selectors.substr(start, comma - start), reason + " (style sheet)");
          ++rule_count_;
          start = comma + 1;
        }
      }
      i = close;
      rule_start = close + 1;
    }
  }
}

std::string StyleSheetRules::HiddenReason(std::string_view tag, std::string_view id,
                                          std::string_view classes) const {
  if (auto it = by_tag_.find(std::string(tag)); it != by_tag_.end()) return it->second;
  if (!id.empty()) {
    if (auto it = by_id_.find(AsciiLower(id)); it != by_id_.end()) return it->second;
  }
  const std::string lower = AsciiLower(classes);
  std::string_view rest = lower;
  while (!rest.empty()) {
    static constexpr ByteSet kCssSpace(" \t\n\r\f");
    const std::size_t space = std::min(kCssSpace.FindFirstIn(rest), rest.size());
    const std::string name(rest.substr(0, space));
    rest.remove_prefix(space < rest.size() ? space + 1 : space);
    if (name.empty()) continue;
    auto [begin, end] = by_class_.equal_range(name);
    for (auto it = begin; it != end; ++it) {
      if (it->second.first.empty() || it->second.first == tag) return it->second.second;
    }
  }
  return "";
}

}  // namespace phishscan
