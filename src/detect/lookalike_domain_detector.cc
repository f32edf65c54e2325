// Domains built to be mistaken for a brand's: a letter or two changed
// ("paypa1.com"), look-alike characters from other alphabets, the brand name
// with words added ("paypal-secure-login.com"), or the brand's domain put in
// front of another one ("paypal.com.account-verify.ru"). Checked on the From
// domain (the sender pretends) and on every link host (the page pretends).
#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/domain.h"
#include "base/text.h"
#include "detect/brand_shapes.h"
#include "detect/detector.h"
#include "detect/edit_distance.h"
#include "detect/explanation_text.h"
#include "detect/host_labels.h"
#include "detect/redirect_resolver.h"
#include "detect/sender_relation.h"
#include "detect/service_word_label.h"
#include "extract/confusables.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxExamples = 3;
constexpr std::size_t kMaxHostsChecked = 64;
// Names this long are far enough from ordinary words that any one or two
// edits count; shorter ones need a typosquatter's edit (IsTypoOfShortName).
constexpr std::size_t kTwoEditsName = 9;
// Brand names this short are only matched as a whole token ("dhl-express").
constexpr std::size_t kMinSubstringName = 6;
constexpr std::size_t kMinSkeletonLabel = 4;
// Shorter names run into service words are as often a word of their own.
constexpr std::size_t kMinServiceWordName = 5;

enum class Technique { kConfusable, kOneEdit, kTwoEdits, kOtherExtension, kNameWithWords, kDomainInFront, kNameAsSubdomain };

struct Imitation {
  const Brand* brand;
  Technique technique;
  int weight;
};

std::string_view TechniqueId(Technique t) {
  switch (t) {
    case Technique::kConfusable: return "look-alike characters";
    case Technique::kOneEdit: return "one letter changed";
    case Technique::kTwoEdits: return "two letters changed";
    case Technique::kOtherExtension: return "brand name under another extension";
    case Technique::kNameWithWords: return "brand name with words added";
    case Technique::kDomainInFront: return "brand domain in front of another domain";
    case Technique::kNameAsSubdomain: return "brand name as a subdomain";
  }
  return "";
}

std::string_view TechniqueEn(Technique t) {
  switch (t) {
    case Technique::kConfusable: return "it is written with look-alike characters";
    case Technique::kOneEdit: return "one letter differs";
    case Technique::kTwoEdits: return "two letters differ";
    case Technique::kOtherExtension: return "it is the brand's name under an extension the brand does not use";
    case Technique::kNameWithWords: return "it is the brand's name with words added";
    case Technique::kDomainInFront: return "the brand's real domain is put in front of an unrelated domain";
    case Technique::kNameAsSubdomain: return "the brand's name is used as a subdomain of an unrelated domain";
  }
  return "";
}

std::string_view TechniqueFr(Technique t) {
  switch (t) {
    case Technique::kConfusable: return "il est écrit avec des caractères qui se ressemblent";
    case Technique::kOneEdit: return "une lettre diffère";
    case Technique::kTwoEdits: return "deux lettres diffèrent";
    case Technique::kOtherExtension: return "c'est le nom de la marque sous une extension qu'elle n'utilise pas";
    case Technique::kNameWithWords: return "c'est le nom de la marque avec des mots ajoutés";
    case Technique::kDomainInFront: return "le vrai domaine de la marque est placé devant un domaine sans rapport";
    case Technique::kNameAsSubdomain: return "le nom de la marque sert de sous-domaine à un domaine sans rapport";
  }
  return "";
}

bool HasDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "microsoft365-support" -> {"microsoft", "support"}: hyphens and digits split.
std::vector<std::string_view> Tokens(std::string_view label) {
  std::vector<std::string_view> tokens;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= label.size(); ++i) {
    bool split = i == label.size() || label[i] == '-' || (label[i] >= '0' && label[i] <= '9');
    if (!split) continue;
    if (i > start) tokens.push_back(label.substr(start, i - start));
    start = i + 1;
  }
  return tokens;
}

