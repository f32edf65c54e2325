// Suspicious links, the seed's fourth sign: a familiar-looking text whose real
// destination is an unrelated domain. Every link is first unwrapped from known
// redirectors, then judged by where it really leads.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "base/domain.h"
#include "base/text.h"
#include "detect/call_to_action.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/finding_examples.h"
#include "detect/garbled_idn_label.h"
#include "detect/host_kind.h"
#include "detect/host_labels.h"
#include "detect/recipient_trace.h"
#include "detect/redirect_resolver.h"
#include "detect/sender_name_words.h"
#include "detect/sender_relation.h"
#include "detect/shortener_owner.h"
#include "parse/message.h"

namespace phishscan {
namespace {

constexpr std::size_t kHrefEvidenceBytes = 200;
// Below this many links, "all links go to one place" says nothing.
constexpr std::size_t kMinLinksForBrandCheck = 3;
// From this many links to its own site on, a sender has a site of its own.
constexpr std::size_t kMinOwnLinks = 3;
// A call to action towards another site, in mail that mostly links to the
// sender's own site: an advertiser's link, not a reason to suspect on its own.
constexpr int kPartnerLinkWeight = 12;
// A shortener in mail signed with a brand by someone else: hidden
// destination plus borrowed name, worth as much as an unrelated button.
constexpr int kBrandShortenerExtra = 12;
// Every link of the message goes through a public shortener: not one
// destination can be checked, which bulk lures from throw-away senders do
// and a sender with a site of its own has no reason to.
constexpr int kAllShortenedWeight = 20;
// An IDN label strewn with letters of unrelated languages: a host drawn at
// random for one mailing, not a name anyone reads.
constexpr int kGarbledIdnWeight = 20;

struct WebLink {
  const Link* link;
  ResolvedUrl resolved;
  HostKind kind;
  const Url& target() const { return resolved.target; }
};

bool IsWebUrl(const Url& url) {
  return (url.scheme == "http" || url.scheme == "https") && !url.host.empty();
}

std::string LinkTextOf(const Link& link) { return DisplayText(link.text); }

std::string LinkSubjectEn(const Link& link) {
  std::string text = LinkTextOf(link);
  return text.empty() ? "A link" : "The link " + QuoteEn(text);
}

std::string LinkSubjectFr(const Link& link) {
  std::string text = LinkTextOf(link);
  return text.empty() ? "Un lien" : "Le lien " + QuoteFr(text);
}

Evidence LinkEvidence(const WebLink& w) {
  Evidence e;
  std::string text = LinkTextOf(*w.link);
  if (!text.empty()) e.emplace_back("link text", text);
  e.emplace_back("href", Ellipsize(w.link->url.raw, kHrefEvidenceBytes));
  if (!w.resolved.wrappers.empty()) {
    std::string chain;
    for (const std::string& host : w.resolved.wrappers) chain += (chain.empty() ? "" : ", ") + host;
    e.emplace_back("unwrapped from", chain);
  }
  e.emplace_back("host", w.target().host);
  e.emplace_back("registrable domain", w.target().registrable_domain);
  if (w.kind != HostKind::kOrdinary) e.emplace_back("host list", std::string(HostKindName(w.kind)));
  return e;
}

void Emit(std::string id, int max_weight, std::vector<FindingExample> examples, std::vector<Signal>& out) {
  EmitFinding(std::move(id), Sign::kDeceptiveLink, FindingItem::kLink, max_weight, std::move(examples), out);
}

class LinkReview {
 public:
  explicit LinkReview(const ScanContext& ctx)
      : ctx_(ctx),
        relation_(*ctx.sender_relation),
        sender_words_(DistinctiveNameWords(ctx.message.from.display_name)),
        platform_domain_(SendingPlatformDomain(ctx, relation_)) {
    for (const Link& link : ctx.extraction.links) {
      if (!IsWebUrl(link.url)) continue;
      ResolvedUrl resolved = ResolveRedirects(link.url, ctx.knowledge.redirectors());
      if (!IsWebUrl(resolved.target)) continue;
      HostKind kind = ClassifyHost(resolved.target, ctx.knowledge);
      if (IsSendersOwn(resolved.target.registrable_domain)) ++own_links_;
      links_.push_back({&link, std::move(resolved), kind});
    }
  }

