// sender.reward_name_stranger: a prize or a survey reward announced under a
// sender name that is itself the reward or the raffle ("Auto-Notfallset
// Belohnungen", "Caixa Misteriosa", "AAA Winner", "Mitglieder-Umfrage-Panel",
// "PrizeOpinion") from an address that has nothing to do with that name.
// A loyalty programme, a lottery operator or a research panel writes under
// its own brand from its own domain, signs its mail with that domain, and
// links to its own site: "Lidl Plus Belohnungen" from lidl.de, "Toluna
// Rewards" from toluna.com. The raffle lure borrows whatever mailbox it can
// send from, so the only name it can show is the prize. The prize wording is
// fraud_lure's own signal; this one says who announces it, so it belongs to
// the sender_mismatch sign.
#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/domain.h"
#include "base/text.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/host_labels.h"
#include "detect/make_signal.h"
#include "detect/sender_name_match.h"
#include "detect/sender_relation.h"
#include "detect/sender_site_link.h"
#include "detect/trusted_auth_results.h"

namespace phishscan {

namespace {

constexpr int kWeight = 16;
constexpr std::size_t kMaxNameBytes = 256;
constexpr std::size_t kMaxSignatures = 8;
constexpr std::array<std::string_view, 3> kCategories = {"prize", "giveaway_survey", "gift_claim"};

// Name words that announce a reward, a raffle or a prize panel, folded to
// ASCII as SignificantNameWords folds them ("Prämie" -> "pramie"). Long
// stems count anywhere in a word, so German compounds ("Autonotfallbox-
// Prämie", "Treuebelohnungen") and run-together names ("PrizeOpinion") are
// read; short ones only at its start. "Gift" and "cadeau" are left out:
// gift shops use them as their name.
constexpr std::array<std::string_view, 15> kRewardStemsAnywhere = {
    "reward", "belohnung", "pramie", "praemie", "gewinner", "gewinnspiel", "umfrage", "survey",
    "misteriosa", "mystery", "beloning", "recompens", "ricompens", "sorteio", "verlosung"};
constexpr std::array<std::string_view, 9> kRewardStemsAtStart = {"prize", "winner", "gagnant", "ganador",
                                                                  "vencedor", "winnaar", "vincitor", "panel",
                                                                  "sondage"};

// The first name word that announces a reward, or "".
std::string RewardWord(const std::vector<std::string>& words) {
  for (const std::string& word : words) {
    for (std::string_view stem : kRewardStemsAnywhere)
      if (word.find(stem) != std::string::npos) return word;
    for (std::string_view stem : kRewardStemsAtStart)
      if (std::string_view(word).substr(0, stem.size()) == stem) return word;
  }
  return "";
}

// The first prize, survey-reward or gift wording, subject first.
std::string PrizeWording(const ScanContext& ctx) {
  for (const PhraseHits* hits : {&ctx.subject_hits, &ctx.hits})
    for (std::string_view category : kCategories)
      for (std::string_view wording : hits->WordingIn(category)) return DisplayText(wording, 60);
  return "";
}

std::string LocalPartOf(std::string_view address) {
  const std::size_t at = address.rfind('@');
  return at == std::string_view::npos ? std::string() : std::string(address.substr(0, at));
}

// The d= tag of a DKIM-Signature value, or "".
std::string SigningDomain(std::string_view value) {
  std::size_t pos = 0;
  while (pos < value.size()) {
    std::size_t end = value.find(';', pos);
    if (end == std::string_view::npos) end = value.size();
    const std::string_view tag = value.substr(pos, end - pos);
    const std::size_t eq = tag.find('=');
    if (eq != std::string_view::npos && EqualsIgnoreCase(TrimWhitespace(tag.substr(0, eq)), "d"))
      return std::string(TrimWhitespace(tag.substr(eq + 1)));
    pos = end + 1;
  }
  return "";
}

// Whether the sender's own domain signed the message, and the receiving
// server did not find a DKIM signature broken. Real programmes sign their
// mail (often twice, with their mailing service's domain first, which is why
// the signatures themselves are read); the raffle lures seen do not sign at
// all. A lure could sign with its throwaway domain: that only keeps this
// signal quiet, the wording still speaks.
bool SignedBySender(const Message& m, std::string_view from_domain) {
  if (const AuthResults* ar = TrustedAuthResults(m); ar != nullptr && ResultIs(ar->dkim, "fail")) return false;
  std::size_t seen = 0;
  for (const HeaderField& h : m.headers) {
    if (!EqualsIgnoreCase(h.name, "DKIM-Signature")) continue;
    if (++seen > kMaxSignatures) break;
    const std::string host = HostToAscii(SigningDomain(h.raw));
    if (!host.empty() && RegistrableDomain(host) == from_domain) return true;
  }
  return false;
}


class RewardNameSenderDetector : public Detector {
 public:
  std::string_view name() const override { return "reward_name_sender"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    const Message& m = ctx.message;
    if (m.IsListTraffic()) return;
    const std::string sender_name = SenderNameOf(ctx).substr(0, kMaxNameBytes);
    if (sender_name.empty() || sender_name.find('@') != std::string::npos) return;
    const std::vector<std::string> words = SignificantNameWords(sender_name);
    const std::string reward = RewardWord(words);
    if (reward.empty()) return;
    const std::string wording = PrizeWording(ctx);
    if (wording.empty()) return;
    const std::vector<std::string> labels = ChosenSenderLabels(m.from);
    if (labels.empty() || NameMatchesAddress(words, LocalPartOf(m.from.address), labels)) return;
    const SenderRelation& relation = *ctx.sender_relation;
    if (relation.from_domain().empty() || SignedBySender(m, relation.from_domain())) return;
    if (LinksToSenderSite(ctx, relation)) return;
    out.push_back(MakeRewardSignal(sender_name, m.from.address, reward, wording));
  }

 private:
  static Signal MakeRewardSignal(const std::string& sender_name, const std::string& address,
                                 const std::string& reward, const std::string& wording) {
    Signal s = MakeSignal("sender.reward_name_stranger", Sign::kSenderMismatch, kWeight);
    const std::string name = DisplayText(sender_name, 80);
    const std::string from = DisplayText(address, 120);
    s.evidence.emplace_back("display_name", name);
    s.evidence.emplace_back("word", reward);
    s.evidence.emplace_back("phrase", wording);
    s.evidence.emplace_back("from", from);
    s.explanation_en = "A prize is announced (" + QuoteEn(wording) + ") under a sender name that is the reward itself (" +
                       QuoteEn(name) + "), from an address that has nothing to do with it (" + from +
                       "), unsigned by that domain and without a link to it: a real loyalty programme, lottery or "
                       "survey panel writes under its own name, from and about its own site.";
    s.explanation_fr = "Un gain est annoncé (" + QuoteFr(wording) + ") sous un nom d'expéditeur qui est la récompense "
                       "elle-même (" + QuoteFr(name) + "), depuis une adresse qui n'a rien à voir avec lui (" + from +
                       "), sans signature de ce domaine ni lien vers lui : un vrai programme de fidélité, une vraie "
                       "loterie ou un vrai panel d'enquête écrit sous son propre nom, depuis son propre site et à son "
                       "sujet.";
    return s;
  }
};

}  // namespace

std::unique_ptr<Detector> MakeRewardNameSenderDetector() { return std::make_unique<RewardNameSenderDetector>(); }

}  // namespace phishscan
