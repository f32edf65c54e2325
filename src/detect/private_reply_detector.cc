// sender.private_reply_address: the message asks to be answered at another
// personal mailbox than the one it came from: "It's my e-mail for response:
// anna.k80@...", "reply to my private email (...)", "écrivez-moi à ...".
// Romance, advance-fee, loan and "business proposal" scams send from
// throwaway or hijacked accounts and keep a private free-webmail mailbox for
// the conversation, so that replies escape the sender's provider and any
// filter watching the first address. A colleague giving a personal address
// does so on a mailing list or to colleagues, not to a stranger: list
// traffic, authenticated mail within the reader's organisation and an
// organisation's authenticated newsletter are left alone, and the address
// must be on a free webmail service, written right after the request, and
// be neither the sender's nor a recipient's. The
// Reply-To is left to `sender.reply_to_mismatch` when it diverts a company's
// mail to a free mailbox; one free mailbox fronting another is only a weak
// hint there, so a letter from a free mailbox asking in words to write to
// another one (also its Reply-To) is reported here.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/text.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/make_signal.h"
#include "detect/private_address.h"
#include "detect/sender_relation.h"

namespace phishscan {
namespace {

constexpr std::string_view kCategory = "private_reply";
constexpr int kWeight = 20;
// The address must follow the request closely: "write me at x@...", "my
// private email is: x@...".
constexpr std::size_t kMaxGapBytes = 40;
constexpr std::size_t kPhraseEvidenceBytes = 60;

// An authenticated sender of the reader's own organisation is no stranger:
// a colleague leaving gives a personal address to keep in touch.
bool ColleagueWrites(const ScanContext& ctx) {
  const SenderRelation& relation = *ctx.sender_relation;
  return relation.from_authenticated() && !ctx.recipient_registrable.empty() &&
         relation.from_domain() == ctx.recipient_registrable;
}

struct Request {
  std::string phrase;
  std::string address;
};

// Whether sender.reply_to_mismatch reports `address` as a strong diversion:
// a Reply-To on free webmail behind a sender that is not.
bool ReportedAsReplyTo(const ScanContext& ctx, std::string_view address) {
  const Message& m = ctx.message;
  if (!m.reply_to || !EqualsIgnoreCase(m.reply_to->address, address)) return false;
  return m.from.registrable_domain.empty() || !ctx.knowledge.IsFreemail(m.from.registrable_domain);
}

// The first request followed by a private address.
std::optional<Request> FindRequest(const ScanContext& ctx) {
  const std::string& text = ctx.extraction.text;
  for (const PhraseMatch* m : ctx.hits.InCategory(kCategory)) {
    std::string address = FreemailAddressIn(ctx, text, m->end, m->end + kMaxGapBytes);
    if (address.empty() || ReportedAsReplyTo(ctx, address)) continue;
    return Request{DisplayText(ctx.hits.MatchedText(*m), kPhraseEvidenceBytes), std::move(address)};
  }
  return std::nullopt;
}

// A club's or shop's newsletter, authenticated for its own domain and
// offering to unsubscribe, may name the webmail of the volunteer who takes
// sign-ups. A hijacked mailbox's letter carries no unsubscribe link, and a
// free mailbox has no domain of its own to authenticate.
bool OrganisationNewsletter(const ScanContext& ctx) {
  const SenderRelation& relation = *ctx.sender_relation;
  return relation.from_authenticated() && !relation.from_domain().empty() &&
         !ctx.knowledge.IsFreemail(relation.from_domain()) &&
         ctx.message.FindHeader("List-Unsubscribe") != nullptr;
}

class PrivateReplyDetector : public Detector {
 public:
  std::string_view name() const override { return "private_reply"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    if (ctx.message.IsListTraffic() || ColleagueWrites(ctx) || OrganisationNewsletter(ctx)) return;
    std::optional<Request> request = FindRequest(ctx);
    if (!request) return;
    const std::string& from = ctx.message.from.address;
    const std::string from_en = from.empty() ? "the sender" : from;
    const std::string from_fr = from.empty() ? "l'expéditeur" : from;
    out.push_back(MakeSignal(
        "sender.private_reply_address", Sign::kSenderMismatch, kWeight,
        {{"phrase", request->phrase}, {"private address", request->address}, {"from", from}},
        "The message asks you to answer at another personal mailbox (" + request->address + ", after " +
            QuoteEn(request->phrase) + ") than the one it came from (" + from_en +
            "): scammers send from throwaway or hijacked accounts and keep a private mailbox for the "
            "conversation.",
        "Le message vous demande de répondre à une autre boîte personnelle (" + request->address + ", après " +
            QuoteFr(request->phrase) + ") que celle d'où il vient (" + from_fr +
            ") : les escrocs écrivent depuis des comptes jetables ou piratés et gardent une boîte privée pour la "
            "conversation."));
  }
};

}  // namespace

std::unique_ptr<Detector> MakePrivateReplyDetector() { return std::make_unique<PrivateReplyDetector>(); }

}  // namespace phishscan
