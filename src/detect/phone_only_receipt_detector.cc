// fraud.phone_only_receipt: the call-back receipt. "Your Norton plan is now
// active. Total paid: $299.00. For any questions call +1 ...": a purchase the
// reader never made, told in a brand's name by a sender outside the brand (or
// naming the brand's product from a free webmail mailbox), with a phone
// number and nothing else to act on. The reader is meant to call and
// dispute the charge; the "refund" on the phone is the scam. A real shop's receipt always links to the order or the
// account, because that is where a customer manages it; a receipt whose only
// way out is a phone call has been built to avoid links a filter can check.
// The sign is fraud_lure: what the message asks of the reader, independent
// of sender_mismatch, which says only that the sender is not the brand.
#include <algorithm>
#include <string>
#include <vector>

#include "base/text.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/impersonated_brand.h"
#include "detect/list_link.h"
#include "detect/make_signal.h"
#include "detect/money_amount.h"
#include "detect/phone_number.h"

namespace phishscan {
namespace {

constexpr int kWeight = 24;
constexpr std::string_view kCategory = "purchase_receipt";
constexpr std::size_t kMaxPhrasesShown = 3;
constexpr std::size_t kMaxPhones = 3;
constexpr std::size_t kEvidenceBytes = 60;

std::vector<std::string> ReceiptWording(const ScanContext& ctx) {
  std::vector<std::string> found;
  for (const PhraseHits* hits : {&ctx.subject_hits, &ctx.hits})
    for (std::string_view wording : hits->WordingIn(kCategory)) {
      std::string text = DisplayText(wording, kEvidenceBytes);
      if (std::find(found.begin(), found.end(), text) == found.end()) found.push_back(std::move(text));
    }
  return found;
}

// Anything to act on besides the phone: a web link (in the body or an
// attached document) or a form. An unsubscribe or web-version link, which
// lures copy from newsletters to look genuine, manages no order.
bool HasWebAction(const ScanContext& ctx) {
  if (!ctx.extraction.forms.empty()) return true;
  return std::any_of(ctx.extraction.links.begin(), ctx.extraction.links.end(), [](const Link& link) {
    return (link.url.scheme == "http" || link.url.scheme == "https") && !IsListManagementLink(link);
  });
}

// The sum the receipt says was charged, as written; "" when none.
std::string ChargedSum(const ScanContext& ctx) {
  for (std::string_view text : {std::string_view(ctx.subject_normalized), std::string_view(ctx.extraction.text)}) {
    std::vector<MoneyAmount> sums = FindMoneyAmounts(text, 1);
    if (!sums.empty()) return DisplayText(sums.front().text, kEvidenceBytes);
  }
  return "";
}

// The brand the receipt is for: the one it speaks for from outside, or,
// from a free webmail mailbox, any catalogued brand it names (a "PayPal
// receipt" or "McAfee renewal" from a gmail.com address). A tradesman's
// receipt from webmail names no brand of the catalogue and stays quiet.
const Brand* ReceiptBrand(const ScanContext& ctx) {
  if (const Brand* brand = ImpersonatedBrand(ctx)) return brand;
  const std::string& from_domain = ctx.message.from.registrable_domain;
  if (from_domain.empty() || !ctx.knowledge.IsFreemail(from_domain)) return nullptr;
  for (const ScanContext::BrandClaim& claim : ctx.brand_claims)
    if (claim.brand != nullptr && !ctx.knowledge.brands().IsOfficialDomain(*claim.brand, from_domain))
      return claim.brand;
  return nullptr;
}

Signal MakeReceiptSignal(const Brand& brand, const Mailbox& from, const std::vector<std::string>& phrases,
                         const std::string& sum, const std::vector<PhoneNumber>& phones) {
  Signal s = MakeSignal("fraud.phone_only_receipt", Sign::kFraudLure, kWeight);
  s.evidence.emplace_back("brand", brand.name);
  s.evidence.emplace_back("from", DisplayText(from.address, 120));
  std::vector<std::string> quoted_en, quoted_fr;
  for (std::size_t i = 0; i < phrases.size() && i < kMaxPhrasesShown; ++i) {
    s.evidence.emplace_back("phrase", phrases[i]);
    quoted_en.push_back(QuoteEn(phrases[i]));
    quoted_fr.push_back(QuoteFr(phrases[i]));
  }
  s.evidence.emplace_back("sum", sum);
  for (const PhoneNumber& p : phones) s.evidence.emplace_back("phone number", p.text);
  const std::string domain = from.registrable_domain.empty() ? from.address : from.registrable_domain;
  s.explanation_en = "A receipt (" + JoinEn(quoted_en) + ", " + QuoteEn(sum) + ") in the name of " + brand.name +
                     " but from " + domain +
                     ", gives a phone number (" + phones.front().text +
                     ") and no link at all. A real shop's receipt links to the order or the account; one whose "
                     "only contact is a number wants the reader to call about a charge they never made.";
  s.explanation_fr = "Un reçu (" + JoinFr(quoted_fr) + ", " + QuoteFr(sum) + ") au nom de " + brand.name +
                     " mais depuis " + domain +
                     ", donne un numéro de téléphone (" + phones.front().text +
                     ") et aucun lien. Le reçu d'une vraie boutique renvoie vers la commande ou le compte ; celui "
                     "dont le seul contact est un numéro veut faire appeler le lecteur au sujet d'un débit qu'il "
                     "n'a jamais fait.";
  return s;
}

class PhoneOnlyReceiptDetector : public Detector {
 public:
  std::string_view name() const override { return "phone_only_receipt"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    if (ctx.message.IsListTraffic()) return;
    if (!ctx.hits.Any(kCategory) && !ctx.subject_hits.Any(kCategory)) return;
    if (HasWebAction(ctx)) return;
    const std::string sum = ChargedSum(ctx);
    if (sum.empty()) return;
    const std::vector<PhoneNumber> phones =
        FindPhoneNumbers(ctx.extraction.text, kMaxPhones, PhoneFormats::kWithNational);
    if (phones.empty()) return;
    const Brand* brand = ReceiptBrand(ctx);
    if (brand == nullptr) return;
    out.push_back(MakeReceiptSignal(*brand, ctx.message.from, ReceiptWording(ctx), sum, phones));
  }
};

}  // namespace

std::unique_ptr<Detector> MakePhoneOnlyReceiptDetector() { return std::make_unique<PhoneOnlyReceiptDetector>(); }

}  // namespace phishscan
