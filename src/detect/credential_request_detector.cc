// credential_request: the message wants the reader's password. The seed's
// third sign: an unexpected request to enter credentials on a page reached
// through a link. Phrases asking to sign in or re-enter a password count when
// there is somewhere to do it (a link or a form); HTML forms with a password
// field are the strongest form of it. A sender's own account mail (a reset
// link on its own domain) is ordinary and stays weak.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/text.h"
#include "detect/detector.h"
#include "detect/embedded_target.h"
#include "detect/explanation_text.h"
#include "detect/make_signal.h"
#include "detect/redirect_resolver.h"
#include "detect/sender_relation.h"
#include "detect/subject_brand_voice.h"

namespace phishscan {
namespace {

constexpr std::size_t kEvidenceBytes = 200;
constexpr std::size_t kMaxLinksLocated = 50;  // each is one search of the text
constexpr std::size_t kNearBytes = 200;  // "nearby" in the rendered text

bool IsWebLink(const Link& link) {
  return (link.url.scheme == "http" || link.url.scheme == "https") && !link.url.host.empty();
}

// Up to three distinct phrases of a category, subject first.
std::vector<std::string> PhrasesOf(const ScanContext& ctx, std::string_view category) {
  std::vector<std::string> out;
  auto add = [&](const PhraseHits& hits) {
    for (const PhraseMatch* m : hits.InCategory(category)) {
      if (out.size() >= 3) return;
      std::string p = Ellipsize(TrimWhitespace(hits.MatchedText(*m)), 80);
      if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(std::move(p));
    }
  };
  add(ctx.subject_hits);
  add(ctx.hits);
  return out;
}

// "\"a\", \"b\" and \"c\"" / "« a », « b » et « c »".
std::string QuotedListEn(const std::vector<std::string>& items) {
  std::vector<std::string> quoted;
  for (const std::string& item : items) quoted.push_back(QuoteEn(item));
  return JoinEn(quoted);
}

std::string QuotedListFr(const std::vector<std::string>& items) {
  std::vector<std::string> quoted;
  for (const std::string& item : items) quoted.push_back(QuoteFr(item));
  return JoinFr(quoted);
}

// Where the message may plausibly send its reader (SenderRelation: the
// sender's own and authenticated domains, the same organisation, a claimed
// brand's official domains, the reader's own). A wrapped link (SafeLinks,
// google.com/url) is judged by the destination it carries, and so is a link
// on those domains that carries another web address in its query.
class SenderDomains {
 public:
  explicit SenderDomains(const ScanContext& ctx) : ctx_(ctx), relation_(*ctx.sender_relation) {}

  bool Covers(const Url& url) const {
    const ResolvedUrl resolved = ResolveRedirects(url, ctx_.knowledge.redirectors());
    if (resolved.opaque_redirect) return false;
    if (!relation_.IsRelated(resolved.target.registrable_domain)) return false;
    // An open redirect on the sender's own site ("?DomainUrl=http%3A%2F%2F...")
    // still sends the reader wherever the address it carries points.
    const std::optional<Url> carried = EmbeddedTarget(resolved.target);
    return !carried || relation_.IsRelated(carried->registrable_domain);
  }