// True when `longer` is `shorter` with one letter doubled ("paypall").
bool IsDoubledLetter(std::string_view longer, std::string_view shorter) {
  if (longer.size() != shorter.size() + 1) return false;
  for (std::size_t i = 0; i < longer.size(); ++i) {
    bool doubled = (i > 0 && longer[i] == longer[i - 1]) || (i + 1 < longer.size() && longer[i] == longer[i + 1]);
    if (doubled && longer.substr(0, i) == shorter.substr(0, i) && longer.substr(i + 1) == shorter.substr(i)) return true;
  }
  return false;
}

bool IsAdjacentSwap(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  std::size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2);
}

// One edit away from a short brand name is often just another word
// ("online"/"tonline", "terenet"/"telenet"); only the edits typosquatters
// rely on count: digits for letters, swapped neighbours, a doubled letter.
bool IsTypoOfShortName(std::string_view label, std::string_view name) {
  return HasDigit(label) || IsAdjacentSwap(label, name) || IsDoubledLetter(label, name) ||
         IsDoubledLetter(name, label);
}

class ImitationFinder {
 public:
  explicit ImitationFinder(const Knowledge& knowledge)
      : knowledge_(knowledge), catalog_(knowledge.brands()), shapes_(knowledge.brand_shapes()) {}

  std::optional<Imitation> Find(std::string_view host, std::string_view registrable) const {
    if (registrable.empty() || IsIpLiteral(host) || catalog_.BrandOfDomain(registrable) != nullptr)
      return std::nullopt;
    if (auto in_front = InSubdomain(host, registrable)) return in_front;
    return InRegistrable(registrable);
  }

 private:
  // What the registrable domain itself imitates. A message links to many
  // hosts of few domains (www., click., images.): each domain is judged once.
  std::optional<Imitation> InRegistrable(std::string_view registrable) const {
    for (const auto& [domain, found] : judged_)
      if (domain == registrable) return found;
    std::optional<Imitation> found = JudgeRegistrable(registrable);
    judged_.emplace_back(std::string(registrable), found);
    return found;
  }

  std::optional<Imitation> JudgeRegistrable(std::string_view registrable) const {
    if (IsListedService(registrable)) return std::nullopt;
    std::string_view label = registrable.substr(0, registrable.find('.'));
    if (auto look = Confusable(registrable, label)) return look;
    if (auto typo = Typo(label)) return typo;
    return NameInLabel(registrable, label);
  }

  const Brand* BrandAt(const BrandName& n) const { return &catalog_.brands()[n.brand_index]; }

  // A registrable domain that is itself a known service (a user-content host
  // such as googleusercontent.com): its name is the service's, not an
  // imitation. Sites under a listed public suffix (x.pages.dev) are not.
  bool IsListedService(std::string_view registrable) const {
    if (knowledge_.HostListOf(registrable).empty()) return false;
    std::size_t dot = registrable.find('.');
    return dot == std::string_view::npos || knowledge_.HostListOf(registrable.substr(dot + 1)).empty();
  }

  std::optional<Imitation> Confusable(std::string_view registrable, std::string_view label) const {
    std::string unicode = HostToUnicode(registrable);
    std::string_view unicode_label = std::string_view(unicode).substr(0, unicode.find('.'));
    if (unicode_label.size() < kMinSkeletonLabel) return std::nullopt;
    const BrandName* n = shapes_.BySkeleton(ConfusableSkeleton(unicode_label));
    if (n == nullptr || n->name == label) return std::nullopt;
    return Imitation{BrandAt(*n), Technique::kConfusable, 35};
  }

