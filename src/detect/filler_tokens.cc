#include "detect/filler_tokens.h"

#include <algorithm>
#include <array>
#include <vector>

#include "base/text.h"
#include "detect/armor_block.h"

#include "detect/random_string.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxTokens = 40000;  // bound the walk over huge bodies
constexpr std::size_t kMinTokenBytes = 6;
// Longer tokens are base64 lines, signatures or URLs, not filler words.
constexpr std::size_t kMaxTokenBytes = 40;
// The same nonsense token this many times in a row.
constexpr std::size_t kMinRepeats = 8;
// A title or style sheet repeating a nonsense token at all is filler.
constexpr std::size_t kMinUnshownRepeats = 4;
constexpr std::size_t kMaxUnshownBytes = 64 << 10;
// Distinct nonsense tokens in a row: a list of a few order or tracking
// numbers stays far below.
constexpr std::size_t kMinRandomRun = 15;
constexpr std::size_t kSampleTokens = 4;
// "v2beta3", "abc.123.xyz": letters and digits taken in turns, as no word,
// price or version number ("python3.7", "mp3", "2024") is.
constexpr std::size_t kMinAlternations = 2;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsHexLetter(char c) { return (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Punctuation around a token in running text: "(abc123)," -> "abc123".
// A table, not a search of the list: it runs on both ends of every token,
// and a lookup is inlined where a switch was left a call.
constexpr std::array<bool, 256> kEdges = [] {
  std::array<bool, 256> edges{};
  for (char c : std::string_view(".,;:!?()[]{}<>\"'*|")) edges[static_cast<unsigned char>(c)] = true;
  return edges;
}();

bool IsEdge(char c) { return kEdges[static_cast<unsigned char>(c)]; }

std::string_view Trimmed(std::string_view token) {
  while (!token.empty() && IsEdge(token.front())) token.remove_prefix(1);
  while (!token.empty() && IsEdge(token.back())) token.remove_suffix(1);
  return token;
}

bool HasDigit(std::string_view token) { return std::any_of(token.begin(), token.end(), IsDigit); }

// Bytes of the UTF-8 sequence led by `lead` (1 for a stray byte).
std::size_t SequenceBytes(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

// Punctuation, currency signs, arrows, dingbats, pictographs, variation
// selectors and tag characters: "🔔", "✔️" and "➡" decorate a heading and
// are no word a reader reads (letter-like symbols such as "ℓ" stay letters).
bool IsSymbol(char32_t cp) {
  return (cp >= 0x2000 && cp <= 0x20CF) || (cp >= 0x2190 && cp <= 0x2BFF) || (cp >= 0xFE00 && cp <= 0xFE0F) ||
         (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0xE0000 && cp <= 0xE007F);
}

// Letters of a token, counted in bytes: ASCII letters and the bytes of any
// other script, but not those of symbols and pictographs: a lone "🔔" is not
// a word.
std::size_t ReadableLetters(std::string_view token) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < token.size();) {
    const auto lead = static_cast<unsigned char>(token[i]);
    const std::size_t n = SequenceBytes(lead);
    if (n > token.size() - i) break;  // a cut sequence is no letter
    if (n == 1) {
      letters += IsLetter(token[i]) || lead >= 0x80 ? 1 : 0;
      ++i;
      continue;
    }
    char32_t cp = lead & (0xFF >> (n + 1));
    for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(token[i + k]) & 0x3F);
    if (!IsSymbol(cp)) letters += n;
    i += n;
  }
  return letters;
}

bool IsLinkOrAddress(std::string_view token) {
  return token.find("://") != std::string_view::npos || token.rfind("www.", 0) == 0 ||
         token.find('@') != std::string_view::npos;
}

// The first `tag` ("<title", "</style", lower case) at or after `pos`,
// matched without regard to ASCII case. Called on every HTML part: the part
// is not copied into lower case for the two or three tags looked for.
std::size_t FindTag(std::string_view html, std::string_view tag, std::size_t pos) {
  for (pos = html.find(tag.front(), pos); pos != std::string_view::npos; pos = html.find(tag.front(), pos + 1)) {
    if (html.size() - pos < tag.size()) return std::string_view::npos;
    // Most '<' open other tags: their second byte, folded to lower case,
    // already differs (the tags looked for are lower case, so a match
    // always has the bit set), and the comparison is spared.
    if ((html[pos + 1] | 0x20) != tag[1]) continue;
    if (EqualsIgnoreCase(html.substr(pos, tag.size()), tag)) return pos;
  }
  return std::string_view::npos;
}

bool SameIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return (IsLetter(x) ? (x | 0x20) : x) == (IsLetter(y) ? (y | 0x20) : y);
         });
}

}  // namespace

