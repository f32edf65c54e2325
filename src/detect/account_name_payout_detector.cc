// account_name_payout: a sum of money where a name belongs. Sites let anyone
// register an account, and mail the address given a "your login details" or
// "set your password" notice that repeats the chosen username. A stranger
// who registers the reader's address under the username "www.site.example -
// 146 821 USD BINANCE" has the site's genuine, authenticated mail deliver
// that lure. The username is repeated twice: after a label ("Username:",
// "Nome utente:") and in the password link's parameters ("login=").
// A username never holds a payout; a genuine notice's holds a name.
// When the same username also names a web address that is not the site's
// ("www.x.blogspot.example - 1.3 BTC"), the lure sends the reader there:
// that is links.site_in_account_name, of the deceptive_link sign, because
// the address is where the money is said to wait, written where no link
// belongs.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/domain.h"
#include "base/text.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/labelled_value.h"
#include "detect/make_signal.h"
#include "detect/payout_quantity.h"
#include "extract/percent_decode.h"

namespace phishscan {
namespace {

constexpr int kWeight = 30;
constexpr int kSiteWeight = 20;
constexpr std::size_t kMaxWordsChecked = 16;
constexpr std::size_t kMaxLinksChecked = 64;
constexpr std::size_t kMaxParameters = 32;
constexpr std::size_t kMaxLabelOccurrences = 16;
// The payout must sit inside the field, right after its label.
constexpr std::size_t kMaxFieldBytes = 64;

// Labels of the account name in notices, as normalised text writes them.
constexpr std::string_view kNameLabels[] = {
    "username",  "user name",         "login name", "account name",       "identifiant", "nom d'utilisateur",
    "benutzername", "anmeldename",    "nombre de usuario", "usuario",      "nome de usuário", "nome de utilizador",
    "utilizador", "gebruikersnaam",   "nome utente"};

// Query parameters that carry the account name in password links.
constexpr std::string_view kNameParameters[] = {"login", "user_login", "username", "user", "uname", "user_name"};

struct NameField {
  std::string field;   // the label or "login=" parameter
  std::string value;   // what the field holds, shortened
  std::string payout;  // the sum found in it
  std::string text;    // the field's whole text, where a web address is looked for
};

bool IsAsciiAlpha(std::string_view s) {
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
  return !s.empty();
}

// The first word of `value` that is a host name on another domain than
// `own_domain`: dotted, ending in an alphabetic top-level label ("1.331" is
// a number), under a suffix the Public Suffix List lists. "" when there is
// none.
std::string SiteIn(std::string_view value, std::string_view own_domain) {
  std::size_t words = 0;
  while (!value.empty() && words++ < kMaxWordsChecked) {
    const std::size_t space = value.find(' ');
    std::string word = AsciiLower(value.substr(0, space));
    value = space == std::string_view::npos ? std::string_view() : value.substr(space + 1);
    for (std::string_view scheme : {"https://", "http://"})
      if (word.rfind(scheme, 0) == 0) word.erase(0, scheme.size());
    word = std::string(word.substr(0, word.find('/')));
    while (!word.empty() && (word.back() == '.' || word.back() == ',')) word.pop_back();
    const std::size_t dot = word.rfind('.');
    if (dot == std::string::npos || word.find('@') != std::string::npos) continue;
    if (!IsAsciiAlpha(std::string_view(word).substr(dot + 1))) continue;
    const std::string registrable = RegistrableDomain(word);
    const std::size_t suffix = registrable.find('.');
    if (suffix == std::string::npos || registrable == own_domain) continue;
    // A made-up ending ("anna.kowalski") is a name with a dot, not a site.
    if (!IsListedPublicSuffix(std::string_view(registrable).substr(suffix + 1))) continue;
    return word;
  }
  return "";
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The field's text after `label` ending at `pos`: from the colon to the next
// colon, line or sentence end, at most kMaxFieldBytes. "" without a colon.
std::string_view FieldAfter(std::string_view text, std::size_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  if (pos >= text.size() || text[pos] != ':') return {};
  const std::string_view rest = text.substr(pos + 1, kMaxFieldBytes);
  std::size_t end = rest.find_first_of(":\n");
  const std::size_t stop = rest.find(". ");
  if (stop < end) end = stop;
  return TrimWhitespace(rest.substr(0, end));
}

bool FindInLabelledField(std::string_view text, NameField& found) {
  if (!HasLabelBeforeSeparator(text, kNameLabels)) return false;
  for (std::string_view label : kNameLabels) {
    std::size_t from = 0;
    for (std::size_t seen = 0; seen < kMaxLabelOccurrences; ++seen) {
      const std::size_t at = text.find(label, from);
      if (at == std::string_view::npos) break;
      from = at + 1;
      if (at > 0 && IsAsciiLetter(text[at - 1])) continue;
      const std::string_view field = FieldAfter(text, at + label.size());
      std::string payout = FindPayoutQuantity(field);
      if (payout.empty()) continue;
      found = {std::string(label), DisplayText(field, 80), std::move(payout), std::string(field)};
      return true;
    }
  }
  return false;
}

bool IsNameParameter(std::string_view key) {
  for (std::string_view name : kNameParameters)
    if (key == name) return true;
  return false;
}

// "login=www.x.example%20-%201.331%20BTC" in a link's query.
bool FindInLinkParameter(const std::vector<Link>& links, NameField& found) {
  std::size_t checked = 0;
  for (const Link& link : links) {
    if (++checked > kMaxLinksChecked) break;
    std::string_view query = link.url.query;
    for (std::size_t n = 0; n < kMaxParameters && !query.empty(); ++n) {
      const std::size_t amp = query.find('&');
      const std::string_view pair = query.substr(0, amp);
      query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
      const std::size_t eq = pair.find('=');
      if (eq == std::string_view::npos || !IsNameParameter(AsciiLower(pair.substr(0, eq)))) continue;
      std::string raw(pair.substr(eq + 1, 512));
      for (char& c : raw)
        if (c == '+') c = ' ';
      const std::string value = NormalizeText(PercentDecode(raw));
      std::string payout = FindPayoutQuantity(value);
      if (payout.empty()) continue;
      found = {std::string(pair.substr(0, eq)) + "=", DisplayText(value, 80), std::move(payout), value};
      return true;
    }
  }
  return false;
}

class AccountNamePayoutDetector : public Detector {
 public:
  std::string_view name() const override { return "account_name_payout"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    NameField found;
    if (!FindInLabelledField(ctx.extraction.text, found) && !FindInLinkParameter(ctx.extraction.links, found))
      return;
    out.push_back(MakeSignal(
        "fraud.payout_in_account_name", Sign::kFraudLure, kWeight,
        {{"field", found.field}, {"value", found.value}, {"payout", found.payout}},
        "This account notice repeats a username that is a sum of money (" + QuoteEn(found.payout) + " in " +
            QuoteEn(found.value) +
            "). Someone registered your address on a site under that name so that the site's genuine mail "
            "would carry their lure; no real username holds a payout.",
        "Cet avis de compte répète un nom d'utilisateur qui est une somme d'argent (" + QuoteFr(found.payout) +
            " dans " + QuoteFr(found.value) +
            "). Quelqu'un a inscrit votre adresse sur un site sous ce nom pour que le courriel authentique du "
            "site transporte son appât ; aucun vrai nom d'utilisateur ne contient un gain."));
    const std::string site = SiteIn(found.text, ctx.message.from.registrable_domain);
    if (site.empty()) return;
    const std::string shown = DisplayText(site, 80);
    out.push_back(MakeSignal(
        "links.site_in_account_name", Sign::kDeceptiveLink, kSiteWeight,
        {{"field", found.field}, {"site", shown}, {"payout", found.payout}},
        "The username that holds the payout also names another site, " + shown +
            ": the lure sends you there to collect, with an address written where no link belongs, so that "
            "the notice itself carries no suspicious link.",
        "Le nom d'utilisateur qui contient le gain nomme aussi un autre site, " + shown +
            " : l'appât vous y envoie pour l'encaisser, avec une adresse écrite là où aucun lien n'a sa place, "
            "pour que l'avis lui-même ne porte aucun lien suspect."));
  }
};

}  // namespace

std::unique_ptr<Detector> MakeAccountNamePayoutDetector() { return std::make_unique<AccountNamePayoutDetector>(); }

}  // namespace phishscan
