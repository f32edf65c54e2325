#include <gtest/gtest.h>

#include <string>

#include "detect/detector.h"
#include "detect/detector_test_support.h"
#include "detect/test_mail.h"

namespace phishscan {
namespace {

using testing::Describe;
using testing::FindSignal;
using testing::HasSignal;
using testing::RunDetector;
using testing::TestMail;

const Detector& Handed() {
  static const std::unique_ptr<Detector> d = MakeHandedCredentialsDetector();
  return *d;
}

const char kFundedWallet[] =
    "Your bitcoin wallet has been funded with 51.85 BTC ($1,052,292.88). Please login with the details below.\n"
    "Website: coinvault-pro.example\nCustomer ID: 61363414\nPassword: bx5vbi99\n";

TEST(HandedCredentialsTest, FundedWalletWithLoginDetails) {
  TestMail m;
  m.from = "Wallet Desk <desk.wallet@gmail.com>";
  m.subject = "Account funded";
  m.text = kFundedWallet;
  std::vector<Signal> signals = RunDetector(Handed(), m.Build());
  const Signal* s = FindSignal(signals, "fraud.handed_credentials");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(s->sign, Sign::kFraudLure);
  EXPECT_NE(s->explanation_en.find("bx5vbi99"), std::string::npos) << s->explanation_en;
  EXPECT_NE(s->explanation_en.find("coinvault-pro.example"), std::string::npos) << s->explanation_en;
  EXPECT_NE(s->explanation_fr.find("mot de passe"), std::string::npos) << s->explanation_fr;
}

TEST(HandedCredentialsTest, CoinBalanceAndLinkInOtherLanguages) {
  TestMail pt;
  pt.from = "Suporte <suporte@carteira-cripto.example>";
  pt.text = "Sua carteira foi creditada com 75 BTC. Acesse https://saque-rapido.example/login\n"
            "Usuário: 88412\nSenha: kq72mzp1\n";
  std::vector<Signal> a = RunDetector(Handed(), pt.Build());
  EXPECT_TRUE(HasSignal(a, "fraud.handed_credentials")) << Describe(a);

  TestMail fr;
  fr.from = "Service <contact@portefeuille-invest.example>";
  fr.text = "Votre compte a été approvisionné de 48 500,00 € . Plateforme : retrait-express.example\n"
            "Identifiant : 553201\nMot de passe : Tr4x9qLm\n";
  std::vector<Signal> b = RunDetector(Handed(), fr.Build());
  EXPECT_TRUE(HasSignal(b, "fraud.handed_credentials")) << Describe(b);

  TestMail de;
  de.from = "Team <team@krypto-depot.example>";
  de.text = "Ihr Depot wurde mit 12,5 ETH aufgeladen. Webseite: auszahlung24.example Passwort: zz81kq0p";
  std::vector<Signal> c = RunDetector(Handed(), de.Build());
  EXPECT_TRUE(HasSignal(c, "fraud.handed_credentials")) << Describe(c);
}

TEST(HandedCredentialsTest, FullLoginForAnUnlinkedDefangedSite) {
  TestMail m;
  m.from = "Portfolio <desk@portfolio-mail.example>";
  m.text = "Your bitcoin portfolio has been funded with 75 BTC. Below are your new login details. "
           "www: coinsite . example Customer ID: 90972865 Password: csx44way";
  std::vector<Signal> signals = RunDetector(Handed(), m.Build());
  const Signal* s = FindSignal(signals, "fraud.handed_credentials");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_NE(s->explanation_en.find("75 btc"), std::string::npos) << s->explanation_en;
}

// The "bitcoin found in a lost bag" story: a bare "ID" and a "Pass" for a
// site written with a space before its suffix, never linked.
TEST(HandedCredentialsTest, LostBagLoginWithABareId) {
  TestMail m;
  m.from = "Omar <omar.k@trading-house.example>";
  m.text = "Below are the details of the bitcoin I found in the lost bag at the airport. "
           "website: COINVAULTX. NET ID : 48213377 Pass: rT7kq2Lm The balance is 88.4 BTC or $1,512,004.";
  std::vector<Signal> a = RunDetector(Handed(), m.Build());
  ASSERT_TRUE(HasSignal(a, "fraud.handed_credentials")) << Describe(a);

  m.text = "Below are the details of the bitcoin I found in the lost bag at the airport. "
           "website: COINVAULTX. NET Pass: rT7kq2Lm The balance is 88.4 BTC or $1,512,004.";
  std::vector<Signal> b = RunDetector(Handed(), m.Build());
  EXPECT_FALSE(HasSignal(b, "fraud.handed_credentials")) << Describe(b);
}

TEST(HandedCredentialsTest, WelcomeMailWithTemporaryPasswordIsClean) {
  TestMail m;
  m.from = "Acme Cloud <no-reply@acme-cloud.example>";
  m.headers.push_back(
      "Authentication-Results: mx.example-corp.com; dkim=pass header.d=acme-cloud.example; "
      "dmarc=pass header.from=acme-cloud.example");
  m.text = "Welcome to Acme Cloud! Your administrator created an account for you.\n"
           "Login page: https://app.acme-cloud.example/login\nUsername: bob\nTemporary password: Qk7pX2mw\n"
           "You will be asked to choose a new password at first sign-in.";
  std::vector<Signal> signals = RunDetector(Handed(), m.Build());
  EXPECT_FALSE(HasSignal(signals, "fraud.handed_credentials")) << Describe(signals);
}

TEST(HandedCredentialsTest, EachPartIsNeeded) {
  TestMail no_password;
  no_password.from = "Wallet Desk <desk.wallet@gmail.com>";
  no_password.text = "Your wallet holds 51.85 BTC ($1,052,292.88). Website: coinvault-pro.example. "
                     "Password: the one you chose at sign-up.";
  EXPECT_FALSE(HasSignal(RunDetector(Handed(), no_password.Build()), "fraud.handed_credentials"));

  TestMail no_fortune;
  no_fortune.from = "Wallet Desk <desk.wallet@gmail.com>";
  no_fortune.text = "Your account is ready. Website: coinvault-pro.example Password: bx5vbi99 Balance: $25.00";
  EXPECT_FALSE(HasSignal(RunDetector(Handed(), no_fortune.Build()), "fraud.handed_credentials"));

  TestMail own_site;
  own_site.from = "Exchange <support@coinvault-pro.example>";
  own_site.text = kFundedWallet;
  EXPECT_FALSE(HasSignal(RunDetector(Handed(), own_site.Build()), "fraud.handed_credentials"));
}

}  // namespace
}  // namespace phishscan
