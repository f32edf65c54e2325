// fraud.handed_credentials: the fake funded-account scam. Instead of asking
// for a password, the sender hands one over: "your bitcoin wallet has been
// funded with 51.85 BTC ($1,052,292.88). Website: ... Customer ID: ...
// Password: bx5vbi99". The site shows the fortune and then wants a
// "withdrawal fee". A service's genuine welcome mail also gives a temporary
// password, but names no fortune and sends the reader to the sender's own
// site; the scam needs all three: a password written out, a large balance,
// and a site that is not the sender's.
#include <string>
#include <vector>

#include "base/domain.h"
#include "base/text.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/labelled_value.h"
#include "detect/make_signal.h"
#include "detect/money_amount.h"
#include "detect/sender_relation.h"

namespace phishscan {
namespace {

constexpr int kWeight = 30;
constexpr std::size_t kEvidenceBytes = 60;
// A balance in money or coins from which the account reads as a fortune
// waiting, not a price or a statement line.
constexpr double kLargeBalance = 10000;
constexpr double kLargeCoinBalance = 0.5;  // BTC or ETH
constexpr std::size_t kMaxWordsScanned = 20000;
constexpr const char* kUnlinkedSite = "a site named but not linked";

const std::vector<std::string_view>& PasswordLabels() {
  static const std::vector<std::string_view> labels = {
      "password", "passcode", "pass", "pwd", "mot de passe", "passwort", "kennwort",
      "contraseña", "contrasena", "clave", "senha", "wachtwoord"};
  return labels;
}

const std::vector<std::string_view>& SiteLabels() {
  static const std::vector<std::string_view> labels = {
      "website", "site", "url", "login page", "platform", "plateforme", "site web", "webseite",
      "plataforma", "sitio web", "sito", "sito web", "portal", "www"};
  return labels;
}

// A bare "ID" counts too ("ID : 39829496 Pass: ..."): it takes a written
// password and a fortune besides, and a site left unlinked.
const std::vector<std::string_view>& LoginIdLabels() {
  static const std::vector<std::string_view> labels = {
      "customer id", "user id", "username", "user name", "login id", "account id", "client id", "id", "identifiant",
      "benutzername", "kundennummer", "usuario", "usuário", "gebruikersnaam", "nome utente"};
  return labels;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// "bx5vbi99", "K7#q2mz": a written-out secret, not "********" or "(the one
// you chose)". It starts with a letter or digit and holds a digit or symbol.
bool LooksLikeSecret(std::string_view value) {
  if (value.size() < 4) return false;
  const char first = value.front();
  if (!IsDigit(first) && !(first >= 'a' && first <= 'z')) return false;
  for (char c : value)
    if (IsDigit(c) || (!(c >= 'a' && c <= 'z') && static_cast<unsigned char>(c) < 0x80)) return true;
  return false;
}

std::string HandedPassword(const ScanContext& ctx) {
  for (const LabelledValue& v : FindLabelledValues(ctx.extraction.text, PasswordLabels()))
    if (LooksLikeSecret(v.value)) return v.label + ": " + DisplayText(v.value, kEvidenceBytes);
  return "";
}

bool IsCoin(std::string_view word) {
  // USDT is a dollar: FindMoneyAmounts reads it with the other currencies.
  for (std::string_view coin : {"btc", "bitcoin", "bitcoins", "eth", "ether", "ethereum"})
    if (word == coin) return true;
  return false;
}

// "51.85 btc", "75 bitcoin", "12.5eth": a coin balance, as written.
std::string CoinBalance(std::string_view text) {
  std::string_view previous;
  std::size_t pos = 0;
  for (std::size_t words = 0; pos < text.size() && words < kMaxWordsScanned; ++words) {
    std::size_t end = text.find_first_of(" \n", pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(pos, end - pos);
    pos = end + 1;
    while (!word.empty() && std::string_view(".,;:)!?").find(word.back()) != std::string_view::npos)
      word.remove_suffix(1);
    while (!word.empty() && word.front() == '(') word.remove_prefix(1);
    std::string_view number = previous, coin = word;
    std::size_t split = 0;
    while (split < word.size() && (IsDigit(word[split]) || word[split] == '.' || word[split] == ',')) ++split;
    if (split > 0 && split < word.size()) {  // "12.5eth"
      number = word.substr(0, split);
      coin = word.substr(split);
    }
    if (IsCoin(coin) && !number.empty() && ParseGroupedNumber(number) >= kLargeCoinBalance)
      return std::string(number) + " " + std::string(coin);
    previous = word;
  }
  return "";
}

std::string LargeBalance(const ScanContext& ctx) {
  for (std::string_view text : {std::string_view(ctx.subject_normalized), std::string_view(ctx.extraction.text)}) {
    for (const MoneyAmount& a : FindMoneyAmounts(text))
      if (a.value >= kLargeBalance) return DisplayText(a.text, kEvidenceBytes);
    if (std::string coins = CoinBalance(text); !coins.empty()) return coins;
  }
  return "";
}

// "coin-vault.example/login" -> "coin-vault.example".
std::string HostOfValue(std::string_view value) {
  if (std::size_t scheme = value.find("://"); scheme != std::string_view::npos) value.remove_prefix(scheme + 3);
  value = value.substr(0, value.find_first_of("/?#"));
  if (value.find('.') == std::string_view::npos) return "";
  return std::string(value);
}

// The site to log in to, when it is not the sender's own: a labelled
// "Website: ..." or a link; a genuine welcome mail links to its own.
std::string ForeignSite(const ScanContext& ctx) {
  const SenderRelation& relation = *ctx.sender_relation;
  for (const LabelledValue& v : FindLabelledValues(ctx.extraction.text, SiteLabels())) {
    const std::string host = HostOfValue(v.value);
    if (host.empty()) continue;
    const std::string registrable = RegistrableDomain(host);
    if (registrable.empty()) continue;
    if (!relation.IsRelated(registrable)) return registrable;
    return "";  // the sender's own site, named
  }
  bool any_link = false;
  for (const Link& link : ctx.extraction.links) {
    if (link.url.scheme != "http" && link.url.scheme != "https") continue;
    any_link = true;
    if (!link.url.registrable_domain.empty() && !relation.IsRelated(link.url.registrable_domain))
      return link.url.registrable_domain;
  }
  // A whole login (an ID besides the password) for a site the message does
  // not link to at all, often written defanged ("coinsite . net").
  if (!any_link && !FindLabelledValues(ctx.extraction.text, LoginIdLabels(), 1).empty()) return kUnlinkedSite;
  return "";
}

class HandedCredentialsDetector : public Detector {
 public:
  std::string_view name() const override { return "handed_credentials"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    const std::string password = HandedPassword(ctx);
    if (password.empty()) return;
    const std::string balance = LargeBalance(ctx);
    if (balance.empty()) return;
    const std::string site = ForeignSite(ctx);
    if (site.empty()) return;
    const bool unlinked = site == kUnlinkedSite;
    const std::string site_en =
        unlinked ? "a site it names but does not link to" : "a site that is not the sender's (" + site + ")";
    const std::string site_fr = unlinked ? "un site qu'il nomme sans y renvoyer"
                                         : "un site qui n'est pas celui de l'expéditeur (" + site + ")";
    out.push_back(MakeSignal(
        "fraud.handed_credentials", Sign::kFraudLure, kWeight,
        {{"password", password}, {"balance", balance}, {"site", site}},
        "The message hands you a password (" + QuoteEn(password) + ") for " + site_en +
            " where a large balance supposedly waits (" + QuoteEn(balance) +
            "): the fake funded-account scam, whose site asks for a \"withdrawal fee\" that is never returned.",
        "Le message vous donne un mot de passe (" + QuoteFr(password) + ") pour " + site_fr +
            " où un solde important vous attendrait (" + QuoteFr(balance) +
            ") : l'arnaque au faux compte approvisionné, dont le site réclame des « frais de retrait » jamais "
            "rendus."));
  }
};

}  // namespace

std::unique_ptr<Detector> MakeHandedCredentialsDetector() { return std::make_unique<HandedCredentialsDetector>(); }

}  // namespace phishscan
