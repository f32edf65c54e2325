// textless_lure: when the body says nothing, the subject is the message. A
// mail with (almost) no readable text — one picture, or nothing but a link —
// whose subject carries a lure ("your account is blocked", "your parcel is
// waiting", "you have won") and whose every link leads away from the sender
// is a lure with its words moved out of filters' reach. Real senders that
// mail one big image (shop newsletters) link to their own sites or through
// their mailing service's tracker, and sign their mail (DMARC or aligned
// DKIM): an authenticated sender is judged only on claims about the
// reader's parcel, account or payment, at a lower weight. Real
// account, parcel or prize notices also say in the body what happened.
// The lure may be spelt around filters ("pakket dat op bezorging-wacht",
// "Wij..hebben geprobeerd u.te bereiken") or sit in the sender name ("Pago
// rechazado", "E n t r e g a fallida"), so both are read again with
// hyphens and dots between words taken for spaces, the way the reader
// reads them. A body of hash-buster filler (random tokens, codes) gives the
// reader nothing to read either, so only real words count as text. Beside
// claims and prizes, a silent mail's subject may bait a reply ("we have
// been trying to reach you") or raise a false alarm ("virus detected"):
// wording that is ordinary in a colleague's message and is evidence only
// here, where nothing else is said. A subject or sender name that only
// names a brand ("Binance Cybersecurity", "[Bradesco] aviso") is the same
// lure when the sender is not the brand and its links lead neither to the
// brand nor to the sender: the reader takes the picture for the brand's.
// A mailing service's click counter hides where a link leads, so it spares
// a signed sender; an unsigned one gets no such benefit of the doubt.
#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/text.h"
#include "detect/context.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/filler_tokens.h"
#include "detect/make_signal.h"
#include "detect/redirect_resolver.h"
#include "detect/sender_relation.h"
#include "detect/subject_brand_voice.h"
#include "extract/disguise_unfold.h"
#include "extract/lookalike_fold.h"

