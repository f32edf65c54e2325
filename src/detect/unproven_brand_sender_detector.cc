// unproven_brand_sender: the From address is on a brand's own domain, nothing
// vouches for it, and the message's own link to that domain goes elsewhere.
// Old bank lures forged From on the bank's real domain (before DMARC) and
// showed the bank's address as link text over an IP address or another
// site. A brand comparing notes with itself would link to its own site; a
// link that shows the brand's address yet leads away is what gives the
// forged From away; so does any link to a bare IP address, a form that
// posts to another site, or links that all lead away from the brand.
// sender.brand_domain_mismatch cannot see it: the From domain is the brand's.
#include <optional>
#include <string>
#include <vector>

#include "base/text.h"
#include "detect/call_to_action.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/host_labels.h"
#include "detect/make_signal.h"
#include "detect/redirect_resolver.h"
#include "detect/sender_relation.h"

namespace phishscan {
namespace {

constexpr int kWeight = 25;
constexpr std::size_t kMaxLinksInspected = 200;
constexpr std::size_t kEvidenceBytes = 200;

// Mail providers and internet providers host their customers' mailboxes: a
// From on their domain is anyone's address, not the brand speaking.
bool HostsPeoplesMailboxes(const ScanContext& ctx, const Brand& brand, std::string_view from_domain) {
  return ctx.knowledge.IsFreemail(from_domain) || brand.category == "mail" || brand.category == "telecom" ||
         brand.category == "cloud";
}

// The link's text names the brand ("Washington Mutual Online Banking"): it
// presents itself as the brand's own site.
bool TextNamesBrand(const ScanContext& ctx, const Link& link, const Brand& brand) {
  const auto& brands = ctx.knowledge.brands().brands();
  for (const BrandMention& m : ctx.knowledge.brands().FindMentions(NormalizeText(link.text)))
    if (m.brand_index < brands.size() && &brands[m.brand_index] == &brand) return true;
  return false;
}

// What gives the forged From away: a link or form of the message and the
// site it really leads to.
struct Disowned {
  std::string shown;  // the link's visible text, or "form" for a form
  std::string raw;    // the href or form action as written
  Url target;
  bool form = false;
};

// The resolved destination when it is neither the brand's, nor another known
// brand's, nor related to the sender. Click counters and hosts named after
// the sender are a mailing service's, not a lure's.
std::optional<Url> UnrelatedTarget(const ScanContext& ctx, const SenderRelation& relation, const Url& url) {
  if (url.scheme != "http" && url.scheme != "https") return std::nullopt;
  const ResolvedUrl resolved = ResolveRedirects(url, ctx.knowledge.redirectors());
  const Url& target = resolved.target;
  if (resolved.opaque_redirect || target.registrable_domain.empty()) return std::nullopt;
  if (relation.IsRelated(target.registrable_domain) || ctx.knowledge.brands().BrandOfDomain(target.registrable_domain))
    return std::nullopt;
  if (LooksLikeClickCounter(target) || HostHasLabel(target, OrganisationLabel(relation.from_domain())))
    return std::nullopt;
  return target;
}

// The link presents itself as the brand's way in: its visible text is an
// address on the brand's domains, a button ("click here", "Verify now"),
// the brand's name, or an image (a lure whose whole body is one picture of
// the bank's page). A link to a bare IP address counts whatever its words:
// no brand sends its customers to one.
bool PresentsAsBrand(const ScanContext& ctx, const Link& link, const Brand& brand) {
  if (link.url.ip_literal) return true;
  if (link.shown_url) return ctx.knowledge.brands().IsOfficialDomain(brand, link.shown_url->registrable_domain);
  return link.image_only || IsCallToAction(link, ctx.knowledge.phrases(), false) || TextNamesBrand(ctx, link, brand);
}

// When no web link of the message stays with the brand or the sender, its
// first link: a bank's notice whose every link ("this link", "here") leads
// away never came from the bank. Empty when any link stays home or when the
// message has no web link.
std::optional<Disowned> FirstLinkWhenAllLeaveHome(const ScanContext& ctx, const SenderRelation& relation) {
  std::optional<Disowned> first;
  std::size_t inspected = 0;
  for (const Link& link : ctx.extraction.links) {
    if (link.url.scheme != "http" && link.url.scheme != "https") continue;
    if (++inspected > kMaxLinksInspected) return std::nullopt;
    std::optional<Url> target = UnrelatedTarget(ctx, relation, link.url);
    if (!target) return std::nullopt;
    if (!first) first = Disowned{DisplayText(link.text, 120), link.url.raw, std::move(*target), false};
  }
  return first;
}

// The first such link, or else the first form, that leads somewhere
// unrelated; else the first link when every link does. A brand's own notice
// has no reason to post a form to another site.
std::optional<Disowned> FindDisowned(const ScanContext& ctx, const SenderRelation& relation, const Brand& brand) {
  std::size_t inspected = 0;
  for (const Link& link : ctx.extraction.links) {
    if (++inspected > kMaxLinksInspected) break;
    if (!PresentsAsBrand(ctx, link, brand)) continue;
    if (std::optional<Url> target = UnrelatedTarget(ctx, relation, link.url))
      return Disowned{DisplayText(link.text, 120), link.url.raw, std::move(*target), false};
  }
  for (const Form& form : ctx.extraction.forms) {
    if (!form.action) continue;
    if (std::optional<Url> target = UnrelatedTarget(ctx, relation, *form.action))
      return Disowned{"form", form.action_raw, std::move(*target), true};
  }
  return FirstLinkWhenAllLeaveHome(ctx, relation);
}

class UnprovenBrandSenderDetector : public Detector {
 public:
  std::string_view name() const override { return "unproven_brand_sender"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    const SenderRelation& relation = *ctx.sender_relation;
    const std::string& from_domain = relation.from_domain();
    if (from_domain.empty() || relation.from_authenticated() || from_domain == ctx.recipient_registrable) return;
    const Brand* brand = ctx.knowledge.brands().BrandOfDomain(from_domain);
    if (brand == nullptr || HostsPeoplesMailboxes(ctx, *brand, from_domain)) return;
    const std::optional<Disowned> found = FindDisowned(ctx, relation, *brand);
    if (!found) return;
    Emit(*brand, ctx.message.from.address, from_domain, *found, out);
  }

