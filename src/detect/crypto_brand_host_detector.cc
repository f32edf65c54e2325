// links.crypto_brand_named_host: a crypto payout, airdrop or earning offer
// whose link goes to a domain carrying an exchange's or wallet's name
// without being theirs ("binance-rewards-go.com", "metamaskclaim.net"). The
// page borrows the name the reader trusts to take their login or empty the
// wallet they connect. The offer's wording is the fraud_lure sign's; the
// borrowed name on the page it leads to is this signal's, of the
// deceptive_link sign. Real exchanges link their own domains (catalogued in
// data/brands.tsv), and a news site's domain that merely contains a coin's
// name ("ethereumprice.org") is not counted unless the message offers money.
#include <string>
#include <string_view>
#include <vector>

#include "detect/brand_named_label.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/host_labels.h"
#include "detect/make_signal.h"
#include "detect/sender_relation.h"

namespace phishscan {
namespace {

constexpr int kWeight = 20;
constexpr std::size_t kMaxLinksChecked = 64;
constexpr std::size_t kEvidenceBytes = 80;

// Money offered to the reader: tokens to claim, a balance waiting, income.
constexpr std::string_view kMoneyCategories[] = {"airdrop", "unclaimed_funds", "investment"};

bool OffersMoney(const ScanContext& ctx) {
  for (std::string_view category : kMoneyCategories)
    if (ctx.hits.Any(category) || ctx.subject_hits.Any(category)) return true;
  return false;
}

struct Borrowed {
  const Brand* brand = nullptr;
  std::string domain;
};

// The crypto brand whose name the organisation label of `registrable`
// carries, when the domain is not the brand's. Weak keywords ("ledger",
// "ripple") are ordinary words and do not count.
const Brand* CryptoBrandCarried(const BrandCatalog& catalog, std::string_view registrable) {
  const std::string_view label = OrganisationLabel(registrable);
  if (label.size() < kMinLabelName) return nullptr;
  for (const Brand& brand : catalog.brands()) {
    if (brand.category != "crypto" || !brand.strong) continue;
    for (const std::string& keyword : brand.keywords) {
      const std::string name = KeywordAsLabel(keyword);
      if (name.empty() || !LabelCarriesName(label, name)) continue;
      if (catalog.IsOfficialDomain(brand, registrable)) return nullptr;
      return &brand;
    }
  }
  return nullptr;
}

Borrowed FindBorrowedName(const ScanContext& ctx) {
  const SenderRelation& relation = *ctx.sender_relation;
  std::size_t checked = 0;
  for (const Link& link : ctx.extraction.links) {
    if (link.url.scheme != "http" && link.url.scheme != "https") continue;
    if (++checked > kMaxLinksChecked) break;
    const std::string& registrable = link.url.registrable_domain;
    if (registrable.empty() || relation.IsRelated(registrable)) continue;
    if (const Brand* brand = CryptoBrandCarried(ctx.knowledge.brands(), registrable))
      return {brand, registrable};
  }
  return {};
}

class CryptoBrandHostDetector : public Detector {
 public:
  std::string_view name() const override { return "crypto_brand_host"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    if (!OffersMoney(ctx)) return;
    const Borrowed found = FindBorrowedName(ctx);
    if (found.brand == nullptr) return;
    const std::string domain = DisplayText(found.domain, kEvidenceBytes);
    const std::string& brand = found.brand->name;
    out.push_back(MakeSignal(
        "links.crypto_brand_named_host", Sign::kDeceptiveLink, kWeight, {{"link domain", domain}, {"brand", brand}},
        "The crypto offer links to " + domain + ", a domain that carries " + QuoteEn(brand) +
            "'s name but is not " + brand +
            "'s: such pages borrow an exchange's or wallet's name to take your login or empty the wallet you "
            "connect.",
        "L'offre en cryptomonnaie renvoie vers " + domain + ", un domaine qui porte le nom de " + QuoteFr(brand) +
            " sans lui appartenir : ces pages empruntent le nom d'une plateforme ou d'un portefeuille pour "
            "prendre vos identifiants ou vider le portefeuille que vous connectez."));
  }
};

}  // namespace

std::unique_ptr<Detector> MakeCryptoBrandHostDetector() { return std::make_unique<CryptoBrandHostDetector>(); }

}  // namespace phishscan
