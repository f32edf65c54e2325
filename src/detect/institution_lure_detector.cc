// sender.institution_lure: a dating, adult or casino lure sent from the
// mailbox of a public institution — a town hall, a university, a ministry —
// with the offer on an unrelated site. Such bodies never advertise dates or
// casino bonuses; when their mail does, someone has taken over a staff
// account and sends through it because its address is trusted. The lure
// wording is scam.romance_adult's or scam.gambling_bonus's; this signal is
// about who sends it, so it belongs to the sender_mismatch sign.
#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/text.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/host_labels.h"
#include "detect/make_signal.h"
#include "detect/sender_name_match.h"
#include "detect/sender_relation.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxLinksChecked = 200;
constexpr std::size_t kMaxNameBytes = 256;

// The first label of the public suffixes under which only schools and
// states register (edu, ac.uk, edu.br, go.jp, gob.mx...).
constexpr std::array<std::string_view, 7> kInstitutionSuffixLabels = {"edu", "ac", "gov", "gob", "gouv", "govt",
                                                                      "go"};
// How a town hall or a university names its own host, in the languages
// supported: "comune.x.it", "gemeente-x.nl", "mairie-x.fr", "uni-x.de",
// "univ-x.fr", "universidad-x.es". Matched at the start of a chosen label.
constexpr std::array<std::string_view, 12> kInstitutionLabelStarts = {
    "comune", "gemeente", "mairie", "ayuntamiento", "ajuntament", "concello",
    "prefeitura", "municipio", "gemeinde", "universi", "univ-", "uni-"};

bool HasInstitutionSuffix(std::string_view registrable) {
  const std::vector<std::string_view> suffix = SplitLabels(PublicSuffixOf(registrable));
  if (suffix.empty()) return false;
  // "ac" and "go" alone are country domains anyone may register.
  const bool alone_ambiguous = suffix.size() == 1 && (suffix[0] == "ac" || suffix[0] == "go");
  for (std::string_view label : kInstitutionSuffixLabels) {
    if (suffix[0] == label) return !alone_ambiguous;
  }
  return false;
}

bool HasInstitutionLabel(const Mailbox& from) {
  for (const std::string& label : ChosenSenderLabels(from)) {
    for (std::string_view start : kInstitutionLabelStarts) {
      if (std::string_view(label).substr(0, start.size()) == start) return true;
    }
  }
  return false;
}

bool IsInstitutionMailbox(const ScanContext& ctx) {
  const Mailbox& from = ctx.message.from;
  if (from.domain.empty() || from.registrable_domain.empty()) return false;
  return ctx.knowledge.IsGovernmentHost(from.domain) || HasInstitutionSuffix(from.registrable_domain) ||
         HasInstitutionLabel(from);
}

// "Mairie de Lindeveld" from mairie-lindeveld.fr, "Anna Rossi" from
// anna.rossi@comune...: the institution or the mailbox's owner signing. A
// taken-over account writes under a role ("Support") or a lure's name.
bool SignsAsItsOwner(const Message& m) {
  const std::string name = SenderNameOf(m).substr(0, kMaxNameBytes);
  if (name.empty()) return false;
  const std::string& address = m.from.address;
  const std::size_t at = address.rfind('@');
  const std::string_view local = at == std::string::npos ? std::string_view() : std::string_view(address).substr(0, at);
  return NameMatchesAddress(SignificantNameWords(name), local, ChosenSenderLabels(m.from));
}

// The lure wording of one family, when it comes together: in the subject,
// or two distinct wordings. A casino named alone is not enough (a town may
// run one, a university may hold a casino night): its bonus must be offered.
struct Lure {
  std::string category;
  std::string wording;
};

bool HasTwoWordings(const std::vector<std::string_view>& wordings) {
  for (std::string_view w : wordings) {
    if (!EqualsIgnoreCase(w, wordings.front())) return true;
  }
  return false;
}