  void Run(std::vector<Signal>& out) const {
    ShownUrlMismatch(out);
    ImageMapDecoy(out);
    CallToActionUnrelated(out);
    HostKinds(out);
    IpLiteral(out);
    UserinfoTrick(out);
    DeceptiveHostName(out);
    RecipientInUrl(out);
    MetaRefresh(out);
    BrandLinksUnrelated(out);
  }

 private:
  // The host is named after the sender's organisation, as an email
  // provider's per-customer tracking host is.
  void ShortenedInBrandsName(const WebLink& w, FindingExample& ex) const;
  bool HidesEveryDestination() const;
  void AllLinksShortened(FindingExample& ex) const;
  bool HostNamesSender(const WebLink& w) const {
    return HostHasLabel(w.target(), OrganisationLabel(relation_.from_domain()));
  }

  // The link goes through the sender's own click tracker: a redirector whose
  // target is opaque, or (when the sender is authenticated) a host named after
  // the sender. Where it leads cannot be judged from the message.
  bool IsSenderTracker(const WebLink& w) const {
    return w.resolved.opaque_redirect || (relation_.from_authenticated() && HostNamesSender(w)) ||
           IsSendingPlatform(w.target().registrable_domain);
  }

  // The platform that sent the message for an authenticated sender (the
  // Return-Path or MAIL FROM domain: a newsletter service, a CRM) counts its
  // clicks on its own domain. The sender chose it, so its links are the
  // sender's own.
  static std::string SendingPlatformDomain(const ScanContext& ctx, const SenderRelation& relation) {
    if (!relation.from_authenticated()) return "";
    const std::string& envelope = ctx.envelope.mail_from.empty() ? ctx.message.return_path : ctx.envelope.mail_from;
    std::string domain = MailboxFromAddress(envelope).registrable_domain;
    return domain == relation.from_domain() ? "" : domain;
  }
  bool IsSendingPlatform(std::string_view registrable) const {
    return !platform_domain_.empty() && registrable == platform_domain_;
  }
  bool IsSendersOwn(std::string_view registrable) const {
    return relation_.IsRelated(registrable) || IsSendingPlatform(registrable);
  }

  std::string SenderEn() const {
    return relation_.from_domain().empty() ? "the sender" : "the sender (" + relation_.from_domain() + ")";
  }
  std::string SenderFr() const {
    return relation_.from_domain().empty() ? "l'expéditeur" : "l'expéditeur (" + relation_.from_domain() + ")";
  }

  void ShownUrlMismatch(std::vector<Signal>& out) const;
  void ImageMapDecoy(std::vector<Signal>& out) const;
  void CallToActionUnrelated(std::vector<Signal>& out) const;
  void HostKinds(std::vector<Signal>& out) const;
  void IpLiteral(std::vector<Signal>& out) const;
  void UserinfoTrick(std::vector<Signal>& out) const;
  void DeceptiveHostName(std::vector<Signal>& out) const;
  void RecipientInUrl(std::vector<Signal>& out) const;
  void MetaRefresh(std::vector<Signal>& out) const;
  void BrandLinksUnrelated(std::vector<Signal>& out) const;

  // Most links lead to the sender's own site: a newsletter or shop whose
  // few "click here" links to other sites are its advertisers and partners.
  // A lure's links serve the lure, not the sender's domain.
  // The link's text carries the sender's name ("Washington Mutual Online
  // Banking" in mail from "Washington Mutual"): it presents itself as the
  // sender's own site, yet leads to a domain that does not carry that name.
  // Authenticated senders' links, click counters and URLs written out as
  // text are judged elsewhere.
  bool TextNamesSender(const WebLink& w) const {
    if (relation_.from_domain().empty() || relation_.from_authenticated() || w.link->shown_url) return false;
    if (LooksLikeClickCounter(w.target()) || !TextNamesWords(w.link->text, sender_words_)) return false;
    const std::string& domain = w.target().registrable_domain;
    return std::none_of(sender_words_.begin(), sender_words_.end(),
                        [&](const std::string& word) { return domain.find(word) != std::string::npos; });
  }