bool IsNonsenseToken(std::string_view token, FillerPlace place) {
  if (token.size() < kMinTokenBytes || token.size() > kMaxTokenBytes) return false;
  // One pass for the character classes, hex-ness and the letter/digit
  // turns, separators skipped ("a8f3k2" has five, "abcdef.12345.678.xyz"
  // two, "python3" one): this runs on every token of every text judged.
  std::size_t letters = 0;
  std::size_t turns = 0;
  bool hex = true;
  char last = 0;
  for (char c : token) {
    const bool letter = IsLetter(c), digit = IsDigit(c);
    if (!letter && !digit) {
      if (c != '.' && c != '_' && c != '-') return false;
      hex = false;
      continue;
    }
    if (letter) {
      ++letters;
      hex = hex && IsHexLetter(c);
    }
    if (last != 0 && digit != IsDigit(last)) ++turns;
    last = c;
  }
  if (hex || letters == 0) return false;  // checksums; numbers, dates, phone numbers
  const std::size_t min_turns = place == FillerPlace::kShownText ? kMinAlternations : 1;
  return turns >= min_turns || HasRandomRun(token, RandomStringKind::kHostLabel);
}

Filler FindFiller(std::string_view text, FillerPlace place) {
  const std::size_t min_repeats = place == FillerPlace::kShownText ? kMinRepeats : kMinUnshownRepeats;
  std::string_view previous;
  std::size_t repeats = 0;
  std::size_t run = 0;
  std::string run_sample;
  std::size_t tokens = 0;
  std::size_t i = 0;
  while (i < text.size() && tokens < kMaxTokens) {
    while (i < text.size() && IsSpace(text[i])) ++i;
    std::size_t j = i;
    while (j < text.size() && !IsSpace(text[j])) ++j;
    if (j == i) break;
    const std::string_view token = Trimmed(text.substr(i, j - i));
    i = j;
    ++tokens;
    const bool nonsense = IsNonsenseToken(token, place);
    repeats = nonsense && token == previous ? repeats + 1 : (nonsense ? 1 : 0);
    previous = token;
    if (repeats >= min_repeats) {
      // Count the whole repetition for the evidence.
      while (i < text.size()) {
        while (i < text.size() && IsSpace(text[i])) ++i;
        std::size_t k = i;
        while (k < text.size() && !IsSpace(text[k])) ++k;
        if (k == i || Trimmed(text.substr(i, k - i)) != token) break;
        ++repeats;
        i = k;
      }
      return {"repeated token", std::string(token), repeats};
    }
    // A run counts distinct tokens; a repetition is the other shape.
    if (!nonsense) {
      if (run >= kMinRandomRun) break;
      run = 0;
      run_sample.clear();
      continue;
    }
    if (repeats > 1) continue;
    ++run;
    if (run <= kSampleTokens) run_sample += (run_sample.empty() ? "" : " ") + std::string(token);
  }
  if (run >= kMinRandomRun) return {"random tokens", run_sample, run};
  return {};
}

namespace {

std::size_t CountWordsOutsideArmor(std::string_view text, std::size_t enough) {
  std::vector<std::string_view> words;
  std::size_t tokens = 0;
  std::size_t i = 0;
  while (i < text.size() && words.size() < enough && tokens < kMaxTokens) {
    while (i < text.size() && IsSpace(text[i])) ++i;
    std::size_t j = i;
    while (j < text.size() && !IsSpace(text[j])) ++j;
    const std::string_view token = Trimmed(text.substr(i, j - i));
    i = j;
    ++tokens;
    if (ReadableLetters(token) < 2 || HasDigit(token) || IsLinkOrAddress(token) || IsNonsenseToken(token)) continue;
    const bool seen = std::any_of(words.begin(), words.end(), [&](std::string_view w) { return SameIgnoringCase(w, token); });
    if (!seen) words.push_back(token);
  }
  return words.size();
}

}  // namespace

std::size_t CountReadableWords(std::string_view text, std::size_t enough) {
  if (!HasArmorBlock(text)) return CountWordsOutsideArmor(text, enough);
  return CountWordsOutsideArmor(WithoutArmorBlocks(text), enough);
}

std::string UnshownHtmlText(std::string_view html) {
  const std::string_view head = html.substr(0, std::min(html.size(), kMaxUnshownBytes * 4));
  std::string out;
  for (std::string_view element : {"title", "style"}) {
    const std::string open = "<" + std::string(element);
    const std::string close = "</" + std::string(element);
    std::size_t pos = 0;
    while (out.size() < kMaxUnshownBytes && (pos = FindTag(head, open, pos)) != std::string_view::npos) {
      const std::size_t start = head.find('>', pos);
      if (start == std::string_view::npos) break;
      std::size_t end = FindTag(head, close, start);
      if (end == std::string_view::npos) end = head.size();
      out.append(html.substr(start + 1, std::min(end - start - 1, kMaxUnshownBytes - out.size())));
      out += '\n';
      pos = end;
    }
  }
  return out;
}

}  // namespace phishscan
