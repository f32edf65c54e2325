#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "detect/detector.h"
#include "detect/detector_test_support.h"
#include "detect/test_mail.h"

namespace phishscan {
namespace {

using testing::FindSignal;
using testing::HasSignal;
using testing::RunDetector;
using testing::TestMail;

const Detector& AccountName() {
  static const std::unique_ptr<Detector> d = MakeAccountNamePayoutDetector();
  return *d;
}

// A site's "login details" notice as its CMS writes it, in the site's language.
TestMail LoginDetails(const std::string& label, const std::string& username, const std::string& link_text) {
  TestMail m;
  m.from = "Garden Shop <wordpress@garden-shop.example>";
  m.subject = "[Garden Shop] Login details";
  std::string encoded;
  for (char c : username) encoded += c == ' ' ? std::string("%20") : std::string(1, c);
  m.text = label + " " + username + "\n\n" + link_text +
           "\nhttps://garden-shop.example/wp-login.php?action=rp&key=Qx81kT2&login=" + encoded + "\n";
  return m;
}

TEST(AccountNamePayoutTest, UsernameHoldingASumInEveryLanguage) {
  const struct {
    const char* label;
    const char* username;
    const char* line;
  } cases[] = {
      {"Username:", "www.prize-site.example - 146 821 USD BINANCE", "To set your password, visit:"},
      {"Identifiant :", "www.prize-site.example - 148641 USD", "Pour configurer votre mot de passe :"},
      {"Benutzername:", "www.prize-site.example - 2.500 EUR pro Tag", "Um dein Passwort festzulegen, besuche:"},
      {"Nombre de usuario:", "www.prize-site.example - 1.331 BTC BINANCE", "Para establecer tu contraseña:"},
      {"Nome de usuário:", "www.prize-site.example - 0,85 BTC", "Para definir sua senha, acesse:"},
      {"Gebruikersnaam:", "www.prize-site.example - 133 287 EURO", "Om je wachtwoord in te stellen:"},
      {"Nome utente:", "www.prize-site.example - 1.360 BTC BINANCE", "Per impostare la tua password, visita:"},
  };
  for (const auto& c : cases) {
    const std::vector<Signal> signals = RunDetector(AccountName(), LoginDetails(c.label, c.username, c.line).Build());
    const Signal* s = FindSignal(signals, "fraud.payout_in_account_name");
    ASSERT_NE(s, nullptr) << c.label;
    EXPECT_EQ(s->sign, Sign::kFraudLure);
    EXPECT_EQ(s->weight, 30);
    EXPECT_FALSE(s->explanation_en.empty());
    EXPECT_NE(s->explanation_fr.find("nom d'utilisateur"), std::string::npos);
  }
}

TEST(AccountNamePayoutTest, PasswordLinkParameterAloneIsEnough) {
  TestMail m;
  m.from = "Shop <wordpress@shop.example>";
  m.subject = "[Shop] 로그인 세부 정보";
  m.text = "비밀번호를 설정하시려면: https://shop.example/wp-login.php?action=rp&key=a1&login=www.x.example%20-%2027%20513%20USD\n";
  const std::vector<Signal> signals = RunDetector(AccountName(), m.Build());
  const Signal* s = FindSignal(signals, "fraud.payout_in_account_name");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->evidence.front().second, "login=");
}

TEST(AccountNamePayoutTest, GenuineLoginDetailsAreClean) {
  for (const char* label : {"Username:", "Identifiant :", "Benutzername:", "Nombre de usuario:", "Nome utente:"}) {
    const TestMail m = LoginDetails(label, "anna.kowalski", "To set your password, visit:");
    EXPECT_FALSE(HasSignal(RunDetector(AccountName(), m.Build()), "fraud.payout_in_account_name")) << label;
  }
}

TEST(AccountNamePayoutTest, SumsOutsideTheNameFieldAreNotIt) {
  TestMail m;
  m.from = "Casa Verde <noreply@casaverde.example>";
  m.subject = "Welcome to Casa Verde";
  m.text =
      "Username: marta.r. Your first order over 1500 EUR ships free.\n"
      "Nome utente: luca Saldo: 2.000 EUR\n"
      "Order total: 3 400 USD\n"
      "https://casaverde.example/account?user=marta.r&ref=spring-2000-eur\n";
  EXPECT_FALSE(HasSignal(RunDetector(AccountName(), m.Build()), "fraud.payout_in_account_name"));
}

// The payout's username also names the site where the money waits.
TEST(AccountNamePayoutTest, SiteNamedInThePayoutUsername) {
  const std::vector<Signal> signals = RunDetector(
      AccountName(),
      LoginDetails("Nome utente:", "www.prize-site.example.net - 1.360 BTC BINANCE", "Per impostare la password:").Build());
  const Signal* s = FindSignal(signals, "links.site_in_account_name");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->sign, Sign::kDeceptiveLink);
  EXPECT_EQ(s->weight, 20);
  EXPECT_EQ(testing::EvidenceValue(*s, "site"), "www.prize-site.example.net");
  EXPECT_NE(s->explanation_fr.find("autre site"), std::string::npos);

  TestMail korean;
  korean.from = "Shop <wordpress@shop.example>";
  korean.text = "https://shop.example/wp-login.php?action=rp&key=a1&login=https%3A%2F%2Fbonus.example.org%2Fx%20-%2027%20513%20USD\n";
  const std::vector<Signal> link_only = RunDetector(AccountName(), korean.Build());
  const Signal* k = FindSignal(link_only, "links.site_in_account_name");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(testing::EvidenceValue(*k, "site"), "bonus.example.org");
}

// A payout username without an address, or naming the site itself, sends
// the reader nowhere else; sums and coin amounts are not host names.
TEST(AccountNamePayoutTest, NoOtherSiteInTheUsername) {
  for (const char* username : {"lucky winner - 146 821 USD BINANCE", "anna.kowalski - 2 500 EUR",
                               "prize 1.331 BTC", "anna@mail.example.com 5.000 EUR"}) {
    const std::vector<Signal> signals =
        RunDetector(AccountName(), LoginDetails("Username:", username, "To set your password, visit:").Build());
    EXPECT_TRUE(HasSignal(signals, "fraud.payout_in_account_name")) << username;
    EXPECT_FALSE(HasSignal(signals, "links.site_in_account_name")) << username;
  }
  TestMail own;
  own.from = "Shop <wordpress@shop.example.com>";
  own.text = "Username: shop.example.com - 2 500 EUR\n";
  const std::vector<Signal> own_signals = RunDetector(AccountName(), own.Build());
  EXPECT_TRUE(HasSignal(own_signals, "fraud.payout_in_account_name"));
  EXPECT_FALSE(HasSignal(own_signals, "links.site_in_account_name"));
  const TestMail genuine = LoginDetails("Username:", "anna.kowalski", "To set your password, visit:");
  EXPECT_FALSE(HasSignal(RunDetector(AccountName(), genuine.Build()), "links.site_in_account_name"));
}

TEST(AccountNamePayoutTest, BoundedOnARepeatedLabel) {
  TestMail m;
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "username: x ";
  m.text = text + "username: 5000 USD\n";
  // Past the bound the label is no longer read: no crash, no hang.
  EXPECT_FALSE(HasSignal(RunDetector(AccountName(), m.Build()), "fraud.payout_in_account_name"));
}

}  // namespace
}  // namespace phishscan
