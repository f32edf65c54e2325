// impersonated_alert: a security alert, a disowned-charge story or news of
// money moving on the reader's account told in a brand's name by a sender
// outside the brand. "Unusual sign-in activity on your Microsoft account",
// "Coinbase: was this you? If not, call us", "Your Norton order: $299 paid,
// call to cancel", "Your Prime renewal failed", "Your PayPal account has been
// credited with $3,882": the alert is what makes the
// reader act at once, and the sender that is not the brand is who profits.
// Alone, either half is ordinary: the brand sends such alerts from its own
// domain every day, and a stranger naming a brand is sender_mismatch's sign
// already. Together the alert becomes a sign of its own, the pressure of the
// lure. Mail from one of the brand's domains, or from any catalogued brand's,
// never fires: a genuine alert has only its own wording.
#include <algorithm>
#include <string>
#include <vector>

#include "base/text.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/impersonated_brand.h"
#include "detect/make_signal.h"
#include "detect/phone_number.h"

namespace phishscan {
namespace {

constexpr int kWeight = 20;
constexpr std::size_t kMaxPhrasesShown = 3;
constexpr std::size_t kPhraseEvidenceBytes = 60;

void AddWording(const ScanContext& ctx, std::string_view category, std::vector<std::string>& found) {
  for (const PhraseHits* hits : {&ctx.subject_hits, &ctx.hits})
    for (std::string_view wording : hits->WordingIn(category)) {
      std::string text = DisplayText(wording, kPhraseEvidenceBytes);
      if (std::find(found.begin(), found.end(), text) == found.end()) found.push_back(std::move(text));
    }
}

// The alert's wording: a problem with the reader's account ("unusual sign-in
// activity"), a disowned action ("if this wasn't you"), money moving on the
// account (a renewal that "failed", a balance "credited with $3,000"), or a
// charge with a number to call about it.
std::vector<std::string> AlertWording(const ScanContext& ctx) {
  std::vector<std::string> found;
  AddWording(ctx, "account_problem", found);
  AddWording(ctx, "unrecognised_action", found);
  AddWording(ctx, "billing_failure", found);
  AddWording(ctx, "account_credited", found);
  const bool callback = ctx.hits.Any("callback") || ctx.subject_hits.Any("callback");
  if (callback && !FindPhoneNumbers(ctx.extraction.text, 1, PhoneFormats::kWithNational).empty())
    AddWording(ctx, "callback", found);
  return found;
}

Signal MakeAlertSignal(const Brand& brand, const Mailbox& from, const std::vector<std::string>& phrases) {
  Signal s = MakeSignal("urgency.impersonated_alert", Sign::kUrgency, kWeight);
  s.evidence.emplace_back("brand", brand.name);
  s.evidence.emplace_back("from", DisplayText(from.address, 120));
  std::vector<std::string> quoted_en, quoted_fr;
  for (std::size_t i = 0; i < phrases.size() && i < kMaxPhrasesShown; ++i) {
    s.evidence.emplace_back("phrase", phrases[i]);
    quoted_en.push_back(QuoteEn(phrases[i]));
    quoted_fr.push_back(QuoteFr(phrases[i]));
  }
  const std::string domain = from.registrable_domain.empty() ? from.address : from.registrable_domain;
  s.explanation_en = "In the name of " + brand.name + ", but from " + domain +
                     ", the message alarms the reader about their account or money moving on it (" + JoinEn(quoted_en) +
                     "). " + brand.name +
                     " sends its security and billing alerts from its own domain; a copy from elsewhere wants "
                     "the reader to click, call or sign in before thinking.";
  s.explanation_fr = "Au nom de " + brand.name + ", mais depuis " + domain +
                     ", le message alarme le lecteur au sujet de son compte ou d'un mouvement d'argent (" +
                     JoinFr(quoted_fr) + "). " + brand.name +
                     " envoie ses alertes de sécurité et de facturation depuis son propre domaine ; une copie "
                     "venue d'ailleurs veut faire cliquer, appeler ou se connecter avant de réfléchir.";
  return s;
}

class ImpersonatedAlertDetector : public Detector {
 public:
  std::string_view name() const override { return "impersonated_alert"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    if (ctx.message.IsListTraffic()) return;
    const Brand* brand = ImpersonatedBrand(ctx);
    if (brand == nullptr) return;
    const std::vector<std::string> phrases = AlertWording(ctx);
    if (phrases.empty()) return;
    out.push_back(MakeAlertSignal(*brand, ctx.message.from, phrases));
  }
};

}  // namespace

std::unique_ptr<Detector> MakeImpersonatedAlertDetector() { return std::make_unique<ImpersonatedAlertDetector>(); }

}  // namespace phishscan