 private:
  const ScanContext& ctx_;
  const SenderRelation& relation_;
};

// The message claims to be someone its From domain is not (a brand in a
// prominent place, or the reader's mail service): then links on the From
// domain prove nothing.
bool ClaimsForeignIdentity(const ScanContext& ctx) {
  const std::string& from = ctx.message.from.registrable_domain;
  if (from.empty()) return true;
  // A signed sender titling its notice with a brand it works with ("Your card
  // was added to Apple Pay") names it; opening the subject, it speaks for it.
  const bool authenticated = ctx.sender_relation->from_authenticated();
  for (const ScanContext::BrandClaim& c : ctx.brand_claims) {
    if (!c.brand || (c.where != "display name" && c.where != "subject" && c.where != "copyright line"))
      continue;
    if (c.where == "subject" && authenticated && !SubjectOpensWithBrand(ctx.subject_normalized, *c.brand))
      continue;
    if (!ctx.knowledge.brands().IsOfficialDomain(*c.brand, from)) return true;
  }
  if (!ctx.recipient_registrable.empty() && from != ctx.recipient_registrable &&
      (ctx.hits.Any("mail_service") || ctx.subject_hits.Any("mail_service")))
    return true;
  return false;
}

struct Targets {
  std::vector<const Link*> web_links;
  const Link* foreign_link = nullptr;  // first link off the sender's domains
  bool any_form = false;
  bool has_target() const { return !web_links.empty() || any_form; }
  // Every place to act stays on the sender's own domains.
  bool only_own() const { return !web_links.empty() && !foreign_link && !any_form; }
};

Targets FindTargets(const ScanContext& ctx, const SenderDomains& own) {
  Targets t;
  for (const Link& link : ctx.extraction.links) {
    if (!IsWebLink(link)) continue;
    t.web_links.push_back(&link);
    if (!t.foreign_link && !own.Covers(link.url)) t.foreign_link = &link;
  }
  t.any_form = !ctx.extraction.forms.empty();
  return t;
}

// Offsets in the rendered text where a link shows (its text, else its URL).
std::vector<std::size_t> LinkPositions(const ScanContext& ctx, const Targets& targets) {
  std::vector<std::size_t> positions;
  const std::string_view text = ctx.extraction.text;
  for (const Link* link : targets.web_links) {
    if (positions.size() >= kMaxLinksLocated) break;
    std::string needle = NormalizeText(TrimWhitespace(link->text));
    if (needle.size() < 3) needle = AsciiLower(link->url.raw);
    if (needle.size() < 3) continue;
    const std::size_t pos = text.find(needle);
    if (pos != std::string_view::npos) positions.push_back(pos);
  }
  return positions;
}

// Phrases of `category` in the body that sit within kNearBytes of a link.
std::vector<std::string> PhrasesNearLinks(const ScanContext& ctx, std::string_view category,
                                          const std::vector<std::size_t>& link_positions) {
  std::vector<std::string> out;
  for (const PhraseMatch* m : ctx.hits.InCategory(category)) {
    if (out.size() >= 3) break;
    const bool near = std::any_of(link_positions.begin(), link_positions.end(), [&](std::size_t p) {
      return (p >= m->start ? p - m->start : m->start - p) <= kNearBytes;
    });
    if (!near) continue;
    std::string p = Ellipsize(TrimWhitespace(ctx.hits.MatchedText(*m)), 80);
    if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(std::move(p));
  }
  return out;
}

const Link* ShownLink(const Targets& t) {
  if (t.foreign_link) return t.foreign_link;
  return t.web_links.empty() ? nullptr : t.web_links.front();
}

void AddLinkEvidence(const Targets& t, Signal& s) {
  if (const Link* link = ShownLink(t)) {
    if (!TrimWhitespace(link->text).empty())
      s.evidence.push_back({"link_text", Ellipsize(TrimWhitespace(link->text), kEvidenceBytes)});
    s.evidence.push_back({"href", Ellipsize(link->url.raw, kEvidenceBytes)});
    s.evidence.push_back({"host", link->url.host});
  } else if (t.any_form) {
    s.evidence.push_back({"form", "yes"});
  }
}

std::string WhereToEn(const Targets& t) {
  if (const Link* link = ShownLink(t)) return "through a link to " + link->url.host;
  return t.any_form ? "in a form inside the message" : "";
}

std::string WhereToFr(const Targets& t) {
  if (const Link* link = ShownLink(t)) return "via un lien vers " + link->url.host;
  return t.any_form ? "dans un formulaire intégré au message" : "";
}

class CredentialRequestDetector : public Detector {
 public:
  std::string_view name() const override { return "credential_request"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    const SenderDomains own(ctx);
    const Targets targets = FindTargets(ctx, own);
    // Account mail from the sender's own domain, linking only there, is how
    // real services send resets and sign-in notices.
    const bool routine = targets.only_own() && !ClaimsForeignIdentity(ctx);
    const std::vector<std::size_t> positions = LinkPositions(ctx, targets);
    if (!CheckRequest(ctx, targets, routine, out)) CheckWordNearLink(ctx, targets, positions, routine, out);
    CheckLure(ctx, "account_problem", "credential.account_problem_link", targets, positions, routine,
              "reports a problem with your account", "signale un problème sur votre compte", out);
    CheckLure(ctx, "document_share", "credential.document_share_link", targets, positions, routine,
              "announces a shared document or message", "annonce un document ou un message partagé",
              out);
    // "If you don't authorize this payment, click the link below to cancel it":
    // a charge disowned for the reader, undone on the lure's page.
    CheckLure(ctx, "unrecognised_action", "credential.unrecognised_action_link", targets, positions, routine,
              "talks of a payment, order or sign-in you may not have made",
              "évoque un paiement, une commande ou une connexion dont vous ne seriez pas à l'origine", out);
    CheckForms(ctx, own, out);
  }

