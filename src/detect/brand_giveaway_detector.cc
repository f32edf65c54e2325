// brand_giveaway: a prize, survey reward or loyalty gift handed out in the
// name of a brand that neither sent the message nor hosts its links. Fake
// surveys name the brand only in their text ("answer a few questions about
// your experience with <brand> and win ..."), where a mere mention usually
// says nothing: shops, comparison sites and forums name brands all day. What
// gives the lure away is the combination: prize wording, a brand that is
// not the sender, and links that lead to neither the sender nor the brand.
// A brand's own loyalty mail comes from its domain or links to it; a shop
// raffling a product of a brand it sells links to its own site.
#include <optional>
#include <string>
#include <vector>

#include "base/text.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/foreign_brand_claim.h"
#include "detect/make_signal.h"
#include "detect/redirect_resolver.h"
#include "detect/sender_relation.h"

namespace phishscan {
namespace {

constexpr int kWeight = 22;
// The sender's own domain is not vouched for by the receiving server: the
// message may come from anywhere.
constexpr int kUnauthenticatedBonus = 4;
constexpr std::size_t kMaxLinksInspected = 200;
constexpr std::size_t kEvidenceBytes = 120;
constexpr std::size_t kLinkEvidenceBytes = 200;

// The first prize or giveaway wording, subject first.
std::string PrizeWording(const ScanContext& ctx) {
  for (const PhraseHits* hits : {&ctx.subject_hits, &ctx.hits})
    for (std::string_view category : {"prize", "giveaway_survey"})
      for (std::string_view wording : hits->WordingIn(category)) return DisplayText(wording, 60);
  return "";
}

// Where the links lead: the first destination unrelated to the sender and to
// every brand named, or none when any link leads to the sender or a named
// brand, or none can be judged (opaque click counters). Links to another
// brand's own site (a "follow us" icon) say nothing either way.
std::optional<Url> UnrelatedDestination(const ScanContext& ctx, const SenderRelation& relation) {
  std::optional<Url> unrelated;
  std::size_t inspected = 0;
  for (const Link& link : ctx.extraction.links) {
    if (++inspected > kMaxLinksInspected) break;
    if (link.url.scheme != "http" && link.url.scheme != "https") continue;
    const ResolvedUrl resolved = ResolveRedirects(link.url, ctx.knowledge.redirectors());
    const std::string& domain = resolved.target.registrable_domain;
    if (resolved.opaque_redirect || domain.empty()) continue;
    if (relation.IsRelated(domain)) return std::nullopt;
    // An authenticated sender's mailing service counts clicks on a domain of
    // its own, not always a known one: where such a link leads is unknown.
    if (relation.from_authenticated() && LooksLikeClickCounter(resolved.target)) continue;
    if (ctx.knowledge.brands().BrandOfDomain(domain) != nullptr) continue;
    if (!unrelated) unrelated = resolved.target;
  }
  return unrelated;
}

class BrandGiveawayDetector : public Detector {
 public:
  std::string_view name() const override { return "brand_giveaway"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    if (ctx.brand_claims.empty()) return;
    const std::string wording = PrizeWording(ctx);
    if (wording.empty()) return;
    const SenderRelation& relation = *ctx.sender_relation;
    const std::string& from_domain = relation.from_domain();
    if (from_domain.empty() || from_domain == ctx.recipient_registrable) return;
    const ScanContext::BrandClaim* claim = FirstForeignBrandClaim(ctx, from_domain);
    if (claim == nullptr) return;
    const std::optional<Url> destination = UnrelatedDestination(ctx, relation);
    if (!destination) return;
    Emit(*claim->brand, claim->snippet, wording, from_domain, *destination, relation.from_authenticated(), out);
  }

 private:
  static void Emit(const Brand& brand, std::string_view snippet, const std::string& wording,
                   const std::string& from_domain, const Url& link, bool authenticated, std::vector<Signal>& out) {
    const std::string& destination = link.registrable_domain;
    Signal s = MakeSignal("sender.brand_giveaway", Sign::kSenderMismatch,
                          kWeight + (authenticated ? 0 : kUnauthenticatedBonus));
    const std::string named = Ellipsize(snippet, kEvidenceBytes);
    s.evidence.push_back({"brand", brand.name});
    s.evidence.push_back({"named in", named});
    s.evidence.push_back({"phrase", wording});
    s.evidence.push_back({"from_domain", from_domain});
    s.evidence.push_back({"link", Ellipsize(link.raw, kLinkEvidenceBytes)});
    s.evidence.push_back({"link domain", destination});
    s.explanation_en = "The message offers a prize or gift in the name of " + brand.name + " (" + QuoteEn(named) +
                       ", " + QuoteEn(wording) + "), but it was sent from " + from_domain +
                       " and its links lead to " + destination + ": neither is " + brand.name + ".";
    s.explanation_fr = "Le message promet un gain ou un cadeau au nom de " + brand.name + " (" + QuoteFr(named) +
                       ", " + QuoteFr(wording) + "), mais il a été envoyé depuis " + from_domain +
                       " et ses liens mènent à " + destination + " : ni l'un ni l'autre n'est " + brand.name + ".";
    out.push_back(std::move(s));
  }
};

}  // namespace

std::unique_ptr<Detector> MakeBrandGiveawayDetector() { return std::make_unique<BrandGiveawayDetector>(); }

}  // namespace phishscan
