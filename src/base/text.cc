// Text normalisation: one pass over UTF-8, one append per code point, no
// per-character allocation. Case mapping is ICU's simple (1:1) lower-casing so
// the output never grows by more than the U+FFFD / "..." replacements.
#include "base/text.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <cstring>

namespace phishscan {
namespace {

bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Characters a reader never sees: zero-width, soft hyphen, bidi controls, tag
// characters, supplementary variation selectors, and C0/C1 controls other
// than whitespace. Removing them (rather than turning
// them into spaces) undoes "pass\u200Bword"-style phrase splitting.
bool IsInvisible(UChar32 c) {
  if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0 && c != 0x85)) return true;
  switch (c) {
    case 0x00AD:  // soft hyphen
    case 0x034F:  // combining grapheme joiner
    case 0x061C:  // arabic letter mark
    case 0x180E:  // mongolian vowel separator
    case 0xFEFF:  // zero-width no-break space / BOM
      return true;
    default:
      break;
  }
  return (c >= 0x200B && c <= 0x200F) ||  // zero-width space/joiners, LRM, RLM
         (c >= 0x202A && c <= 0x202E) ||  // bidi embeddings and overrides
         (c >= 0x2060 && c <= 0x2064) ||  // word joiner, invisible operators
         (c >= 0x2066 && c <= 0x2069) ||  // bidi isolates
         // Tag characters and supplementary variation selectors: nothing in
         // a word needs them, and lures pad names with them ("Se\U000E0139rvice").
         (c >= 0xE0000 && c <= 0xE007F) || (c >= 0xE0100 && c <= 0xE01EF);
}

// ASCII replacement for typographic punctuation, or nullptr.
const char* TypographicFold(UChar32 c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212:
      return "-";
    case 0x2026:
      return "...";
    default:
      return nullptr;
  }
}

// Visible ASCII: neither whitespace nor a control character.
bool IsPrintableAscii(uint8_t c) { return c > 0x20 && c < 0x7F; }

void AppendAsciiLower(std::string_view ascii, std::string& out) {
  const std::size_t at = out.size();
  out.append(ascii);
  for (std::size_t k = at; k < out.size(); ++k) {
    if (out[k] >= 'A' && out[k] <= 'Z') out[k] = static_cast<char>(out[k] + 32);
  }
}

void AppendCodePoint(UChar32 c, std::string& out) {
  char buf[U8_MAX_LENGTH];
  int32_t len = 0;
  U8_APPEND_UNSAFE(buf, len, c);
  out.append(buf, static_cast<std::size_t>(len));
}

}  // namespace

void AppendNormalizedText(std::string_view in, std::string& out) {
  out.reserve(out.size() + in.size());
  const auto* s = reinterpret_cast<const uint8_t*>(in.data());
  const int32_t length = in.size() > INT32_MAX ? INT32_MAX : static_cast<int32_t>(in.size());
  bool pending_space = false;
  bool wrote_any = false;
  int32_t i = 0;
  while (i < length) {
    UChar32 c;
    if (s[i] < 0x80) {
      // Most text is ASCII words: a run of printable characters is appended
      // at once and lower-cased in place (a push_back per character cost
      // more than the rest of this function).
      int32_t run_end = i;
      while (run_end < length && IsPrintableAscii(s[run_end])) ++run_end;
      if (run_end > i) {
        if (pending_space) out.push_back(' ');
        pending_space = false;
        wrote_any = true;
        AppendAsciiLower(std::string_view(in.data() + i, static_cast<std::size_t>(run_end - i)), out);
        i = run_end;
        continue;
      }
      // Whitespace, or a control character (invisible, dropped).
      if (IsAsciiSpace(s[i++])) pending_space = wrote_any;
      continue;
    }
    U8_NEXT(s, i, length, c);
    if (c < 0) c = 0xFFFD;
    if (IsInvisible(c)) continue;
    if (u_isUWhiteSpace(c)) {
      pending_space = wrote_any;
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    wrote_any = true;
    if (const char* folded = TypographicFold(c)) {
      out.append(folded);
    } else {
      AppendCodePoint(u_tolower(c), out);
    }
  }
}

std::string NormalizeText(std::string_view in) {
  std::string out;
  AppendNormalizedText(in, out);
  return out;
}

bool IsAscii(std::string_view s) {
  constexpr std::uint64_t kHighBits = 0x8080808080808080;
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, s.data() + i, sizeof word);
    if ((word & kHighBits) != 0) return false;
  }
  for (; i < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) >= 0x80) return false;
  return true;
}

std::string AsciiLower(std::string_view in) {
  std::string out(in);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
    if (x != y) return false;
  }
  return true;
}

std::string_view TrimWhitespace(std::string_view s) {
  std::size_t begin = 0, end = s.size();
  while (begin < end && IsAsciiSpace(static_cast<unsigned char>(s[begin]))) ++begin;
  while (end > begin && IsAsciiSpace(static_cast<unsigned char>(s[end - 1]))) --end;
  return s.substr(begin, end - begin);
}

std::string Ellipsize(std::string_view s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return std::string(s);
  static constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // U+2026
  const bool room_for_ellipsis = max_bytes >= kEllipsis.size();
  std::size_t cut = room_for_ellipsis ? max_bytes - kEllipsis.size() : max_bytes;
  // Back up over continuation bytes so the cut lands on a code point start.
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  std::string out(s.substr(0, cut));
  if (room_for_ellipsis) out.append(kEllipsis);
  return out;
}

}  // namespace phishscan
