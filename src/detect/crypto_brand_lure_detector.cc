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
// The same lure wears non-crypto brands too: "$DISNEY Coin", an "Adidas
// coin" customers earn. Such brands issue no coins, so a brand coin in mail
// speaking as the brand is the lure itself when it comes from elsewhere or
// its button leads off the brand's sites (a hijacked sending account).
// When the impersonating mail has no text at all, only a picture with a
// link ("The accelerator program" in an exchange's name), the action is in
// the picture where filters cannot read it: the same lure, told silently.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "base/text.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/brand_ticker.h"
#include "detect/call_to_action.h"
#include "detect/disguised_sender_brand.h"
#include "detect/filler_tokens.h"
#include "detect/part_words.h"
#include "detect/make_signal.h"
#include "detect/redirect_resolver.h"
#include "detect/sender_relation.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxPhrasesShown = 3;
constexpr std::size_t kPhraseEvidenceBytes = 60;
constexpr int kOneAction = 22;
constexpr int kSeveralActions = 28;
constexpr std::size_t kMaxLinksInspected = 200;
// Fewer distinct readable words than this and the body says nothing.
constexpr std::size_t kSilentBodyWords = 5;

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
  const bool authenticated = ctx.sender_relation->from_authenticated();
  for (const ScanContext::BrandClaim& claim : ctx.brand_claims) {
    if (!claim.brand || claim.brand->category != "crypto" || !SpeaksAsBrand(claim, authenticated)) continue;
    if (!catalog.IsOfficialDomain(*claim.brand, from_domain)) return claim.brand;
  }
  // "Iedger", "Electrum_Extension": a name disguised so that filters miss it
  // is not among the claims, yet it is who the sender speaks as.
  const DisguisedBrand& disguised = DisguisedSenderBrandOf(ctx);
  if (disguised.brand != nullptr && disguised.brand->category == "crypto" &&
      !catalog.IsOfficialDomain(*disguised.brand, from_domain))
    return disguised.brand;
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

// Whether the reader has (almost) nothing to read: no words at all, or an
// HTML version that is pictures only, whatever its plain-text fallback says
// ("This is an HTML-only message": mail clients show the HTML).
bool BodyIsSilent(const ScanContext& ctx) {
  if (CountReadableWords(ctx.extraction.text, kSilentBodyWords) < kSilentBodyWords) return true;
  if (ctx.extraction.images.empty()) return false;
  bool html = false;
  std::size_t words = 0;
  const std::vector<TextPart>& parts = ctx.message.text_parts;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (!parts[i].is_html) continue;
    html = true;
    words += DistinctWordsIn(PartWordsText(ctx, i), 2, kSilentBodyWords).size();
    if (words >= kSilentBodyWords) return false;
  }
  return html;
}

// A silent body and a web link outside the brand's domains: the picture
// carries the lure, the link takes the reader. Returns that link's domain,
// or "" when the mail is not so.
std::string SilentBodyLink(const ScanContext& ctx, const Brand& brand) {
  if (!BodyIsSilent(ctx)) return "";
  std::size_t inspected = 0;
  for (const Link& link : ctx.extraction.links) {
    if (++inspected > kMaxLinksInspected) break;
    if (link.url.scheme != "http" && link.url.scheme != "https") continue;
    if (link.origin == LinkOrigin::kAttachment) continue;
    const std::string& domain = link.url.registrable_domain;
    if (!domain.empty() && !ctx.knowledge.brands().IsOfficialDomain(brand, domain)) return domain;
  }
  return "";
}

Signal MakeSilentSignal(const Brand& brand, const Mailbox& from, const std::string& link_domain) {
  Signal s = MakeSignal("scam.crypto_brand_lure", Sign::kFraudLure, kOneAction);
  s.evidence.emplace_back("brand", brand.name);
  s.evidence.emplace_back("from", DisplayText(from.address, 120));
  s.evidence.emplace_back("text", "none: a picture or a bare link");
  s.evidence.emplace_back("link domain", link_domain);
  const std::string domain = from.registrable_domain.empty() ? from.address : from.registrable_domain;
  s.explanation_en = "In the name of " + brand.name + ", but from " + domain +
                     ", the message has no text to read, only a picture or a link leading to " + link_domain +
                     ". A crypto lure told in a picture hides its words from filters; " + brand.name +
                     " writes from its own domain and says in words what it wants.";
  s.explanation_fr = "Au nom de " + brand.name + ", mais depuis " + domain +
                     ", le message n'a aucun texte à lire, seulement une image ou un lien qui mène à " +
                     link_domain + ". Un appât en cryptomonnaie raconté dans une image cache ses mots aux "
                     "filtres ; " + brand.name + " écrit depuis son propre domaine et dit en toutes lettres ce "
                     "qu'il demande.";
  return s;
}

// Whether the message speaks as `brand`: from one of its domains, or in its
// name where a sender speaks.
bool SpeaksAs(const ScanContext& ctx, const Brand& brand) {
  if (ctx.knowledge.brands().IsOfficialDomain(brand, ctx.message.from.registrable_domain)) return true;
  const bool authenticated = ctx.sender_relation->from_authenticated();
  for (const ScanContext::BrandClaim& claim : ctx.brand_claims)
    if (claim.brand == &brand && SpeaksAsBrand(claim, authenticated)) return true;
  return false;
}

