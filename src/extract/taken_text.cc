#include "extract/taken_text.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <utility>

namespace phishscan {
namespace {

constexpr std::size_t kNotFound = std::string_view::npos;
constexpr std::size_t kMarkBytes = 4;
constexpr uint32_t kFirstMarkCharacter = 0xF0000;  // plane 15, private use
constexpr uint32_t kLastUnicodeCharacter = 0x10FFFF;

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

// The index of the mark at text[at], when a mark of planes 15 or 16 starts
// there (checked: text[at] is 0xF3 or 0xF4), and it is one of `count`.
std::optional<std::size_t> ReadMark(std::string_view text, std::size_t at, std::size_t count) {
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  auto i = static_cast<int32_t>(at);
  UChar32 c;
  U8_NEXT(p, i, static_cast<int32_t>(text.size()), c);
  if (c < static_cast<UChar32>(kFirstMarkCharacter)) return std::nullopt;
  const auto offset = static_cast<std::size_t>(c) - kFirstMarkCharacter;
  const std::size_t index = (offset >> 16) * 0xFFFE + (offset & 0xFFFF);
  if ((offset & 0xFFFF) >= 0xFFFE || index >= count) return std::nullopt;
  return index;
}

// Where characters of planes 15 and 16 may start in a text, in order: at
// their lead bytes, 0xF3 (plane 15 from 0xF3 0xB0 on) and 0xF4. Each byte is
// searched for with memchr, and only again once passed, so that a walk
// through the text stays linear.
class MarkLeads {
 public:
  explicit MarkLeads(std::string_view text) : text_(text) {}
  std::size_t Next(std::size_t from) {
    if (f3_ == kUnsearched || f3_ < from) f3_ = text_.find('\xF3', from);
    if (f4_ == kUnsearched || f4_ < from) f4_ = text_.find('\xF4', from);
    return std::min(f3_, f4_);
  }

 private:
  static constexpr std::size_t kUnsearched = kNotFound - 1;
  std::string_view text_;
  std::size_t f3_ = kUnsearched, f4_ = kUnsearched;
};

}  // namespace

std::string TakenTextMark(std::size_t index) {
  const auto c = static_cast<UChar32>(kFirstMarkCharacter + (index / 0xFFFE) * 0x10000 + index % 0xFFFE);
  char bytes[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(bytes, length, c);
  return std::string(bytes, static_cast<std::size_t>(length));
}

bool TakenText::Take(std::string_view run, std::string& out) {
  if (ends_.size() >= kMaxTakenRuns) return false;
  out.append(TakenTextMark(ends_.size()));
  AppendWithGumboLineEnds(run, runs_);
  ends_.push_back(runs_.size());
  return true;
}

std::string_view TakenText::Run(std::size_t index) const {
  const std::size_t begin = index == 0 ? 0 : ends_[index - 1];
  return std::string_view(runs_).substr(begin, ends_[index] - begin);
}

std::string_view TakenText::Restore(std::string_view text, std::string& buffer) const {
  MarkLeads leads(text);
  std::size_t lead = ends_.empty() ? kNotFound : leads.Next(0);
  if (lead == kNotFound) return text;
  buffer.clear();
  std::size_t copied = 0;
  for (; lead != kNotFound; lead = leads.Next(lead + 1)) {
    const std::optional<std::size_t> index = ReadMark(text, lead, ends_.size());
    if (!index) continue;
    buffer.append(text.substr(copied, lead - copied)).append(Run(*index));
    copied = lead + kMarkBytes;
  }
  if (copied == 0) return text;
  buffer.append(text.substr(copied));
  return buffer;
}

std::string_view TakenText::RestoreValue(std::string_view value) const {
  if (ends_.empty() || value.size() != kMarkBytes) return value;
  const std::optional<std::size_t> index = ReadMark(value, 0, ends_.size());
  return index ? Run(*index) : value;
}

void AppendWithGumboLineEnds(std::string_view text, std::string& out) {
  for (std::size_t cr = text.find('\r'); cr != kNotFound; cr = text.find('\r')) {
    out.append(text.substr(0, cr));
    if (cr + 1 == text.size() || text[cr + 1] != '\n') out.push_back('\n');
    text.remove_prefix(cr + 1);
  }
  out.append(text);
}

bool MayHoldTakenTextMark(std::string_view html) {
  MarkLeads leads(html);
  for (std::size_t lead = leads.Next(0); lead != kNotFound; lead = leads.Next(lead + 1)) {
    const auto second = lead + 1 < html.size() ? static_cast<uint8_t>(html[lead + 1]) : 0;
    if (html[lead] == '\xF4' || second >= 0xB0) return true;
  }
  for (std::size_t amp = html.find("&#"); amp != kNotFound; amp = html.find("&#", amp + 2)) {
    const bool hex = amp + 2 < html.size() && (html[amp + 2] | 0x20) == 'x';
    const uint32_t value = NumericReferenceValue(html, amp + (hex ? 3 : 2), hex);
    if (value >= kFirstMarkCharacter && value <= kLastUnicodeCharacter) return true;
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
