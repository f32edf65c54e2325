// sender.coin_name_stranger: mail whose sender name is a cryptocurrency
// itself ("Bitcoin", "Ether", "Commercio di Bitcoin", "Ihre BTC Auszahlung")
// sent from an address that has nothing to do with that name: a free
// webmail box or an unrelated company's server. A coin is nobody's name:
// real senders that write about one sign with their own name (an exchange,
// a magazine) or send from a domain carrying the coin's name
// ("bitcoinmagazine.com"). Giveaways, "payouts ready" and investment pitches
// put the coin where the reader looks first and send from whatever mailbox
// they can use, often with the lure in a picture or a PDF so that no text
// is left to read. The name claims no catalogued brand (that is
// sender.brand_domain_mismatch's case), so this belongs to the
// sender_mismatch sign. Mailing lists ("via bitcoin-dev"), a catalogued
// brand's own domain (an exchange's "Bitcoin alerts") and a sender whose
// links lead to its own site (a conference, a meetup) stay silent.
#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/text.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/host_labels.h"
#include "detect/make_signal.h"
#include "detect/sender_name_match.h"
#include "detect/sender_relation.h"
#include "detect/sender_site_link.h"

namespace phishscan {
namespace {

constexpr int kWeight = 18;
constexpr std::size_t kMaxNameBytes = 256;

// Coins written as a sender's name word. Short tickers that are also
// ordinary words or institutions ("eth" for ETH Zürich, "sol", "ada") and
// names that are also surnames ("Solana") are left out.
constexpr std::string_view kCoinWords[] = {"bitcoin", "bitcoins", "btc",     "ethereum", "ether",
                                           "tether",  "usdt",     "dogecoin", "litecoin", "xrp"};

std::string CoinInName(const std::vector<std::string>& words) {
  for (const std::string& w : words)
    if (std::find(std::begin(kCoinWords), std::end(kCoinWords), w) != std::end(kCoinWords)) return w;
  return "";
}

// The name names a catalogued brand: the brand detectors judge it.
bool NameClaimsBrand(const ScanContext& ctx) {
  return std::any_of(ctx.brand_claims.begin(), ctx.brand_claims.end(),
                     [](const ScanContext::BrandClaim& c) { return c.where == "display name"; });
}


Signal MakeCoinSignal(const std::string& sender_name, const std::string& coin, const std::string& address,
                      bool freemail) {
  Signal s = MakeSignal("sender.coin_name_stranger", Sign::kSenderMismatch, kWeight);
  const std::string name = DisplayText(sender_name, 80);
  const std::string from = DisplayText(address, 120);
  s.evidence.emplace_back("display_name", name);
  s.evidence.emplace_back("coin", coin);
  s.evidence.emplace_back("from", from);
  const std::string what_en = freemail ? "a free webmail address" : "an address that does not carry that name";
  const std::string what_fr = freemail ? "une adresse de messagerie gratuite" : "une adresse qui ne porte pas ce nom";
  s.explanation_en = "The sender calls itself after a cryptocurrency (" + QuoteEn(name) + ") but writes from " +
                     what_en + " (" + from + "). A coin is nobody's name: crypto giveaways, \"payouts\" and "
                     "investment pitches use it to look official; real exchanges and news sites sign with their "
                     "own name and domain.";
  s.explanation_fr = "L'expéditeur porte le nom d'une cryptomonnaie (" + QuoteFr(name) + ") mais écrit depuis " +
                     what_fr + " (" + from + "). Une cryptomonnaie n'est le nom de personne : les faux cadeaux, "
                     "« versements » et placements en cryptomonnaie s'en servent pour paraître officiels ; les "
                     "vraies plateformes et les sites d'information signent de leur propre nom et domaine.";
  return s;
}

class CoinNameSenderDetector : public Detector {
 public:
  std::string_view name() const override { return "coin_name_sender"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    const Message& m = ctx.message;
    if (m.IsListTraffic() || m.from.registrable_domain.empty()) return;
    const std::string sender_name = SenderNameOf(ctx).substr(0, kMaxNameBytes);
    if (sender_name.empty() || sender_name.find('@') != std::string::npos) return;
    const std::vector<std::string> words = SignificantNameWords(sender_name);
    const std::string coin = CoinInName(words);
    if (coin.empty() || NameClaimsBrand(ctx)) return;
    const bool freemail = ctx.knowledge.IsFreemail(m.from.registrable_domain);
    if (!freemail) {
      // An exchange's or bank's own domain speaks for the coins it trades.
      if (ctx.knowledge.brands().BrandOfDomain(m.from.registrable_domain) != nullptr) return;
      const std::vector<std::string> labels = ChosenSenderLabels(m.from);
      if (labels.empty() || NameMatchesAddress(words, "", labels)) return;
      if (LinksToSenderSite(ctx, *ctx.sender_relation)) return;
    }
    out.push_back(MakeCoinSignal(sender_name, coin, m.from.address, freemail));
  }
};

}  // namespace

std::unique_ptr<Detector> MakeCoinNameSenderDetector() { return std::make_unique<CoinNameSenderDetector>(); }

}  // namespace phishscan
