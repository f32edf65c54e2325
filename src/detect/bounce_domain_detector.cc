// bounce_domain: the envelope sender's domain is written in random case.
// Domain names do not care about case, so mail software writes the bounce
// (Return-Path, MAIL FROM) domain in lower case or, rarely, in a company's
// own capitals ("NorthwindTraders.example"). Bulk senders that register or
// make up a fresh bounce host for every run draw its name at random, capitals
// and all ("XpQrTwzLmVbK7.relay.example", "HjWqPz82VbrTn.example"): a
// mail administrator reading the headers knows at once that no organisation
// chose it. It says how the mail was sent, not what it asks, so it only
// corroborates the content signs.
#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/text.h"
#include "detect/context.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/make_signal.h"
#include "detect/random_string.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxDomainBytes = 253;  // the longest DNS name
constexpr std::size_t kEvidenceBytes = 200;
constexpr int kWeight = 12;

// The bounce address as written: the envelope's MAIL FROM (the milter), else
// the Return-Path header's raw value. The parsed address lower-cases its
// domain, which would erase the evidence.
std::string_view BounceAsWritten(const ScanContext& ctx) {
  if (!ctx.envelope.mail_from.empty()) return ctx.envelope.mail_from;
  const HeaderField* field = ctx.message.FindHeader("Return-Path");
  return field == nullptr ? std::string_view() : TrimWhitespace(field->value);
}

// The domain of a bounce address, without the angle bracket or comment
// after it: "<x@Dom.example>" -> "Dom.example".
std::string_view DomainOf(std::string_view address) {
  const std::size_t at = address.rfind('@');
  if (at == std::string_view::npos) return {};
  std::string_view domain = address.substr(at + 1);
  const std::size_t end = domain.find_first_of("> \t\r\n(;");
  return end == std::string_view::npos ? domain : domain.substr(0, end);
}

class BounceDomainDetector : public Detector {
 public:
  std::string_view name() const override { return "bounce_domain"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    const std::string_view bounce = BounceAsWritten(ctx);
    const std::string_view domain = DomainOf(bounce);
    const std::string run = FindRandomlyCasedRun(domain.substr(0, std::min(domain.size(), kMaxDomainBytes)));
    if (run.empty()) return;
    const std::string shown = DisplayText(domain, kEvidenceBytes);
    out.push_back(MakeSignal(
        "structure.random_bounce_domain", Sign::kStructure, kWeight,
        {{"envelope sender", DisplayText(bounce, kEvidenceBytes)}, {"random", run}},
        "The message was sent with the bounce address domain " + QuoteEn(shown) + ", whose letters (" +
            QuoteEn(run) + ") switch case at random: the name was generated for this mailing, as bulk "
            "senders of lures do; domain names ignore case and organisations write theirs plainly.",
        "Le message a été envoyé avec le domaine d'adresse de retour " + QuoteFr(shown) + ", dont les lettres (" +
            QuoteFr(run) + ") changent de casse au hasard : ce nom a été généré pour cet envoi, comme le font "
            "les expéditeurs en masse d'appâts ; les noms de domaine ignorent la casse et les organisations "
            "écrivent le leur simplement."));
  }
};

}  // namespace

std::unique_ptr<Detector> MakeBounceDomainDetector() { return std::make_unique<BounceDomainDetector>(); }

}  // namespace phishscan
