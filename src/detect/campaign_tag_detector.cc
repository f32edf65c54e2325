// campaign_tag: the sender signs with a mailing run's code instead of a name.
// Bulk lure senders stamp each run with a short code glued to the sender
// name ("Stroom Advies...HXpD", "Pakketservice .TQWNRXD") or set after a
// word in the address ("newsletters.RVNw@"), and often repeat it at the end
// of the subject, so that every run looks new to filters and replies can be
// traced. Legitimate senders show a person's or an organisation's name; their
// tracking codes live in headers, link parameters and bounce addresses
// ("reply+AB12CD@", "bounce-8234@"), never in the name the reader sees.
// How the address was drawn is sender_identity's business; this is about a
// code shown as part of who is writing.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "detect/campaign_tag.h"
#include "detect/context.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/make_signal.h"

namespace phishscan {
namespace {

constexpr std::size_t kEvidenceBytes = 200;
constexpr int kNameTagWeight = 15;
// The same code in the name and the subject or address: one run, stamped twice.
constexpr int kRepeatedNameTagWeight = 20;
// A code in the address alone is less visible and a little less sure.
constexpr int kAddressTagWeight = 10;
constexpr int kRepeatedAddressTagWeight = 15;

std::string_view LocalPartOf(std::string_view address) {
  const std::size_t at = address.rfind('@');
  return at == std::string_view::npos ? std::string_view() : address.substr(0, at);
}

struct Tag {
  std::string code;
  std::string where;     // "sender name" or "address"
  std::string repeated;  // "subject", "address", "sender name" or ""
};

Tag FindTag(const ScanContext& ctx, std::string_view sender_name, std::string_view local) {
  const std::string_view subject = ctx.message.subject;
  Tag tag{NameCampaignTag(sender_name, subject), "sender name", ""};
  if (!tag.code.empty()) {
    if (ContainsTag(subject, tag.code)) tag.repeated = "subject";
    else if (ContainsTag(local, tag.code)) tag.repeated = "address";
    return tag;
  }
  tag = {LocalPartCampaignTag(local), "address", ""};
  if (tag.code.empty()) return tag;
  if (ContainsTag(subject, tag.code)) tag.repeated = "subject";
  else if (ContainsTag(sender_name, tag.code)) tag.repeated = "sender name";
  return tag;
}

std::string WhereFr(std::string_view where, bool sentence_start) {
  const std::string article = sentence_start ? "L" : "l";
  if (where == "sender name") return article + "e nom de l'expéditeur";
  if (where == "address") return article + "'adresse";
  return article + "'objet";
}

class CampaignTagDetector : public Detector {
 public:
  std::string_view name() const override { return "campaign_tag"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    const Mailbox& from = ctx.message.EffectiveFrom();
    const std::string sender_name = SenderNameOf(ctx);
    const Tag tag = FindTag(ctx, sender_name, LocalPartOf(from.address));
    if (tag.code.empty()) return;
    const bool in_name = tag.where == "sender name";
    const bool repeated = !tag.repeated.empty();
    const int weight = in_name ? (repeated ? kRepeatedNameTagWeight : kNameTagWeight)
                               : (repeated ? kRepeatedAddressTagWeight : kAddressTagWeight);
    Signal s = MakeSignal("sender.campaign_tag", Sign::kSenderMismatch, weight);
    s.evidence.push_back({"code", tag.code});
    s.evidence.push_back({"in", tag.where});
    if (repeated) s.evidence.push_back({"also in", tag.repeated});
    s.evidence.push_back({"display_name", DisplayText(sender_name, kEvidenceBytes)});
    s.evidence.push_back({"from", DisplayText(from.address, kEvidenceBytes)});
    const std::string also_en = repeated ? ", and again in the " + tag.repeated : "";
    const std::string also_fr = repeated ? ", et de nouveau dans " + WhereFr(tag.repeated, false) : "";
    s.explanation_en = "The " + tag.where + " carries the code " + QuoteEn(tag.code) + also_en +
                       ": a bulk mailer stamps each run of a mailing that way so that it looks new to filters. "
                       "A company or a person signs with its name, not with a code.";
    s.explanation_fr = WhereFr(tag.where, true) + " porte le code " + QuoteFr(tag.code) + also_fr +
                       " : un expéditeur de masse marque ainsi chaque vague d'envoi pour qu'elle paraisse nouvelle "
                       "aux filtres. Une entreprise ou une personne signe de son nom, pas d'un code.";
    out.push_back(std::move(s));
  }
};

}  // namespace

std::unique_ptr<Detector> MakeCampaignTagDetector() { return std::make_unique<CampaignTagDetector>(); }

}  // namespace phishscan
