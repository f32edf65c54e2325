// sender.dating_name_stranger: a dating lure whose sender name is itself the
// bait ("Sex Dating", "Ukrainian Beauties", "Oekraïense Meisjes") on an
// address that has nothing to do with that name (a real-estate agency's or
// a goldsmith's server). A dating service writes under its own brand from
// its own domain; bulk dating spam borrows whatever mailbox it can send
// from and puts the lure where the reader looks first. The lure wording is
// scam.romance_adult's; this signal adds who sends it, so it belongs to the
// sender_mismatch sign. Mail clients also show the Sender name ("Julia on
// behalf of Sexy Profiles") and the Reply-To name a reply goes to. A bait
// name in From counts when the message carries dating wording too ("Sex
// Dating" over a flat for sale is some other mistake); a bait name there,
// behind a From name that is not the bait, is the lure hiding its name,
// whatever the body says.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/text.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/host_labels.h"
#include "detect/make_signal.h"
#include "detect/sender_name_match.h"

namespace phishscan {
namespace {

constexpr std::string_view kCategory = "romance_adult";
constexpr std::size_t kMaxNameBytes = 256;
// A display name is a few words: matching it costs next to nothing, the
// budget only bounds a pathological name.
constexpr unsigned kNameMatchBudgetMs = 5;

std::string_view LocalPartOf(std::string_view address) {
  const std::size_t at = address.rfind('@');
  return at == std::string_view::npos ? std::string_view() : address.substr(0, at);
}

// The dating wording of the sender name, or "" when there is none.
std::string BaitInName(const ScanContext& ctx, const std::string& name) {
  const std::string normalized = NormalizeText(name);
  const PhraseMatcher& matcher = ctx.knowledge.phrases();
  PhraseHits hits(matcher, normalized, matcher.Match(normalized, kNameMatchBudgetMs));
  const std::vector<std::string_view> wording = hits.WordingIn(kCategory);
  return wording.empty() ? "" : std::string(wording.front());
}

class DatingNameSenderDetector : public Detector {
 public:
  std::string_view name() const override { return "dating_name_sender"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    const Message& m = ctx.message;
    const bool lure = ctx.hits.Any(kCategory) || ctx.subject_hits.Any(kCategory);
    if (lure && CheckMailbox(ctx, SenderNameOf(ctx), m.from, out)) return;
    if (!BaitInName(ctx, SenderNameOf(ctx).substr(0, kMaxNameBytes)).empty()) return;
    // A dating app may sign its replies "Singles in deiner Nähe" from its own
    // domain; a bait name on another domain than From's is a third party's.
    auto elsewhere = [&](const std::optional<Mailbox>& x) {
      return x && !x->registrable_domain.empty() && x->registrable_domain != m.from.registrable_domain;
    };
    if (elsewhere(m.sender) && CheckMailbox(ctx, m.sender->display_name, *m.sender, out)) return;
    if (elsewhere(m.reply_to)) CheckMailbox(ctx, m.reply_to->display_name, *m.reply_to, out);
  }

 private:
  // True, with a signal, when `display_name` is dating bait and `mailbox`'s
  // address has nothing to do with it.
  static bool CheckMailbox(const ScanContext& ctx, const std::string& display_name, const Mailbox& mailbox,
                           std::vector<Signal>& out) {
    const std::string sender_name = display_name.substr(0, kMaxNameBytes);
    if (sender_name.empty() || sender_name.find('@') != std::string::npos) return false;
    const std::string bait = BaitInName(ctx, sender_name);
    if (bait.empty()) return false;
    const std::vector<std::string> labels = ChosenSenderLabels(mailbox);
    if (labels.empty()) return false;
    if (NameMatchesAddress(SignificantNameWords(sender_name), LocalPartOf(mailbox.address), labels)) return false;
    out.push_back(MakeDatingSignal(sender_name, mailbox.address, bait));
    return true;
  }

  static Signal MakeDatingSignal(const std::string& sender_name, const std::string& address,
                                 const std::string& bait) {
    Signal s = MakeSignal("sender.dating_name_stranger", Sign::kSenderMismatch, 16);
    const std::string name = DisplayText(sender_name, 80);
    const std::string from = DisplayText(address, 120);
    s.evidence.emplace_back("display_name", name);
    s.evidence.emplace_back("phrase", DisplayText(bait, 60));
    s.evidence.emplace_back("from", from);
    s.explanation_en = "The sender's name is itself a dating lure (" + QuoteEn(name) + ") and the address (" + from +
                       ") has nothing to do with it: a real dating service writes under its own name from its "
                       "own domain.";
    s.explanation_fr = "Le nom de l'expéditeur est lui-même un appât de rencontre (" + QuoteFr(name) +
                       ") et l'adresse (" + from + ") n'a rien à voir avec lui : un vrai site de rencontre écrit "
                       "sous son propre nom depuis son propre domaine.";
    return s;
  }
};

}  // namespace

std::unique_ptr<Detector> MakeDatingNameSenderDetector() { return std::make_unique<DatingNameSenderDetector>(); }

}  // namespace phishscan