 private:
  bool CheckRequest(const ScanContext& ctx, const Targets& targets, bool routine,
                    std::vector<Signal>& out) const {
    const std::vector<std::string> phrases = PhrasesOf(ctx, "credential_request");
    if (phrases.empty()) return false;
    const int weight = !targets.has_target() ? 10 : routine ? 8 : 30;
    Signal s = MakeSignal("credential.request", Sign::kCredentialRequest, weight);
    for (const std::string& p : phrases) s.evidence.push_back({"phrase", p});
    AddLinkEvidence(targets, s);
    const std::string en = QuotedListEn(phrases), fr = QuotedListFr(phrases);
    if (routine) {
      s.explanation_en = "The message asks you to act on your login details (" + en +
                         "), but its links stay on the sender's own domain " +
                         ctx.message.from.registrable_domain + ", as genuine account mail does.";
      s.explanation_fr = "Le message vous demande d'agir sur vos identifiants (" + fr +
                         "), mais ses liens restent sur le domaine de l'expéditeur " +
                         ctx.message.from.registrable_domain + ", comme un vrai message de service.";
    } else if (targets.has_target()) {
      s.explanation_en = "The message asks you to enter your password or login details (" + en + ") " +
                         WhereToEn(targets) + ". A genuine provider never asks for this by email.";
      s.explanation_fr = "Le message vous demande de saisir votre mot de passe ou vos identifiants (" + fr +
                         ") " + WhereToFr(targets) +
                         ". Un vrai fournisseur ne demande jamais cela par e-mail.";
    } else {
      s.explanation_en = "The message asks for your password or login details (" + en + ").";
      s.explanation_fr = "Le message demande votre mot de passe ou vos identifiants (" + fr + ").";
    }
    out.push_back(std::move(s));
    return true;
  }

  void CheckWordNearLink(const ScanContext& ctx, const Targets& targets,
                         const std::vector<std::size_t>& positions, bool routine,
                         std::vector<Signal>& out) const {
    std::vector<std::string> words = PhrasesNearLinks(ctx, "credential_word", positions);
    if (words.empty() && !ctx.extraction.forms.empty()) words = PhrasesOf(ctx, "credential_word");
    if (words.empty()) return;
    Signal s = MakeSignal("credential.word_near_link", Sign::kCredentialRequest, routine ? 5 : 12);
    for (const std::string& w : words) s.evidence.push_back({"word", w});
    AddLinkEvidence(targets, s);
    const std::string en = QuotedListEn(words), fr = QuotedListFr(words);
    s.explanation_en = "The message mentions your login details (" + en + ") next to a link " +
                       (routine ? "on the sender's own domain." : "or form where they could be typed in.");
    s.explanation_fr = "Le message parle de vos identifiants (" + fr + ") à côté d'un lien " +
                       (routine ? "vers le domaine de l'expéditeur." : "ou formulaire où les saisir.");
    out.push_back(std::move(s));
  }

  void CheckLure(const ScanContext& ctx, std::string_view category, std::string id,
                 const Targets& targets, const std::vector<std::size_t>& positions, bool routine,
                 std::string_view what_en, std::string_view what_fr, std::vector<Signal>& out) const {
    if (!targets.has_target()) return;
    std::vector<std::string> phrases;
    for (const PhraseMatch* m : ctx.subject_hits.InCategory(category)) {
      if (phrases.size() >= 3) break;
      std::string p = Ellipsize(TrimWhitespace(ctx.subject_hits.MatchedText(*m)), 80);
      if (std::find(phrases.begin(), phrases.end(), p) == phrases.end()) phrases.push_back(std::move(p));
    }
    for (std::string& p : PhrasesNearLinks(ctx, category, positions))
      if (phrases.size() < 3 && std::find(phrases.begin(), phrases.end(), p) == phrases.end())
        phrases.push_back(std::move(p));
    if (phrases.empty()) return;
    Signal s = MakeSignal(std::move(id), Sign::kCredentialRequest, routine ? 5 : 15);
    for (const std::string& p : phrases) s.evidence.push_back({"phrase", p});
    AddLinkEvidence(targets, s);
    s.explanation_en = "The message " + std::string(what_en) + " (" + QuotedListEn(phrases) +
                       ") and offers to sort it out " + WhereToEn(targets) +
                       ": the usual path to a fake sign-in page.";
    s.explanation_fr = "Le message " + std::string(what_fr) + " (" + QuotedListFr(phrases) +
                       ") et propose d'y remédier " + WhereToFr(targets) +
                       " : le chemin habituel vers une fausse page de connexion.";
    out.push_back(std::move(s));
  }

