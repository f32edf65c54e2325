// sender.crypto_reward_stranger: free tokens, airdrops and "rewards ready to
// claim" in the name of a crypto project, sent from an address that is not
// the project's. A real exchange or project writes its staking statements and
// token news from a domain bearing its name ("Kraken" from kraken.com); the
// drainer lures borrow the name and send from a look-alike ("Scroll" from
// scrol.io) or from whatever server they took over. The airdrop wording
// alone is scam.airdrop's; this signal adds who sends it, so it belongs to
// the sender_mismatch sign.
#include <algorithm>
#include <string>
#include <vector>

#include "base/text.h"
#include "detect/detector.h"
#include "detect/edit_distance.h"
#include "detect/explanation_text.h"
#include "detect/host_labels.h"
#include "detect/make_signal.h"
#include "detect/sender_name_match.h"
#include "detect/sender_name_words.h"

namespace phishscan {
namespace {

constexpr std::size_t kMinLookalikeWord = 4;
constexpr std::size_t kMaxNameBytes = 256;

std::string_view LocalPartOf(std::string_view address) {
  const std::size_t at = address.rfind('@');
  return at == std::string_view::npos ? std::string_view() : address.substr(0, at);
}

// A name word one edit from a label of the address: "scroll" and "scrol".
std::string LookalikeLabel(const std::vector<std::string>& words, const std::vector<std::string>& labels) {
  for (const std::string& w : words) {
    if (w.size() < kMinLookalikeWord) continue;
    for (const std::string& l : labels)
      if (l != w && BoundedEditDistance(w, l, 1) == 1) return l;
  }
  return "";
}

// Brands whose own domain speaks for crypto products of any name: exchanges,
// banks and payment services offer staking and tokens under product names
// ("Earn", "Vault"). Another catalogued domain (a supermarket, a carrier)
// speaks only for what the sender name says is its own: "Blockchain
// Rectification" from a supermarket's domain is a stranger using a server
// that signs for it.
bool SpeaksForItsProducts(const Brand& owner, std::string_view sender_name) {
  if (owner.category == "crypto" || owner.category == "bank" || owner.category == "payment") return true;
  const std::string name = NormalizeText(sender_name);
  for (const std::string& keyword : owner.keywords)
    if (!keyword.empty() && name.find(keyword) != std::string::npos) return true;
  return false;
}

std::vector<std::string> ClaimPhrases(const ScanContext& ctx) {
  std::vector<std::string> found;
  for (const PhraseHits* hits : {&ctx.subject_hits, &ctx.hits})
    for (std::string_view wording : hits->WordingIn("airdrop")) {
      std::string text = DisplayText(wording, 60);
      if (std::find(found.begin(), found.end(), text) == found.end()) found.push_back(std::move(text));
    }
  return found;
}

class CryptoRewardSenderDetector : public Detector {
 public:
  std::string_view name() const override { return "crypto_reward_sender"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    const Message& m = ctx.message;
    if (!ctx.hits.Any("airdrop") && !ctx.subject_hits.Any("airdrop")) return;
    if (m.IsListTraffic()) return;
    const std::string sender_name = SenderNameOf(ctx).substr(0, kMaxNameBytes);
    if (sender_name.empty() || sender_name.find('@') != std::string::npos) return;
    const std::vector<std::string> distinctive = DistinctiveNameWords(sender_name);
    if (distinctive.empty()) return;
    if (const Brand* owner = ctx.knowledge.brands().BrandOfDomain(m.from.registrable_domain);
        owner != nullptr && SpeaksForItsProducts(*owner, sender_name))
      return;
    const std::vector<std::string> labels = ChosenSenderLabels(m.from);
    if (labels.empty()) return;
    const std::string lookalike = LookalikeLabel(distinctive, labels);
    if (lookalike.empty() && NameMatchesAddress(SignificantNameWords(sender_name), LocalPartOf(m.from.address), labels))
      return;
    out.push_back(MakeRewardSignal(sender_name, m.from.address, lookalike, ClaimPhrases(ctx)));
  }

 private:
  static Signal MakeRewardSignal(const std::string& sender_name, const std::string& address,
                                 const std::string& lookalike, const std::vector<std::string>& phrases) {
    Signal s = MakeSignal("sender.crypto_reward_stranger", Sign::kSenderMismatch, lookalike.empty() ? 16 : 22);
    const std::string name = DisplayText(sender_name, 80);
    s.evidence.emplace_back("display_name", name);
    s.evidence.emplace_back("from", DisplayText(address, 120));
    if (!lookalike.empty()) s.evidence.emplace_back("look-alike label", lookalike);
    std::vector<std::string> quoted_en, quoted_fr;
    for (std::size_t i = 0; i < phrases.size() && i < 3; ++i) {
      s.evidence.emplace_back("phrase", phrases[i]);
      quoted_en.push_back(QuoteEn(phrases[i]));
      quoted_fr.push_back(QuoteFr(phrases[i]));
    }
    const std::string how_en = lookalike.empty() ? "from an address that does not carry that name"
                                                 : "from a look-alike of that name (" + lookalike + ")";
    const std::string how_fr = lookalike.empty() ? "depuis une adresse qui ne porte pas ce nom"
                                                 : "depuis une imitation de ce nom (" + lookalike + ")";
    s.explanation_en = "Crypto rewards to claim (" + JoinEn(quoted_en) + ") are offered in the name of " +
                       QuoteEn(name) + " " + how_en + " (" + DisplayText(address, 120) +
                       "): a real project or exchange writes from its own domain; claim pages of such lures "
                       "ask to connect a wallet and empty it.";
    s.explanation_fr = "Des récompenses en cryptomonnaie à réclamer (" + JoinFr(quoted_fr) +
                       ") sont proposées au nom de " + QuoteFr(name) + " " + how_fr + " (" +
                       DisplayText(address, 120) +
                       ") : un vrai projet ou une vraie plateforme écrit depuis son propre domaine ; les pages de "
                       "réclamation de ces appâts demandent de connecter un portefeuille, puis le vident.";
    return s;
  }
};

}  // namespace

std::unique_ptr<Detector> MakeCryptoRewardSenderDetector() { return std::make_unique<CryptoRewardSenderDetector>(); }

}  // namespace phishscan