  bool IsPrintedInHtml(const Link& link) const {
    const std::vector<TextPart>& parts = ctx_.message.text_parts;
    return link.origin == LinkOrigin::kPlainText && link.part_index < parts.size() && parts[link.part_index].is_html;
  }

  bool SenderSiteDominates() const {
    return own_links_ >= kMinOwnLinks && 2 * own_links_ >= links_.size();
  }

  const ScanContext& ctx_;
  const SenderRelation& relation_;
  std::vector<std::string> sender_words_;
  std::string platform_domain_;
  std::vector<WebLink> links_;
  std::size_t own_links_ = 0;
};

// (a) The text shows one domain, the link goes to another.
void LinkReview::ShownUrlMismatch(std::vector<Signal>& out) const {
  std::vector<FindingExample> examples;
  const BrandCatalog& catalog = ctx_.knowledge.brands();
  for (const WebLink& w : links_) {
    const std::optional<Url>& shown = w.link->shown_url;
    if (!shown || shown->registrable_domain.empty()) continue;
    const std::string& shown_domain = shown->registrable_domain;
    const std::string& real = w.target().registrable_domain;
    if (real.empty() || real == shown_domain) continue;
    // A link that really leads to a brand's own site deceives no one.
    if (catalog.BrandOfDomain(real) != nullptr) continue;
    const Brand* shown_brand = catalog.BrandOfDomain(shown_domain);
    if (relation_.IsRelated(shown_domain) && IsSenderTracker(w)) continue;
    FindingExample ex;
    // Mailing services put their click counter between the text and the
    // site; that is still a mismatch, but a weaker one unless a brand is shown.
    ex.weight = shown_brand != nullptr ? 32 : LooksLikeClickCounter(w.target()) ? 15 : 26;
    if (IsThrowawayHost(w.kind)) ex.weight += 3;
    std::string shown_text = LinkTextOf(*w.link);
    if (shown_text.empty()) shown_text = shown->host;
    ex.evidence = LinkEvidence(w);
    ex.evidence.emplace_back("shown domain", shown_domain);
    ex.en = "The link text shows " + QuoteEn(shown_text) + " but the link leads to " + real + ".";
    ex.fr = "Le texte du lien affiche " + QuoteFr(shown_text) + " mais le lien mène à " + real + ".";
    examples.push_back(std::move(ex));
  }
  Emit("links.shown_url_mismatch", 35, std::move(examples), out);
}

// (a') A picture wrapped in a link to one site carries an image map whose
// areas send every click elsewhere: the link a reader or a filter checks is a
// decoy, the area decides where the click goes.
void LinkReview::ImageMapDecoy(std::vector<Signal>& out) const {
  std::vector<FindingExample> examples;
  const BrandCatalog& catalog = ctx_.knowledge.brands();
  for (const WebLink& w : links_) {
    const std::optional<Url>& decoy = w.link->mapped_image_link;
    if (!decoy || !IsWebUrl(*decoy) || decoy->registrable_domain.empty()) continue;
    const std::string& decoy_domain = decoy->registrable_domain;
    const std::string& real = w.target().registrable_domain;
    if (real.empty() || real == decoy_domain || catalog.BrandOfDomain(real) != nullptr) continue;
    if (relation_.IsRelated(decoy_domain) && IsSenderTracker(w)) continue;
    FindingExample ex;
    ex.weight = catalog.BrandOfDomain(decoy_domain) != nullptr ? 32 : LooksLikeClickCounter(w.target()) ? 15 : 28;
    ex.evidence = LinkEvidence(w);
    ex.evidence.emplace_back("link around the image", Ellipsize(decoy->raw, kHrefEvidenceBytes));
    ex.evidence.emplace_back("decoy domain", decoy_domain);
    ex.en = "The picture is wrapped in a link to " + decoy_domain + ", but an image map laid over it sends "
            "the click to " + real + ".";
    ex.fr = "L'image est entourée d'un lien vers " + decoy_domain + ", mais une carte d'image posée dessus "
            "envoie le clic vers " + real + ".";
    examples.push_back(std::move(ex));
  }
  Emit("links.image_map_decoy", 32, std::move(examples), out);
}

// (b) A button or "click here" leads to a domain unrelated to the sender and
// to the brand the message claims.
void LinkReview::CallToActionUnrelated(std::vector<Signal>& out) const {
  std::vector<FindingExample> examples;
  for (const WebLink& w : links_) {
    const std::string& real = w.target().registrable_domain;
    if (real.empty() || IsSendersOwn(real) || w.resolved.opaque_redirect || HostNamesSender(w)) continue;
    if (w.target().ip_literal && IsPrivateIp(w.target().host)) continue;
    if (!IsCallToAction(*w.link, ctx_.knowledge.phrases(), relation_.SignedBrandNotOwning(real) != nullptr) &&
        !TextNamesSender(w))
      continue;
    const Brand* brand = relation_.ClaimedBrandNotOwning(real);
    FindingExample ex;
    ex.weight = 20 + (IsThrowawayHost(w.kind) ? 10 : 0) + (brand != nullptr ? 5 : 0);
    if (SenderSiteDominates() && !IsThrowawayHost(w.kind)) ex.weight = std::min(ex.weight, kPartnerLinkWeight);
    ex.evidence = LinkEvidence(w);
    if (!relation_.from_domain().empty()) ex.evidence.emplace_back("sender domain", relation_.from_domain());
    if (brand != nullptr) ex.evidence.emplace_back("claimed brand", brand->name);
    std::string kind_en(HostKindPhraseEn(w.kind)), kind_fr(HostKindPhraseFr(w.kind));
    ex.en = LinkSubjectEn(*w.link) + " leads to " + real + ", " + (kind_en.empty() ? "which is" : kind_en) +
            " unrelated to " + SenderEn() + (brand ? " or to " + brand->name : "") + ".";
    ex.fr = LinkSubjectFr(*w.link) + " mène à " + real + ", " + (kind_fr.empty() ? "" : kind_fr + " ") +
            "sans rapport avec " + SenderFr() + (brand ? " ni avec " + brand->name : "") + ".";
    examples.push_back(std::move(ex));
  }
  Emit("links.cta_unrelated_domain", 35, std::move(examples), out);
}

struct KindFinding {
  HostKind kind;
  const char* id;
  int weight;
  const char* why_en;
  const char* why_fr;
};

// (c) Hosts where a phishing page costs nothing: each list is its own finding.
void LinkReview::HostKinds(std::vector<Signal>& out) const {
  const bool hides_all = HidesEveryDestination();
  static constexpr KindFinding kFindings[] = {
      {HostKind::kFreeHosting, "links.free_hosting", 14,
       "where anyone can publish a page for free, without giving a name",
       "où n'importe qui peut publier une page gratuitement, sans donner son nom"},
      {HostKind::kIpfsGateway, "links.ipfs", 20,
       "which serves pages from a decentralised network that is hard to take down",
       "qui sert des pages depuis un réseau décentralisé difficile à faire retirer"},
      {HostKind::kShortener, "links.shortener", 8, "which hides the real destination",
       "qui cache la vraie destination"},
      {HostKind::kFormService, "links.form_service", 12,
       "where anyone can build a form that collects what is typed into it",
       "où n'importe qui peut créer un formulaire qui recueille ce qui y est saisi"},
      {HostKind::kFileShare, "links.file_share", 6, "often used to deliver fake shared documents",
       "souvent utilisé pour livrer de faux documents partagés"},
      {HostKind::kSuspiciousTld, "links.suspicious_tld", 6, "where domains cost almost nothing",
       "où les domaines ne coûtent presque rien"},
  };
  for (const KindFinding& f : kFindings) {
    std::vector<FindingExample> examples;
    for (const WebLink& w : links_) {
      if (w.kind != f.kind || relation_.IsSenderDomain(w.target().registrable_domain)) continue;
      FindingExample ex;
      ex.weight = f.weight;
      ex.evidence = LinkEvidence(w);
      ex.en = LinkSubjectEn(*w.link) + " leads to " + w.target().host + ", " +
              std::string(HostKindPhraseEn(f.kind)) + " " + f.why_en + ".";
      ex.fr = LinkSubjectFr(*w.link) + " mène à " + w.target().host + ", " +
              std::string(HostKindPhraseFr(f.kind)) + " " + f.why_fr + ".";
      if (f.kind == HostKind::kShortener) ShortenedInBrandsName(w, ex);
      if (f.kind == HostKind::kShortener && hides_all) AllLinksShortened(ex);
      examples.push_back(std::move(ex));
    }
    Emit(f.id, f.weight + 4 + (f.kind == HostKind::kShortener ? kBrandShortenerExtra : 0), std::move(examples),
         out);
  }
}

// A message signed with a brand's name by a sender that is not the brand,
// whose link goes through a public shortener: the one place the reader
// could check where the brand's mail leads is hidden. Brands link to their
// own sites (or their own short domains, which are brand domains, not
// shorteners).
void LinkReview::ShortenedInBrandsName(const WebLink& w, FindingExample& ex) const {
  const Brand* brand = relation_.SignedBrandNotOwning(w.target().registrable_domain);
  if (brand == nullptr || relation_.from_domain().empty() ||
      relation_.SignedBrandNotOwning(relation_.from_domain()) != brand)
    return;
  ex.weight += kBrandShortenerExtra;
  ex.evidence.emplace_back("claimed brand", brand->name);
  ex.evidence.emplace_back("sender domain", relation_.from_domain());
  ex.en += " The message speaks as " + brand->name + " from " + relation_.from_domain() +
           ", which is not one of its domains, and hides where its link leads.";
  ex.fr += " Le message parle au nom de " + brand->name + " depuis " + relation_.from_domain() +
           ", qui n'est pas l'un de ses domaines, et cache où mène son lien.";
}

// Every link goes through a public shortener that is not the sender's own
// service (X's notifications link through t.co), and the sender is not
// proven by authentication: a shop or newsletter whose signed mail shortens
// its links stays at the ordinary weight, since the lures this targets come
// from throw-away identities that cannot sign for their From domain.
bool LinkReview::HidesEveryDestination() const {
  if (links_.empty()) return false;
  for (const WebLink& w : links_)
    if (w.kind != HostKind::kShortener || relation_.IsSenderDomain(w.target().registrable_domain) ||
        SenderOwnsShortener(relation_.from_domain(), w.target().registrable_domain))
      return false;
  return !relation_.from_authenticated();
}

void LinkReview::AllLinksShortened(FindingExample& ex) const {
  const std::string n = std::to_string(links_.size());
  ex.weight = std::max(ex.weight, kAllShortenedWeight);
  ex.evidence.emplace_back("links shortened", "all " + n);
  ex.en += links_.size() == 1 ? " It is the message's only link: no destination can be checked."
                              : " All " + n + " links of the message are shortened: no destination can be checked.";
  ex.fr += links_.size() == 1 ? " C'est le seul lien du message :" : " Les " + n + " liens du message sont tous raccourcis :";
  ex.fr += " aucune destination ne peut être vérifiée.";
}

// (d) A bare IP address instead of a name.
void LinkReview::IpLiteral(std::vector<Signal>& out) const {
  std::vector<FindingExample> examples;
  for (const WebLink& w : links_) {
    if (!w.target().ip_literal || IsPrivateIp(w.target().host)) continue;
    FindingExample ex;
    ex.weight = 25;
    ex.evidence = LinkEvidence(w);
    ex.en = LinkSubjectEn(*w.link) + " leads to the bare IP address " + w.target().host +
            " instead of a named website.";
    ex.fr = LinkSubjectFr(*w.link) + " mène à l'adresse IP brute " + w.target().host + " au lieu d'un site nommé.";
    examples.push_back(std::move(ex));
  }
  Emit("links.ip_literal", 30, std::move(examples), out);
}

// (e) "https://paypal.com@evil.example/": browsers go to evil.example.
void LinkReview::UserinfoTrick(std::vector<Signal>& out) const {
  std::vector<FindingExample> examples;
  for (const WebLink& w : links_) {
    const Url& url = w.link->url;
    if (url.userinfo.empty()) continue;
    bool looks_like_domain = url.userinfo.find('.') != std::string::npos;
    FindingExample ex;
    ex.weight = looks_like_domain ? 30 : 15;
    ex.evidence = LinkEvidence(w);
    ex.evidence.emplace_back("text before @", Ellipsize(url.userinfo, 80));
    std::string shown = Ellipsize(url.userinfo, 60) + "@";
    ex.en = LinkSubjectEn(*w.link) + " starts with " + QuoteEn(shown) + " before the real host " + url.host +
            ": browsers ignore what comes before \"@\", which is only there to look like a trusted address.";
    ex.fr = LinkSubjectFr(*w.link) + " commence par " + QuoteFr(shown) + " avant le vrai hôte " + url.host +
            " : les navigateurs ignorent ce qui précède « @ », placé là pour ressembler à une adresse de confiance.";
    examples.push_back(std::move(ex));
  }
  Emit("links.userinfo_trick", 35, std::move(examples), out);
}

// (f) Host names written with look-alike characters, in punycode, or in
// punycode that decodes to a jumble of accented letters.
void LinkReview::DeceptiveHostName(std::vector<Signal>& out) const {
  std::vector<FindingExample> confusable, garbled, punycode;
  for (const WebLink& w : links_) {
    const Url& url = w.target();
    if (!url.confusable && !url.punycode) continue;
    FindingExample ex;
    ex.evidence = LinkEvidence(w);
    ex.evidence.emplace_back("as displayed", url.host_unicode);
    if (url.confusable) {
      ex.weight = 25;
      ex.en = LinkSubjectEn(*w.link) + " leads to " + url.host_unicode +
              ", a name mixing look-alike characters from different alphabets (really " + url.host + ").";
      ex.fr = LinkSubjectFr(*w.link) + " mène à " + url.host_unicode +
              ", un nom qui mélange des caractères semblables de différents alphabets (en réalité " + url.host + ").";
      confusable.push_back(std::move(ex));
    } else if (GarbledLabel g = FindGarbledIdnLabel(url.host_unicode); !g.label.empty()) {
      ex.weight = kGarbledIdnWeight;
      ex.evidence.emplace_back("garbled label", g.label);
      ex.evidence.emplace_back("accented letters", g.letters);
      ex.en = LinkSubjectEn(*w.link) + " leads to " + url.host_unicode + " (really " + url.host +
              "), a name whose label " + QuoteEn(g.label) + " mixes accented letters (" + g.letters +
              ") that no language writes together: a host drawn at random, not a name anyone chose to read.";
      ex.fr = LinkSubjectFr(*w.link) + " mène à " + url.host_unicode + " (en réalité " + url.host +
              "), un nom dont le libellé " + QuoteFr(g.label) + " mélange des lettres accentuées (" + g.letters +
              ") qu'aucune langue n'écrit ensemble : un hôte tiré au hasard, pas un nom fait pour être lu.";
      garbled.push_back(std::move(ex));
    } else {
      ex.weight = 8;
      ex.en = LinkSubjectEn(*w.link) + " leads to " + url.host_unicode +
              ", an internationalised name (really " + url.host + ") that can imitate a familiar one.";
      ex.fr = LinkSubjectFr(*w.link) + " mène à " + url.host_unicode +
              ", un nom internationalisé (en réalité " + url.host + ") qui peut imiter un nom familier.";
      punycode.push_back(std::move(ex));
    }
  }
  Emit("links.confusable_host", 30, std::move(confusable), out);
  Emit("links.garbled_idn_host", kGarbledIdnWeight + 4, std::move(garbled), out);
  Emit("links.punycode_host", 10, std::move(punycode), out);
}

// Subscription management links carry the reader's address by design.
bool IsUnsubscribeLink(const WebLink& w) {
  static constexpr std::string_view kWords[] = {
      "subscri",  "unsub",      "newsletter",    "optout",     "opt-out",      "opt_out",         "inscri",
      "abonn",    "abmelden",   "abbestellen",   "suscri",     "darse de baja", "descadastr",     "uitschrijven",
      "mailman/options", "listinfo", "preferences"};
  std::string haystack = NormalizeText(w.link->text) + " " + AsciiLower(w.target().path);
  for (std::string_view word : kWords)
    if (haystack.find(word) != std::string::npos) return true;
  return false;
}

// (g) The reader's address or organisation written into a foreign link.
void LinkReview::RecipientInUrl(std::vector<Signal>& out) const {
  if (ctx_.recipient_address.empty() && ctx_.recipient_registrable.empty()) return;
  // A freemail or ISP name ("orange", "web", "gmx") is everyone's, not the
  // reader's organisation. Nor is a word that names the sender too ("example"
  // for a reader at example.net, in mail from example-shop.nl): in its links
  // it is the sender's name. A sender posing as the reader's own domain is
  // not given that benefit.
  const std::string_view org = OrganisationLabel(ctx_.recipient_registrable);
  const std::string& from = relation_.from_domain();
  bool sender_shares_org = from != ctx_.recipient_registrable && from.find(org) != std::string::npos;
  bool check_org = org.size() >= kMinOrganisationLabel && !sender_shares_org &&
                   !ctx_.knowledge.IsFreemail(ctx_.recipient_domain) &&
                   !ctx_.knowledge.IsFreemail(ctx_.recipient_registrable);
  const RecipientTracer tracer(ctx_.recipient_address, ctx_.recipient_registrable, check_org);
  std::vector<FindingExample> examples;
  for (const WebLink& w : links_) {
    const std::string& real = w.target().registrable_domain;
    if (real.empty() || real == ctx_.recipient_registrable || relation_.IsSenderDomain(real)) continue;
    if (w.resolved.opaque_redirect || IsUnsubscribeLink(w)) continue;
    RecipientTrace trace = tracer.Trace(w.target());
    if (!trace.found()) continue;
    // A brand's own sign-in page takes the reader's domain as a hint
    // ("?domain_hint="): only the address or a host named after the reader
    // is a trace there.
    if (trace.address_encoding.empty() && trace.host_label.empty() &&
        ctx_.knowledge.brands().BrandOfDomain(real) != nullptr)
      continue;
    FindingExample ex;
    std::vector<std::string> what_en, what_fr;
    ex.evidence = LinkEvidence(w);
    if (!trace.address_encoding.empty()) {
      ex.evidence.emplace_back("recipient address", ctx_.recipient_address);
      ex.evidence.emplace_back("address written", trace.address_encoding);
      what_en.push_back("your address (" + ctx_.recipient_address + ")");
      what_fr.push_back("votre adresse (" + ctx_.recipient_address + ")");
    }
    if (!trace.host_label.empty()) {
      ex.evidence.emplace_back("recipient domain", ctx_.recipient_registrable);
      ex.evidence.emplace_back("host label", trace.host_label);
      what_en.push_back("your organisation's name (" + trace.host_label + ")");
      what_fr.push_back("le nom de votre organisation (" + trace.host_label + ")");
    }
    if (!trace.path_token.empty()) {
      ex.evidence.emplace_back("recipient domain", ctx_.recipient_registrable);
      ex.evidence.emplace_back("path or query value", trace.path_token);
      what_en.push_back("your organisation's name (" + trace.path_token + ")");
      what_fr.push_back("le nom de votre organisation (" + trace.path_token + ")");
    }
    const bool organisation = !trace.host_label.empty() || !trace.path_token.empty();
    ex.weight = (!trace.address_encoding.empty() && organisation) ? 35 : 25;
    ex.en = LinkSubjectEn(*w.link) + " leads to " + real + " and carries " + JoinEn(what_en) +
            ": the page is prepared for you, to pass itself off as your own service.";
    ex.fr = LinkSubjectFr(*w.link) + " mène à " + real + " et contient " + JoinFr(what_fr) +
            " : la page est préparée pour vous, pour se faire passer pour votre propre service.";
    examples.push_back(std::move(ex));
  }
  Emit("links.recipient_in_url", 35, std::move(examples), out);
}

// (h) The HTML sends the browser elsewhere by itself.
void LinkReview::MetaRefresh(std::vector<Signal>& out) const {
  std::vector<FindingExample> examples;
  for (const Url& url : ctx_.extraction.meta_refresh) {
    if (!IsWebUrl(url)) continue;
    ResolvedUrl resolved = ResolveRedirects(url, ctx_.knowledge.redirectors());
    const std::string& real = resolved.target.registrable_domain;
    if (real.empty() || relation_.IsRelated(real)) continue;
    FindingExample ex;
    ex.weight = 20;
    ex.evidence = {{"refresh to", Ellipsize(url.raw, kHrefEvidenceBytes)},
                   {"host", resolved.target.host},
                   {"registrable domain", real}};
    ex.en = "The HTML sends the browser on its own (meta refresh) to " + real + ", unrelated to " + SenderEn() + ".";
    ex.fr = "Le HTML envoie le navigateur de lui-même (meta refresh) vers " + real + ", sans rapport avec " +
            SenderFr() + ".";
    examples.push_back(std::move(ex));
  }
  Emit("links.meta_refresh", 25, std::move(examples), out);
}

// (i) The message speaks as a brand, but (nearly) all its links go to one
// domain that is neither the brand's nor the sender's.
void LinkReview::BrandLinksUnrelated(std::vector<Signal>& out) const {
  if (relation_.speaking_brands().empty()) return;
  std::map<std::string, std::size_t> per_domain;
  std::size_t total = 0;
  for (const WebLink& w : links_) {
    if (w.resolved.opaque_redirect || w.target().registrable_domain.empty()) continue;
    // An HTML message's anchors are where it wants the reader to go; URLs it
    // prints as text are often the brand's real footer, copied.
    if (IsPrintedInHtml(*w.link)) continue;
    ++per_domain[w.target().registrable_domain];
    ++total;
  }
  if (total < kMinLinksForBrandCheck) return;
  auto top = std::max_element(per_domain.begin(), per_domain.end(),
                              [](const auto& a, const auto& b) { return a.second < b.second; });
  const std::string& domain = top->first;
  std::size_t count = top->second;
  if (count * 4 < total * 3 || IsSendersOwn(domain)) return;
  const Brand* brand = relation_.ClaimedBrandNotOwning(domain);
  if (brand == nullptr) return;
  std::string n = std::to_string(count), all = std::to_string(total);
  FindingExample ex;
  ex.weight = 18;
  ex.evidence = {{"claimed brand", brand->name},
                 {"registrable domain", domain},
                 {"links there", n + " of " + all}};
  std::string share_en = count == total ? "all " + all + " of its links lead" : n + " of its " + all + " links lead";
  std::string share_fr = count == total ? "ses " + all + " liens mènent tous" : n + " de ses " + all + " liens mènent";
  ex.en = "The message presents itself as " + brand->name + ", but " + share_en + " to " + domain +
          ", a domain that does not belong to " + brand->name + ".";
  ex.fr = "Le message se présente comme " + brand->name + ", mais " + share_fr + " à " + domain +
          ", un domaine qui n'appartient pas à " + brand->name + ".";
  std::vector<FindingExample> examples;
  examples.push_back(std::move(ex));
  Emit("links.brand_links_unrelated", 18, std::move(examples), out);
}

class DeceptiveLinkDetector : public Detector {
 public:
  std::string_view name() const override { return "deceptive_link"; }
  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override { LinkReview(ctx).Run(out); }
};

}  // namespace

std::unique_ptr<Detector> MakeDeceptiveLinkDetector() { return std::make_unique<DeceptiveLinkDetector>(); }

}  // namespace phishscan
