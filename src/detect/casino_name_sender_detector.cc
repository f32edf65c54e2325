// sender.casino_name_stranger: a casino bonus mailed under a casino's name
// ("AvoCasino", "Titan Spins", "Casino for you") from an address that has
// nothing to do with that name, with the offer on a third site. A licensed
// casino writes under its brand from its own domain (or its mailing
// service's subdomain of it) and sends players to its own site; a lure
// borrows whatever mailbox it can send from and links to a page that
// belongs to neither the name nor the sender. The bonus wording is
// scam.gambling_bonus's; this signal is about who sends it, so it belongs to
// the sender_mismatch sign.
#include <array>
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

namespace phishscan {
namespace {

constexpr std::string_view kCategory = "gambling_bonus";
constexpr std::size_t kMaxNameBytes = 256;
constexpr std::size_t kMaxLinksChecked = 200;

// Parts of a name word that make it a gambling operator's name, in the
// languages supported; a part, because operators write their names as one
// word ("AvoCasino", "TitanSpins").
constexpr std::array<std::string_view, 10> kGamblingNameParts = {
    "casino", "kasino", "cassino", "spins", "slots", "jackpot", "roulette", "blackjack", "freispiele",
    "tiradas"};

std::string_view LocalPartOf(std::string_view address) {
  const std::size_t at = address.rfind('@');
  return at == std::string_view::npos ? std::string_view() : address.substr(0, at);
}

// The first name word that holds a gambling part, or "".
std::string GamblingWordIn(const std::vector<std::string>& words) {
  for (const std::string& word : words) {
    for (std::string_view part : kGamblingNameParts) {
      if (word.find(part) != std::string::npos) return word;
    }
  }
  return "";
}

// The chosen labels of a link's host, lower case ("go.titanspins.example" ->
// {"go", "titanspins"}).
std::vector<std::string> ChosenLabelsOf(const Url& url) {
  std::vector<std::string> labels;
  for (std::string_view label : SplitLabels(ChosenPart(url))) labels.emplace_back(label);
  return labels;
}

// The name words that name this operator rather than its trade: "titan" of
// "Titan Spins", "avocasino" of "AvoCasino", not "casino" or "spins", which
// any lure's landing host may also spell.
std::vector<std::string> OperatorWords(const std::vector<std::string>& words) {
  std::vector<std::string> out;
  for (const std::string& word : words) {
    bool trade = false;
    for (std::string_view part : kGamblingNameParts) trade |= word == part;
    if (!trade) out.push_back(word);
  }
  return out;
}

// The first web link to a site that is neither the sender's, nor related to
// it, nor named like the operator, nor a footer site; nullptr when none.
const Link* ThirdSiteLink(const ScanContext& ctx, const std::vector<std::string>& words) {
  const SenderRelation relation(ctx);
  std::size_t checked = 0;
  for (const Link& link : ctx.extraction.links) {
    if (++checked > kMaxLinksChecked) break;
    const Url& url = link.url;
    if (url.scheme != "http" && url.scheme != "https") continue;
    if (url.registrable_domain.empty() || relation.IsRelated(url.registrable_domain)) continue;
    if (ctx.knowledge.IsFooterSite(url.host)) continue;
    if (!words.empty() && NameMatchesAddress(words, "", ChosenLabelsOf(url))) continue;
    return &link;
  }
  return nullptr;
}

Signal MakeCasinoSignal(const std::string& sender_name, const std::string& address, const Url& link) {
  Signal s = MakeSignal("sender.casino_name_stranger", Sign::kSenderMismatch, 16);
  const std::string name = DisplayText(sender_name, 80);
  const std::string from = DisplayText(address, 120);
  const std::string site = DisplayText(link.registrable_domain, 120);
  s.evidence.emplace_back("display_name", name);
  s.evidence.emplace_back("from", from);
  s.evidence.emplace_back("link domain", site);
  s.explanation_en = "The sender's name presents a casino (" + QuoteEn(name) + "), but the address (" + from +
                     ") has nothing to do with it and the offer links to yet another site (" + site +
                     "): a real casino writes from its own domain and sends players to its own site.";
  s.explanation_fr = "Le nom de l'expéditeur présente un casino (" + QuoteFr(name) + "), mais l'adresse (" + from +
                     ") n'a rien à voir avec lui et l'offre renvoie vers encore un autre site (" + site +
                     ") : un vrai casino écrit depuis son propre domaine et envoie ses joueurs sur son propre site.";
  return s;
}

class CasinoNameSenderDetector : public Detector {
 public:
  std::string_view name() const override { return "casino_name_sender"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    if (!ctx.hits.Any(kCategory) && !ctx.subject_hits.Any(kCategory)) return;
    const Message& m = ctx.message;
    const std::string sender_name = SenderNameOf(m).substr(0, kMaxNameBytes);
    if (sender_name.empty() || sender_name.find('@') != std::string::npos) return;
    const std::vector<std::string> words = SignificantNameWords(sender_name);
    if (GamblingWordIn(words).empty()) return;
    const std::vector<std::string> labels = ChosenSenderLabels(m.from);
    if (labels.empty()) return;
    if (NameMatchesAddress(words, LocalPartOf(m.from.address), labels)) return;
    const Link* link = ThirdSiteLink(ctx, OperatorWords(words));
    if (link == nullptr) return;
    out.push_back(MakeCasinoSignal(sender_name, m.from.address, link->url));
  }
};

}  // namespace

std::unique_ptr<Detector> MakeCasinoNameSenderDetector() { return std::make_unique<CasinoNameSenderDetector>(); }

}  // namespace phishscan