namespace phishscan {
namespace {

// Fewer distinct readable words than this and the body tells nothing.
constexpr std::size_t kMaxBodyWords = 5;
constexpr std::size_t kMaxLinksShown = 2;
constexpr int kWeight = 18;
// A signed sender's picture-only claim: still a lure, less sure.
constexpr int kSignedWeight = 12;

// Subject wording that asks the reader to act on a claim about them.
constexpr std::string_view kLureCategories[] = {
    "account_problem", "urgency_threat",  "credential_request", "parcel_fee",      "toll_fine",      "prize",
    "payment_request", "giveaway_survey", "airdrop",            "contact_attempt", "device_infected",
    "billing_failure"};

bool IsWebLink(const Link& l) {
  return (l.url.scheme == "http" || l.url.scheme == "https") && l.origin != LinkOrigin::kAttachment;
}

// Distinct real words, counted up to `enough`; filler is not read.
bool BodyIsSilent(const ScanContext& ctx) {
  return CountReadableWords(ctx.extraction.text, kMaxBodyWords) < kMaxBodyWords;
}

// The category of a lure that is a brand's name rather than a phrase.
constexpr std::string_view kBrandCategory = "brand";

// Where the lure was read, and its words.
struct Lure {
  std::string wording;
  bool in_sender_name = false;
  std::string_view category;
};

// Claims about the reader's own parcel, account, payment or device, or
// about attempts to reach them. Signed senders mail pictures that say
// "win" or "free", never a picture alone that says "your parcel is
// suspended" or "we tried to reach you" and leads to a stranger's site: a
// signature on a domain made for the occasion does not vouch for such a
// mail, and a carrier or a bank that did try links to its own site.
constexpr std::string_view kClaimCategories[] = {"account_problem", "credential_request", "parcel_fee",
                                                 "toll_fine",       "payment_request",    "contact_attempt",
                                                 "device_infected", "billing_failure"};

bool IsClaim(std::string_view category) {
  return std::find(std::begin(kClaimCategories), std::end(kClaimCategories), category) !=
         std::end(kClaimCategories);
}

// Subjects and sender names are short; longer ones are not read again.
constexpr std::size_t kMaxRereadBytes = 512;

bool IsWordByte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9');
}

void AppendSpace(std::string& out) {
  if (!out.empty() && out.back() != ' ') out += ' ';
}

// "bezorging-wacht" reads "bezorging wacht", "u.te" reads "u te" and
// "__Consegna" reads "Consegna": a run of hyphens or dots between two
// words, and any underscore, stand for one space. Only used for this
// second reading, where a torn "e-mail" or "www.shop.example" costs nothing.
std::string SeparatorsAsSpaces(std::string_view normalized) {
  const std::string_view in = normalized.substr(0, kMaxRereadBytes);
  std::string out;
  for (std::size_t i = 0; i < in.size(); ++i) {
    const char c = in[i];
    if (c == '_' || c == ' ') {
      AppendSpace(out);
      continue;
    }
    if (c != '-' && c != '.') {
      out += c;
      continue;
    }
    std::size_t end = i;
    while (end < in.size() && in[end] == c) ++end;
    if (i > 0 && end < in.size() && IsWordByte(in[i - 1]) && IsWordByte(in[end])) AppendSpace(out);
    else out.append(in.substr(i, end - i));
    i = end - 1;
  }
  return out;
}

// The first lure wording of `hits`; empty wording when none.
Lure FirstLure(const PhraseHits& hits, bool in_sender_name) {
  for (std::string_view category : kLureCategories) {
    for (const PhraseMatch* m : hits.InCategory(category))
      return {DisplayText(hits.MatchedText(*m), 80), in_sender_name, category};
  }
  return {};
}

Lure LureInText(const PhraseMatcher& phrases, const std::string& text, bool in_sender_name) {
  return FirstLure(PhraseHits(phrases, text, phrases.Match(text)), in_sender_name);
}

// A brand that the subject or the sender name names, when the sender is
// not that brand; empty wording when none.
Lure BrandLure(const ScanContext& ctx) {
  const std::string& from_domain = ctx.message.EffectiveFrom().registrable_domain;
  for (const ScanContext::BrandClaim& claim : ctx.brand_claims) {
    if (!claim.brand || ctx.knowledge.brands().IsOfficialDomain(*claim.brand, from_domain)) continue;
    const bool in_name = claim.where == "display name";
    // A subject that names the brand further on tells news about it ("the
    // trailer comes out today on AOL" from a feed digest); one that opens
    // with it is titled as the brand's own mail.
    const bool titled = claim.where == "subject" ||
                        (claim.where == "subject mention" && SubjectOpensWithBrand(ctx.subject_normalized, *claim.brand));
    if (in_name || titled) return {claim.brand->name, in_name, kBrandCategory};
  }
  return {};
}

// The subject's lure, else that of the subject with separators read as
// spaces, else the sender name's (read like the subject: look-alike letters
// folded, disguises undone), else a brand either of them names.
Lure FindLure(const ScanContext& ctx) {
  Lure lure = FirstLure(ctx.subject_hits, false);
  if (!lure.wording.empty()) return lure;
  const PhraseMatcher& phrases = ctx.knowledge.phrases();
  const std::string subject = SeparatorsAsSpaces(ctx.subject_normalized);
  if (subject != ctx.subject_normalized) {
    lure = LureInText(phrases, subject, false);
    if (!lure.wording.empty()) return lure;
  }
  const std::string name = SenderNameOf(ctx);
  if (name.empty() || name.size() > kMaxRereadBytes) return {};
  const std::string read = SeparatorsAsSpaces(NormalizeText(UnfoldDisguise(FoldLookalikeLetters(name).text).text));
  lure = LureInText(phrases, read, true);
  if (!lure.wording.empty()) return lure;
  return BrandLure(ctx);
}

// The hosts the web links lead to when every one of them is unrelated to
// the sender; empty when any is related, or, for a signed sender, hides its
// destination behind a click counter (a mailing service's link may well
// lead home).
std::vector<std::string> UnrelatedDestinations(const ScanContext& ctx, const SenderRelation& relation) {
  const bool trust_counters = relation.from_authenticated();
  std::vector<std::string> hosts;
  bool any = false;
  for (const Link& l : ctx.extraction.links) {
    if (!IsWebLink(l)) continue;
    any = true;
    const ResolvedUrl r = ResolveRedirects(l.url, ctx.knowledge.redirectors());
    if (r.opaque_redirect || (trust_counters && LooksLikeClickCounter(r.target)) ||
        r.target.registrable_domain.empty() || relation.IsRelated(r.target.registrable_domain))
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
    const Lure lure = FindLure(ctx);
    if (lure.wording.empty()) return;
    const SenderRelation& relation = *ctx.sender_relation;
    const bool signed_sender = relation.from_authenticated();
    if (signed_sender && !IsClaim(lure.category)) return;
    const std::vector<std::string> hosts = UnrelatedDestinations(ctx, relation);
    if (hosts.empty()) return;
    const bool brand = lure.category == kBrandCategory;
    const std::string place = lure.in_sender_name ? "sender name" : "subject";
    Evidence e{{place + (brand ? " brand" : " phrase"), lure.wording}};
    for (const std::string& h : hosts) e.emplace_back("link host", h);
    if (signed_sender) e.emplace_back("sender", "authenticated");
    out.push_back(MakeSignal("links.textless_lure", Sign::kDeceptiveLink, signed_sender ? kSignedWeight : kWeight,
                             std::move(e), ExplanationEn(lure, hosts.front()), ExplanationFr(lure, hosts.front())));
  }

 private:
  static std::string ExplanationEn(const Lure& lure, const std::string& host) {
    const std::string where = lure.in_sender_name ? "the sender's name" : "the subject";
    if (lure.category == kBrandCategory)
      return "The message has no text of its own: only " + where + " speaks, naming " + lure.wording +
             ", and the only thing to do is follow a link to " + host + ", which is neither " + lure.wording +
             "'s site nor the sender's.";
    return "The message has no text of its own: only " + where + " speaks (" + QuoteEn(lure.wording) +
           "), and the only thing to do is follow a link to " + host + ", a site unrelated to the sender.";
  }

  static std::string ExplanationFr(const Lure& lure, const std::string& host) {
    const std::string where = lure.in_sender_name ? "le nom de l'expéditeur" : "l'objet";
    if (lure.category == kBrandCategory)
      return "Le message n'a pas de texte : seul " + where + " parle, en nommant " + lure.wording +
             ", et la seule chose à faire est de suivre un lien vers " + host + ", qui n'est ni le site de " +
             lure.wording + " ni celui de l'expéditeur.";
    return "Le message n'a pas de texte : seul " + where + " parle (" + QuoteFr(lure.wording) +
           "), et la seule chose à faire est de suivre un lien vers " + host + ", un site sans rapport avec "
           "l'expéditeur.";
  }
};

}  // namespace

std::unique_ptr<Detector> MakeTextlessLureDetector() { return std::make_unique<TextlessLureDetector>(); }

}  // namespace phishscan
