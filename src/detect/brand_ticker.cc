#include "detect/brand_ticker.h"

#include <algorithm>
#include <array>
#include <vector>

#include "base/text.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxTextBytes = 64 * 1024;
constexpr std::size_t kMaxWords = 8000;
// Shorter names ("$ups", "$bt") are too often abbreviations or amounts.
constexpr std::size_t kMinNameBytes = 4;
constexpr std::size_t kMaxNameBytes = 24;
// Catalog look-ups per text: a text made of "coin coin coin ..." must not
// cost a catalog walk per word.
constexpr std::size_t kMaxLookups = 64;

// Coin nouns, lower-case, singular and plural, in the seven languages
// ("coin" is also used as such in DE and NL; "jeton" and "gettone" are the
// FR and IT token). The English "token" is left out next to a name: "your
// GitHub token" is an access key; "$GITHUB tokens" still counts.
constexpr std::array<std::string_view, 16> kCoinWords = {
    "coin",  "coins",  "jeton", "jetons", "münze", "münzen", "moneda", "monedas",
    "moeda", "moedas", "munt",  "munten", "moneta", "monete", "gettone", "gettoni"};

bool IsWordByte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || u >= 0x80;
}

// The lengths and first bytes of the coin nouns. IsCoinWord runs twice on
// every word of a text (as the next word and as the previous one): most
// words are let go on these before the list is compared.
constexpr std::size_t kMinCoinBytes = [] {
  std::size_t n = kCoinWords.front().size();
  for (std::string_view w : kCoinWords) n = std::min(n, w.size());
  return n;
}();
constexpr std::size_t kMaxCoinBytes = [] {
  std::size_t n = 0;
  for (std::string_view w : kCoinWords) n = std::max(n, w.size());
  return n;
}();
constexpr std::array<bool, 256> kCoinFirstBytes = [] {
  std::array<bool, 256> first{};
  for (std::string_view w : kCoinWords) first[static_cast<unsigned char>(w.front())] = true;
  return first;
}();

bool IsCoinWord(std::string_view w) {
  if (w.size() < kMinCoinBytes || w.size() > kMaxCoinBytes || !kCoinFirstBytes[static_cast<unsigned char>(w[0])])
    return false;
  return std::find(kCoinWords.begin(), kCoinWords.end(), w) != kCoinWords.end();
}

// The brand whose one-word keyword, or official domain's first label, is `word`.
const Brand* BrandNamed(std::string_view word, const BrandCatalog& catalog) {
  if (word.size() < kMinNameBytes || word.size() > kMaxNameBytes) return nullptr;
  for (const Brand& brand : catalog.brands()) {
    if (!brand.strong || brand.category == "crypto") continue;
    for (const std::string& k : brand.keywords)
      if (k == word) return &brand;
    for (const std::string& d : brand.domains)
      if (d.size() > word.size() && d.starts_with(word) && d[word.size()] == '.') return &brand;
  }
  return nullptr;
}

struct Word {
  std::string_view text;  // in the lower-cased copy
  std::size_t start;
  bool after_dollar;
};

std::vector<Word> WordsOf(std::string_view lower) {
  std::vector<Word> words;
  std::size_t i = 0;
  while (i < lower.size() && words.size() < kMaxWords) {
    if (!IsWordByte(lower[i])) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < lower.size() && IsWordByte(lower[i])) ++i;
    words.push_back({lower.substr(start, i - start), start, start > 0 && lower[start - 1] == '$'});
  }
  return words;
}

}  // namespace

std::optional<BrandTicker> FindBrandTicker(std::string_view text, const BrandCatalog& catalog) {
  text = text.substr(0, std::min(text.size(), kMaxTextBytes));
  const std::string lower = AsciiLower(text);
  const std::vector<Word> words = WordsOf(lower);
  std::size_t lookups = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const Word& w = words[i];
    const bool coin_after = i + 1 < words.size() && IsCoinWord(words[i + 1].text);
    const bool coin_before = i > 0 && IsCoinWord(words[i - 1].text);
    if (!w.after_dollar && !coin_after && !coin_before) continue;
    if (w.text.size() < kMinNameBytes || w.text.size() > kMaxNameBytes || IsCoinWord(w.text)) continue;
    if (++lookups > kMaxLookups) break;
    const Brand* brand = BrandNamed(w.text, catalog);
    if (brand == nullptr) continue;
    std::size_t begin = w.after_dollar ? w.start - 1 : coin_before ? words[i - 1].start : w.start;
    std::size_t end = coin_after && !w.after_dollar ? words[i + 1].start + words[i + 1].text.size()
                                                    : w.start + w.text.size();
    return BrandTicker{brand, std::string(text.substr(begin, end - begin))};
  }
  return std::nullopt;
}

}  // namespace phishscan
