// A From domain that carries a brand's name ("bancodobrasil.com.br",
// "paypal-service.de") but that the receiving server did not vouch for. Such
// a domain is not a mismatch by itself (it may be the brand's regional or
// secondary site, which is why sender.brand_domain_mismatch accepts it), but
// when it fails authentication it is forged either way: either the brand's
// real secondary domain was spoofed, or a stranger registered the name.
// A domain that passes DMARC is left alone, and so is mail that a mailing
// list or a forwarder changed on its way (List-Id, a surviving DKIM pass, an
// ARC chain whose first hop saw the message pass).
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "base/text.h"
#include "detect/brand_named_label.h"
#include "detect/detector.h"
#include "detect/make_signal.h"
#include "detect/trusted_auth_results.h"

namespace phishscan {
namespace {

// Headers looked through for an ARC record: a real chain sits near the top.
constexpr std::size_t kMaxHeadersScanned = 200;

struct NamedBrand {
  const Brand* brand = nullptr;
  std::string keyword;
};

// A brand the message names that the From domain's label carries. Weak
// brands ("Orange", "Free") are ordinary words in domains and never count;
// the brand must also be named in the message, so a domain that merely
// contains a name is not enough.
NamedBrand BrandInDomain(const ScanContext& ctx, std::string_view registrable) {
  const std::string_view label = registrable.substr(0, registrable.find('.'));
  for (const ScanContext::BrandClaim& claim : ctx.brand_claims) {
    if (claim.brand == nullptr || !claim.brand->strong) continue;
    for (const std::string& keyword : claim.brand->keywords) {
      const std::string name = KeywordAsLabel(keyword);
      if (!name.empty() && LabelCarriesName(label, name)) return {claim.brand, keyword};
    }
  }
  return {};
}

// A forwarder that sealed the message (ARC) recorded what it saw on
// arrival: a pass there means the forwarding broke authentication.
bool ArcSawPass(const Message& m) {
  std::size_t seen = 0;
  for (const HeaderField& h : m.headers) {
    if (++seen > kMaxHeadersScanned) break;
    if (!EqualsIgnoreCase(h.name, "ARC-Authentication-Results")) continue;
    const std::string lower = AsciiLower(h.value);
    if (lower.find("dmarc=pass") != std::string::npos || lower.find("dkim=pass") != std::string::npos) return true;
  }
  return false;
}

// "dmarc=fail" or "spf=fail" (without a DKIM pass, which would be a
// forwarded, still-signed message); "" when the server vouched or did not say.
std::string FailedCheck(const AuthResults& ar) {
  if (ResultIs(ar.dmarc, "pass") || ResultIs(ar.dkim, "pass")) return "";
  if (ResultIs(ar.dmarc, "fail")) return "dmarc=fail";
  if (ResultIs(ar.spf, "fail")) return "spf=fail";
  return "";
}

class BrandNamedDomainDetector : public Detector {
 public:
  std::string_view name() const override { return "brand_named_domain"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    const Message& m = ctx.message;
    const std::string& domain = m.from.registrable_domain;
    if (domain.empty() || ctx.brand_claims.empty() || domain == ctx.recipient_registrable) return;
    // The brand's listed domains are auth.brand_address_forged's.
    if (ctx.knowledge.brands().BrandOfDomain(domain) != nullptr) return;
    const AuthResults* ar = TrustedAuthResults(m);
    if (ar == nullptr) return;
    const std::string failed = FailedCheck(*ar);
    if (failed.empty() || m.IsListTraffic() || ArcSawPass(m)) return;
    const NamedBrand named = BrandInDomain(ctx, domain);
    if (named.brand == nullptr) return;
    out.push_back(Forged(*named.brand, named.keyword, m.from.address, domain, failed));
  }

 private:
  static Signal Forged(const Brand& brand, const std::string& keyword, const std::string& address,
                       const std::string& domain, const std::string& failed) {
    Evidence e{{"brand", brand.name}, {"keyword", keyword}, {"from", Ellipsize(address, 200)},
               {"from_domain", domain}, {"authentication", failed}};
    std::string official;
    for (std::size_t i = 0; i < brand.domains.size() && i < 3; ++i)
      official += (i ? ", " : "") + brand.domains[i];
    if (!official.empty()) e.emplace_back("official_domains", official);
    const std::string listed_en = official.empty() ? "" : " (its known domains: " + official + ")";
    const std::string listed_fr = official.empty() ? "" : " (ses domaines connus : " + official + ")";
    return MakeSignal("sender.brand_named_domain_forged", Sign::kSenderMismatch, 30, std::move(e),
                      "The sender's domain " + domain + " carries the name of " + brand.name + listed_en +
                          ", but the receiving server could not confirm the message came from it (" + failed +
                          "): the address is forged or the name was borrowed.",
                      "Le domaine de l'expéditeur " + domain + " porte le nom de " + brand.name + listed_fr +
                          ", mais le serveur de réception n'a pas pu confirmer que le message en provient (" +
                          failed + ") : l'adresse est usurpée ou le nom emprunté.");
  }
};

}  // namespace

std::unique_ptr<Detector> MakeBrandNamedDomainDetector() { return std::make_unique<BrandNamedDomainDetector>(); }

}  // namespace phishscan
