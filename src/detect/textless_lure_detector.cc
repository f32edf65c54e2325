// textless_lure: when the body says nothing, the subject is the message. A
// mail with (almost) no readable text — one picture, or nothing but a link —
// whose subject carries a lure ("your account is blocked", "your parcel is
// waiting", "you have won") and whose every link leads away from the sender
// is a lure with its words moved out of filters' reach. Real senders that
// mail one big image (shop newsletters) link to their own sites or through
// their mailing service's tracker, and sign their mail (DMARC or aligned
// DKIM): an authenticated sender is left to the other detectors. Real
// account, parcel or prize notices also say in the body what happened.
#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/make_signal.h"
#include "detect/part_words.h"
#include "detect/redirect_resolver.h"
#include "detect/sender_relation.h"

namespace phishscan {
namespace {

// Fewer distinct readable words than this and the body tells nothing.
constexpr std::size_t kMaxBodyWords = 5;
constexpr std::size_t kMaxLinksShown = 2;

// Subject wording that asks the reader to act on a claim about them.
constexpr std::string_view kLureCategories[] = {"account_problem", "urgency_threat", "credential_request",
                                                "parcel_fee",      "toll_fine",      "prize",
                                                "payment_request", "giveaway_survey", "airdrop"};

bool IsWebLink(const Link& l) {
  return (l.url.scheme == "http" || l.url.scheme == "https") && l.origin != LinkOrigin::kAttachment;
}

// Distinct words of two letters or more, counted up to `enough`.
bool BodyIsSilent(const ScanContext& ctx) {
  return DistinctWords(ctx.extraction.text, false, 2, kMaxBodyWords).size() < kMaxBodyWords;
}

// The subject's first lure wording, or "".
std::string SubjectLure(const ScanContext& ctx) {
  for (std::string_view category : kLureCategories) {
    for (const PhraseMatch* m : ctx.subject_hits.InCategory(category))
      return DisplayText(ctx.subject_hits.MatchedText(*m), 80);
  }
  return "";
}

// The hosts the web links lead to when every one of them is unrelated to
// the sender; empty when any is related, or hides its destination behind a
// click counter (a mailing service's link may well lead home).
std::vector<std::string> UnrelatedDestinations(const ScanContext& ctx, const SenderRelation& relation) {
  std::vector<std::string> hosts;
  bool any = false;
  for (const Link& l : ctx.extraction.links) {
    if (!IsWebLink(l)) continue;
    any = true;
    const ResolvedUrl r = ResolveRedirects(l.url, ctx.knowledge.redirectors());
    if (r.opaque_redirect || LooksLikeClickCounter(r.target) || r.target.registrable_domain.empty() ||
        relation.IsRelated(r.target.registrable_domain))
      return {};
    if (hosts.size() < kMaxLinksShown && std::find(hosts.begin(), hosts.end(), r.target.host) == hosts.end())
      hosts.push_back(r.target.host);
  }
  if (!any) return {};
  return hosts;
}

class TextlessLureDetector : public Detector {
 public:
  std::string_view name() const override { return "textless_lure"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    if (ctx.message.headers_only || !BodyIsSilent(ctx)) return;
    const std::string lure = SubjectLure(ctx);
    if (lure.empty()) return;
    const SenderRelation relation(ctx);
    if (relation.from_authenticated()) return;
    const std::vector<std::string> hosts = UnrelatedDestinations(ctx, relation);
    if (hosts.empty()) return;
    Evidence e{{"subject phrase", lure}};
    for (const std::string& h : hosts) e.emplace_back("link host", h);
    out.push_back(MakeSignal("links.textless_lure", Sign::kDeceptiveLink, 18, std::move(e),
                             "The message has no text of its own: only the subject speaks (" + QuoteEn(lure) +
                                 "), and the only thing to do is follow a link to " + hosts.front() +
                                 ", a site unrelated to the sender.",
                             "Le message n'a pas de texte : seul l'objet parle (" + QuoteFr(lure) +
                                 "), et la seule chose à faire est de suivre un lien vers " + hosts.front() +
                                 ", un site sans rapport avec l'expéditeur."));
  }
};

}  // namespace

std::unique_ptr<Detector> MakeTextlessLureDetector() { return std::make_unique<TextlessLureDetector>(); }

}  // namespace phishscan
