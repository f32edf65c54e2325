#include "detect/labelled_value.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxValueBytes = 64;
constexpr std::size_t kMaxSpaces = 2;
// A label repeated thousands of times is not a login handed over; the bound
// keeps the scan linear in the text.
constexpr std::size_t kMaxOccurrencesPerLabel = 64;

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsSpace(char c) { return c == ' ' || c == '\t'; }

std::size_t SkipSpaces(std::string_view text, std::size_t pos) {
  for (std::size_t n = 0; pos < text.size() && IsSpace(text[pos]) && n < kMaxSpaces; ++n) ++pos;
  return pos;
}

// The value after `label` ending at `pos`, or "" when no colon follows.
std::string ValueAfter(std::string_view text, std::size_t pos) {
  pos = SkipSpaces(text, pos);
  if (pos >= text.size() || (text[pos] != ':' && text[pos] != '=')) return "";
  pos = SkipSpaces(text, pos + 1);
  std::size_t end = pos;
  while (end < text.size() && end - pos < kMaxValueBytes && !IsSpace(text[end]) && text[end] != '\n') ++end;
  if (end < text.size() && end - pos >= kMaxValueBytes && !IsSpace(text[end]) && text[end] != '\n') return "";
  std::string_view value = text.substr(pos, end - pos);
  while (!value.empty() && std::string_view(".,;!?)").find(value.back()) != std::string_view::npos)
    value.remove_suffix(1);
  return std::string(value);
}

}  // namespace

bool HasLabelBeforeSeparator(std::string_view text, std::span<const std::string_view> labels,
                             std::string_view separators) {
  for (char separator : separators) {
    for (std::size_t at = text.find(separator); at != std::string_view::npos; at = text.find(separator, at + 1)) {
      std::size_t end = at;
      while (end > 0 && IsSpace(text[end - 1])) --end;
      const std::string_view before = text.substr(0, end);
      for (std::string_view label : labels) {
        while (!label.empty() && IsSpace(label.back())) label.remove_suffix(1);  // its blanks were skipped above
        if (before.ends_with(label)) return true;
      }
    }
  }
  return false;
}

std::vector<LabelledValue> FindLabelledValues(std::string_view text, const std::vector<std::string_view>& labels,
                                              std::size_t max_results) {
  std::vector<LabelledValue> found;
  if (!HasLabelBeforeSeparator(text, labels, ":=")) return found;
  for (std::string_view label : labels) {
    if (label.empty()) continue;
    std::size_t from = 0;
    for (std::size_t seen = 0; seen < kMaxOccurrencesPerLabel && found.size() < max_results; ++seen) {
      const std::size_t at = text.find(label, from);
      if (at == std::string_view::npos) break;
      from = at + 1;
      if (at > 0 && IsAsciiLetter(text[at - 1])) continue;
      std::string value = ValueAfter(text, at + label.size());
      if (!value.empty()) found.push_back({std::string(label), std::move(value)});
    }
  }
  return found;
}

}  // namespace phishscan
