// What the receiving server found when it checked the sender: SPF (is this
// server allowed to send for the domain), DKIM (is the signature intact),
// DMARC (does the From domain's owner vouch for the message). Only the
// topmost Authentication-Results is believed. A pass proves little (phishers
// authenticate their own domains), so passes produce nothing; failures and a
// total absence of authentication are evidence.
#include <string>
#include <vector>

#include "base/domain.h"
#include "base/text.h"
#include "detect/detector.h"
#include "detect/make_signal.h"
#include "detect/trusted_auth_results.h"

namespace phishscan {
namespace {

constexpr std::size_t kRawEvidenceBytes = 300;

bool IsNoneOrEmpty(std::string_view result) { return TrimWhitespace(result).empty() || ResultIs(result, "none"); }

std::string RegistrableOf(std::string_view domain_or_address) {
  std::size_t at = domain_or_address.rfind('@');
  std::string host = HostToAscii(at == std::string_view::npos ? domain_or_address : domain_or_address.substr(at + 1));
  return host.empty() ? std::string() : RegistrableDomain(host);
}

// The domain owner asked receivers to reject or quarantine failing mail,
// which makes a failure more telling ("p=REJECT", Microsoft's "action=oreject").
bool DmarcPolicyEnforced(std::string_view raw) {
  std::string lower = AsciiLower(raw);
  for (std::string_view cue : {"p=reject", "p=quarantine", "action=oreject", "action=reject", "action=quarantine",
                               "policy.dmarc=reject", "policy.dmarc=quarantine"})
    if (lower.find(cue) != std::string::npos) return true;
  return false;
}

class AuthenticationDetector : public Detector {
 public:
  std::string_view name() const override { return "authentication"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    const AuthResults* ar = TrustedAuthResults(ctx.message);
    if (ar == nullptr) return;
    const std::string from = ctx.message.from.registrable_domain;
    Evidence base = BaseEvidence(*ar);
    if (ResultIs(ar->dmarc, "fail")) {
      DmarcFail(*ar, from, base, out);
      BrandAddressForged(ctx, from, base, out);
    }
    if (ResultIs(ar->spf, "fail") || ResultIs(ar->spf, "softfail")) SpfFail(*ar, base, out);
    if (ResultIs(ar->dkim, "fail")) DkimFail(*ar, base, out);
    if (IsNoneOrEmpty(ar->spf) && IsNoneOrEmpty(ar->dkim) && IsNoneOrEmpty(ar->dmarc) &&
        (ResultIs(ar->spf, "none") || ResultIs(ar->dkim, "none") || ResultIs(ar->dmarc, "none")))
      NothingAuthenticated(base, out);
    DkimUnaligned(*ar, from, ctx.knowledge.brands(), base, out);
  }

 private:
  static Evidence BaseEvidence(const AuthResults& ar) {
    Evidence e{{"header", "Authentication-Results (topmost)"}};
    if (!ar.authserv_id.empty()) e.emplace_back("authserv-id", ar.authserv_id);
    e.emplace_back("raw", Ellipsize(ar.raw, kRawEvidenceBytes));
    return e;
  }

  static void DmarcFail(const AuthResults& ar, const std::string& from, const Evidence& base,
                        std::vector<Signal>& out) {
    std::string domain = !ar.dmarc_domain.empty() ? ar.dmarc_domain : from;
    bool enforced = DmarcPolicyEnforced(ar.raw);
    Evidence e{{"dmarc", ar.dmarc}, {"header.from", domain}};
    if (enforced) e.emplace_back("policy", "reject or quarantine");
    e.insert(e.end(), base.begin(), base.end());
    out.push_back(MakeSignal("auth.dmarc_fail", Sign::kAuthentication, enforced ? 28 : 20, std::move(e),
                       "The message fails DMARC for " + domain + ": the owner of that domain does not vouch for it" +
                           (enforced ? ", and asks for such mail to be rejected." : "."),
                       "Le message échoue à DMARC pour " + domain +
                           " : le propriétaire de ce domaine ne le reconnaît pas" +
                           (enforced ? ", et demande que de tels messages soient rejetés." : ".")));
  }

  // A brand's own address in From, and the brand's domain does not vouch for
  // the message: the address is forged, which no detector of content sees.
  static void BrandAddressForged(const ScanContext& ctx, const std::string& from, const Evidence& base,
                                 std::vector<Signal>& out) {
    const Brand* brand = from.empty() ? nullptr : ctx.knowledge.brands().BrandOfDomain(from);
    if (brand == nullptr) return;
    Evidence e{{"brand", brand->name}, {"from", ctx.message.from.address}, {"dmarc", "fail"}};
    e.insert(e.end(), base.begin(), base.end());
    Signal s = MakeSignal("auth.brand_address_forged", Sign::kAuthentication, 30, std::move(e),
                    "The message shows " + brand->name + "'s own address (" + ctx.message.from.address +
                        ") but " + from + " does not vouch for it (DMARC fail): the address is forged.",
                    "Le message affiche l'adresse de " + brand->name + " (" + ctx.message.from.address +
                        ") mais " + from + " ne le reconnaît pas (échec DMARC) : l'adresse est usurpée.");
    s.sign = Sign::kSenderMismatch;
    out.push_back(std::move(s));
  }

