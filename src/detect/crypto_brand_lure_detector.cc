// scam.crypto_brand_lure: a wallet maker's or exchange's name on mail from a
// domain that is not the brand's, asking the reader to do something with
// their holdings: update the device's firmware after a "security incident",
// scan the wallet, install a "wallet extension", claim rewards or a loot
// box, withdraw funds "now available", migrate assets. The name in the
// sender is sender.brand_domain_mismatch's; what this adds is the content
// sign: the action asked is how such lures take the recovery phrase or the
// wallet's approval. A real notice from the brand's own domain (a firmware
// release, a staking statement) never fires, nor does a newsletter whose
// sender name is its own and that only names the brand in its stories.
#include <algorithm>
#include <string>
#include <vector>

#include "base/text.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/make_signal.h"
#include "detect/sender_relation.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxPhrasesShown = 3;
constexpr std::size_t kPhraseEvidenceBytes = 60;
constexpr int kOneAction = 22;
constexpr int kSeveralActions = 28;

// Where a mention speaks as the brand: its name as the sender or its
// copyright line. In the subject too when the From domain is not
// authenticated: an authenticated news site may title a story with the
// brand's name ("Ledger ships a firmware fix").
bool SpeaksAsBrand(const ScanContext::BrandClaim& claim, bool from_authenticated) {
  if (claim.where == "display name" || claim.where == "copyright line") return true;
  return claim.where == "subject" && !from_authenticated;
}

// A crypto brand the message speaks as while the From domain is none of its
// domains, nor any catalogued brand's (an exchange's own mail naming a
// wallet it supports is not an impersonation).
const Brand* ImpersonatedCryptoBrand(const ScanContext& ctx) {
  const BrandCatalog& catalog = ctx.knowledge.brands();
  const std::string& from_domain = ctx.message.from.registrable_domain;
  if (!from_domain.empty() && catalog.BrandOfDomain(from_domain) != nullptr) return nullptr;
  const bool authenticated = SenderRelation(ctx).from_authenticated();
  for (const ScanContext::BrandClaim& claim : ctx.brand_claims) {
    if (!claim.brand || claim.brand->category != "crypto" || !SpeaksAsBrand(claim, authenticated)) continue;
    if (!catalog.IsOfficialDomain(*claim.brand, from_domain)) return claim.brand;
  }
  return nullptr;
}

// Distinct wallet actions and crypto claims, subject first.
std::vector<std::string> ActionPhrases(const ScanContext& ctx) {
  std::vector<std::string> found;
  for (std::string_view category : {"wallet_lure", "airdrop"})
    for (const PhraseHits* hits : {&ctx.subject_hits, &ctx.hits})
      for (std::string_view wording : hits->WordingIn(category)) {
        std::string text = DisplayText(wording, kPhraseEvidenceBytes);
        if (std::find(found.begin(), found.end(), text) == found.end()) found.push_back(std::move(text));
      }
  return found;
}

Signal MakeLureSignal(const Brand& brand, const Mailbox& from, const std::vector<std::string>& phrases) {
  Signal s = MakeSignal("scam.crypto_brand_lure", Sign::kFraudLure,
                        phrases.size() >= 2 ? kSeveralActions : kOneAction);
  s.evidence.emplace_back("brand", brand.name);
  s.evidence.emplace_back("from", DisplayText(from.address, 120));
  std::vector<std::string> quoted_en, quoted_fr;
  for (std::size_t i = 0; i < phrases.size() && i < kMaxPhrasesShown; ++i) {
    s.evidence.emplace_back("phrase", phrases[i]);
    quoted_en.push_back(QuoteEn(phrases[i]));
    quoted_fr.push_back(QuoteFr(phrases[i]));
  }
  const std::string domain = from.registrable_domain.empty() ? from.address : from.registrable_domain;
  s.explanation_en = "In the name of " + brand.name + ", but from " + domain + ", the message asks the reader to act " +
                     "on their crypto holdings (" + JoinEn(quoted_en) + "). " + brand.name +
                     " writes from its own domain; such lures lead to a fake update, scan or claim page that takes "
                     "the recovery phrase or the wallet's approval and empties it.";
  s.explanation_fr = "Au nom de " + brand.name + ", mais depuis " + domain +
                     ", le message demande d'agir sur ses cryptomonnaies (" + JoinFr(quoted_fr) + "). " + brand.name +
                     " écrit depuis son propre domaine ; ces appâts mènent à une fausse mise à jour, une fausse "
                     "analyse ou une fausse page de réclamation qui prend la phrase de récupération ou l'autorisation "
                     "du portefeuille, puis le vide.";
  return s;
}

class CryptoBrandLureDetector : public Detector {
 public:
  std::string_view name() const override { return "crypto_brand_lure"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    if (ctx.message.IsListTraffic()) return;
    const Brand* brand = ImpersonatedCryptoBrand(ctx);
    if (brand == nullptr) return;
    const std::vector<std::string> phrases = ActionPhrases(ctx);
    if (phrases.empty()) return;
    out.push_back(MakeLureSignal(*brand, ctx.message.from, phrases));
  }
};

}  // namespace

std::unique_ptr<Detector> MakeCryptoBrandLureDetector() { return std::make_unique<CryptoBrandLureDetector>(); }

}  // namespace phishscan
