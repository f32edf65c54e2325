#include "detect/invisible_chars.h"

#include <vector>

namespace phishscan {
namespace {

constexpr char32_t kInvalid = 0xFFFD;

// Decodes one code point at `i` and advances `i`; invalid bytes give U+FFFD.
char32_t NextCodePoint(std::string_view s, std::size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || i + len > s.size()) {
    ++i;
    return kInvalid;
  }
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (std::size_t k = 1; k < len; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) {
      ++i;
      return kInvalid;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  i += len;
  return cp;
}

bool IsAsciiAlnum(char32_t c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Letters of the Latin, Greek and Cyrillic blocks, where joiners have no
// business between two letters.
bool IsWordChar(char32_t c) { return IsAsciiAlnum(c) || (c >= 0xC0 && c <= 0x24F) || (c >= 0x370 && c <= 0x4FF); }

}  // namespace

InvisibleChars CountInvisibleChars(std::string_view utf8) {
  std::vector<char32_t> cps;
  for (std::size_t i = 0; i < utf8.size();) cps.push_back(NextCodePoint(utf8, i));
  InvisibleChars found;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i];
    bool between_letters = i > 0 && i + 1 < cps.size() && IsWordChar(cps[i - 1]) && IsWordChar(cps[i + 1]);
    switch (c) {
      case 0x200B:  // zero-width space
      case 0x2060:  // word joiner
        ++found.word_splitters;
        break;
      case 0xFEFF:  // a byte order mark only belongs at the very start
        if (i > 0) ++found.word_splitters;
        break;
      case 0x00AD:  // soft hyphen
      case 0x200C:  // zero-width non-joiner
      case 0x200D:  // zero-width joiner
        if (between_letters) ++found.word_splitters;
        break;
      case 0x202D:
      case 0x202E:
        ++found.bidi_overrides;
        break;
      case 0x202A:
      case 0x202B:
      case 0x202C:
      case 0x2066:
      case 0x2067:
      case 0x2068:
      case 0x2069:
        ++found.bidi_controls;
        break;
      default:
        break;
    }
  }
  return found;
}

}  // namespace phishscan
