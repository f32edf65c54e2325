// sender.private_lender: a loan or financing offer whose lender answers from
// a personal free-webmail mailbox: the From itself, a Reply-To on free
// webmail elsewhere, or a free-webmail address written in the text. A bank,
// credit broker or lending platform offers credit from its own domain and
// takes applications on its own site; "we offer loans at 3 % interest"
// from a gmail account is the advance-fee loan, which asks for a "processing
// fee" and never pays out. The wording is scam.loan_offer's; this signal
// adds who the lender is, so it belongs to the sender_mismatch sign.
//
// One loan phrase in a personal mail ("my mortgage is at 3% interest") is
// ordinary between friends, so the offer must also be made to many: the
// recipients hidden or the sender writing to itself, or the offer told in
// two phrases, or in the subject. Mailing lists are left alone.
#include <memory>
#include <string>
#include <vector>

#include "base/text.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/make_signal.h"
#include "detect/private_address.h"

namespace phishscan {
namespace {

constexpr std::string_view kCategory = "loan_offer";
constexpr int kWeight = 18;
constexpr std::size_t kEvidenceBytes = 120;
constexpr std::size_t kPhraseEvidenceBytes = 60;
constexpr std::size_t kMaxPhrases = 2;

struct Lender {
  std::string address;
  std::string how_en;
  std::string how_fr;
};

// The personal mailbox the offer is answered at, if any.
bool PersonalMailbox(const ScanContext& ctx, Lender& out) {
  const Message& m = ctx.message;
  if (m.reply_to && !m.reply_to->registrable_domain.empty() &&
      ctx.knowledge.IsFreemail(m.reply_to->registrable_domain) &&
      !EqualsIgnoreCase(m.reply_to->address, m.from.address) && !IsRecipientAddress(m, m.reply_to->address)) {
    out = {m.reply_to->address, "replies go to a free personal mailbox",
           "les réponses partent vers une boîte personnelle gratuite"};
    return true;
  }
  if (!m.from.registrable_domain.empty() && ctx.knowledge.IsFreemail(m.from.registrable_domain)) {
    out = {m.from.address, "it is sent from a free personal mailbox",
           "le message est envoyé depuis une messagerie personnelle gratuite"};
    return true;
  }
  if (std::string written = FreemailAddressIn(ctx, ctx.extraction.text); !written.empty()) {
    out = {written, "the text asks to write to a free personal mailbox",
           "le texte demande d'écrire à une boîte personnelle gratuite"};
    return true;
  }
  return false;
}

// Nobody the reader can see receives it, or only the sender itself: the
// blind copies of a mass mailing.
bool SentToMany(const Message& m) {
  for (const auto* list : {&m.to, &m.cc})
    for (const Mailbox& x : *list)
      if (!x.address.empty() && !EqualsIgnoreCase(x.address, m.from.address)) return false;
  return true;
}

// The loan wording, subject first, distinct; only whether there are two
// matters, so a message repeating one offer thousands of times stops early.
std::vector<std::string> OfferPhrases(const ScanContext& ctx) {
  std::vector<std::string> found;
  for (const PhraseHits* hits : {&ctx.subject_hits, &ctx.hits})
    for (std::string_view wording : hits->WordingIn(kCategory)) {
      if (found.size() >= kMaxPhrases) return found;
      std::string text = DisplayText(wording, kPhraseEvidenceBytes);
      bool seen = false;
      for (const std::string& f : found) seen = seen || EqualsIgnoreCase(f, text);
      if (!seen) found.push_back(std::move(text));
    }
  return found;
}

class PrivateLenderDetector : public Detector {
 public:
  std::string_view name() const override { return "private_lender"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    const bool in_subject = ctx.subject_hits.Any(kCategory);
    if ((!in_subject && !ctx.hits.Any(kCategory)) || ctx.message.IsListTraffic()) return;
    Lender lender;
    if (!PersonalMailbox(ctx, lender)) return;
    const std::vector<std::string> phrases = OfferPhrases(ctx);
    const bool to_many = SentToMany(ctx.message);
    if (!to_many && !in_subject && phrases.size() < 2) return;
    out.push_back(MakeLenderSignal(phrases, lender, to_many));
  }

 private:
  static Signal MakeLenderSignal(const std::vector<std::string>& phrases, const Lender& lender, bool to_many) {
    Signal s = MakeSignal("sender.private_lender", Sign::kSenderMismatch, kWeight);
    const std::string address = DisplayText(lender.address, kEvidenceBytes);
    s.evidence.emplace_back("phrase", phrases.empty() ? "" : phrases.front());
    s.evidence.emplace_back("lender address", address);
    if (to_many) s.evidence.emplace_back("recipients", "hidden");
    const std::string quoted_en = phrases.empty() ? "" : " (" + QuoteEn(phrases.front()) + ")";
    const std::string quoted_fr = phrases.empty() ? "" : " (" + QuoteFr(phrases.front()) + ")";
    s.explanation_en = "A loan or financing is offered" + quoted_en + " and " + lender.how_en + " (" + address + ")" +
                       (to_many ? ", to recipients kept hidden" : "") +
                       ": a bank or credit broker offers credit from its own domain, not from a private mailbox.";
    s.explanation_fr = "Un prêt ou un financement est proposé" + quoted_fr + " et " + lender.how_fr + " (" +
                       address + ")" + (to_many ? ", à des destinataires masqués" : "") +
                       " : une banque ou un courtier propose du crédit depuis son propre domaine, pas depuis une "
                       "boîte privée.";
    return s;
  }
};

}  // namespace

std::unique_ptr<Detector> MakePrivateLenderDetector() { return std::make_unique<PrivateLenderDetector>(); }

}  // namespace phishscan