  // Only names near the label's length and with nearly its letters can be
  // one or two edits away; they are tried in catalog order, as the first
  // match wins.
  std::optional<Imitation> Typo(std::string_view label) const {
    static_assert(BrandShapes::kMaxTypoEdits >= 2);
    if (label.rfind("xn--", 0) == 0) return std::nullopt;
    const uint64_t characters = CharacterSet(label);
    for (std::size_t i : shapes_.StrongKeywordsNearLength(label.size())) {
      const BrandName& n = shapes_.names()[i];
      if (n.name.size() < 5) continue;
      std::size_t bound = n.name.size() >= kTwoEditsName ? 2 : 1;
      // Lengths further apart than the bound are further apart in edits:
      // most of the near-length names are let go here, before the sets.
      const std::size_t length_gap = std::max(label.size(), n.name.size()) - std::min(label.size(), n.name.size());
      if (length_gap > bound || !MayBeWithinEdits(characters, n.characters, bound)) continue;
      std::size_t d = BoundedEditDistance(label, n.name, bound);
      if (d == 0 || d > bound) continue;
      if (n.name.size() < kTwoEditsName && !IsTypoOfShortName(label, n.name)) continue;
      return Imitation{BrandAt(n), d == 1 ? Technique::kOneEdit : Technique::kTwoEdits, d == 1 ? 30 : 28};
    }
    return std::nullopt;
  }

  // A cheap or anonymous place to put a page: the domain itself says
  // little, but a brand name in it says a lot.
  bool IsThrowawayDomain(std::string_view registrable) const {
    return knowledge_.IsSuspiciousTld(registrable) || knowledge_.IsFreeHosting(registrable) ||
           knowledge_.IsIpfsGateway(registrable);
  }

