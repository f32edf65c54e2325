// sender.stranger_windfall: the advance-fee letter recognised by what comes
// together in it rather than by its wording alone. A story of money waiting
// for the reader (inheritance, beneficiary, consignment, compensation,
// lottery draw, dormant account) is ordinary in a notary's letter or a
// lottery's results mail; what makes it the scam is who tells it and how
// the reader is to answer: a stranger on a free mailbox or behind a Reply-To
// elsewhere, a private address or WhatsApp number in the text, a titled
// persona, a fortune in the millions, recipients hidden, the "withdrawal
// form" on a file share or free host. The story plus a
// private way to answer plus one more of these is the scam; the signal is of
// the sender_mismatch sign because what it adds to the story's own
// fraud.advance_fee / scam.unclaimed_funds is that the teller is not who a
// real notary, bank or lottery would be.
#include <algorithm>
#include <string>
#include <vector>

#include "base/domain.h"
#include "base/text.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/host_kind.h"
#include "detect/make_signal.h"
#include "detect/money_amount.h"
#include "detect/persona_title.h"
#include "detect/phone_number.h"
#include "detect/private_address.h"

namespace phishscan {
namespace {

constexpr std::size_t kEvidenceBytes = 120;
// Elements needed besides the story and the private contact.
constexpr int kMinElements = 3;

struct Element {
  std::string key;  // evidence key
  std::string value;
  std::string en;
  std::string fr;
};

// Distinct story wording, subject and body, both story categories.
std::vector<std::string> StoryPhrases(const ScanContext& ctx) {
  std::vector<std::string> found;
  for (std::string_view category : {"advance_fee", "unclaimed_funds"}) {
    for (const PhraseHits* hits : {&ctx.subject_hits, &ctx.hits}) {
      for (std::string_view wording : hits->WordingIn(category)) {
        std::string text = DisplayText(wording, 60);
        if (std::find(found.begin(), found.end(), text) == found.end()) found.push_back(std::move(text));
      }
    }
  }
  return found;
}

// "To: x@free-mail, Reply-To: x@free-mail" from another domain: the letter
// went to its writer's own free mailbox with the readers in blind copy, and
// answers go back there. A list's Reply-To is the list, not a free mailbox;
// a form's copy to the reader may carry the reader's own address in both,
// which only the envelope tells (without it the To is all there is).
bool BlindCopiedToOwnMailbox(const ScanContext& ctx) {
  const Message& m = ctx.message;
  if (!m.reply_to || m.to.size() != 1 || !m.cc.empty() || m.IsListTraffic()) return false;
  const Mailbox& reply = *m.reply_to;
  if (!ctx.envelope.rcpt_to.empty() && EqualsIgnoreCase(reply.address, ctx.recipient_address)) return false;
  return EqualsIgnoreCase(m.to.front().address, reply.address) && !reply.registrable_domain.empty() &&
         reply.registrable_domain != m.from.registrable_domain && ctx.knowledge.IsFreemail(reply.registrable_domain);
}

// How the reader is asked to answer a stranger in private.
bool PrivateContact(const ScanContext& ctx, Element& out) {
  const Message& m = ctx.message;
  const bool reply_elsewhere = m.reply_to && !m.reply_to->registrable_domain.empty() &&
                               !EqualsIgnoreCase(m.reply_to->address, m.from.address) &&
                               !IsRecipientAddress(m, m.reply_to->address) &&
                               (m.reply_to->registrable_domain != m.from.registrable_domain ||
                                ctx.knowledge.IsFreemail(m.reply_to->registrable_domain));
  if (reply_elsewhere || BlindCopiedToOwnMailbox(ctx)) {
    out = {"reply-to", m.reply_to->address, "replies go to another mailbox (" + m.reply_to->address + ")",
           "les réponses partent vers une autre boîte (" + m.reply_to->address + ")"};
    return true;
  }
  if (std::string address = FreemailAddressIn(ctx, ctx.extraction.text); !address.empty()) {
    out = {"private address", address, "the text gives a private address to write to (" + address + ")",
           "le texte donne une adresse privée où écrire (" + address + ")"};
    return true;
  }
  const std::string& text = ctx.extraction.text;
  if ((text.find("whatsapp") != std::string::npos || text.find("telegram") != std::string::npos) &&
      !FindPhoneNumbers(text, 1).empty()) {
    out = {"messaging", "WhatsApp or Telegram number", "it asks to continue on WhatsApp or Telegram",
           "il demande de poursuivre sur WhatsApp ou Telegram"};
    return true;
  }
  if (!m.from.registrable_domain.empty() && ctx.knowledge.IsFreemail(m.from.registrable_domain)) {
    out = {"from", m.from.address, "it is sent from a free personal mailbox (" + m.from.address + ")",
           "il est envoyé depuis une messagerie personnelle gratuite (" + m.from.address + ")"};
    return true;
  }
  return false;
}

bool LargeSum(const ScanContext& ctx, Element& out) {
  for (std::string_view text : {std::string_view(ctx.subject_normalized), std::string_view(ctx.extraction.text)}) {
    for (const MoneyAmount& a : FindMoneyAmounts(text)) {
      if (a.value < kLargeSum) continue;
      const std::string shown = DisplayText(a.text, kEvidenceBytes);
      out = {"sum", shown, "it names a fortune (" + QuoteEn(shown) + ")",
             "il cite une fortune (" + QuoteFr(shown) + ")"};
      return true;
    }
  }
  return false;
}

bool TitledPersona(const ScanContext& ctx, Element& out) {
  const std::string name = NormalizeText(SenderNameOf(ctx).substr(0, 256));
  if (PersonaTitle(name).empty()) return false;
  const std::string shown = DisplayText(SenderNameOf(ctx), 80);
  out = {"display_name", shown, "the sender presents itself with a title (" + QuoteEn(shown) + ")",
         "l'expéditeur se présente avec un titre (" + QuoteFr(shown) + ")"};
  return true;
}

// The payout's "instructions" or "form" on a file share, free host, form
// service or shortener: a notary or a lottery links to its own site.
bool CheapHostLink(const ScanContext& ctx, Element& out) {
  for (const Link& link : ctx.extraction.links) {
    if (link.url.scheme != "http" && link.url.scheme != "https") continue;
    const HostKind kind = ClassifyHost(link.url, ctx.knowledge);
    if (kind == HostKind::kOrdinary || kind == HostKind::kSuspiciousTld) continue;
    const std::string host = DisplayText(link.url.host, kEvidenceBytes);
    out = {"link", host,
           "it links to " + std::string(HostKindPhraseEn(kind)) + " (" + host + ")",
           "il renvoie vers " + std::string(HostKindPhraseFr(kind)) + " (" + host + ")"};
    return true;
  }
  return false;
}

// Replies are diverted to a free personal mailbox other than the sending
// address: the sending account (an institution's, hijacked, or a throwaway
// free one) is not where the writer reads. A notary, bank or lottery answers
// at its own domain. Only a Reply-To counts: an address in the text may be
// the reader's own, quoted in a footer.
bool FreeMailboxElsewhere(const ScanContext& ctx, const Element& contact, Element& out) {
  if (contact.key != "reply-to") return false;
  const std::string domain = RegistrableDomain(DomainOfAddress(contact.value));
  const Mailbox& from = ctx.message.from;
  if (domain.empty() || from.registrable_domain.empty() || !ctx.knowledge.IsFreemail(domain)) return false;
  if (EqualsIgnoreCase(contact.value, from.address)) return false;
  out = {"sender", from.address,
         "the sending address (" + from.address + ") is not the free mailbox that answers, a sign of a "
         "hijacked or throwaway account",
         "l'adresse d'envoi (" + from.address + ") n'est pas la boîte gratuite qui répond, signe d'un compte "
         "piraté ou jetable"};
  return true;
}

// Sent to nobody the reader can see: "undisclosed-recipients:;", or only to
// the writer's own mailbox.
bool HiddenRecipients(const ScanContext& ctx, Element& out) {
  const Message& m = ctx.message;
  if (!BlindCopiedToOwnMailbox(ctx)) {
    for (const auto* list : {&m.to, &m.cc})
      for (const Mailbox& x : *list)
        if (!x.address.empty() && !EqualsIgnoreCase(x.address, m.from.address)) return false;
  }
  out = {"recipients", "hidden", "the recipients are hidden, as in a mass mailing",
         "les destinataires sont masqués, comme dans un envoi de masse"};
  return true;
}

class StrangerWindfallDetector : public Detector {
 public:
  std::string_view name() const override { return "stranger_windfall"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    const bool story = ctx.hits.Any("advance_fee") || ctx.hits.Any("unclaimed_funds") ||
                       ctx.subject_hits.Any("advance_fee") || ctx.subject_hits.Any("unclaimed_funds");
    if (!story || ctx.message.IsListTraffic()) return;
    Element contact;
    if (!PrivateContact(ctx, contact)) return;
    const std::vector<std::string> phrases = StoryPhrases(ctx);
    std::vector<Element> more;
    Element e;
    if (FreeMailboxElsewhere(ctx, contact, e)) more.push_back(e);
    if (LargeSum(ctx, e)) more.push_back(e);
    if (TitledPersona(ctx, e)) more.push_back(e);
    if (HiddenRecipients(ctx, e)) more.push_back(e);
    if (CheapHostLink(ctx, e)) more.push_back(e);
    // Story and contact are two elements; a story told in several phrases
    // counts as a third.
    const int elements = 2 + static_cast<int>(more.size()) + (phrases.size() >= 2 ? 1 : 0);
    if (elements < kMinElements) return;
    out.push_back(MakeWindfallSignal(elements, phrases, contact, more));
  }