  static void SpfFail(const AuthResults& ar, const Evidence& base, std::vector<Signal>& out) {
    bool hard = ResultIs(ar.spf, "fail");
    std::string domain = ar.spf_domain.empty() ? "the sender's domain" : ar.spf_domain;
    std::string domain_fr = ar.spf_domain.empty() ? "le domaine de l'expéditeur" : ar.spf_domain;
    Evidence e{{"spf", ar.spf}};
    if (!ar.spf_domain.empty()) e.emplace_back("smtp.mailfrom", ar.spf_domain);
    e.insert(e.end(), base.begin(), base.end());
    out.push_back(MakeSignal(hard ? "auth.spf_fail" : "auth.spf_softfail", Sign::kAuthentication, hard ? 15 : 8,
                             std::move(e),
                       "The server that delivered the message is not " +
                           std::string(hard ? "allowed" : "listed as allowed") + " to send mail for " + domain +
                           " (SPF " + (hard ? "fail" : "softfail") + ").",
                       "Le serveur qui a livré le message n'est pas " +
                           std::string(hard ? "autorisé" : "déclaré comme autorisé") + " à envoyer du courrier pour " +
                           domain_fr + " (SPF " + (hard ? "fail" : "softfail") + ")."));
  }

  static void DkimFail(const AuthResults& ar, const Evidence& base, std::vector<Signal>& out) {
    std::string domain = ar.dkim_domain.empty() ? "" : " for " + ar.dkim_domain;
    std::string domain_fr = ar.dkim_domain.empty() ? "" : " pour " + ar.dkim_domain;
    Evidence e{{"dkim", ar.dkim}};
    if (!ar.dkim_domain.empty()) e.emplace_back("header.d", ar.dkim_domain);
    e.insert(e.end(), base.begin(), base.end());
    out.push_back(MakeSignal("auth.dkim_fail", Sign::kAuthentication, 10, std::move(e),
                       "The message's DKIM signature" + domain + " does not verify: it was altered or forged.",
                       "La signature DKIM du message" + domain_fr +
                           " n'est pas valide : il a été modifié ou falsifié."));
  }

  static void NothingAuthenticated(const Evidence& base, std::vector<Signal>& out) {
    Evidence e{{"spf", "none"}, {"dkim", "none"}, {"dmarc", "none"}};
    e.insert(e.end(), base.begin(), base.end());
    out.push_back(MakeSignal("auth.none", Sign::kAuthentication, 4, std::move(e),
                       "Nothing authenticates the sender: no SPF, DKIM or DMARC result shows the domain sent this "
                       "message.",
                       "Rien n'authentifie l'expéditeur : aucun résultat SPF, DKIM ou DMARC n'indique que le domaine "
                       "a envoyé ce message."));
  }

  // From a brand's domain, signed by someone else, and DMARC did not pass:
  // brands sign their own mail, so the signature vouches for another sender.
  // (Small senders relaying through a provider's signature are common and
  // say nothing; only brand From domains are looked at.)
  static void DkimUnaligned(const AuthResults& ar, const std::string& from, const BrandCatalog& brands,
                            const Evidence& base, std::vector<Signal>& out) {
    if (!ResultIs(ar.dkim, "pass") || ResultIs(ar.dmarc, "pass") || from.empty()) return;
    const Brand* brand = brands.BrandOfDomain(from);
    if (brand == nullptr) return;
    std::string signer = RegistrableOf(ar.dkim_domain);
    if (signer.empty() || signer == from || brands.BrandOfDomain(signer) == brand) return;
    Evidence e{{"dkim", ar.dkim}, {"header.d", ar.dkim_domain}, {"from domain", from}};
    e.insert(e.end(), base.begin(), base.end());
    out.push_back(MakeSignal("auth.dkim_unaligned", Sign::kAuthentication, 4, std::move(e),
                       "The message is signed (DKIM) by " + signer + ", not by the From domain " + from + ".",
                       "Le message est signé (DKIM) par " + signer + ", et non par le domaine de l'expéditeur " +
                           from + "."));
  }
};

}  // namespace

std::unique_ptr<Detector> MakeAuthenticationDetector() { return std::make_unique<AuthenticationDetector>(); }

}  // namespace phishscan