Lure LureOf(const ScanContext& ctx) {
  const std::vector<std::string_view> dating_subject = ctx.subject_hits.WordingIn("romance_adult");
  if (!dating_subject.empty()) return {"romance_adult", std::string(dating_subject.front())};
  const std::vector<std::string_view> dating_body = ctx.hits.WordingIn("romance_adult");
  if (HasTwoWordings(dating_body)) return {"romance_adult", std::string(dating_body.front())};
  std::vector<std::string_view> casino = ctx.subject_hits.WordingIn("gambling_bonus");
  for (std::string_view w : ctx.hits.WordingIn("gambling_bonus")) casino.push_back(w);
  if (HasTwoWordings(casino)) return {"gambling_bonus", std::string(casino.front())};
  return {};
}

// The first web link to a site unrelated to the sender, footer sites aside.
const Link* UnrelatedLink(const ScanContext& ctx) {
  const SenderRelation& relation = *ctx.sender_relation;
  std::size_t checked = 0;
  for (const Link& link : ctx.extraction.links) {
    if (++checked > kMaxLinksChecked) break;
    const Url& url = link.url;
    if (url.scheme != "http" && url.scheme != "https") continue;
    if (url.registrable_domain.empty() || relation.IsRelated(url.registrable_domain)) continue;
    if (ctx.knowledge.IsFooterSite(url.host)) continue;
    return &link;
  }
  return nullptr;
}

Signal MakeInstitutionSignal(const Lure& lure, const std::string& address, const Url& link) {
  Signal s = MakeSignal("sender.institution_lure", Sign::kSenderMismatch, 18);
  const std::string from = DisplayText(address, 120);
  const std::string phrase = DisplayText(lure.wording, 60);
  const std::string site = DisplayText(link.registrable_domain, 120);
  const bool casino = lure.category == "gambling_bonus";
  s.evidence.emplace_back("from", from);
  s.evidence.emplace_back("phrase", phrase);
  s.evidence.emplace_back("link domain", site);
  s.explanation_en = std::string(casino ? "A casino offer" : "A dating or adult offer") + " (" + QuoteEn(phrase) +
                     ") comes from the mailbox of a public institution (" + from + ") and links to " + site +
                     ": town halls, universities and ministries do not send such offers, so the account was "
                     "most likely taken over.";
  s.explanation_fr = std::string(casino ? "Une offre de casino" : "Une offre de rencontre ou pour adultes") + " (" +
                     QuoteFr(phrase) + ") vient de la boîte d'une institution publique (" + from +
                     ") et renvoie vers " + site +
                     " : mairies, universités et ministères n'envoient pas de telles offres, le compte a donc très "
                     "probablement été piraté.";
  return s;
}

class InstitutionLureDetector : public Detector {
 public:
  std::string_view name() const override { return "institution_lure"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    if (!ctx.hits.Any("romance_adult") && !ctx.subject_hits.Any("romance_adult") &&
        !ctx.hits.Any("gambling_bonus") && !ctx.subject_hits.Any("gambling_bonus"))
      return;
    const Message& m = ctx.message;
    // A list run by a university carries its members' talk, not its own;
    // an institution's newsletter carries an unsubscribe header and writes
    // about local life in words a lure also uses ("mamans seules", a casino
    // night).
    if (m.IsListTraffic() || m.FindHeader("List-Unsubscribe") != nullptr) return;
    if (!IsInstitutionMailbox(ctx) || SignsAsItsOwner(m)) return;
    const Lure lure = LureOf(ctx);
    if (lure.category.empty()) return;
    const Link* link = UnrelatedLink(ctx);
    if (link == nullptr) return;
    out.push_back(MakeInstitutionSignal(lure, ctx.message.from.address, link->url));
  }
};

}  // namespace

std::unique_ptr<Detector> MakeInstitutionLureDetector() { return std::make_unique<InstitutionLureDetector>(); }

}  // namespace phishscan
