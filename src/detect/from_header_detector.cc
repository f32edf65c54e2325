// from_header: a From line no mail program writes. A From without a usable
// address or domain, or one whose name an unquoted comma cuts off from the
// address ("Das Team, <x@shop.example>"); and, worse, such a cut-off name
// hiding an address whose domain fails authentication. Bulk-mailing tools
// produce these lines; real mail programs and mail services do not.
#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/domain.h"
#include "base/text.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/make_signal.h"
#include "detect/trusted_auth_results.h"

namespace phishscan {
namespace {

constexpr std::size_t kEvidenceBytes = 200;
constexpr std::size_t kMaxNameBytes = 512;  // sender names are short; bound every scan
constexpr int kForgedWeight = 25;
// Less than a forged address: the hidden address may be the sender's own
// whose domain publishes no SPF or DKIM.
constexpr int kUnverifiedWeight = 15;

// "Temu, <x@y>", "\"Gewinner\", jehd <x@y>": an unquoted comma between a
// name and the address that follows it, which turns the name into a
// mailbox of its own. Mail programs quote such names.
bool NameCutOffByComma(std::string_view raw) {
  raw = raw.substr(0, std::min(raw.size(), kMaxNameBytes));
  bool quoted = false;
  int comment_depth = 0;  // "(Smith, John) <js@example.com>" is a legal comment
  bool seen_text = false;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (c == '\\' && (quoted || comment_depth > 0)) {
      ++i;
    } else if (c == '"' && comment_depth == 0) {
      quoted = !quoted;
      seen_text = true;
    } else if (!quoted && (c == '(' || c == ')')) {
      comment_depth = std::max(0, comment_depth + (c == '(' ? 1 : -1));
    } else if (quoted || comment_depth > 0) {
      seen_text = true;
    } else if (c == '<' || c == '@') {
      return false;
    } else if (c == ',') {
      // The address after the comma, bracketed or bare ("Das Team", a@b.de).
      return seen_text && raw.find_first_of("<@", i) != std::string_view::npos;
    } else if (c != ' ' && c != '\t') {
      seen_text = true;
    }
  }
  return false;
}

// Why a From line cannot belong to a real sender, or "" when it can.
std::string MalformedFromReason(const Message& message) {
  const HeaderField* header = message.FindHeader("From");
  if (header == nullptr) return "";
  const Mailbox& from = message.from;
  if (NameCutOffByComma(header->raw)) return "name without address";
  if (from.address.empty()) return "no address";
  if (from.address.find('@') == std::string::npos || from.domain.empty()) return "no domain";
  if (IsIpLiteral(from.domain)) return "ip address";
  // "crew@morningbrew", "x@protege.cll": the registrable domain must end in a
  // suffix that really exists ("co.za", "com", "pages.dev").
  const std::string& registrable = from.registrable_domain;
  const std::size_t dot = registrable.find('.');
  if (dot == std::string::npos || !IsListedPublicSuffix(registrable.substr(dot + 1)))
    return "no top-level domain";
  return "";
}

// Whether the receiving server found the From address's domain (its
// registrable part given) forged: DMARC failed, or SPF failed for that domain.
bool DomainFailsAuthentication(const Message& message, const std::string& registrable) {
  const AuthResults* auth = TrustedAuthResults(message);
  if (auth == nullptr || registrable.empty()) return false;
  if (ResultIs(auth->dmarc, "fail")) return true;
  const bool spf_failed = ResultIs(auth->spf, "fail") || ResultIs(auth->spf, "softfail");
  return spf_failed && RegistrableDomain(AsciiLower(auth->spf_domain)) == registrable;
}

// Whether the receiving server vouched for the From address's domain: DMARC
// passed (Microsoft's "bestguesspass" too: aligned, without a published
// policy), or SPF or DKIM passed for that registrable domain.
bool DomainIsVerified(const AuthResults& auth, const std::string& registrable) {
  if (ResultIs(auth.dmarc, "pass") || ResultIs(auth.dmarc, "bestguesspass")) return true;
  if (ResultIs(auth.spf, "pass") && RegistrableDomain(AsciiLower(auth.spf_domain)) == registrable) return true;
  return ResultIs(auth.dkim, "pass") && RegistrableDomain(AsciiLower(auth.dkim_domain)) == registrable;
}

class FromHeaderDetector : public Detector {
 public:
  std::string_view name() const override { return "from_header"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    CheckMalformedFrom(ctx, out);
    CheckNameHidesAddress(ctx, out);
  }

