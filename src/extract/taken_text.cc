#include "extract/taken_text.h"

#include <unicode/utf8.h>

#include <cstdint>
#include <optional>
#include <utility>

namespace phishscan {
namespace {

constexpr std::size_t kNotFound = std::string_view::npos;
constexpr uint32_t kFirstMarkCharacter = 0xE000;
constexpr uint32_t kLastMarkCharacter = 0xE001;

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlnum(char c) { return IsAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsReferenceCharacter(char c) { return IsAsciiAlnum(c) || c == '#' || c == ';'; }

// The code point of the numeric character reference whose digits start at
// `from` (after "&#" and any 'x'), capped above the last Unicode one.
uint32_t NumericReferenceValue(std::string_view html, std::size_t from, bool hex) {
  uint32_t value = 0;
  for (std::size_t i = from; i < html.size(); ++i) {
    const char c = html[i];
    uint32_t digit = 0;
    if (IsAsciiDigit(c)) {
      digit = static_cast<uint32_t>(c - '0');
    } else if (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
      digit = static_cast<uint32_t>((c | 0x20) - 'a' + 10);
    } else {
      break;
    }
    value = value * (hex ? 16 : 10) + digit;
    if (value > 0x10FFFF) return 0x110000;
  }
  return value;
}

// Whether Gumbo would read the code point U8_NEXT decoded as itself, not as
// U+FFFD (its utf8_is_invalid_code_point, for characters beyond ASCII).
bool GumboKeepsCodePoint(UChar32 c) {
  if (c < 0) return false;  // ill-formed
  if (c >= 0x7F && c <= 0x9F) return false;
  if (c >= 0xFDD0 && c <= 0xFDEF) return false;
  return (c & 0xFFFE) != 0xFFFE;
}

// The index of the mark at text[open] (which starts with kTakenTextOpen),
// and where the mark ends; nullopt when it is not a mark of `count` runs.
std::optional<std::pair<std::size_t, std::size_t>> ReadMark(std::string_view text, std::size_t open,
                                                            std::size_t count) {
  std::size_t i = open + kTakenTextOpen.size();
  const std::size_t digits = i;
  std::size_t index = 0;
  while (i < text.size() && IsAsciiDigit(text[i]) && index <= count) {
    index = index * 10 + static_cast<std::size_t>(text[i++] - '0');
  }
  if (i == digits || index >= count || text.compare(i, kTakenTextClose.size(), kTakenTextClose) != 0) {
    return std::nullopt;
  }
  return std::make_pair(index, i + kTakenTextClose.size());
}

}  // namespace

void TakenText::Take(std::string_view run, std::string& out) {
  out.append(kTakenTextOpen).append(std::to_string(ends_.size())).append(kTakenTextClose);
  for (std::size_t cr = run.find('\r'); cr != kNotFound; cr = run.find('\r')) {
    runs_.append(run.substr(0, cr));
    // "\r\n" and a lone "\r" both read as "\n".
    if (cr + 1 == run.size() || run[cr + 1] != '\n') runs_.push_back('\n');
    run.remove_prefix(cr + 1);
  }
  runs_.append(run);
  ends_.push_back(runs_.size());
}

std::string_view TakenText::Run(std::size_t index) const {
  const std::size_t begin = index == 0 ? 0 : ends_[index - 1];
  return std::string_view(runs_).substr(begin, ends_[index] - begin);
}

std::string_view TakenText::Restore(std::string_view text, std::string& buffer) const {
  std::size_t open = ends_.empty() ? kNotFound : text.find(kTakenTextOpen);
  if (open == kNotFound) return text;
  buffer.clear();
  std::size_t copied = 0;
  for (; open != kNotFound; open = text.find(kTakenTextOpen, open + 1)) {
    const auto mark = ReadMark(text, open, ends_.size());
    if (!mark) continue;
    buffer.append(text.substr(copied, open - copied)).append(Run(mark->first));
    copied = mark->second;
    open = copied - 1;
  }
  buffer.append(text.substr(copied));
  return buffer;
}

std::string_view TakenText::RestoreValue(std::string_view value) const {
  if (ends_.empty() || !value.starts_with(kTakenTextOpen)) return value;
  const auto mark = ReadMark(value, 0, ends_.size());
  return mark && mark->second == value.size() ? Run(mark->first) : value;
}

bool MayHoldTakenTextMark(std::string_view html) {
  if (html.find(kTakenTextOpen) != kNotFound || html.find(kTakenTextClose) != kNotFound) return true;
  for (std::size_t amp = html.find("&#"); amp != kNotFound; amp = html.find("&#", amp + 2)) {
    const bool hex = amp + 2 < html.size() && (html[amp + 2] | 0x20) == 'x';
    const uint32_t value = NumericReferenceValue(html, amp + (hex ? 3 : 2), hex);
    if (value >= kFirstMarkCharacter && value <= kLastMarkCharacter) return true;
  }
  return false;
}

std::size_t PlainTextEnd(std::string_view text, std::size_t from) {
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  auto i = static_cast<int32_t>(from);
  while (i < length) {
    const uint8_t c = p[i];
    if (c < 0x80) {
      const bool plain = (c >= 0x20 && c < 0x7F && c != '&' && c != '<') || c == '\t' || c == '\n' ||
                         c == '\f' || c == '\r';
      if (!plain) break;
      ++i;
      continue;
    }
    int32_t next = i;
    UChar32 code_point;
    U8_NEXT(p, next, length, code_point);
    if (!GumboKeepsCodePoint(code_point)) break;
    i = next;
  }
  return static_cast<std::size_t>(i);
}

std::size_t OtherTextEnd(std::string_view text, std::size_t from) {
  if (from >= text.size()) return text.size();
  return text[from] == '&' ? ReferenceCharactersEnd(text, from + 1) : from + 1;
}

std::size_t ReferenceCharactersEnd(std::string_view text, std::size_t from) {
  std::size_t i = from;
  while (i < text.size() && IsReferenceCharacter(text[i])) ++i;
  return i;
}

bool EndsInReference(std::string_view text, bool continuing) {
  std::size_t i = text.size();
  while (i > 0 && IsReferenceCharacter(text[i - 1])) --i;
  return i == 0 ? continuing : text[i - 1] == '&';
}

}  // namespace phishscan
