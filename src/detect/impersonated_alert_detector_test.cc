#include <gtest/gtest.h>

#include <string>
#include <vector>

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

const Detector& Alert() {
  static const std::unique_ptr<Detector> d = MakeImpersonatedAlertDetector();
  return *d;
}

std::vector<Signal> Scan(const std::string& from, const std::string& subject, const std::string& text,
                         std::vector<std::string> headers = {}) {
  TestMail m;
  m.from = from;
  m.subject = subject;
  m.text = text;
  m.headers = std::move(headers);
  return RunDetector(Alert(), m.Build());
}

std::string DmarcPass(const std::string& domain) {
  return "Authentication-Results: mx.example-corp.com; spf=pass smtp.mailfrom=" + domain +
         "; dkim=pass header.d=" + domain + "; dmarc=pass header.from=" + domain;
}

TEST(ImpersonatedAlertTest, SignInAlertFromLookalikeDomain) {
  std::vector<Signal> signals =
      Scan("Microsoft account team <no-reply@acct-protect-center.example>", "Microsoft account unusual sign-in",
           "We detected something unusual about a recent sign-in to your account. A user from Lagos just "
           "logged in from a new device. If this wasn't you, please report the user.");
  const Signal* s = FindSignal(signals, "urgency.impersonated_alert");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(s->sign, Sign::kUrgency);
  EXPECT_EQ(s->weight, 20);
  EXPECT_NE(s->explanation_en.find("acct-protect-center.example"), std::string::npos) << s->explanation_en;
  EXPECT_NE(s->explanation_fr.find("Microsoft"), std::string::npos) << s->explanation_fr;
}

TEST(ImpersonatedAlertTest, AlertsInSevenLanguages) {
  const char* kTexts[] = {
      "We noticed suspicious activity on your account.",
      "Nous avons détecté une connexion inhabituelle sur votre compte.",
      "Wir haben eine ungewöhnliche Anmeldung bei Ihrem Konto festgestellt.",
      "Hemos detectado actividad sospechosa en su cuenta.",
      "Detectamos um acesso não autorizado à sua conta.",
      "We zagen een verdachte inlogpoging op uw account.",
      "Abbiamo rilevato un accesso non autorizzato al tuo account.",
  };
  for (const char* text : kTexts) {
    std::vector<Signal> signals = Scan("PayPal Service <alerts@secure-notice-hub.example>", "Notice", text);
    EXPECT_TRUE(HasSignal(signals, "urgency.impersonated_alert")) << text << "\n" << Describe(signals);
  }
}

TEST(ImpersonatedAlertTest, AuthenticatedStrangerSubjectOpeningWithBrandAndCallback) {
  std::vector<Signal> signals =
      Scan("Security Updates <noreply@bulk-sender.example>", "Coinbase: Was this you?",
           "There was a recent login to your account. If this wasn't you, please call us immediately: "
           "+1 415 555 0132.",
           {DmarcPass("bulk-sender.example")});
  EXPECT_TRUE(HasSignal(signals, "urgency.impersonated_alert")) << Describe(signals);
}

TEST(ImpersonatedAlertTest, DisguisedSenderNameWithAlert) {
  std::vector<Signal> signals = Scan("Micr0soft <team@acct-desk.example>", "Security alert",
                                     "We detected unusual sign-in activity on your account.");
  const Signal* s = FindSignal(signals, "urgency.impersonated_alert");
  ASSERT_NE(s, nullptr) << Describe(signals);
}

TEST(ImpersonatedAlertTest, GenuineAlertsFromTheBrandsOwnDomainsStayQuiet) {
  struct Case {
    const char* from;
    const char* subject;
    const char* text;
  } kCases[] = {
      {"Microsoft account team <account-security-noreply@accountprotection.microsoft.com>",
       "Microsoft account unusual sign-in activity",
       "We detected something unusual about a recent sign-in. If this wasn't you, secure your account."},
      {"Google <no-reply@accounts.google.com>", "Sicherheitswarnung",
       "Neue Anmeldung auf einem Windows-Gerät. Falls Sie das nicht waren, prüfen Sie Ihr Konto."},
      {"Coinbase <no-reply@coinbase.com>", "Nouvelle connexion",
       "Nous avons détecté une connexion inhabituelle. Si vous n'êtes pas à l'origine de cette connexion, "
       "verrouillez votre compte."},
      {"GitHub <noreply@github.com>", "[GitHub] A new SSH key was added",
       "If you did not make this change, please review your security settings."},
  };
  for (const Case& c : kCases) {
    std::vector<Signal> signals = Scan(c.from, c.subject, c.text);
    EXPECT_FALSE(HasSignal(signals, "urgency.impersonated_alert")) << c.from << "\n" << Describe(signals);
  }
}

TEST(ImpersonatedAlertTest, BankNamingAWalletInItsOwnAlertStaysQuiet) {
  // An authenticated bank (not a catalogued brand) telling its customer a
  // card was added to Apple Pay: a third party naming the brand.
  std::vector<Signal> signals =
      Scan("Banque Exemple <alertes@banque-exemple.example>", "Your card was added to Apple Pay",
           "Your card ending 4821 was added to Apple Pay on a new iPhone. If this wasn't you, call us at "
           "+33 1 84 88 00 00.",
           {DmarcPass("banque-exemple.example")});
  EXPECT_FALSE(HasSignal(signals, "urgency.impersonated_alert")) << Describe(signals);
}

TEST(ImpersonatedAlertTest, BrandNamedNewsletterWithoutAlertStaysQuiet) {
  std::vector<Signal> signals =
      Scan("Microsoft Store deals <deals@partner-offers.example>", "Spring sale",
           "Save up to 30% on Surface laptops this week only. Free delivery on all orders.");
  EXPECT_FALSE(HasSignal(signals, "urgency.impersonated_alert")) << Describe(signals);
}

TEST(ImpersonatedAlertTest, ChargeWithoutANumberToCallIsNoAlert) {
  std::vector<Signal> signals =
      Scan("Norton Billing <billing@renew-center.example>", "Your subscription",
           "Your subscription has been renewed. Thank you for staying with us.");
  EXPECT_FALSE(HasSignal(signals, "urgency.impersonated_alert")) << Describe(signals);
}

}  // namespace
}  // namespace phishscan