 private:
  void CheckMalformedFrom(const ScanContext& ctx, std::vector<Signal>& out) const {
    const std::string reason = MalformedFromReason(ctx.message);
    if (reason.empty()) return;
    // The recipient's own address is deliverable by definition, however
    // local it looks ("postmaster@intranet"): a From equal to it is judged as
    // self-addressed mail, not as a broken address.
    const std::string_view addressee =
        ctx.envelope.rcpt_to.empty() ? FirstAddressee(ctx.message) : std::string_view(ctx.recipient_address);
    if (reason != "name without address" &&
        EqualsIgnoreCase(TrimWhitespace(ctx.message.from.address), TrimWhitespace(addressee)))
      return;
    const HeaderField* header = ctx.message.FindHeader("From");
    const std::string shown = DisplayText(header ? header->value : "", 100);
    Signal s = MakeSignal("sender.malformed_from", Sign::kStructure, 20);
    s.evidence.push_back({"from", DisplayText(header ? header->value : "", kEvidenceBytes)});
    s.evidence.push_back({"problem", reason});
    if (reason == "name without address") {
      s.explanation_en = "The From line (" + QuoteEn(shown) +
                         ") is broken: a comma cuts the name off from the address, a mistake of "
                         "bulk-mailing tools that no real mail program makes.";
      s.explanation_fr = "La ligne « De » (" + QuoteFr(shown) +
                         ") est mal formée : une virgule sépare le nom de l'adresse, une erreur des "
                         "outils d'envoi en masse qu'aucun vrai logiciel de messagerie ne commet.";
    } else {
      s.explanation_en = "The sender address (" + QuoteEn(shown) +
                         ") has no valid domain: no real organisation sends from it and nobody "
                         "can answer it.";
      s.explanation_fr = "L'adresse de l'expéditeur (" + QuoteFr(shown) +
                         ") n'a pas de domaine valide : aucune vraie organisation n'écrit depuis "
                         "cette adresse et personne ne peut y répondre.";
    }
    out.push_back(std::move(s));
  }

  // "Das Team", <service@real-shop.de>: a From cut by a comma is a list of
  // a name-only mailbox (invalid in RFC 5322) and an address; mail programs
  // show the name and hide the address. When that address's own domain
  // fails authentication, the sender borrowed it and hid it behind a name
  // of its choosing: the reader is deceived about who writes. When the
  // receiving server vouched for another domain only (or for none), nothing
  // ties the hidden address to the sender either: the mail came from
  // elsewhere under an address picked to look respectable. A From whose
  // address has no valid domain ("x@pot") proves nothing here, nor does a
  // message without an authentication result.
  void CheckNameHidesAddress(const ScanContext& ctx, std::vector<Signal>& out) const {
    const HeaderField* header = ctx.message.FindHeader("From");
    if (header == nullptr || !NameCutOffByComma(header->raw)) return;
    const Mailbox& from = ctx.message.EffectiveFrom();  // the address after the comma
    const std::string& registrable = from.registrable_domain;
    const std::size_t dot = registrable.find('.');
    if (dot == std::string::npos || !IsListedPublicSuffix(registrable.substr(dot + 1))) return;
    const AuthResults* auth = TrustedAuthResults(ctx.message);
    if (auth == nullptr) return;
    if (DomainFailsAuthentication(ctx.message, registrable)) {
      out.push_back(HiddenAddressSignal(/*forged=*/true, *header, from));
    } else if (!DomainIsVerified(*auth, registrable)) {
      out.push_back(HiddenAddressSignal(/*forged=*/false, *header, from));
    }
  }

  static Signal HiddenAddressSignal(bool forged, const HeaderField& header, const Mailbox& from) {
    const std::string shown = DisplayText(header.value, 100);
    Signal s = forged ? MakeSignal("sender.name_hides_forged_address", Sign::kSenderMismatch, kForgedWeight)
                      : MakeSignal("sender.name_hides_unverified_address", Sign::kSenderMismatch, kUnverifiedWeight);
    s.evidence.push_back({"from", DisplayText(header.value, kEvidenceBytes)});
    s.evidence.push_back({"address", DisplayText(from.address, kEvidenceBytes)});
    s.explanation_en = "The From line (" + QuoteEn(shown) +
                       ") is built so that mail programs show only a name and hide the address, and that "
                       "address's domain " +
                       (forged ? "failed authentication: the sender borrowed someone else's address "
                                 "and hid it behind a name of its choosing."
                               : "was not verified by the receiving server: the mail came from elsewhere, "
                                 "under an address hidden behind a name of the sender's choosing.");
    s.explanation_fr = "La ligne « De » (" + QuoteFr(shown) +
                       ") est construite pour que les logiciels de messagerie n'affichent qu'un nom et cachent "
                       "l'adresse, et le domaine de cette adresse " +
                       (forged ? "a échoué à l'authentification : l'expéditeur a emprunté l'adresse de "
                                 "quelqu'un d'autre et l'a cachée derrière un nom de son choix."
                               : "n'a pas été vérifié par le serveur de réception : le message vient d'ailleurs, "
                                 "sous une adresse cachée derrière un nom choisi par l'expéditeur.");
    return s;
  }
};

}  // namespace

std::unique_ptr<Detector> MakeFromHeaderDetector() { return std::make_unique<FromHeaderDetector>(); }

}  // namespace phishscan
