// disguised_brand: a brand name that only appears once the subject or the
// sender's name is read the way a person reads it ("P a y P a l",
// "Pay.Pal", "D'isney", "Co̷rreio̷s", "Netfl1x"). A company writes its own
// name plainly; a name taken apart so that filters cannot find it while the
// reader still sees it is an impersonation that knows it is one, so this
// weighs more than the bare obfuscation.* tricks that carry it.
#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/text.h"
#include "detect/detector.h"
#include "detect/disguised_brand_detector.h"
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

// Brands named in `normalized`; weak ones (whose keyword is also a word,
// like "correios", Portuguese for post) only when `weak_too`.
std::vector<std::size_t> BrandsIn(const ScanContext& ctx, std::string_view normalized, bool weak_too) {
  const auto& brands = ctx.knowledge.brands().brands();
  std::vector<std::size_t> out;
  for (const BrandMention& m : ctx.knowledge.brands().FindMentions(normalized)) {
    if (m.brand_index >= brands.size() || (!weak_too && !brands[m.brand_index].strong)) continue;
    if (m.keyword.size() < kMinKeywordBytes) continue;
    if (std::find(out.begin(), out.end(), m.brand_index) == out.end()) out.push_back(m.brand_index);
  }
  return out;
}

struct Found {
  const Brand* brand;
  std::string field;  // "subject", "sender name"
  std::string text;   // as written
};

// The first brand `text` names only once unfolded, or nothing.
// In the sender name even a weak brand keyword names the brand (a sender
// called "Correios" speaks for the post), in the subject only a strong one.
void FindInField(const ScanContext& ctx, std::string_view field, std::string_view text, bool weak_too,
                 std::vector<Found>& out) {
  text = text.substr(0, std::min(text.size(), kMaxFieldBytes));
  if (text.empty()) return;
  const std::vector<std::size_t> plain = BrandsIn(ctx, NormalizeText(text), weak_too);
  const std::string read = UnfoldDisguise(FoldLookalikeLetters(text).text).text;
  const auto& brands = ctx.knowledge.brands().brands();
  for (std::size_t index : BrandsIn(ctx, NormalizeText(Squeezed(read)), weak_too)) {
    if (std::find(plain.begin(), plain.end(), index) != plain.end()) continue;
    const Brand& brand = brands[index];
    // A brand's own mail may play with its name; it is not hiding it.
    if (ctx.knowledge.brands().IsOfficialDomain(brand, ctx.message.from.registrable_domain)) continue;
    out.push_back({&brand, std::string(field), std::string(text)});
    return;
  }
}

class DisguisedBrandDetector : public Detector {
 public:
  std::string_view name() const override { return "disguised_brand"; }
  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    std::vector<Found> found;
    FindInField(ctx, "subject", ctx.message.subject, false, found);
    FindInField(ctx, "sender name", SenderNameOf(ctx.message), true, found);
    if (found.empty()) return;
    Evidence e;
    for (const Found& f : found) e.emplace_back(f.field + " (" + f.brand->name + ")", Ellipsize(f.text, 120));
    const std::string& brand = found.front().brand->name;
    out.push_back(MakeSignal(
        "obfuscation.disguised_brand", Sign::kFraudLure, kWeight, std::move(e),
        "The brand name " + QuoteEn(brand) + " is written in pieces or with look-alike characters in the " +
            found.front().field +
            " (" + QuoteEn(Ellipsize(found.front().text, 80)) +
            "): a reader sees the brand, a filter does not. Real companies write their own name plainly; this "
            "sender hides it on purpose.",
        "Le nom de la marque " + QuoteFr(brand) + " est écrit en morceaux ou avec des caractères qui imitent des "
            "lettres dans " + (found.front().field == "subject" ? "l'objet" : "le nom de l'expéditeur") + " (" +
            QuoteFr(Ellipsize(found.front().text, 80)) +
            ") : le lecteur voit la marque, un filtre non. Une vraie entreprise écrit son nom normalement ; "
            "cet expéditeur le cache exprès."));
  }
};

}  // namespace

std::unique_ptr<Detector> MakeDisguisedBrandDetector() { return std::make_unique<DisguisedBrandDetector>(); }

}  // namespace phishscan