  // The strong keywords a label can hold: the label itself, one of its
  // tokens, or (on a throwaway domain) a long name inside it, found by the
  // name's first kMinSubstringName bytes at each position. Ascending, so
  // that they are tried in catalog order.
  std::vector<std::size_t> NamesInLabel(std::string_view label, const std::vector<std::string_view>& tokens,
                                        bool throwaway) const {
    std::vector<std::size_t> out;
    auto add = [&out](std::span<const std::size_t> found) { out.insert(out.end(), found.begin(), found.end()); };
    add(shapes_.StrongKeywordsNamed(label));
    if (tokens.size() > 1)
      for (std::string_view t : tokens) add(shapes_.StrongKeywordsNamed(t));
    if (throwaway)
      for (std::size_t p = 0; p + kMinSubstringName <= label.size(); ++p)
        add(shapes_.StrongKeywordsStartingWith(label.substr(p, kMinSubstringName)));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  std::optional<Imitation> NameInLabel(std::string_view registrable, std::string_view label) const {
    std::vector<std::string_view> tokens = Tokens(label);
    const bool throwaway = IsThrowawayDomain(registrable);
    for (std::size_t i : NamesInLabel(label, tokens, throwaway)) {
      const BrandName& n = shapes_.names()[i];
      if (label == n.name) {
        if (!throwaway || catalog_.IsOfficialDomain(*BrandAt(n), registrable)) continue;
        return Imitation{BrandAt(n), Technique::kOtherExtension, 25};
      }
      bool token = tokens.size() > 1 && std::find(tokens.begin(), tokens.end(), n.name) != tokens.end();
      // Run together with other words ("paypalsecure") only counts on a
      // throwaway domain: elsewhere it is as often the brand's own service
      // domain ("githubassets.com").
      bool inside = throwaway && n.name.size() >= kMinSubstringName && label.find(n.name) != std::string_view::npos;
      if (token || inside) return Imitation{BrandAt(n), Technique::kNameWithWords, token ? 28 : 24};
    }
    return NameWithServiceWords(registrable, label);
  }

  // Run together with a help desk's or login page's words ("githubsupport",
  // "securepaypal"), the name counts on any domain: those words are the
  // combosquatter's, while a brand's own service domains add product words.
  std::optional<Imitation> NameWithServiceWords(std::string_view registrable, std::string_view label) const {
    for (std::string_view middle : NamesBetweenServiceWords(label)) {
      if (middle.size() < kMinServiceWordName) continue;
      for (std::size_t i : shapes_.StrongKeywordsNamed(middle)) {
        const Brand* brand = BrandAt(shapes_.names()[i]);
        if (catalog_.IsOfficialDomain(*brand, registrable)) continue;
        return Imitation{brand, Technique::kNameWithWords, 24};
      }
    }
    return std::nullopt;
  }

  // "paypal.com.account-verify.ru", "paypal.secure-login.example".
  std::optional<Imitation> InSubdomain(std::string_view host, std::string_view registrable) const {
    if (host.size() <= registrable.size() + 1) return std::nullopt;
    std::vector<std::string_view> labels = SplitLabels(host.substr(0, host.size() - registrable.size() - 1));
    for (std::size_t i = 0; i + 1 < labels.size(); ++i) {
      for (std::size_t len = 2; len <= 3 && i + len <= labels.size(); ++len) {
        // Labels are views into `host`: `len` of them with their dots are one view.
        const std::string_view last = labels[i + len - 1];
        const std::string_view domain(labels[i].data(),
                                      static_cast<std::size_t>(last.data() + last.size() - labels[i].data()));
        if (const Brand* b = catalog_.BrandOfDomain(domain)) return Imitation{b, Technique::kDomainInFront, 30};
      }
    }
    for (std::string_view label : labels) {
      std::span<const std::size_t> named = shapes_.StrongKeywordsNamed(label);
      if (label.size() >= 4 && !named.empty())
        return Imitation{BrandAt(shapes_.names()[named.front()]), Technique::kNameAsSubdomain, 20};
    }
    return std::nullopt;
  }

  const Knowledge& knowledge_;
  const BrandCatalog& catalog_;
  const BrandShapes& shapes_;
  // One finder serves one message: the domains judged so far, and how; at
  // most kMaxHostsChecked + 1 of them.
  mutable std::vector<std::pair<std::string, std::optional<Imitation>>> judged_;
};

Evidence ImitationEvidence(const Imitation& im, std::string_view host, std::string_view registrable) {
  Evidence e{{"host", std::string(host)}, {"registrable domain", std::string(registrable)}};
  e.emplace_back("brand", im.brand->name);
  if (!im.brand->domains.empty()) e.emplace_back("official domain", im.brand->domains.front());
  e.emplace_back("technique", std::string(TechniqueId(im.technique)));
  return e;
}

std::string OfficialEn(const Brand& b) {
  return b.domains.empty() ? b.name : b.name + " (" + b.domains.front() + ")";
}

void SenderDomain(const ScanContext& ctx, const ImitationFinder& finder, std::vector<Signal>& out) {
  const Mailbox& from = ctx.message.from;
  if (from.domain.empty()) return;
  std::string registrable = from.registrable_domain.empty() ? RegistrableDomain(from.domain) : from.registrable_domain;
  std::optional<Imitation> im = finder.Find(from.domain, registrable);
  if (!im) return;
  std::string shown = HostToUnicode(from.domain);
  Signal s;
  s.id = "lookalike.sender_domain";
  s.sign = Sign::kSenderMismatch;
  s.weight = im->weight;
  s.evidence = {{"header", "From"}, {"address", from.address}};
  for (auto& kv : ImitationEvidence(*im, from.domain, registrable)) s.evidence.push_back(std::move(kv));
  s.explanation_en = "The sender's domain " + shown + " imitates " + OfficialEn(*im->brand) + ": " +
                     std::string(TechniqueEn(im->technique)) + ".";
  s.explanation_fr = "Le domaine de l'expéditeur " + shown + " imite " + OfficialEn(*im->brand) + " : " +
                     std::string(TechniqueFr(im->technique)) + ".";
  out.push_back(std::move(s));
}

struct LinkImitation {
  Imitation im;
  std::string host, registrable, text;
  bool form = false;  // a form's action, not a link
};

// A brand's own signed mail may link to its tenant on a software service
// ("telekom.eu.qualtrics.com", "acme.zendesk.com"): there it names itself.
// Not a notification platform's (GitHub relaying an issue that links to
// "github.evil.example"): those words are a member's. Typos, look-alike
// letters and added words are never how a brand hosts itself, so they count.
bool NamesSignedSender(const Imitation& im, const ScanContext& ctx, bool from_authenticated) {
  const std::string& from = ctx.message.from.registrable_domain;
  if (im.technique != Technique::kNameAsSubdomain || !from_authenticated) return false;
  return ctx.knowledge.brands().IsOfficialDomain(*im.brand, from) && !ctx.knowledge.IsNotificationPlatform(from);
}

void LinkDomains(const ScanContext& ctx, const ImitationFinder& finder, std::vector<Signal>& out) {
  const bool from_authenticated = ctx.sender_relation->from_authenticated();
  std::vector<std::string> seen;
  std::vector<LinkImitation> found;
  // The link's text is only shown for a link that imitates a brand.
  auto check = [&](const Url& url, const std::string* text, bool form) {
    if (seen.size() >= kMaxHostsChecked) return;
    if ((url.scheme != "http" && url.scheme != "https") || url.host.empty()) return;
    ResolvedUrl resolved = ResolveRedirects(url, ctx.knowledge.redirectors());
    const Url& target = resolved.target;
    if (target.host.empty() || std::find(seen.begin(), seen.end(), target.host) != seen.end()) return;
    seen.push_back(target.host);
    std::optional<Imitation> im = finder.Find(target.host, target.registrable_domain);
    if (!im || NamesSignedSender(*im, ctx, from_authenticated)) return;
    // A brand's search box posting to its ad server ("brand.adserver.example")
    // names the brand as a tenant; misspellings and added words still count.
    if (form && im->technique == Technique::kNameAsSubdomain) return;
    found.push_back({*im, target.host, target.registrable_domain, text != nullptr ? DisplayText(*text) : "", form});
  };
  for (const Link& link : ctx.extraction.links) check(link.url, &link.text, false);
  // What a form in the message sends goes to its action: the same deceit.
  for (const Form& form : ctx.extraction.forms) {
    if (form.action) check(*form.action, nullptr, true);
  }
  if (found.empty()) return;
  std::stable_sort(found.begin(), found.end(),
                   [](const LinkImitation& a, const LinkImitation& b) { return a.im.weight > b.im.weight; });
  const LinkImitation& worst = found.front();
  Signal s;
  s.id = "lookalike.link_domain";
  s.sign = Sign::kDeceptiveLink;
  s.weight = worst.im.weight;
  for (std::size_t i = 0; i < found.size() && i < kMaxExamples; ++i) {
    if (!found[i].text.empty()) s.evidence.emplace_back("link text", found[i].text);
    for (auto& kv : ImitationEvidence(found[i].im, found[i].host, found[i].registrable)) s.evidence.push_back(std::move(kv));
  }
  std::string shown = HostToUnicode(worst.host);
  std::string subject_en = worst.form ? "A form in the message"
                           : worst.text.empty() ? "A link" : "The link " + QuoteEn(worst.text);
  std::string subject_fr = worst.form ? "Un formulaire du message"
                           : worst.text.empty() ? "Un lien" : "Le lien " + QuoteFr(worst.text);
  if (worst.form) s.evidence.emplace_back("form action", worst.host);
  s.explanation_en = subject_en + " leads to " + shown + ", which imitates " + OfficialEn(*worst.im.brand) + ": " +
                     std::string(TechniqueEn(worst.im.technique)) + ".";
  s.explanation_fr = subject_fr + " mène à " + shown + ", qui imite " + OfficialEn(*worst.im.brand) + " : " +
                     std::string(TechniqueFr(worst.im.technique)) + ".";
  out.push_back(std::move(s));
}

class LookalikeDomainDetector : public Detector {
 public:
  std::string_view name() const override { return "lookalike_domain"; }
  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    ImitationFinder finder(ctx.knowledge);
    SenderDomain(ctx, finder, out);
    LinkDomains(ctx, finder, out);
  }
};

}  // namespace

std::unique_ptr<Detector> MakeLookalikeDomainDetector() { return std::make_unique<LookalikeDomainDetector>(); }

}  // namespace phishscan
