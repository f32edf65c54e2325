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

// In a mailbox name the shorter list: "timeslots@" or "roulette-team@" of a
// garage or a bike club are not casinos.
constexpr std::array<std::string_view, 5> kGamblingMailboxParts = {"casino", "kasino", "cassino", "spins",
                                                                   "jackpot"};

std::string_view LocalPartOf(std::string_view address) {
  const std::size_t at = address.rfind('@');
  return at == std::string_view::npos ? std::string_view() : address.substr(0, at);
}

// The first word that holds one of `parts`, or "".
template <std::size_t N>
std::string GamblingWordIn(const std::vector<std::string>& words, const std::array<std::string_view, N>& parts) {
  for (const std::string& word : words) {
    for (std::string_view part : parts) {
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
  const SenderRelation& relation = *ctx.sender_relation;
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

Signal MakeCasinoSignal(const std::string& casino_name, bool in_name, const std::string& address, const Url& link) {
  Signal s = MakeSignal("sender.casino_name_stranger", Sign::kSenderMismatch, 16);
  const std::string name = DisplayText(casino_name, 80);
  const std::string from = DisplayText(address, 120);
  const std::string site = DisplayText(link.registrable_domain, 120);
  s.evidence.emplace_back(in_name ? "display_name" : "local part", name);
  s.evidence.emplace_back("from", from);
  s.evidence.emplace_back("link domain", site);
  const std::string where_en = in_name ? "The sender's name" : "The sender's mailbox name";
  const std::string where_fr = in_name ? "Le nom de l'expéditeur" : "Le nom de la boîte de l'expéditeur";
  s.explanation_en = where_en + " presents a casino (" + QuoteEn(name) + "), but the address (" + from +
                     ") has nothing to do with it and the offer links to yet another site (" + site +
                     "): a real casino writes from its own domain and sends players to its own site.";
  s.explanation_fr = where_fr + " présente un casino (" + QuoteFr(name) + "), mais l'adresse (" + from +
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
    const std::vector<std::string> labels = ChosenSenderLabels(m.from);
    if (labels.empty()) return;
    const std::string_view local = LocalPartOf(m.from.address);
    std::string sender_name = SenderNameOf(ctx).substr(0, kMaxNameBytes);
    if (sender_name.find('@') != std::string::npos) sender_name.clear();
    std::vector<std::string> words = SignificantNameWords(sender_name);
    const bool in_name = !GamblingWordIn(words, kGamblingNameParts).empty();
    if (in_name && NameMatchesAddress(words, local, labels)) return;
    if (!in_name) {
      // "Shazam deal <tspinsino@...>": the mailbox, not the name, is the
      // casino's, on a domain that is not. "Unibet <casino@news.unibet...>"
      // is the operator signing from its own domain.
      if (!words.empty() && NameMatchesAddress(words, local, labels)) return;
      words = SignificantNameWords(local.substr(0, kMaxNameBytes));
      if (GamblingWordIn(words, kGamblingMailboxParts).empty() || NameMatchesAddress(words, "", labels)) return;
    }
    const Link* link = ThirdSiteLink(ctx, OperatorWords(words));
    if (link == nullptr) return;
    out.push_back(MakeCasinoSignal(in_name ? sender_name : std::string(local), in_name, m.from.address, link->url));
  }
};

}  // namespace

std::unique_ptr<Detector> MakeCasinoNameSenderDetector() { return std::make_unique<CasinoNameSenderDetector>(); }

}  // namespace phishscan
