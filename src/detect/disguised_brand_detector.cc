// disguised_brand: a brand name that only appears once the subject is read
// the way a person reads it ("P a y P a l", "Pay.Pal", "𝗡𝗲𝘁𝗳𝗹𝗶𝘅",
// "Amаzon" with a Cyrillic а). A company writes its own name plainly; a
// name taken apart so that filters cannot find it while the reader still
// sees it is an impersonation that knows it is one, so this weighs more than
// the bare obfuscation.* tricks that carry it. The sender name has its own
// check, sender.disguised_brand_name.
#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/text.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/make_signal.h"
#include "extract/disguise_unfold.h"
#include "extract/lookalike_fold.h"

namespace phishscan {
namespace {

constexpr int kWeight = 30;
// Shorter keywords turn up by chance when stray letters are joined.
constexpr std::size_t kMinKeywordBytes = 4;
constexpr std::size_t kMaxFieldBytes = 512;

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "Pay.Pal", "D'isney", "Net-flix": one dot, apostrophe or hyphen inside a
// word is removed, for the brand search only ("l'offre" becomes "loffre",
// which names no brand).
std::string Squeezed(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool inner = i > 0 && i + 1 < s.size() && IsAsciiLetter(s[i - 1]) && IsAsciiLetter(s[i + 1]);
    if (inner && (c == '.' || c == '\'' || c == '-')) continue;
    out += c;
  }
  return out;
}

// Strong brands named in `normalized` (a weak keyword such as "orange" is
// also a word, and a subject uses words).
std::vector<std::size_t> BrandsIn(const ScanContext& ctx, std::string_view normalized) {
  const auto& brands = ctx.knowledge.brands().brands();
  std::vector<std::size_t> out;
  for (const BrandMention& m : ctx.knowledge.brands().FindMentions(normalized)) {
    if (m.brand_index >= brands.size() || !brands[m.brand_index].strong) continue;
    if (m.keyword.size() < kMinKeywordBytes) continue;
    if (std::find(out.begin(), out.end(), m.brand_index) == out.end()) out.push_back(m.brand_index);
  }
  return out;
}

// The first brand the subject names only once unfolded, or null.
const Brand* DisguisedInSubject(const ScanContext& ctx, std::string_view text) {
  text = text.substr(0, std::min(text.size(), kMaxFieldBytes));
  if (text.empty()) return nullptr;
  const std::vector<std::size_t> plain = BrandsIn(ctx, NormalizeText(text));
  const std::string read = UnfoldDisguise(FoldLookalikeLetters(text).text).text;
  const auto& brands = ctx.knowledge.brands().brands();
  for (std::size_t index : BrandsIn(ctx, NormalizeText(Squeezed(read)))) {
    if (std::find(plain.begin(), plain.end(), index) != plain.end()) continue;
    const Brand& brand = brands[index];
    // A brand's own mail may play with its name; it is not hiding it.
    if (ctx.knowledge.brands().IsOfficialDomain(brand, ctx.message.from.registrable_domain)) continue;
    return &brand;
  }
  return nullptr;
}

class DisguisedBrandDetector : public Detector {
 public:
  std::string_view name() const override { return "disguised_brand"; }
  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    const Brand* brand = DisguisedInSubject(ctx, ctx.message.subject);
    if (brand == nullptr) return;
    const std::string shown = Ellipsize(ctx.message.subject, 80);
    out.push_back(MakeSignal(
        "obfuscation.disguised_brand", Sign::kFraudLure, kWeight,
        {{"brand", brand->name}, {"subject", Ellipsize(ctx.message.subject, 120)}},
        "The brand name " + QuoteEn(brand->name) + " is written in pieces or with look-alike characters in the "
            "subject (" + QuoteEn(shown) +
            "): a reader sees the brand, a filter does not. Real companies write their own name plainly; this "
            "sender hides it on purpose.",
        "Le nom de la marque " + QuoteFr(brand->name) +
            " est écrit en morceaux ou avec des caractères qui imitent des lettres dans l'objet (" +
            QuoteFr(shown) +
            ") : le lecteur voit la marque, un filtre non. Une vraie entreprise écrit son nom normalement ; "
            "cet expéditeur le cache exprès."));
  }
};

}  // namespace

std::unique_ptr<Detector> MakeDisguisedBrandDetector() { return std::make_unique<DisguisedBrandDetector>(); }

}  // namespace phishscan
