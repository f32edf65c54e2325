#include "detect/disguised_sender_brand.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/text.h"
#include "detect/brand_shapes.h"
#include "detect/context.h"
#include "extract/confusables.h"
#include "extract/disguise_unfold.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxNameBytes = 512;   // sender names are short; bound every scan
constexpr std::size_t kMaxNameWords = 16;
constexpr std::size_t kMinDisguisedBrand = 4;  // "ups", "o2" coincide with ordinary words

// Characters that render as nothing: zero-width marks, variation selectors,
// tag characters. Slipped between letters they hide a word from filters.
bool IsInvisible(UChar32 c) {
  return c == 0x00AD || c == 0x034F || c == 0x180E || (c >= 0x200B && c <= 0x200F) ||
         (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF || (c >= 0xFE00 && c <= 0xFE0F) ||
         (c >= 0xE0000 && c <= 0xE0FFF);
}


// The words of a sender name, split on spaces and punctuation that never
// belongs to a brand name.
std::vector<std::string_view> NameWords(std::string_view name) {
  std::vector<std::string_view> words;
  constexpr std::string_view kSeparators = " \t,;:!?()[]{}<>\"'|/*~+=&@#";
  std::size_t i = 0;
  while (i < name.size() && words.size() < kMaxNameWords) {
    while (i < name.size() && kSeparators.find(name[i]) != std::string_view::npos) ++i;
    std::size_t j = i;
    while (j < name.size() && kSeparators.find(name[j]) == std::string_view::npos) ++j;
    std::string_view w = name.substr(i, j - i);
    while (!w.empty() && (w.back() == '.' || w.back() == '-' || w.back() == '_')) w.remove_suffix(1);
    if (!w.empty()) words.push_back(w);
    i = j;
  }
  return words;
}

// The word without invisible characters; `hid` tells whether there were any.
std::string WithoutInvisible(std::string_view word, bool& hid) {
  std::string out;
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  const auto n = static_cast<int32_t>(word.size());
  for (int32_t i = 0; i < n;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c >= 0 && IsInvisible(c)) {
      hid = true;
      continue;
    }
    out.append(word.substr(start, i - start));
  }
  return out;
}

// "MetaМask" (Cyrillic М), "Iedger" (capital i for l), "Micr0soft",
// "M\u{E0139}icrosoft" (an invisible tag between letters): a brand name
// written so that it reads as the brand but is not spelt as it. The word's
// own skeleton, lower-cased, is compared with the brand names' skeletons.
DisguisedBrand FindDisguisedBrand(std::string_view name, const Knowledge& knowledge) {
  const BrandCatalog& catalog = knowledge.brands();
  const BrandShapes& shapes = knowledge.brand_shapes();
  const std::vector<std::string_view> words = NameWords(name.substr(0, std::min(name.size(), kMaxNameBytes)));
  // Each word, then each pair of words: "Trust WaIIet" reads as "trustwallet".
  std::vector<std::string> candidates;
  for (std::string_view w : words) candidates.emplace_back(w);
  for (std::size_t i = 0; i + 1 < words.size(); ++i)
    candidates.push_back(std::string(words[i]) + std::string(words[i + 1]));
  for (const std::string& word : candidates) {
    bool hid = false;
    const std::string visible = WithoutInvisible(word, hid);
    std::string folded = AsciiLower(ConfusableSkeleton(visible));
    folded.erase(std::remove(folded.begin(), folded.end(), '-'), folded.end());
    if (folded.size() < kMinDisguisedBrand) continue;
    const BrandName* found = shapes.BySkeleton(ConfusableSkeleton(folded));
    if (found == nullptr || !found->is_keyword || found->brand_index >= catalog.brands().size()) continue;
    // The brand written plainly, maybe followed by punctuation ("Persil –"):
    // an ordinary claim, which sender.brand_domain_mismatch weighs.
    std::string plain = AsciiLower(visible);
    plain.erase(std::remove_if(plain.begin(), plain.end(),
                               [](char c) { return !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')); }),
                plain.end());
    if (plain == found->name && !hid) continue;
    return {&catalog.brands()[found->brand_index], word};
  }
  return {};
}

// The brands a name names as written, its words taken as they are.
bool NamesBrandPlainly(std::string_view name, const Brand& brand, const Knowledge& knowledge) {
  const auto& brands = knowledge.brands().brands();
  for (const BrandMention& m : knowledge.brands().FindMentions(NormalizeText(name)))
    if (m.brand_index < brands.size() && &brands[m.brand_index] == &brand) return true;
  return false;
}

// A brand spelt apart rather than with look-alike letters: "N e t f l i x",
// "Pay.Pal", "Mercado_Pago", "Co̷rreio̷s". The name is read again once
// unfolded, its inner dots removed; a brand the name also writes plainly is
// an ordinary claim.
DisguisedBrand FindSpeltApartBrand(std::string_view name, const Knowledge& knowledge) {
  name = name.substr(0, std::min(name.size(), kMaxNameBytes));
  const DisguiseUnfold unfolded = UnfoldDisguise(name);
  std::string read = unfolded.text;
  std::size_t dots = 0;
  for (std::size_t i = 1; i + 1 < read.size(); ++i) {
    const bool inner = std::isalpha(static_cast<unsigned char>(read[i - 1])) &&
                       std::isalpha(static_cast<unsigned char>(read[i + 1]));
    if (inner && read[i] == '.') read[i] = '\x01', ++dots;
  }
  if (unfolded.undone == 0 && dots == 0) return {};
  std::erase(read, '\x01');
  DisguisedBrand found = FindDisguisedBrand(read, knowledge);
  if (found.brand == nullptr) {
    // Unfolded, the brand may now be written plainly: "Mercado Pago".
    const auto& brands = knowledge.brands().brands();
    for (const BrandMention& m : knowledge.brands().FindMentions(NormalizeText(read)))
      if (m.brand_index < brands.size() && m.keyword.size() >= kMinDisguisedBrand) {
        found = {&brands[m.brand_index], std::string(name)};
        break;
      }
  }
  if (found.brand == nullptr || NamesBrandPlainly(name, *found.brand, knowledge)) return {};
  found.written = std::string(name);
  return found;
}

}  // namespace

DisguisedBrand FindDisguisedSenderBrand(std::string_view name, const Knowledge& knowledge) {
  DisguisedBrand found = FindDisguisedBrand(name, knowledge);
  if (found.brand == nullptr) found = FindSpeltApartBrand(name, knowledge);
  return found;
}

const DisguisedBrand& DisguisedSenderBrandOf(const ScanContext& ctx) {
  std::optional<DisguisedBrand>& found = ctx.memo.disguised_sender_brand;
  if (!found) found = FindDisguisedSenderBrand(SenderNameOf(ctx), ctx.knowledge);
  return *found;
}

}  // namespace phishscan