  void CheckForms(const ScanContext& ctx, const SenderDomains& own, std::vector<Signal>& out) const {
    const Form* password_form = nullptr;
    const Form* other_form = nullptr;
    for (const Form& f : ctx.extraction.forms) {
      if (f.has_password_input) {
        if (!password_form || (f.in_attachment && !password_form->in_attachment)) password_form = &f;
      } else if (!other_form && f.action && !own.Covers(*f.action) &&
                 AsksForIdentity(f)) {
        other_form = &f;
      }
    }
    if (password_form) out.push_back(PasswordFormSignal(*password_form, own));
    else if (other_form) out.push_back(ForeignFormSignal(*other_form));
  }

  static std::string InputList(const Form& f) {
    std::string inputs;
    for (std::size_t i = 0; i < f.input_names.size() && i < 8; ++i)
      inputs += (i ? ", " : "") + f.input_names[i];
    return Ellipsize(inputs, kEvidenceBytes);
  }

  static Signal PasswordFormSignal(const Form& f, const SenderDomains& own) {
    const bool elsewhere = f.action && !own.Covers(*f.action);
    int weight = f.in_attachment ? 35 : 30;
    if (elsewhere) weight += 5;
    Signal s = MakeSignal("credential.password_form", Sign::kCredentialRequest, weight);
    s.evidence.push_back({"in_attachment", f.in_attachment ? "yes" : "no"});
    if (!f.action_raw.empty()) s.evidence.push_back({"action", Ellipsize(f.action_raw, kEvidenceBytes)});
    if (f.action) s.evidence.push_back({"action_host", f.action->host});
    s.evidence.push_back({"inputs", InputList(f)});
    const std::string where_en = f.in_attachment ? "An attachment contains" : "The message contains";
    const std::string where_fr = f.in_attachment ? "Une pièce jointe contient" : "Le message contient";
    const std::string dest_en = f.action ? " that sends what you type to " + f.action->host : "";
    const std::string dest_fr = f.action ? " qui envoie ce que vous tapez à " + f.action->host : "";
    s.explanation_en = where_en + " a login form with a password field" + dest_en +
                       ". Real services never ask you to type a password into an email or attachment.";
    s.explanation_fr = where_fr + " un formulaire de connexion avec un champ mot de passe" + dest_fr +
                       ". Les vrais services ne demandent jamais de taper un mot de passe dans un e-mail ou une pièce jointe.";
    return s;
  }

  // A form asking who you are (email, user, login), not a search box.
  static bool AsksForIdentity(const Form& f) {
    for (const std::string& name : f.input_names) {
      const std::string n = AsciiLower(name);
      for (std::string_view w : {"email", "e-mail", "mail", "user", "login", "account", "card", "phone"})
        if (n.find(w) != std::string::npos) return true;
    }
    return false;
  }

  static Signal ForeignFormSignal(const Form& f) {
    Signal s = MakeSignal("credential.form_posts_elsewhere", Sign::kCredentialRequest, 15);
    s.evidence.push_back({"in_attachment", f.in_attachment ? "yes" : "no"});
    s.evidence.push_back({"action", Ellipsize(f.action_raw, kEvidenceBytes)});
    s.evidence.push_back({"action_host", f.action->host});
    s.evidence.push_back({"inputs", InputList(f)});
    s.explanation_en = "A form in the message sends what you type (" + InputList(f) + ") to " +
                       f.action->host + ", a site unrelated to the sender.";
    s.explanation_fr = "Un formulaire du message envoie ce que vous tapez (" + InputList(f) + ") à " +
                       f.action->host + ", un site sans rapport avec l'expéditeur.";
    return s;
  }
};

}  // namespace

std::unique_ptr<Detector> MakeCredentialRequestDetector() {
  return std::make_unique<CredentialRequestDetector>();
}

}  // namespace phishscan