// The first call to action leading to a domain that is neither the brand's,
// the sender's, nor any catalogued brand's ("follow us" icons), wrappers
// undone; empty when none does.
std::string OffBrandAction(const ScanContext& ctx, const Brand& brand) {
  const SenderRelation& relation = *ctx.sender_relation;
  const BrandCatalog& catalog = ctx.knowledge.brands();
  std::size_t inspected = 0;
  for (const Link& link : ctx.extraction.links) {
    if (++inspected > kMaxLinksInspected) break;
    if (link.url.scheme != "http" && link.url.scheme != "https") continue;
    const ResolvedUrl resolved = ResolveRedirects(link.url, ctx.knowledge.redirectors());
    const std::string& domain = resolved.target.registrable_domain;
    if (resolved.opaque_redirect || domain.empty() || catalog.IsOfficialDomain(brand, domain)) continue;
    if (relation.IsRelated(domain) || catalog.BrandOfDomain(domain) != nullptr) continue;
    // The message speaks as the brand and this link is not the brand's: a
    // short button ("Start Earning") is then a call to act for it.
    if (!IsCallToAction(link, ctx.knowledge.phrases(), true)) continue;
    return domain;
  }
  return "";
}

struct CoinLure {
  BrandTicker ticker;
  std::string destination;  // the off-brand call to action, if any
};

// A coin named after a brand the message speaks as, sent from outside the
// brand or asking the reader off its sites. A domain of another catalogued
// brand writing about it (a news or exchange mail) is not impersonation.
std::optional<CoinLure> FindCoinLure(const ScanContext& ctx) {
  // Without a brand named or sending, no coin can be spoken for: skip the text walk.
  const BrandCatalog& catalog = ctx.knowledge.brands();
  const std::string& from_domain = ctx.message.from.registrable_domain;
  if (ctx.brand_claims.empty() && catalog.BrandOfDomain(from_domain) == nullptr) return std::nullopt;
  std::optional<BrandTicker> ticker = FindBrandTicker(ctx.message.subject, catalog);
  if (!ticker) ticker = FindBrandTicker(ctx.extraction.text, catalog);
  if (!ticker || !SpeaksAs(ctx, *ticker->brand)) return std::nullopt;
  const bool own_domain = catalog.IsOfficialDomain(*ticker->brand, from_domain);
  if (!own_domain && !from_domain.empty() && catalog.BrandOfDomain(from_domain) != nullptr) return std::nullopt;
  std::string destination = OffBrandAction(ctx, *ticker->brand);
  if (own_domain && destination.empty()) return std::nullopt;
  return CoinLure{std::move(*ticker), std::move(destination)};
}

Signal MakeCoinSignal(const CoinLure& lure, const Mailbox& from, const std::vector<std::string>& phrases) {
  const std::string& brand = lure.ticker.brand->name;
  Signal s = MakeSignal("scam.crypto_brand_lure", Sign::kFraudLure, phrases.empty() ? kOneAction : kSeveralActions);
  s.evidence.emplace_back("brand", brand);
  s.evidence.emplace_back("brand coin", DisplayText(lure.ticker.written, kPhraseEvidenceBytes));
  s.evidence.emplace_back("from", DisplayText(from.address, 120));
  if (!lure.destination.empty()) s.evidence.emplace_back("call to action leads to", lure.destination);
  for (std::size_t i = 0; i < phrases.size() && i < kMaxPhrasesShown; ++i)
    s.evidence.emplace_back("phrase", phrases[i]);
  const std::string coin = lure.ticker.written;
  const std::string where_en = lure.destination.empty() ? "" : ", and its button leads to " + lure.destination;
  const std::string where_fr = lure.destination.empty() ? "" : ", et son bouton mène à " + lure.destination;
  s.explanation_en = "The message offers a coin in the name of " + brand + " (" + QuoteEn(coin) + ")" + where_en +
                     ". " + brand + " issues no such coin: fake brand-token launches lead to a claim page that "
                     "asks to connect a wallet, then empties it.";
  s.explanation_fr = "Le message propose une cryptomonnaie au nom de " + brand + " (" + QuoteFr(coin) + ")" +
                     where_fr + ". " + brand + " n'émet pas une telle monnaie : ces faux lancements de jetons "
                     "mènent à une page de réclamation qui demande de connecter un portefeuille, puis le vide.";
  return s;
}

class CryptoBrandLureDetector : public Detector {
 public:
  std::string_view name() const override { return "crypto_brand_lure"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    if (ctx.message.IsListTraffic()) return;
    if (const Brand* brand = ImpersonatedCryptoBrand(ctx); brand != nullptr) {
      const std::vector<std::string> phrases = ActionPhrases(ctx);
      if (!phrases.empty()) {
        out.push_back(MakeLureSignal(*brand, ctx.message.from, phrases));
        return;
      }
      if (const std::string link = SilentBodyLink(ctx, *brand); !link.empty()) {
        out.push_back(MakeSilentSignal(*brand, ctx.message.from, link));
        return;
      }
    }
    if (std::optional<CoinLure> lure = FindCoinLure(ctx))
      out.push_back(MakeCoinSignal(*lure, ctx.message.from, ActionPhrases(ctx)));
  }
};

}  // namespace

std::unique_ptr<Detector> MakeCryptoBrandLureDetector() { return std::make_unique<CryptoBrandLureDetector>(); }

}  // namespace phishscan
