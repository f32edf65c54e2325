// links.chat_handoff: money offered by mail, to be collected in a private
// chat. Crypto "earning" invitations, token rewards, payouts waiting for the
// reader and prize notices send the reader to a Telegram or WhatsApp
// contact ("reach us via Telegram: t.me/+...", "write to our manager on
// WhatsApp +44 ...") instead of a site of the sender's own: in the chat the
// "manager" asks for a deposit, a fee or a wallet, out of sight of any
// filter or brand. A friend's group invitation names no money to collect,
// and a real exchange, lottery or community newsletter links its own site
// beside its Telegram channel; so the signal needs the money wording, a
// chat invitation, and no link to the sender's own domain. A shop's contest
// newsletter with a WhatsApp button sent through a click tracker links no
// own domain either: prize and casino wording count only when the chat is
// the only place the message leads. It is of the
// deceptive_link sign: the offer's wording is the fraud_lure sign's, where
// it leads the reader is this one's.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "base/text.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/make_signal.h"
#include "detect/phone_number.h"
#include "detect/sender_relation.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxLinksChecked = 64;
constexpr std::size_t kMaxPhrasesShown = 3;
constexpr std::size_t kEvidenceBytes = 80;
// Bytes after "whatsapp" or "telegram" in which a number counts as its
// contact ("WhatsApp: +44 7700 900123"), and how many mentions are looked at.
constexpr std::size_t kMessengerWindow = 60;
constexpr std::size_t kMaxMessengerMentions = 8;
// The chat is the only place the message sends the reader: every web link
// is a chat invitation (or there is none but the chat number).
constexpr int kOnlyWayWeight = 25;
constexpr int kWeight = 20;

// Wording of money to collect or earn: crypto earnings and token rewards,
// payouts waiting for the reader, prizes, casino bonuses. Plain crypto words
// are not among them: friends and communities discuss coins in chats.
struct MoneyCategory {
  std::string_view name;
  // Shops run contests and casinos bonuses in newsletters that also give a
  // WhatsApp contact: such wording counts only when the chat is the only
  // place the message leads.
  bool also_retail;
};
constexpr MoneyCategory kMoneyCategories[] = {{"airdrop", false},       {"investment", false},
                                              {"unclaimed_funds", false}, {"advance_fee", false},
                                              {"prize", true},            {"gambling_bonus", true}};

struct MoneyWording {
  std::vector<std::string> phrases;
  bool retail_only = true;  // every phrase is of a category shops use too
};

MoneyWording MoneyPhrases(const ScanContext& ctx) {
  MoneyWording out;
  for (const MoneyCategory& category : kMoneyCategories) {
    for (const PhraseHits* hits : {&ctx.subject_hits, &ctx.hits}) {
      for (std::string_view wording : hits->WordingIn(category.name)) {
        if (!category.also_retail) out.retail_only = false;
        std::string text = DisplayText(wording, 60);
        if (std::find(out.phrases.begin(), out.phrases.end(), text) == out.phrases.end())
          out.phrases.push_back(std::move(text));
      }
    }
  }
  return out;
}

struct Handoff {
  std::string chat;          // the invitation link or the messenger number, for evidence
  bool own_site = false;     // a web link to the sender's own domain
  bool other_links = false;  // web links elsewhere than a chat
};

bool IsWebLink(const Link& link) { return link.url.scheme == "http" || link.url.scheme == "https"; }

void ReadLinks(const ScanContext& ctx, const SenderRelation& relation, Handoff& h) {
  std::size_t checked = 0;
  for (const Link& link : ctx.extraction.links) {
    if (!IsWebLink(link)) continue;
    if (++checked > kMaxLinksChecked) break;
    if (ctx.knowledge.IsChatInvite(link.url.host)) {
      if (h.chat.empty()) h.chat = DisplayText(link.url.host + link.url.path, kEvidenceBytes);
    } else if (!link.url.registrable_domain.empty() && relation.IsSenderDomain(link.url.registrable_domain)) {
      h.own_site = true;
    } else {
      h.other_links = true;
    }
  }
}

// "WhatsApp: +44 7700 900123", "on Telegram +1 (555) 010-4477".
std::string MessengerNumber(std::string_view text) {
  std::size_t mentions = 0;
  for (std::string_view word : {std::string_view("whatsapp"), std::string_view("telegram")}) {
    for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + word.size())) {
      if (++mentions > kMaxMessengerMentions) return "";
      const std::vector<PhoneNumber> numbers = FindPhoneNumbers(text.substr(at, kMessengerWindow), 1);
      if (!numbers.empty()) return std::string(word) + " " + DisplayText(numbers.front().text, kEvidenceBytes);
    }
  }
  return "";
}

class ChatHandoffDetector : public Detector {
 public:
  std::string_view name() const override { return "chat_handoff"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    if (ctx.message.IsListTraffic()) return;
    const MoneyWording money = MoneyPhrases(ctx);
    if (money.phrases.empty()) return;
    const SenderRelation& relation = *ctx.sender_relation;
    Handoff h;
    ReadLinks(ctx, relation, h);
    if (h.own_site || (money.retail_only && h.other_links)) return;
    if (h.chat.empty()) h.chat = MessengerNumber(ctx.extraction.text);
    if (h.chat.empty()) return;
    out.push_back(MakeHandoffSignal(h, money.phrases));
  }

 private:
  static Signal MakeHandoffSignal(const Handoff& h, const std::vector<std::string>& phrases) {
    Signal s = MakeSignal("links.chat_handoff", Sign::kDeceptiveLink, h.other_links ? kWeight : kOnlyWayWeight);
    s.evidence.emplace_back("chat", h.chat);
    std::vector<std::string> quoted_en, quoted_fr;
    for (std::size_t i = 0; i < phrases.size() && i < kMaxPhrasesShown; ++i) {
      s.evidence.emplace_back("phrase", phrases[i]);
      quoted_en.push_back(QuoteEn(phrases[i]));
      quoted_fr.push_back(QuoteFr(phrases[i]));
    }
    s.explanation_en = "Money is offered (" + JoinEn(quoted_en) + ") and the way to collect it is a private chat (" +
                       h.chat + "), not a site of the sender's own: in the chat a \"manager\" asks for a "
                       "deposit, a fee or a wallet, out of sight of any filter.";
    s.explanation_fr = "De l'argent est proposé (" + JoinFr(quoted_fr) +
                       ") et le moyen de le toucher est une discussion privée (" + h.chat +
                       "), pas un site de l'expéditeur : dans la discussion, un « gestionnaire » réclame un dépôt, "
                       "des frais ou un portefeuille, hors de vue de tout filtre.";
    return s;
  }
};

}  // namespace

std::unique_ptr<Detector> MakeChatHandoffDetector() { return std::make_unique<ChatHandoffDetector>(); }

}  // namespace phishscan
