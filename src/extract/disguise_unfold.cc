#include "extract/disguise_unfold.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace phishscan {
namespace {

// Subjects and sender names are short; a longer text is not what this is for.
constexpr std::size_t kMaxInputBytes = 4096;
// Letters spelt one by one: fewer than this many are initials ("U.S.", "A.I.").
constexpr std::size_t kMinSpacedLetters = 3;
// A capital torn off its word leaves at least this many letters after it.
constexpr std::size_t kMinTornTail = 3;

bool IsLetter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
// Bytes of a word: ASCII letters and digits, and every byte of a non-ASCII
// character (accented letters are letters too).
bool IsWordByte(unsigned char c) { return IsLetter(c) || IsDigit(c) || c >= 0x80; }

bool WordByteAt(const std::string& s, std::size_t i) {
  return i < s.size() && IsWordByte(static_cast<unsigned char>(s[i]));
}

// U+0334..U+0338 (tilde, stroke and slash overlays) strike through a letter:
// "Entre̷ga" reads "Entrega", and no language writes with them.
std::size_t RemoveOverlays(std::string& s) {
  std::string out;
  std::size_t undone = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto next = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
    if (static_cast<unsigned char>(s[i]) == 0xCC && next >= 0xB4 && next <= 0xB8) {
      ++undone;
      ++i;
      continue;
    }
    out += s[i];
  }
  if (undone > 0) s = std::move(out);
  return undone;
}

// "Vous_avez_gagné", "Entrega~perdida", "Wij..hebben": underscores, tildes
// and dot runs between two words stand for spaces.
std::size_t SeparatorsToSpaces(std::string& s) {
  std::size_t undone = 0;
  for (std::size_t i = 1; i < s.size(); ++i) {
    const char c = s[i];
    if (c != '_' && c != '~' && c != '.') continue;
    std::size_t end = i;
    while (end < s.size() && s[end] == c) ++end;
    const bool between_words = WordByteAt(s, i - 1) && WordByteAt(s, end);
    const bool spacer = c != '.' || end - i >= 2;  // one dot is a decimal point or a domain
    if (between_words && spacer) {
      for (std::size_t k = i; k < end; ++k) s[k] = ' ';
      ++undone;
    }
    i = end - 1;
  }
  return undone;
}

// "faIIIida": two or more capital I between small letters are small l.
std::size_t CapitalIRuns(std::string& s) {
  std::size_t undone = 0;
  for (std::size_t i = 1; i < s.size(); ++i) {
    if (s[i] != 'I' || !IsLower(static_cast<unsigned char>(s[i - 1]))) continue;
    std::size_t end = i;
    while (end < s.size() && s[end] == 'I') ++end;
    if (end - i >= 2 && end < s.size() && IsLower(static_cast<unsigned char>(s[end]))) {
      for (std::size_t k = i; k < end; ++k) s[k] = 'l';
      ++undone;
    }
    i = end - 1;
  }
  return undone;
}

// "C0NFIRMATI0N", "H0USE", "0ne": in a word of letters where the only
// digits are single 0s and 1s, those digits stand for O and l (I in
// capitals). "10am", "Win10", "B2B" and "MP3" keep their digits.
void FoldDigitsOfWord(std::string& s, std::size_t begin, std::size_t end, std::size_t& undone) {
  std::size_t letters = 0, upper = 0, digits = 0;
  for (std::size_t k = begin; k < end; ++k) {
    const auto c = static_cast<unsigned char>(s[k]);
    if (IsLetter(c)) {
      ++letters;
      upper += IsUpper(c);
    } else if (c == '0' || c == '1') {
      if (k > begin && IsDigit(static_cast<unsigned char>(s[k - 1]))) return;
      ++digits;
    } else {
      return;
    }
  }
  if (letters < 2 || digits == 0) return;
  const bool capitals = upper * 2 > letters;
  for (std::size_t k = begin; k < end; ++k) {
    if (s[k] == '0') s[k] = capitals ? 'O' : 'o';
    if (s[k] == '1') s[k] = capitals ? 'I' : 'l';
  }
  ++undone;
}

std::size_t DigitsForLetters(std::string& s) {
  std::size_t undone = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (!IsLetter(c) && !IsDigit(c)) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < s.size() && (IsLetter(static_cast<unsigned char>(s[end])) ||
                              IsDigit(static_cast<unsigned char>(s[end]))))
      ++end;
    // A word glued to non-ASCII letters is not an ASCII word.
    if (!(i > 0 && static_cast<unsigned char>(s[i - 1]) >= 0x80) && !WordByteAt(s, end))
      FoldDigitsOfWord(s, i, end, undone);
    i = end;
  }
  return undone;
}

// A single ASCII letter standing alone at `i`.
bool SingleLetterAt(const std::string& s, std::size_t i) {
  return i < s.size() && IsLetter(static_cast<unsigned char>(s[i])) && (i == 0 || !WordByteAt(s, i - 1)) &&
         !WordByteAt(s, i + 1);
}

bool IsLetterSeparator(char c) { return c == ' ' || c == '.' || c == '-'; }

// "S p e c i a l", "C.a.l.l.e.d", "F-R-E-E": three or more single letters,
// each one separator from the next, are one word.
std::size_t JoinSpacedLetters(std::string& s) {
  std::string out;
  std::size_t undone = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    if (!SingleLetterAt(s, i)) {
      out += s[i++];
      continue;
    }
    std::size_t j = i, letters = 1;
    while (j + 2 < s.size() && IsLetterSeparator(s[j + 1]) && SingleLetterAt(s, j + 2)) {
      j += 2;
      ++letters;
    }
    if (letters < kMinSpacedLetters) {
      out.append(s, i, j + 1 - i);
    } else {
      for (std::size_t k = i; k <= j; k += 2) out += s[k];
      ++undone;
    }
    i = j + 1;
  }
  if (undone > 0) s = std::move(out);
  return undone;
}

// "G emeentelijk": a capital consonant alone, then one space, then small
// letters, is the first letter of that word. Vowels are left alone: they are
// words of their own ("A", "I", Portuguese "E", Dutch "U").
std::size_t JoinTornCapitals(std::string& s) {
  std::string out;
  std::size_t undone = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    out += s[i];
    const auto c = static_cast<unsigned char>(s[i]);
    if (!IsUpper(c) || std::string_view("AEIOUY").find(static_cast<char>(c)) != std::string_view::npos) continue;
    if (!SingleLetterAt(s, i) || i + 1 >= s.size() || s[i + 1] != ' ') continue;
    std::size_t tail = i + 2;
    while (tail < s.size() && IsLower(static_cast<unsigned char>(s[tail]))) ++tail;
    if (tail - (i + 2) < kMinTornTail || WordByteAt(s, tail)) continue;
    ++i;  // drop the space
    ++undone;
  }
  if (undone > 0) s = std::move(out);
  return undone;
}

}  // namespace

DisguiseUnfold UnfoldDisguise(std::string_view text) {
  DisguiseUnfold result{std::string(text), 0};
  if (text.size() > kMaxInputBytes) return result;
  std::string& s = result.text;
  result.undone += RemoveOverlays(s);
  result.undone += SeparatorsToSpaces(s);
  result.undone += CapitalIRuns(s);
  result.undone += DigitsForLetters(s);
  result.undone += JoinSpacedLetters(s);
  result.undone += JoinTornCapitals(s);
  return result;
}

}  // namespace phishscan
