// sender_mismatch: the sender is not who the message says it is. The seed's
// first sign: "the sender's domain does not match the official domain of the
// provider it claims to be". Checks the brand claims against the From domain,
// a message that speaks as the reader's own mail service from elsewhere, a
// display name that carries another address or the reader's organisation,
// Reply-To diversions and freemail senders posing as staff.
#include <libpsl.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/domain.h"
#include "base/text.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/make_signal.h"
#include "detect/sender_relation.h"
#include "detect/subject_brand_voice.h"

namespace phishscan {
namespace {

constexpr std::size_t kEvidenceBytes = 200;
// A name opening with another organisation's domain: a claim like a brand
// name's, weaker than a full address shown.
constexpr int kClaimedDomainWeight = 15;
// Longer local parts are bounce or tracking ids, made per copy by machines.
constexpr std::size_t kMaxChosenLocalPart = 40;
constexpr std::ptrdiff_t kMachineDigits = 4;  // "2.20576.84-x.1@": a per-copy id
// A relayed member's name in a platform's sender name: a first and last
// name at least, not an initial that any sender name contains.
constexpr std::size_t kMinRelayedNameBytes = 5;

// Words that present a sender as staff or a service desk rather than a person.
constexpr std::string_view kRoleWords[] = {
    "support", "admin", "administrator", "administration", "administrateur", "administrador",
    "helpdesk", "help desk", "service desk", "it department", "it team",
    "it support", "it service", "it services", "security team", "webmail", "mail admin",
    "mail administrator", "email administrator", "e-mail administrator", "email team",
    "mail team", "postmaster", "sysadmin", "system administrator", "customer service",
    "customer care", "service client", "support technique", "kundenservice", "kundendienst",
    "soporte", "suporte", "atendimento", "billing", "account team", "accounts team",
    "verification team", "security department", "technical team", "équipe technique",
    "service informatique", "mailbox", "mail server", "email server"};

bool IsWordByte(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

// Whole-word occurrence of `word` in lower-case `text`.
bool ContainsWord(std::string_view text, std::string_view word) {
  if (word.empty()) return false;
  for (std::size_t pos = text.find(word); pos != std::string_view::npos;
       pos = text.find(word, pos + 1)) {
    const bool left_ok = pos == 0 || !IsWordByte(text[pos - 1]);
    const std::size_t after = pos + word.size();
    const bool right_ok = after >= text.size() || !IsWordByte(text[after]);
    if (left_ok && right_ok) return true;
  }
  return false;
}

std::string_view FirstRoleWord(std::string_view normalized_name) {
  for (std::string_view w : kRoleWords)
    if (ContainsWord(normalized_name, w)) return w;
  return {};
}

std::string RegistrableOfAddress(std::string_view address) {
  const std::string domain = DomainOfAddress(address);
  return domain.empty() ? "" : RegistrableDomain(domain);
}

// A dotted token whose last label is a real top-level domain: "paypal.com"
// yes, "Mr.Smith" or "J.R.R." no.
bool HasRealTld(std::string_view host) {
  const std::size_t dot = host.rfind('.');
  if (dot == std::string_view::npos || dot + 1 >= host.size()) return false;
  const std::string tld(host.substr(dot + 1));
  static const psl_ctx_t* psl = psl_builtin();
  return psl && psl_is_public_suffix2(psl, tld.c_str(), PSL_TYPE_ANY | PSL_TYPE_NO_STAR_RULE);
}

struct NameToken {
  std::string text;         // as written in the display name
  std::string registrable;  // of its domain
  bool is_address = false;
  bool leads = false;  // the name's first word: "Shop.com Rewards", not "Tech News.com"
};

// Email addresses and domain names written inside a display name.
std::vector<NameToken> AddressesAndDomainsIn(std::string_view display_name) {
  std::vector<NameToken> tokens;
  std::size_t i = 0;
  bool first = true;
  while (i < display_name.size() && tokens.size() < 8) {
    auto is_token_char = [](char c) {
      return IsWordByte(c) || c == '.' || c == '-' || c == '_' || c == '@' || c == '+';
    };
    while (i < display_name.size() && !is_token_char(display_name[i])) ++i;
    std::size_t j = i;
    while (j < display_name.size() && is_token_char(display_name[j])) ++j;
    std::string_view token = display_name.substr(i, j - i);
    i = j;
    const bool leads = std::exchange(first, false);
    while (!token.empty() && (token.back() == '.' || token.back() == '-')) token.remove_suffix(1);
    const std::size_t at = token.find('@');
    const std::string_view host_part = at == std::string_view::npos ? token : token.substr(at + 1);
    if (host_part.find('.') == std::string_view::npos) continue;
    // Written domains end in a lower-case TLD; "Craig R.Hughes" is a name.
    const std::string_view tld = host_part.substr(host_part.rfind('.') + 1);
    if (std::any_of(tld.begin(), tld.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) continue;
    const std::string host = HostToAscii(host_part);
    if (host.empty() || !HasRealTld(host)) continue;
    const std::string registrable = RegistrableDomain(host);
    if (registrable.empty() || registrable == host.substr(host.rfind('.') + 1)) continue;
    tokens.push_back({std::string(token), registrable, at != std::string_view::npos && at > 0, leads});
  }
  return tokens;
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

std::string WhereEn(std::string_view where) {
  if (where == "display name") return "in the sender name";
  if (where == "subject") return "in the subject";
  if (where == "copyright line") return "in the footer";
  if (where == "link text") return "in a link";
  return "in the text";
}

std::string WhereFr(std::string_view where) {
  if (where == "display name") return "dans le nom de l'expéditeur";
  if (where == "subject") return "dans l'objet";
  if (where == "copyright line") return "dans le pied de page";
  if (where == "link text") return "dans un lien";
  return "dans le texte";
}

// A brand in the subject of mail whose sender is authenticated: opening the
// subject ("Coinbase: was this you?") it speaks for the brand; further on
// ("Your card was added to Apple Pay", from the card's bank) it only names it.
constexpr int kAuthenticatedSubjectClaim = 12;
constexpr int kAuthenticatedSubjectMention = 6;

// How strongly a claim's place says "this message is from the brand". A
// brand merely named in the text or discussed in a subject says nothing:
// newsletters, shops and forums do that all day.
int ClaimWeight(std::string_view where) {
  if (where == "display name") return 30;
  if (where == "subject" || where == "copyright line") return 25;
  // "your PayPal account" in the text; a link labelled with the brand (news
  // headlines do that as much as fake "PayPal login" buttons).
  if (where == "account mention" || where == "link text") return 6;
  return 0;
}

// Hosting brands (and the control panels hosts run, cPanel, Plesk) send
// notices about a customer's domain from the host's own servers.
bool IsHostingBrand(const Brand& brand) { return brand.category == "hosting"; }

// The whitespace-delimited token around [pos, end) is part of a URL.
bool InsideUrlToken(std::string_view text, std::size_t pos, std::size_t end) {
  std::size_t from = pos;
  while (from > 0 && pos - from < 300 && text[from - 1] != ' ' && text[from - 1] != '\n' &&
         text[from - 1] != '<' && text[from - 1] != '(')
    --from;
  std::size_t to = end;
  while (to < text.size() && to - end < 300 && text[to] != ' ' && text[to] != '\n' && text[to] != '>')
    ++to;
  const std::string_view token = text.substr(from, to - from);
  return token.find("://") != std::string_view::npos || token.find('/') != std::string_view::npos ||
         token.find('=') != std::string_view::npos;
}

// True when the subject, sender name or visible text names the reader's
// domain on its own (not as part of their address or of a URL): a notice
// about that domain, as a host or registrar sends.
bool NamesRecipientDomain(const ScanContext& ctx) {
  const std::string& domain = ctx.recipient_registrable;
  if (domain.empty()) return false;
  auto names_it = [&](std::string_view text) {
    std::size_t seen = 0;
    for (std::size_t pos = text.find(domain); pos != std::string_view::npos && seen < 50;
         pos = text.find(domain, pos + 1), ++seen) {
      const std::size_t after = pos + domain.size();
      const bool left_ok = pos == 0 || (text[pos - 1] != '@' && text[pos - 1] != '.' &&
                                        !IsWordByte(text[pos - 1]) && text[pos - 1] != '-');
      const bool right_ok = after >= text.size() || (!IsWordByte(text[after]) && text[after] != '-');
      if (left_ok && right_ok && !InsideUrlToken(text, pos, after)) return true;
    }
    return false;
  };
  return names_it(ctx.subject_normalized) ||
         names_it(NormalizeText(ctx.message.from.display_name)) || names_it(ctx.extraction.text);
}

class SenderMismatchDetector : public Detector {
 public:
  std::string_view name() const override { return "sender_mismatch"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    std::vector<Signal> found;
    // Differences that mailing lists, newsletters and sending services
    // produce every day: they only corroborate a mismatch found in `found`.
    std::vector<Signal> corroborating;
    const bool about_recipient = NamesRecipientDomain(ctx);
    CheckBrandClaims(ctx, about_recipient, found);
    CheckMailServiceVoice(ctx, about_recipient, found);
    CheckDisplayNameAddress(ctx, found, corroborating);
    CheckDisplayNameRecipientOrg(ctx, found);
    CheckRoleNameFreemail(ctx, found);
    CheckReplyTo(ctx, found, corroborating);
    CheckMultipleFrom(ctx, found);
    CheckEnvelopeSender(ctx, corroborating);
    CheckSenderHeader(ctx, corroborating);
    if (found.empty()) return;
    for (Signal& s : found) out.push_back(std::move(s));
    for (Signal& s : corroborating) out.push_back(std::move(s));
  }

 private:
  // (a) A brand claimed while the From domain is not one of its domains.
  // A hosting brand (cPanel) in a notice about the reader's own domain is the
  // host's software speaking: not a claim to be the brand.
  void CheckBrandClaims(const ScanContext& ctx, bool about_recipient, std::vector<Signal>& out) const {
    const Mailbox& from = ctx.message.EffectiveFrom();
    const std::string& from_domain = from.registrable_domain;
    if (ctx.brand_claims.empty() || (from_domain.empty() && from.address.empty())) return;
    if (!from_domain.empty() && from_domain == ctx.recipient_registrable) return;  // own organisation
    const BrandCatalog& catalog = ctx.knowledge.brands();
    const bool from_is_brand = !from_domain.empty() && catalog.BrandOfDomain(from_domain) != nullptr;
    // A sender that proves its own domain and only names the brand in the
    // subject is a third party writing about it ("Your order ships with
    // DHL", a tech digest about Microsoft): still worth noting, not a claim
    // to be the brand. A brand in the sender name keeps its full weight.
    const bool authenticated = ctx.sender_relation->from_authenticated();

    const ScanContext::BrandClaim* best = nullptr;
    int best_weight = 0;
    for (const ScanContext::BrandClaim& claim : ctx.brand_claims) {
      if (!claim.brand || catalog.IsOfficialDomain(*claim.brand, from_domain)) continue;
      // A known brand's own mail naming another brand in its text or footer
      // (a partner, a payment method) is not a claim to be that brand.
      if (from_is_brand && claim.where != "display name") continue;
      if (about_recipient && IsHostingBrand(*claim.brand)) continue;
      int weight = ClaimWeight(claim.where);
      if (authenticated && claim.where == "subject")
        weight = SubjectOpensWithBrand(ctx.subject_normalized, *claim.brand) ? kAuthenticatedSubjectClaim
                                                                              : kAuthenticatedSubjectMention;
      if (weight > best_weight) {
        best = &claim;
        best_weight = weight;
      }
    }
    if (!best) return;
    int strong_places = 0;
    for (const ScanContext::BrandClaim& claim : ctx.brand_claims)
      if (claim.brand == best->brand && ClaimWeight(claim.where) >= 15) ++strong_places;
    if (strong_places >= 2) best_weight = std::min(35, best_weight + 5);

    const Brand& brand = *best->brand;
    Signal s = MakeSignal("sender.brand_domain_mismatch", Sign::kSenderMismatch, best_weight);
    s.evidence.push_back({"brand", brand.name});
    for (const ScanContext::BrandClaim& claim : ctx.brand_claims)
      if (claim.brand == best->brand && ClaimWeight(claim.where) > 0)
        s.evidence.push_back({claim.where, Ellipsize(claim.snippet, kEvidenceBytes)});
    s.evidence.push_back({"from", Ellipsize(from.address, kEvidenceBytes)});
    s.evidence.push_back({"from_domain", from_domain.empty() ? "(none)" : from_domain});
    std::string official;
    for (std::size_t i = 0; i < brand.domains.size() && i < 3; ++i)
      official += (i ? ", " : "") + brand.domains[i];
    if (!official.empty()) s.evidence.push_back({"official_domains", official});
    ExplainBrandMismatch(brand, *best, best_weight >= 15, from, s);
    out.push_back(std::move(s));
  }

  static void ExplainBrandMismatch(const Brand& brand, const ScanContext::BrandClaim& claim,
                                   bool strong, const Mailbox& from, Signal& s) {
    const std::string snippet = Ellipsize(claim.snippet, 120);
    const std::string& domain = from.registrable_domain;
    const std::string sent_en = domain.empty()
        ? "an address without any domain (\"" + Ellipsize(from.address, 60) + "\"), which no real company uses"
        : domain + ", which is not a " + brand.name + " domain";
    const std::string sent_fr = domain.empty()
        ? "une adresse sans domaine (« " + Ellipsize(from.address, 60) + " »), ce qu'aucune vraie entreprise n'utilise"
        : domain + ", qui n'est pas un domaine de " + brand.name;
    if (strong) {
      s.explanation_en = "The message claims to come from " + brand.name + " (" + QuoteEn(snippet) + " " +
                         WhereEn(claim.where) + ") but was sent from " + sent_en + ".";
      s.explanation_fr = "Le message se présente comme venant de " + brand.name + " (" + QuoteFr(snippet) +
                         " " + WhereFr(claim.where) + ") mais a été envoyé depuis " + sent_fr + ".";
    } else {
      s.explanation_en = "The message mentions " + brand.name + " (" + QuoteEn(snippet) + " " +
                         WhereEn(claim.where) + ") but was sent from " + sent_en + ".";
      s.explanation_fr = "Le message mentionne " + brand.name + " (" + QuoteFr(snippet) + " " +
                         WhereFr(claim.where) + ") mais a été envoyé depuis " + sent_fr + ".";
    }
  }

  // (b) Speaks as the reader's mail service ("your mailbox", "IMAP", "quota")
  // but comes from a domain that is not the reader's.
  void CheckMailServiceVoice(const ScanContext& ctx, bool about_recipient, std::vector<Signal>& out) const {
    const std::string& from_domain = ctx.message.from.registrable_domain;
    if (from_domain.empty() || ctx.recipient_registrable.empty()) return;
    if (from_domain == ctx.recipient_registrable) return;
    // A mail provider (Google, Microsoft...) writing about its own service.
    if (ctx.knowledge.brands().BrandOfDomain(from_domain) != nullptr) return;
    std::vector<std::string> phrases;
    bool in_subject = false;
    for (const PhraseMatch* m : ctx.subject_hits.InCategory("mail_service")) {
      AddDistinct(phrases, ctx.subject_hits.MatchedText(*m));
      in_subject = true;
    }
    for (const PhraseMatch* m : ctx.hits.InCategory("mail_service"))
      AddDistinct(phrases, ctx.hits.MatchedText(*m));
    if (phrases.empty()) return;
    // A host's notice about the reader's own domain (quota, renewal) names
    // it; a lure that speaks as "your mail service" usually does not.
    const int weight = about_recipient ? 8 : (in_subject || phrases.size() >= 2 ? 22 : 15);
    Signal s = MakeSignal("sender.mail_service_impersonation", Sign::kSenderMismatch, weight);
    for (const std::string& p : phrases) s.evidence.push_back({"phrase", p});
    s.evidence.push_back({"from_domain", from_domain});
    s.evidence.push_back({"recipient_domain", ctx.recipient_registrable});
    s.explanation_en = "The message speaks as your own mail service (" + QuotedListEn(phrases) +
                       ") but was sent from " + from_domain + ", not from " +
                       ctx.recipient_registrable + ", the domain of your address.";
    s.explanation_fr = "Le message parle au nom de votre propre service de messagerie (" + QuotedListFr(phrases) +
                       ") mais a été envoyé depuis " + from_domain + " et non depuis " +
                       ctx.recipient_registrable + ", le domaine de votre adresse.";
    out.push_back(std::move(s));
  }

  // (c) "support@paypal.com" <x@evil.example>: the name shows another address.
  // A bare domain inside a title ("CNET News.com Daily" <x@newsletter.online.com>)
  // is often a publication's name, so it only corroborates. A name that
  // opens with a domain ("Stellar.org Team", "Shop.com Rewards") presents
  // the sender as that domain's owner: from an unrelated domain, with an
  // address someone chose, that is a claim of its own.
  void CheckDisplayNameAddress(const ScanContext& ctx, std::vector<Signal>& found,
                               std::vector<Signal>& corroborating) const {
    const Mailbox& from = ctx.message.from;
    if (from.registrable_domain.empty()) return;
    for (const NameToken& token : AddressesAndDomainsIn(from.display_name)) {
      if (token.registrable == from.registrable_domain) continue;
      if (!token.is_address && token.registrable == ctx.recipient_registrable) continue;  // below
      const bool claims_domain = !token.is_address && token.leads && ClaimsUnrelatedDomain(ctx, token.registrable);
      std::vector<Signal>& out = token.is_address || claims_domain ? found : corroborating;
      const int weight = token.is_address ? 25 : claims_domain ? kClaimedDomainWeight : 8;
      Signal s = MakeSignal("sender.display_name_address", Sign::kSenderMismatch, weight);
      s.evidence.push_back({"display_name", Ellipsize(from.display_name, kEvidenceBytes)});
      s.evidence.push_back({token.is_address ? "shown_address" : "shown_domain", token.text});
      s.evidence.push_back({"from", Ellipsize(from.address, kEvidenceBytes)});
      const std::string what_en = token.is_address ? "the address " : "the domain ";
      const std::string what_fr = token.is_address ? "l'adresse " : "le domaine ";
      s.explanation_en = "The sender name shows " + what_en + token.text +
                         ", but the message really comes from " + from.address + " (" +
                         from.registrable_domain + ").";
      s.explanation_fr = "Le nom de l'expéditeur affiche " + what_fr + token.text +
                         ", mais le message vient en réalité de " + from.address + " (" +
                         from.registrable_domain + ").";
      out.push_back(std::move(s));
      return;
    }
  }

  // Whether a domain a sender name opens with belongs to someone other than
  // the From address: not the same catalogued brand ("Amazon.de" from
  // amazon.com), no shared organisation label ("Shop.com" from
  // shop-mail.de), not a platform sending for a customer ("Shop.com via
  // Platform"), and not an address a bulk-mail system made per copy
  // ("Online#3.2034.k8@", "2.20576.84-x.1@" on a publisher's parent's domain).
  static bool ClaimsUnrelatedDomain(const ScanContext& ctx, const std::string& shown) {
    const Mailbox& from = ctx.message.from;
    const BrandCatalog& catalog = ctx.knowledge.brands();
    const Brand* brand = catalog.BrandOfDomain(shown);
    if (brand != nullptr && brand == catalog.BrandOfDomain(from.registrable_domain)) return false;
    // Views into the strings themselves: std::string::substr would return a
    // temporary the view outlives.
    const std::string_view shown_label = std::string_view(shown).substr(0, shown.find('.'));
    const std::string_view from_label =
        std::string_view(from.registrable_domain).substr(0, from.registrable_domain.find('.'));
    if ((shown_label.size() >= 4 && from.domain.find(shown_label) != std::string::npos) ||
        (from_label.size() >= 4 && shown.find(from_label) != std::string::npos))
      return false;
    const std::string name = AsciiLower(from.display_name.substr(0, std::min<std::size_t>(from.display_name.size(), 256)));
    for (std::string_view relay : {" via ", " on behalf of ", " par ", " über ", " namens ", " por "})
      if (name.find(relay) != std::string::npos) return false;
    const std::string_view local = std::string_view(from.address).substr(0, from.address.rfind('@'));
    const auto digits = std::count_if(local.begin(), local.end(), [](char c) { return c >= '0' && c <= '9'; });
    return local.size() <= kMaxChosenLocalPart && digits < kMachineDigits &&
           local.find_first_of("#=") == std::string_view::npos;
  }

  // (c) "example-corp.com Webmail Admin" <x@elsewhere>: the name poses as the
  // reader's own organisation.
  void CheckDisplayNameRecipientOrg(const ScanContext& ctx, std::vector<Signal>& out) const {
    const Mailbox& from = ctx.message.from;
    const std::string& org_domain = ctx.recipient_registrable;
    if (from.registrable_domain.empty() || org_domain.empty()) return;
    if (from.registrable_domain == org_domain || ctx.knowledge.IsFreemail(org_domain)) return;
    const std::string name = NormalizeText(from.display_name);
    const std::string org_label = org_domain.substr(0, org_domain.find('.'));
    std::string_view named;
    if (ContainsWord(name, org_domain)) named = org_domain;
    else if (org_label.size() >= 4 && ContainsWord(name, org_label)) named = org_label;
    if (named.empty()) return;
    const std::string_view role = FirstRoleWord(name);
    // Without staff wording ("cPanel on example.com") the name may just say
    // which of the reader's domains a notice is about.
    Signal s = MakeSignal("sender.display_name_recipient_org", Sign::kSenderMismatch, role.empty() ? 6 : 25);
    s.evidence.push_back({"display_name", Ellipsize(from.display_name, kEvidenceBytes)});
    s.evidence.push_back({"recipient_domain", org_domain});
    if (!role.empty()) s.evidence.push_back({"role", std::string(role)});
    s.evidence.push_back({"from", Ellipsize(from.address, kEvidenceBytes)});
    if (!role.empty()) {
      s.explanation_en = "The sender name \"" + Ellipsize(from.display_name, 80) +
                         "\" poses as your own organisation (" + org_domain +
                         "), but the message was sent from " + from.registrable_domain + ".";
      s.explanation_fr = "Le nom de l'expéditeur « " + Ellipsize(from.display_name, 80) +
                         " » se fait passer pour votre propre organisation (" + org_domain +
                         "), mais le message a été envoyé depuis " + from.registrable_domain + ".";
    } else {
      s.explanation_en = "The sender name \"" + Ellipsize(from.display_name, 80) +
                         "\" names your domain " + org_domain + ", but the message was sent from " +
                         from.registrable_domain + ".";
      s.explanation_fr = "Le nom de l'expéditeur « " + Ellipsize(from.display_name, 80) +
                         " » cite votre domaine " + org_domain + ", mais le message a été envoyé depuis " +
                         from.registrable_domain + ".";
    }
    out.push_back(std::move(s));
  }

  // (f) "Webmail Support" <someone@gmail.com>: staff do not write from freemail.
  void CheckRoleNameFreemail(const ScanContext& ctx, std::vector<Signal>& out) const {
    const Mailbox& from = ctx.message.from;
    if (from.registrable_domain.empty() || !ctx.knowledge.IsFreemail(from.registrable_domain)) return;
    const std::string_view role = FirstRoleWord(NormalizeText(from.display_name));
    if (role.empty()) return;
    Signal s = MakeSignal("sender.role_name_freemail", Sign::kSenderMismatch, 20);
    s.evidence.push_back({"display_name", Ellipsize(from.display_name, kEvidenceBytes)});
    s.evidence.push_back({"role", std::string(role)});
    s.evidence.push_back({"from", Ellipsize(from.address, kEvidenceBytes)});
    s.explanation_en = "The sender presents itself as \"" + Ellipsize(from.display_name, 80) +
                       "\" but writes from a free personal mailbox (" + from.registrable_domain +
                       "); a real support or IT team would not.";
    s.explanation_fr = "L'expéditeur se présente comme « " + Ellipsize(from.display_name, 80) +
                       " » mais écrit depuis une messagerie personnelle gratuite (" +
                       from.registrable_domain + ") ; un vrai service d'assistance ne le ferait pas.";
    out.push_back(std::move(s));
  }

  // A sharing platform names the member it relays in its sender name
  // ("Marta Ruiz (via Dropbox)") and sends replies to that member: the reply
  // goes where the notice says, whatever the shared words are worth (which
  // sender.platform_relayed_lure judges).
  static bool RelaysNamedPerson(const ScanContext& ctx, const Mailbox& reply) {
    const Mailbox& from = ctx.message.from;
    if (!ctx.knowledge.IsNotificationPlatform(from.registrable_domain)) return false;
    const std::string reply_name = NormalizeText(TrimWhitespace(reply.display_name));
    if (reply_name.size() < kMinRelayedNameBytes) return false;
    if (NormalizeText(from.display_name).find(reply_name) == std::string::npos) return false;
    return ctx.sender_relation->from_authenticated();
  }

  // (d) Replies diverted to another domain, worst when to a freemail mailbox.
  // Only a freemail Reply-To behind a non-freemail sender stands on its own;
  // lists that rewrite From put the poster in Reply-To, newsletters their
  // help desk, so other diversions only corroborate.
  void CheckReplyTo(const ScanContext& ctx, std::vector<Signal>& found,
                    std::vector<Signal>& corroborating) const {
    if (!ctx.message.reply_to) return;
    const Mailbox& reply = *ctx.message.reply_to;
    const Mailbox& from = ctx.message.from;
    if (reply.registrable_domain.empty() || from.registrable_domain.empty()) return;
    const std::string reply_addr = AsciiLower(reply.address);
    if (reply_addr == AsciiLower(from.address)) return;
    // Replies going back to where the message was sent (a list, a thread) or
    // to the reader's own organisation are ordinary.
    for (const auto* list : {&ctx.message.to, &ctx.message.cc})
      for (const Mailbox& m : *list)
        if (AsciiLower(m.address) == reply_addr) return;
    const bool reply_free = ctx.knowledge.IsFreemail(reply.registrable_domain);
    const bool from_free = ctx.knowledge.IsFreemail(from.registrable_domain);
    if (!reply_free && reply.registrable_domain == ctx.recipient_registrable) return;
    // A message from an address to that same address (a list reflecting a
    // post, or a forged "from yourself") says nothing about who replies.
    bool from_is_recipient = false;
    for (const auto* list : {&ctx.message.to, &ctx.message.cc})
      for (const Mailbox& m : *list)
        if (EqualsIgnoreCase(m.address, from.address)) from_is_recipient = true;
    int weight = 0;
    if (reply_free && !from_free) weight = from_is_recipient || RelaysNamedPerson(ctx, reply) ? 10 : 25;
    else if (reply_free && from_free) weight = 10;  // one free mailbox fronting another
    else if (reply.registrable_domain != from.registrable_domain) weight = 8;
    if (weight == 0) return;
    std::vector<Signal>& out = weight >= 25 ? found : corroborating;
    Signal s = MakeSignal("sender.reply_to_mismatch", Sign::kSenderMismatch, weight);
    s.evidence.push_back({"from", Ellipsize(from.address, kEvidenceBytes)});
    s.evidence.push_back({"reply_to", Ellipsize(reply.address, kEvidenceBytes)});
    if (reply_free) s.evidence.push_back({"reply_to_freemail", reply.registrable_domain});
    s.explanation_en = "Replies would go to " + reply.address + (reply_free ? ", a free personal mailbox," : "") +
                       " instead of the sender " + from.address + ".";
    s.explanation_fr = "Les réponses partiraient vers " + reply.address +
                       (reply_free ? ", une messagerie personnelle gratuite," : "") +
                       " au lieu de l'expéditeur " + from.address + ".";
    out.push_back(std::move(s));
  }

  // Several distinct addresses in From. A name cut off from its address by
  // an unquoted comma ("Temu, <x@y>") is one sender on a broken line, which
  // sender.malformed_from reports.
  void CheckMultipleFrom(const ScanContext& ctx, std::vector<Signal>& out) const {
    std::vector<std::string> addresses;
    for (const Mailbox& m : ctx.message.from_all) {
      if (m.domain.empty()) continue;
      const std::string address = AsciiLower(m.address);
      if (std::find(addresses.begin(), addresses.end(), address) == addresses.end()) addresses.push_back(address);
    }
    if (addresses.size() < 2) return;
    Signal s = MakeSignal("sender.multiple_from", Sign::kSenderMismatch, 10);
    std::string all;
    for (std::size_t i = 0; i < addresses.size() && i < 5; ++i) all += (i ? ", " : "") + addresses[i];
    s.evidence.push_back({"from", Ellipsize(all, kEvidenceBytes)});
    s.explanation_en = "The From line lists several senders (" + Ellipsize(all, 120) +
                       "), which hides who really sent the message.";
    s.explanation_fr = "La ligne « De » indique plusieurs expéditeurs (" + Ellipsize(all, 120) +
                       "), ce qui masque le véritable expéditeur.";
    out.push_back(std::move(s));
  }

  // (e) Weak: the envelope sender (bounce address) is on another domain.
  void CheckEnvelopeSender(const ScanContext& ctx, std::vector<Signal>& out) const {
    const std::string envelope_from =
        !ctx.envelope.mail_from.empty() ? ctx.envelope.mail_from : ctx.message.return_path;
    const std::string envelope_domain = RegistrableOfAddress(envelope_from);
    const std::string& from_domain = ctx.message.from.registrable_domain;
    if (envelope_domain.empty() || from_domain.empty() || envelope_domain == from_domain) return;
    Signal s = MakeSignal("sender.envelope_mismatch", Sign::kSenderMismatch, 4);
    s.evidence.push_back({"envelope_from", Ellipsize(envelope_from, kEvidenceBytes)});
    s.evidence.push_back({"from_domain", from_domain});
    s.explanation_en = "The technical sender address (" + envelope_from + ") is on " +
                       envelope_domain + ", not on the From domain " + from_domain + ".";
    s.explanation_fr = "L'adresse d'expédition technique (" + envelope_from + ") est sur " +
                       envelope_domain + " et non sur le domaine affiché " + from_domain + ".";
    out.push_back(std::move(s));
  }

  void CheckSenderHeader(const ScanContext& ctx, std::vector<Signal>& out) const {
    if (!ctx.message.sender) return;
    const Mailbox& sender = *ctx.message.sender;
    const std::string& from_domain = ctx.message.from.registrable_domain;
    if (sender.registrable_domain.empty() || from_domain.empty() ||
        sender.registrable_domain == from_domain)
      return;
    Signal s = MakeSignal("sender.sender_header_mismatch", Sign::kSenderMismatch, 4);
    s.evidence.push_back({"sender", Ellipsize(sender.address, kEvidenceBytes)});
    s.evidence.push_back({"from_domain", from_domain});
    s.explanation_en = "The Sender header (" + sender.address + ") differs from the From domain " +
                       from_domain + ".";
    s.explanation_fr = "L'en-tête Sender (" + sender.address + ") diffère du domaine affiché " +
                       from_domain + ".";
    out.push_back(std::move(s));
  }

  static void AddDistinct(std::vector<std::string>& phrases, std::string_view phrase) {
    if (phrases.size() >= 3) return;
    const std::string p = Ellipsize(TrimWhitespace(phrase), 80);
    if (std::find(phrases.begin(), phrases.end(), p) == phrases.end()) phrases.push_back(p);
  }

};

}  // namespace

std::unique_ptr<Detector> MakeSenderMismatchDetector() {
  return std::make_unique<SenderMismatchDetector>();
}

}  // namespace phishscan
