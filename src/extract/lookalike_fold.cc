#include "extract/lookalike_fold.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "extract/confusables.h"

namespace phishscan {
namespace {

// Subjects and display names are short; a longer text is not what this is for.
constexpr std::size_t kMaxInputBytes = 4096;

bool IsAsciiLetter(UChar32 c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool IsWordLetter(UChar32 c) {
  if (c < 0x80) return IsAsciiLetter(c);
  return u_isalpha(c) || u_charType(c) == U_NON_SPACING_MARK;
}

// Mathematical alphanumerics, enclosed letters and small capitals are no
// language's alphabet: a word using them is styled Latin whatever surrounds it.
bool IsStyledLetter(UChar32 c) {
  return (c >= 0x1D400 && c <= 0x1D7FF) || (c >= 0x24B6 && c <= 0x24E9) || (c >= 0x1F130 && c <= 0x1F189) ||
         (c >= 0x1D00 && c <= 0x1D22) || c == 0x0262 || c == 0x026A || c == 0x0274 || c == 0x0280 ||
         c == 0x028F || c == 0x0299 || c == 0x029C || c == 0x029F || c == 0xA730 || c == 0xA731;
}

char LowerAsciiLetter(UChar32 c) { return IsAsciiLetter(c) ? static_cast<char>(c | 0x20) : 0; }

// The letter a compatibility form stands for ("𝐈" -> "i", "Ｗ" -> "w"), or 0.
// Tried before the confusable skeleton, which maps a capital I to "l".
char CompatibilityLetter(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2* nfkc_cf = unorm2_getNFKCCasefoldInstance(&status);
  if (U_FAILURE(status)) return 0;
  UChar in[U16_MAX_LENGTH], out[8];
  int32_t in_len = 0;
  U16_APPEND_UNSAFE(in, in_len, c);
  const int32_t n = unorm2_normalize(nfkc_cf, in, in_len, out, 8, &status);
  return U_SUCCESS(status) && n == 1 ? LowerAsciiLetter(out[0]) : 0;
}

// The letter a look-alike's confusable skeleton is (Cyrillic "о" -> "o",
// Greek "Υ" -> "y"), or 0. Skeletons draw a capital I as "l": a capital
// whose skeleton is "l" is read through its small letter (Cyrillic "І" -> "i").
char SkeletonLetter(UChar32 c) {
  char buf[U8_MAX_LENGTH];
  int32_t len = 0;
  U8_APPEND_UNSAFE(buf, len, c);
  const std::string skeleton = ConfusableSkeleton(std::string_view(buf, static_cast<std::size_t>(len)));
  const char latin = skeleton.size() == 1 ? LowerAsciiLetter(static_cast<unsigned char>(skeleton[0])) : 0;
  if (latin == 'l' && u_isupper(c) && u_tolower(c) != c) return SkeletonLetter(u_tolower(c));
  return latin;
}

// Imitations the confusable data (ICU 72) leaves out or reads otherwise but
// lures use: small capitals ("ᴘᴀʏᴍᴇɴᴛ"), Tai Le letters drawn like l, c and e
// ("bᥣoᥴkᥱd"), and the small Cyrillic palochka, a bare stroke that stands
// for l among small letters (its skeleton says i).
char ImitationLetter(UChar32 c) {
  struct Imitation {
    UChar32 c;
    char latin;
  };
  static constexpr Imitation kImitations[] = {
      {0x04CF, 'l'}, {0x0262, 'g'}, {0x026A, 'i'}, {0x0274, 'n'}, {0x0280, 'r'}, {0x0299, 'b'}, {0x029C, 'h'},
      {0x029F, 'l'}, {0x1963, 'l'}, {0x1971, 'e'}, {0x1974, 'c'}, {0x1D00, 'a'}, {0x1D04, 'c'},
      {0x1D05, 'd'}, {0x1D07, 'e'}, {0x1D0A, 'j'}, {0x1D0B, 'k'}, {0x1D0D, 'm'}, {0x1D0F, 'o'},
      {0x1D18, 'p'}, {0x1D1B, 't'}, {0x1D20, 'v'}, {0x1D21, 'w'}, {0x1D22, 'z'}, {0xA730, 'f'},
      {0xA731, 's'}};
  for (const Imitation& i : kImitations)
    if (i.c == c) return i.latin;
  return 0;
}

// The ASCII letter a character is drawn like, or 0. Below U+0250 every
// letter is Latin already (accented letters are letters of their own, and
// their skeleton is not one ASCII letter anyway).
class LookalikeTable {
 public:
  char LatinOf(UChar32 c) {
    if (c < 0x250 || !u_isalpha(c)) return 0;
    auto it = cache_.find(c);
    if (it != cache_.end()) return it->second;
    char latin = ImitationLetter(c);
    if (latin == 0) latin = CompatibilityLetter(c);
    if (latin == 0) latin = SkeletonLetter(c);
    cache_.emplace(c, latin);
    return latin;
  }

 private:
  std::unordered_map<UChar32, char> cache_;
};

struct CodePoint {
  UChar32 c;
  std::size_t begin, end;  // byte range in the input
};

std::vector<CodePoint> Decode(std::string_view s) {
  std::vector<CodePoint> out;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto length = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, length, c);
    out.push_back({c < 0 ? 0xFFFD : c, static_cast<std::size_t>(start), static_cast<std::size_t>(i)});
  }
  return out;
}

// Whether most letters are plain ASCII: there a word spelt wholly in
// look-alike letters ("Υоսr") is a disguise; in Greek or Russian text it is
// a word of the language.
bool MostlyAsciiLetters(const std::vector<CodePoint>& cps) {
  std::size_t ascii = 0, other = 0;
  for (const CodePoint& cp : cps) {
    if (IsAsciiLetter(cp.c)) ++ascii;
    else if (cp.c >= 0x80 && IsWordLetter(cp.c)) ++other;
  }
  return ascii > 0 && ascii >= 4 * other;
}

}  // namespace

LookalikeFold FoldLookalikeLetters(std::string_view text) {
  LookalikeFold result;
  result.text = std::string(text);
  if (text.size() > kMaxInputBytes) return result;
  const std::vector<CodePoint> cps = Decode(text);
  const bool latin_text = MostlyAsciiLetters(cps);
  LookalikeTable table;
  std::string out;
  out.reserve(text.size());
  std::size_t copied = 0;  // bytes of `text` already in `out`
  std::size_t i = 0;
  while (i < cps.size()) {
    if (!IsWordLetter(cps[i].c)) {
      ++i;
      continue;
    }
    std::size_t end = i, lookalikes = 0;
    bool ascii = false, styled = false;
    for (; end < cps.size() && IsWordLetter(cps[end].c); ++end) {
      ascii = ascii || IsAsciiLetter(cps[end].c);
      styled = styled || IsStyledLetter(cps[end].c);
      lookalikes += table.LatinOf(cps[end].c) != 0;
    }
    const bool fold = lookalikes > 0 && (ascii || styled || (latin_text && lookalikes == end - i));
    if (fold) {
      for (std::size_t k = i; k < end; ++k) {
        const char latin = table.LatinOf(cps[k].c);
        if (latin == 0) continue;
        out.append(text.substr(copied, cps[k].begin - copied));
        out.push_back(latin);
        copied = cps[k].end;
        ++result.folded;
      }
    }
    i = end;
  }
  if (result.folded == 0) return result;
  out.append(text.substr(copied));
  result.text = std::move(out);
  return result;
}

}  // namespace phishscan
