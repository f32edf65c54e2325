// forwarded_sender: the sender of a message this one forwards. A reader who
// forwards a lure to an abuse desk, pastes it into a form or keeps it in a
// mailbox under audit wraps it in their own, authenticated envelope; the
// lure's forged sender then sits in an attached message or in the header
// block above the forwarded text ("De: ... Enviado: ... Assunto: ..."). The
// sender detectors are run again with that sender as the claimed one, and
// their findings are reported as findings about the forwarded message.
//
// Same weights as for the outer sender: a lure forwarded by a person is
// still phishing in the message, and the explanation says it is in the
// forwarded part. What cannot be judged from a forwarded header is left
// out: its authentication (none survives forwarding), its envelope and
// whether its subject speaks for a brand (shops name carriers, banks name
// card schemes, and nothing proves where that mail came from); a brand
// claimed in the forwarded sender's name is compared with its address.
#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/text.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/forwarded_finding.h"
#include "extract/extraction.h"
#include "phishscan/envelope.h"

namespace phishscan {
namespace {

// The sender findings a forwarded header can support; the others need the
// outer message's envelope, recipients or raw From line.
constexpr std::string_view kJudgedSignals[] = {
    "sender.brand_domain_mismatch", "sender.display_name_address", "sender.role_name_freemail",
    "sender.reply_to_mismatch",     "sender.random_address",       "sender.name_address_mismatch",
    "sender.disguised_brand_name",  "sender.emoji_name",           "sender.titled_persona",
    "sender.lure_name",             "sender.suspicious_tld",
};

bool IsJudged(std::string_view id) {
  return std::find(std::begin(kJudgedSignals), std::end(kJudgedSignals), id) != std::end(kJudgedSignals);
}

// A message whose header is the forwarded one's From, Reply-To, To and Subject.
Message InnerMessage(const ForwardedOriginal& original) {
  Message inner;
  const std::string from_line = original.from.display_name.empty()
                                    ? original.from.address
                                    : "\"" + original.from.display_name + "\" <" + original.from.address + ">";
  inner.headers.push_back({"From", from_line, from_line});
  inner.from = original.from;
  inner.from_all = {original.from};
  inner.reply_to = original.reply_to;
  inner.to = original.to;
  inner.subject = original.subject;
  return inner;
}

// A quoted mail of the forwarder's own organisation, or of the forwarder,
// is the thread they are in, not a claim made to them.
bool IsOwnThread(const ScanContext& ctx, const ForwardedOriginal& original) {
  const std::string& domain = original.from.registrable_domain;
  return domain == ctx.message.from.registrable_domain || domain == ctx.recipient_registrable;
}

class ForwardedSenderDetector : public Detector {
 public:
  ForwardedSenderDetector() {
    sender_detectors_.push_back(MakeSenderMismatchDetector());
    sender_detectors_.push_back(MakeSenderIdentityDetector());
    sender_detectors_.push_back(MakeSenderAnomalyDetector());
  }

  std::string_view name() const override { return "forwarded_sender"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    std::vector<Signal> found;
    for (const ForwardedOriginal& original : ctx.message.forwarded) {
      if (IsOwnThread(ctx, original)) continue;
      for (Signal& s : JudgeSender(ctx, original)) {
        const bool known = std::any_of(found.begin(), found.end(), [&](const Signal& f) { return f.id == s.id; });
        if (!known) found.push_back(std::move(s));
      }
    }
    for (Signal& s : found) out.push_back(std::move(s));
  }

 private:
  std::vector<Signal> JudgeSender(const ScanContext& ctx, const ForwardedOriginal& original) const {
    const Message inner = InnerMessage(original);
    const Extraction no_text;
    const Envelope no_envelope;
    const PhraseHits no_hits(ctx.knowledge.phrases(), "", {});
    ScanContext inner_ctx{inner, no_text, no_envelope, ctx.knowledge, no_hits, no_hits,
                          NormalizeText(inner.subject), {}, {}, {}, {}};
    FillDerivedContext(inner_ctx);
    std::erase_if(inner_ctx.brand_claims,
                  [](const ScanContext::BrandClaim& c) { return c.where != "display name"; });
    inner_ctx.sender_relation.emplace(inner_ctx);  // from the claims kept
    std::vector<Signal> raw;
    for (const auto& detector : sender_detectors_) detector->Run(inner_ctx, raw);
    std::vector<Signal> judged;
    for (Signal& s : raw)
      if (IsJudged(s.id)) judged.push_back(AsForwardedFinding(std::move(s), original));
    return judged;
  }

  std::vector<std::unique_ptr<Detector>> sender_detectors_;
};

}  // namespace

std::unique_ptr<Detector> MakeForwardedSenderDetector() { return std::make_unique<ForwardedSenderDetector>(); }

}  // namespace phishscan
