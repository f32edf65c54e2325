// sender.trust_claim: the message vouches for itself in its own text: "This
// message is from a trusted sender", "Ce message provient d'un expéditeur de
// confiance". Mail gateways mark mail by where it came from ("External
// sender", "This message originated outside the organisation") and leave
// trust to the mail client's own interface; no genuine sender certifies its
// own mail in the body. Bulk lures paste such a banner on top of the text to
// pass for vetted mail. A sender the receiving server authenticated (DMARC
// pass or aligned DKIM) is left alone: whatever it writes about itself, its
// identity is not forged.
#include <memory>
#include <string>
#include <vector>

#include "base/text.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/make_signal.h"
#include "detect/sender_relation.h"

namespace phishscan {
namespace {

constexpr std::string_view kCategory = "trust_claim";
constexpr int kWeight = 15;
constexpr std::size_t kPhraseEvidenceBytes = 100;

class TrustClaimDetector : public Detector {
 public:
  std::string_view name() const override { return "trust_claim"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    const std::vector<const PhraseMatch*> claims = ctx.hits.InCategory(kCategory);
    if (claims.empty()) return;
    if (ctx.sender_relation->from_authenticated()) return;
    const std::string phrase = DisplayText(ctx.hits.MatchedText(*claims.front()), kPhraseEvidenceBytes);
    const std::string& from = ctx.message.from.address;
    out.push_back(MakeSignal(
        "sender.trust_claim", Sign::kSenderMismatch, kWeight, {{"phrase", phrase}, {"from", from}},
        "The message itself claims to be safe (" + QuoteEn(phrase) +
            "), but its sender was not authenticated: mail systems warn about outside mail, they do not "
            "write certificates of trust into the text. The sender wrote this to look vetted.",
        "Le message affirme lui-même être sûr (" + QuoteFr(phrase) +
            "), alors que son expéditeur n'a pas été authentifié : les messageries signalent le courrier "
            "externe, elles n'écrivent pas de certificat de confiance dans le texte. L'expéditeur l'a écrit "
            "pour paraître vérifié."));
  }
};

}  // namespace

std::unique_ptr<Detector> MakeTrustClaimDetector() { return std::make_unique<TrustClaimDetector>(); }

}  // namespace phishscan