 private:
  static void Emit(const Brand& brand, std::string_view from, const std::string& from_domain,
                   const Disowned& found, std::vector<Signal>& out) {
    const std::string where = found.target.ip_literal ? "the bare IP address " + found.target.host
                                                      : found.target.registrable_domain;
    const std::string where_fr = found.target.ip_literal ? "l'adresse IP nue " + found.target.host
                                                         : found.target.registrable_domain;
    Signal s = MakeSignal("sender.unproven_brand_sender", Sign::kSenderMismatch, kWeight);
    s.evidence.push_back({"brand", brand.name});
    s.evidence.push_back({"from", Ellipsize(from, kEvidenceBytes)});
    s.evidence.push_back({"from_domain", from_domain});
    s.evidence.push_back({"authentication", "From not vouched for"});
    if (found.form) {
      s.evidence.push_back({"form action", Ellipsize(found.raw, kEvidenceBytes)});
    } else {
      s.evidence.push_back({"link text", Ellipsize(found.shown, kEvidenceBytes)});
      s.evidence.push_back({"href", Ellipsize(found.raw, kEvidenceBytes)});
    }
    s.evidence.push_back({"link domain", found.target.ip_literal ? found.target.host : found.target.registrable_domain});
    std::string what_en = "its link showing " + QuoteEn(found.shown) + " really leads to ";
    std::string what_fr = "son lien qui affiche " + QuoteFr(found.shown) + " mène en réalité à ";
    if (found.form) {
      what_en = "a form in it sends what you enter to ";
      what_fr = "un formulaire qu'il contient envoie ce que vous saisissez à ";
    } else if (found.shown.empty()) {  // a picture
      what_en = "its linked picture really leads to ";
      what_fr = "son image cliquable mène en réalité à ";
    }
    s.explanation_en = "The sender address is on " + from_domain + ", a " + brand.name +
                       " domain, but nothing proves the message came from there, and " + what_en + where + ". " +
                       brand.name + " would link to its own site: the sender address is most likely forged.";
    s.explanation_fr = "L'adresse de l'expéditeur est sur " + from_domain + ", un domaine de " + brand.name +
                       ", mais rien ne prouve que le message en vient, et " + what_fr + where_fr + ". " +
                       brand.name +
                       " renverrait vers son propre site : l'adresse de l'expéditeur est très probablement falsifiée.";
    out.push_back(std::move(s));
  }
};

}  // namespace

std::unique_ptr<Detector> MakeUnprovenBrandSenderDetector() { return std::make_unique<UnprovenBrandSenderDetector>(); }

}  // namespace phishscan
