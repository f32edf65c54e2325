// stranger_gift_card: free money or a valuable card handed out in the name
// of a brand by someone who is not that brand ("your $300 Visa gift card is
// yours to keep", "how would you spend your free $500 on eBay?", a gift set
// "from Douglas" sent by a stranger's server). Companies give cards away
// too: a research panel thanks its members with a $50 Amazon card, a shop
// credits $10 for a referral, a bank pays cashback. Those speak of a card
// earned, from the panel's or shop's own authenticated domain, and of small
// sums. What gives the lure away is the combination: wording that hands the
// card over as a present to pick up, a brand named that the sender is not,
// and either a sender the receiving server did not vouch for or a sum no
// company hands to a stranger for nothing.
#include <string>
#include <vector>

#include "base/text.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/foreign_brand_claim.h"
#include "detect/make_signal.h"
#include "detect/money_amount.h"
#include "detect/sender_relation.h"

namespace phishscan {
namespace {

constexpr std::string_view kCategory = "gift_claim";
constexpr int kWeight = 22;
// The From domain is not vouched for by the receiving server: anyone may
// have written it.
constexpr int kUnauthenticatedBonus = 4;
// From this value an authenticated stranger's gift is no thank-you: panels
// and referral programmes pay tens, not hundreds.
constexpr double kHighValue = 100;
constexpr std::size_t kMaxSums = 8;
constexpr std::size_t kEvidenceBytes = 120;

// The first gift wording, subject first.
std::string GiftWording(const ScanContext& ctx) {
  for (const PhraseHits* hits : {&ctx.subject_hits, &ctx.hits})
    for (std::string_view wording : hits->WordingIn(kCategory)) return DisplayText(wording, 60);
  return "";
}

// The first sum of at least kHighValue in the subject or text, as written.
std::string HighValueSum(const ScanContext& ctx) {
  for (std::string_view text : {std::string_view(ctx.subject_normalized), std::string_view(ctx.extraction.text)})
    for (const MoneyAmount& a : FindMoneyAmounts(text, kMaxSums))
      if (a.value >= kHighValue) return DisplayText(a.text, 60);
  return "";
}

class StrangerGiftCardDetector : public Detector {
 public:
  std::string_view name() const override { return "stranger_gift_card"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    if (ctx.brand_claims.empty()) return;
    const std::string wording = GiftWording(ctx);
    if (wording.empty()) return;
    const SenderRelation& relation = *ctx.sender_relation;
    const std::string& from_domain = relation.from_domain();
    if (from_domain.empty() || from_domain == ctx.recipient_registrable) return;
    const ScanContext::BrandClaim* claim = FirstForeignBrandClaim(ctx, from_domain);
    if (claim == nullptr) return;
    const std::string sum = HighValueSum(ctx);
    const bool authenticated = relation.from_authenticated();
    if (authenticated && sum.empty()) return;
    Emit(*claim, wording, sum, from_domain, authenticated, out);
  }

 private:
  static void Emit(const ScanContext::BrandClaim& claim, const std::string& wording, const std::string& sum,
                   const std::string& from_domain, bool authenticated, std::vector<Signal>& out) {
    const std::string& brand = claim.brand->name;
    Signal s = MakeSignal("sender.stranger_gift_card", Sign::kSenderMismatch,
                          kWeight + (authenticated ? 0 : kUnauthenticatedBonus));
    const std::string named = Ellipsize(claim.snippet, kEvidenceBytes);
    s.evidence.push_back({"brand", brand});
    s.evidence.push_back({"named in", named});
    s.evidence.push_back({"phrase", wording});
    if (!sum.empty()) s.evidence.push_back({"sum", sum});
    s.evidence.push_back({"from_domain", from_domain});
    s.evidence.push_back({"authenticated", authenticated ? "yes" : "no"});
    const std::string why_en = authenticated ? ", a sum no company gives a stranger for nothing"
                                             : ", and the receiving server did not vouch for that domain";
    const std::string why_fr = authenticated ? ", une somme qu'aucune entreprise n'offre à un inconnu sans contrepartie"
                                             : ", et le serveur de réception n'a pas authentifié ce domaine";
    const std::string sum_en = sum.empty() ? "" : " worth " + QuoteEn(sum);
    const std::string sum_fr = sum.empty() ? "" : " d'une valeur de " + QuoteFr(sum);
    s.explanation_en = "The message hands out a gift or free money" + sum_en + " in the name of " + brand + " (" +
                       QuoteEn(named) + ", " + QuoteEn(wording) + "), but it was sent from " + from_domain +
                       ", which is not " + brand + why_en + ".";
    s.explanation_fr = "Le message offre un cadeau ou de l'argent" + sum_fr + " au nom de " + brand + " (" +
                       QuoteFr(named) + ", " + QuoteFr(wording) + "), mais il a été envoyé depuis " + from_domain +
                       ", qui n'est pas " + brand + why_fr + ".";
    out.push_back(std::move(s));
  }
};

}  // namespace

std::unique_ptr<Detector> MakeStrangerGiftCardDetector() { return std::make_unique<StrangerGiftCardDetector>(); }

}  // namespace phishscan