 private:
  static Signal MakeWindfallSignal(int elements, const std::vector<std::string>& phrases, const Element& contact,
                                   const std::vector<Element>& more) {
    const int weight = elements >= 5 ? 28 : elements == 4 ? 22 : 16;
    Signal s = MakeSignal("sender.stranger_windfall", Sign::kSenderMismatch, weight);
    std::vector<std::string> quoted_en, quoted_fr;
    for (std::size_t i = 0; i < phrases.size() && i < 3; ++i) {
      s.evidence.emplace_back("story", phrases[i]);
      quoted_en.push_back(QuoteEn(phrases[i]));
      quoted_fr.push_back(QuoteFr(phrases[i]));
    }
    std::vector<std::string> parts_en{contact.en}, parts_fr{contact.fr};
    s.evidence.emplace_back(contact.key, contact.value);
    for (const Element& x : more) {
      s.evidence.emplace_back(x.key, x.value);
      parts_en.push_back(x.en);
      parts_fr.push_back(x.fr);
    }
    s.explanation_en = "A stranger tells a story of money waiting for you (" + JoinEn(quoted_en) + "), and " +
                       JoinEn(parts_en) + ": the marks of an advance-fee scam, which asks for fees before a "
                       "payment that never comes.";
    s.explanation_fr = "Un inconnu raconte une histoire d'argent qui vous attend (" + JoinFr(quoted_fr) + "), et " +
                       JoinFr(parts_fr) + " : les marques d'une escroquerie à l'avance de frais, qui réclame des "
                       "frais avant un paiement qui n'arrive jamais.";
    return s;
  }
};

}  // namespace

std::unique_ptr<Detector> MakeStrangerWindfallDetector() { return std::make_unique<StrangerWindfallDetector>(); }

}  // namespace phishscan
