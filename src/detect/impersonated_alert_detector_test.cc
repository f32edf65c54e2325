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
           {testing::AuthenticationPass("bulk-sender.example")});
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
           {testing::AuthenticationPass("banque-exemple.example")});
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

TEST(ImpersonatedAlertTest, FailedRenewalsInSevenLanguages) {
  const char* kTexts[] = {
      "Your Prime membership renewal was failed. Update your card to keep your benefits.",
      "Échec du renouvellement de votre abonnement Prime.",
      "Die Verlängerung Ihrer Prime-Mitgliedschaft ist fehlgeschlagen.",
      "Pago rechazado: actualice su información de pago para renovar su suscripción.",
      "Pagamento recusado: a renovação da sua assinatura não foi concluída.",
      "De verlenging van uw abonnement is mislukt.",
      "Il rinnovo del tuo abbonamento non è riuscito.",
  };
  for (const char* text : kTexts) {
    std::vector<Signal> signals = Scan("Amazon Prime Billing <billing@member-renewals.example>", "Notice", text);
    EXPECT_TRUE(HasSignal(signals, "urgency.impersonated_alert")) << text << "\n" << Describe(signals);
  }
}

TEST(ImpersonatedAlertTest, StrangerSaysTheBrandCreditedTheAccount) {
  const char* kTexts[] = {
      "Your PayPal account has been credited with $3,882.99 USD.",
      "Votre compte PayPal a été crédité de 2 450,00 EUR.",
      "Ihrem PayPal-Konto wurden 2.450,00 EUR gutgeschrieben.",
      "Su cuenta PayPal ha sido acreditada con 2.450,00 EUR.",
      "Sua conta PayPal foi creditada com R$ 2.450,00.",
      "Er is 2.450,00 EUR bijgeschreven op uw PayPal-rekening.",
      "Il tuo conto PayPal è stato accreditato di 2.450,00 EUR.",
  };
  for (const char* text : kTexts) {
    std::vector<Signal> signals = Scan("Pay.Pal. <funds@transfer-desk.example>", "Funds received", text);
    const Signal* s = FindSignal(signals, "urgency.impersonated_alert");
    ASSERT_NE(s, nullptr) << text << "\n" << Describe(signals);
    EXPECT_NE(s->explanation_en.find("money moving"), std::string::npos) << s->explanation_en;
    EXPECT_NE(s->explanation_fr.find("mouvement d'argent"), std::string::npos) << s->explanation_fr;
  }
}

TEST(ImpersonatedAlertTest, GenuinePaymentNoticesFromTheirOwnDomainsStayQuiet) {
  struct Case {
    const char* from;
    const char* subject;
    const char* text;
  } kCases[] = {
      {"Netflix <info@account.netflix.com>", "Your payment failed",
       "We couldn't process your payment. Please update your payment method to keep watching."},
      {"Spotify <no-reply@spotify.com>", "Échec du paiement",
       "Nous n'avons pas pu traiter votre paiement pour Spotify Premium. Vérifiez votre carte."},
      {"PayPal <service@paypal.com>", "Sie haben Geld erhalten",
       "Ihrem PayPal-Konto wurden 25,00 EUR gutgeschrieben."},
      {"Amazon.es <pagos@amazon.es>", "Pago rechazado",
       "No hemos podido procesar el pago de su suscripción Prime."},
      // A bank that is no catalogued brand, authenticated, about its own account.
      {"Banco Exemplo <avisos@banco-exemplo.example>", "Crédito na sua conta",
       "A sua conta foi creditada com 1.200,00 EUR (salário)."},
  };
  for (const Case& c : kCases) {
    std::vector<std::string> headers;
    const std::string from = c.from;
    const std::string domain = from.substr(from.find('@') + 1, from.find('>') - from.find('@') - 1);
    headers.push_back(testing::AuthenticationPass(domain));
    std::vector<Signal> signals = Scan(c.from, c.subject, c.text, headers);
    EXPECT_FALSE(HasSignal(signals, "urgency.impersonated_alert")) << c.from << "\n" << Describe(signals);
  }
}

TEST(ImpersonatedAlertTest, SuccessfulRenewalInABrandsNameIsNoAlert) {
  std::vector<Signal> signals =
      Scan("Amazon Prime Billing <billing@member-renewals.example>", "Your membership",
           "Your membership was renewed successfully. Your refund will be credited to your card in 5 days.");
  EXPECT_FALSE(HasSignal(signals, "urgency.impersonated_alert")) << Describe(signals);
}

}  // namespace
}  // namespace phishscan
