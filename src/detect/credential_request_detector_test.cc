#include <gtest/gtest.h>

#include <string>

#include "detect/detector.h"
#include "detect/detector_test_support.h"

namespace phishscan {
namespace {

using testing::EvidenceValue;
using testing::FindSignal;
using testing::HasSignal;
using testing::Ids;
using testing::Mail;
using testing::ReadFileOrEmpty;
using testing::RunDetector;

const Detector& Credential() {
  static const std::unique_ptr<Detector> d = MakeCredentialRequestDetector();
  return *d;
}

std::string Html(std::string_view headers, std::string_view body) {
  return std::string(headers) + "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n" +
         std::string(body);
}

std::string ToCrlf(std::string_view lf) {
  std::string out;
  for (char c : lf) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

int MaxWeight(const std::vector<Signal>& signals) {
  int w = 0;
  for (const Signal& s : signals) w = std::max(w, s.weight);
  return w;
}

constexpr char kLureHeaders[] =
    "From: Mail Center <notice@acct-center.example>\nTo: alice@example-corp.com\nSubject: Notice\n";

// ---- the samples -------------------------------------------------------

void ExpectLureSignals(const std::string& raw) {
  const auto signals = RunDetector(Credential(), raw);
  const Signal* s = FindSignal(signals, "credential.request");
  ASSERT_NE(s, nullptr) << Ids(signals);
  EXPECT_EQ(s->weight, 30);
  EXPECT_NE(EvidenceValue(*s, "host").find("imap-auth-portal.pages.dev"), std::string::npos)
      << EvidenceValue(*s, "host");
  EXPECT_NE(s->explanation_en.find("imap-auth-portal.pages.dev"), std::string::npos) << s->explanation_en;
  EXPECT_NE(s->explanation_fr.find("mot de passe"), std::string::npos);
  for (const Signal& sig : signals) EXPECT_EQ(sig.sign, Sign::kCredentialRequest);
}

TEST(CredentialRequestTest, SeedLureExample) {
  const std::string raw = ReadFileOrEmpty(PHISHSCAN_SOURCE_DIR "/examples/imap-auth-lure.eml");
  ASSERT_FALSE(raw.empty());
  ExpectLureSignals(raw);
}

TEST(CredentialRequestTest, SeedLureSharedSample) {
  const std::string raw = ReadFileOrEmpty(PHISHSCAN_SHARED_DIR "/samples/imap-auth-lure.eml");
  if (raw.empty()) GTEST_SKIP() << "shared sample missing";
  ExpectLureSignals(raw);
}

TEST(CredentialRequestTest, PasswordResetFromTheSendersOwnDomainIsWeak) {
  for (const char* path : {PHISHSCAN_SOURCE_DIR "/examples/password-reset.eml",
                           PHISHSCAN_SHARED_DIR "/samples/github-password-reset.eml"}) {
    const std::string raw = ReadFileOrEmpty(path);
    if (raw.empty()) continue;
    const auto signals = RunDetector(Credential(), raw);
    EXPECT_LE(MaxWeight(signals), 10) << path << ": " << Ids(signals);
  }
}

// A signed bank titling its alert with the wallet the card was added to names
// the brand; its "we never ask for your password" next to its own link stays
// routine. Opening the subject, the same brand would be spoken for.
TEST(CredentialRequestTest, SignedSenderNamingABrandLaterInTheSubjectStaysRoutine) {
  const std::string auth =
      "Authentication-Results: mx.example-post.de; dkim=pass header.d=kreisbank.example; "
      "dmarc=pass header.from=kreisbank.example\n";
  const std::string body =
      "Ihre Karte wurde zu Apple Pay hinzugefügt. Wir fragen Sie niemals nach Ihrem Passwort.\n"
      "https://www.kreisbank.example/sicherheit\n";
  const auto named = RunDetector(Credential(), Mail(auth + "From: Kreisbank <service@kreisbank.example>\n"
                                                           "To: jonas@example-post.de\n"
                                                           "Subject: Ihre Karte wurde zu Apple Pay hinzugefügt\n",
                                                    body));
  const Signal* routine = FindSignal(named, "credential.word_near_link");
  ASSERT_NE(routine, nullptr);
  EXPECT_EQ(routine->weight, 5);
  const auto spoken = RunDetector(Credential(), Mail(auth + "From: Kreisbank <service@kreisbank.example>\n"
                                                            "To: jonas@example-post.de\n"
                                                            "Subject: Apple Pay: Karte hinzugefügt\n",
                                                     body));
  const Signal* foreign = FindSignal(spoken, "credential.word_near_link");
  ASSERT_NE(foreign, nullptr);
  EXPECT_EQ(foreign->weight, 12);
}

TEST(CredentialRequestTest, WrappedLinksAreJudgedByTheirDestination) {
  // A reset link rewritten by the reader's security gateway still leads home.
  const auto wrapped_home = RunDetector(
      Credential(),
      Html("From: Shop Accounts <accounts@shop.example>\nTo: alice@example.org\nSubject: Password reset\n",
           "<p>Please confirm your password change.</p><a href=\"https://eur01.safelinks.protection.outlook.com/"
           "?url=https%3A%2F%2Faccounts.shop.example%2Freset%3Ft%3D1\">Reset</a>\n"));
  EXPECT_LE(MaxWeight(wrapped_home), 10) << Ids(wrapped_home);
  // An open redirect on a famous domain leading to a stranger is not home.
  const auto wrapped_away = RunDetector(
      Credential(),
      Html("From: Shop Accounts <accounts@shop.example>\nTo: alice@example.org\nSubject: Password reset\n",
           "<p>Please confirm your password change.</p><a href=\"https://www.google.com/url?q="
           "https%3A%2F%2Flogin.collector.example%2F\">Reset</a>\n"));
  const Signal* s = FindSignal(wrapped_away, "credential.request");
  ASSERT_NE(s, nullptr) << Ids(wrapped_away);
  EXPECT_EQ(s->weight, 30);
}

// An open redirect on the sender's own site still leads where it points;
// a sign-in link that returns to the sender's own pages stays routine.
TEST(CredentialRequestTest, OpenRedirectOnTheSendersOwnSiteIsNotHome) {
  const std::string headers = "From: Market Support <support@market.example>\nTo: alice@example.org\n"
                              "Subject: Account verification\n";
  const auto away = RunDetector(
      Credential(),
      Html(headers, "<p>Please update your billing records.</p><a href=\"http://cgi.market.example/ws/go.dll?"
                    "cmd=Redirect&amp;DomainUrl=http%3A%2F%2F%32%30%33%2E%30%2E%31%31%33%2E%39%2Fupdate\">"
                    "http://cgi.market.example/</a>\n"));
  const Signal* s = FindSignal(away, "credential.request");
  ASSERT_NE(s, nullptr) << Ids(away);
  EXPECT_EQ(s->weight, 30);
  EXPECT_NE(s->explanation_en.find("market.example"), std::string::npos);

  const auto home = RunDetector(
      Credential(),
      Html(headers, "<p>Please update your billing records.</p><a href=\"https://signin.market.example/login?"
                    "next=https%3A%2F%2Fwww.market.example%2Faccount%2Fbilling\">Sign in</a>\n"));
  EXPECT_LE(MaxWeight(home), 10) << Ids(home);
}

TEST(CredentialRequestTest, OtherLegitimateSamplesAreQuiet) {
  for (const char* path : {PHISHSCAN_SOURCE_DIR "/examples/newsletter.eml",
                           PHISHSCAN_SOURCE_DIR "/examples/hosting-quota-notice.fr.eml",
                           PHISHSCAN_SHARED_DIR "/samples/hosting-quota-notice.fr.eml"}) {
    const std::string raw = ReadFileOrEmpty(path);
    if (raw.empty()) continue;
    const auto signals = RunDetector(Credential(), raw);
    EXPECT_LE(MaxWeight(signals), 10) << path << ": " << Ids(signals);
  }
}

TEST(CredentialRequestTest, LfAndCrlfGiveTheSameSignals) {
  for (const char* path : {PHISHSCAN_SOURCE_DIR "/examples/imap-auth-lure.eml",
                           PHISHSCAN_SOURCE_DIR "/examples/hosting-quota-notice.fr.eml",
                           PHISHSCAN_SOURCE_DIR "/examples/password-reset.eml",
                           PHISHSCAN_SOURCE_DIR "/examples/newsletter.eml",
                           PHISHSCAN_SHARED_DIR "/samples/imap-auth-lure.eml",
                           PHISHSCAN_SHARED_DIR "/samples/hosting-quota-notice.fr.eml",
                           PHISHSCAN_SHARED_DIR "/samples/github-password-reset.eml"}) {
    const std::string raw = ReadFileOrEmpty(path);
    if (raw.empty()) continue;
    const auto lf = RunDetector(Credential(), raw);
    const auto crlf = RunDetector(Credential(), ToCrlf(raw));
    ASSERT_EQ(lf.size(), crlf.size()) << path;
    for (std::size_t i = 0; i < lf.size(); ++i) {
      EXPECT_EQ(lf[i].id, crlf[i].id) << path;
      EXPECT_EQ(lf[i].weight, crlf[i].weight) << path;
      EXPECT_EQ(lf[i].evidence, crlf[i].evidence) << path;
    }
  }
}

// ---- requests through a link ---------------------------------------------------

TEST(CredentialRequestTest, RequestsWithALinkInFiveLanguages) {
  for (const char* text : {"Please verify your account by entering your password below.",
                           "Veuillez confirmer votre mot de passe pour continuer à utiliser votre messagerie.",
                           "Bitte bestätigen Sie Ihr Passwort, um Ihr Konto weiter zu nutzen.",
                           "Por favor, confirme sua senha para continuar usando sua conta.",
                           "Por favor, confirme su contraseña para seguir usando su cuenta."}) {
    const auto signals = RunDetector(
        Credential(), Html(kLureHeaders, "<p>" + std::string(text) +
                                             "</p><p><a href=\"https://secure-login.web-verify.example/x\">OK</a></p>\n"));
    const Signal* s = FindSignal(signals, "credential.request");
    ASSERT_NE(s, nullptr) << text << ": " << Ids(signals);
    EXPECT_EQ(s->weight, 30) << text;
  }
}

TEST(CredentialRequestTest, RequestWithoutLinkIsWeak) {
  const auto signals = RunDetector(
      Credential(), Mail(kLureHeaders, "Please reply with your username and password to verify your account.\n"));
  const Signal* s = FindSignal(signals, "credential.request");
  ASSERT_NE(s, nullptr) << Ids(signals);
  EXPECT_EQ(s->weight, 10);
}

TEST(CredentialRequestTest, ImpostorLinkingToItsOwnDomainStaysStrong) {
  // The sender claims to be PayPal; that its links stay on its own domain
  // proves nothing.
  const auto signals = RunDetector(
      Credential(), Html("From: \"PayPal\" <service@pp-verify.example>\nTo: a@example.org\nSubject: Notice\n",
                         "<p>Please verify your account by entering your password.</p>"
                         "<a href=\"https://www.pp-verify.example/login\">Log in</a>\n"));
  const Signal* s = FindSignal(signals, "credential.request");
  ASSERT_NE(s, nullptr) << Ids(signals);
  EXPECT_EQ(s->weight, 30);
}

TEST(CredentialRequestTest, PasswordWordNearALink) {
  const auto signals = RunDetector(
      Credential(), Html(kLureHeaders,
                         "<p>Your password expires today.</p>"
                         "<a href=\"https://keep-pass.portal.example/\">Keep current password</a>\n"));
  const Signal* s = FindSignal(signals, "credential.word_near_link");
  ASSERT_NE(s, nullptr) << Ids(signals);
  EXPECT_EQ(s->weight, 12);
  EXPECT_EQ(EvidenceValue(*s, "word"), "password");
}

TEST(CredentialRequestTest, PasswordWordWithoutLinkIsSilent) {
  const auto signals = RunDetector(
      Credential(), Mail("From: Bob <bob@example.net>\nTo: alice@example.org\n",
                         "Hi Alice, the wifi password at the office changed to the one on the whiteboard.\n"));
  EXPECT_TRUE(signals.empty()) << Ids(signals);
}

// ---- account problems and shared documents ---------------------------------------

TEST(CredentialRequestTest, DocumentShareWithLink) {
  const auto signals = RunDetector(
      Credential(), Html(kLureHeaders,
                         "<p>Bob shared a document with you.</p>"
                         "<p><a href=\"https://docs-view.file-portal.example/d/1\">View document</a></p>\n"));
  const Signal* s = FindSignal(signals, "credential.document_share_link");
  ASSERT_NE(s, nullptr) << Ids(signals);
  EXPECT_EQ(s->weight, 15);
}

TEST(CredentialRequestTest, AccountProblemWithLink) {
  const auto signals = RunDetector(
      Credential(), Html(kLureHeaders,
                         "<p>We detected unusual activity on your account.</p>"
                         "<p><a href=\"https://review.acct-center.example/r\">Review activity</a></p>\n"));
  EXPECT_TRUE(HasSignal(signals, "credential.account_problem_link")) << Ids(signals);
}

TEST(CredentialRequestTest, DisownedPaymentWithACancelLink) {
  const auto en = RunDetector(
      Credential(), Html(kLureHeaders,
                         "<p>A charge of $900.23 is pending on your account. If you don't authorize this payment "
                         "please click the link below to cancel it.</p>"
                         "<p><a href=\"http://authorizations.pay-desk.example/cancel\">Cancel this payment</a></p>\n"));
  const Signal* s = FindSignal(en, "credential.unrecognised_action_link");
  ASSERT_NE(s, nullptr) << Ids(en);
  EXPECT_EQ(s->weight, 15);
  EXPECT_NE(s->explanation_fr.find("connexion"), std::string::npos);
  const auto es = RunDetector(
      Credential(), Html(kLureHeaders,
                         "<p>Si usted no autorizó este pago, haga clic en el enlace para cancelarlo.</p>"
                         "<p><a href=\"http://pagos.cancelar-cargo.example/\">Cancelar pago</a></p>\n"));
  EXPECT_TRUE(HasSignal(es, "credential.unrecognised_action_link")) << Ids(es);
}

TEST(CredentialRequestTest, ShopsOwnOrderAlertIsRoutine) {
  const auto signals = RunDetector(
      Credential(), Html("From: Garden Shop <orders@garden-shop.example>\nTo: alice@example.org\n"
                         "Subject: Your order 1042\n",
                         "<p>Thanks for your order. If you did not place this order, "
                         "<a href=\"https://www.garden-shop.example/help/orders\">tell us here</a>.</p>\n"));
  const Signal* s = FindSignal(signals, "credential.unrecognised_action_link");
  ASSERT_NE(s, nullptr) << Ids(signals);
  EXPECT_EQ(s->weight, 5);
}

// ---- forms ------------------------------------------------------------------------

TEST(CredentialRequestTest, PasswordFormInTheBody) {
  const auto signals = RunDetector(
      Credential(), Html(kLureHeaders,
                         "<form action=\"https://collect.form-host.example/post.php\" method=\"post\">"
                         "<input type=\"email\" name=\"email\"><input type=\"password\" name=\"pass\">"
                         "<input type=\"submit\" value=\"Sign in\"></form>\n"));
  const Signal* s = FindSignal(signals, "credential.password_form");
  ASSERT_NE(s, nullptr) << Ids(signals);
  EXPECT_EQ(s->weight, 35);
  EXPECT_EQ(EvidenceValue(*s, "action_host"), "collect.form-host.example");
  EXPECT_EQ(EvidenceValue(*s, "in_attachment"), "no");
}

TEST(CredentialRequestTest, PasswordFormInAnAttachment) {
  const std::string raw =
      "From: Billing <billing@invoices-now.example>\nTo: alice@example.org\nSubject: Invoice\n"
      "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b1\"\n\n"
      "--b1\nContent-Type: text/plain; charset=utf-8\n\nPlease open the attached invoice.\n"
      "--b1\nContent-Type: text/html; name=\"invoice.html\"\n"
      "Content-Disposition: attachment; filename=\"invoice.html\"\n\n"
      "<html><body><form action=\"https://grab.collector.example/p\" method=\"post\">"
      "<input name=\"user\"><input type=\"password\" name=\"pw\"></form></body></html>\n"
      "--b1--\n";
  const auto signals = RunDetector(Credential(), raw);
  const Signal* s = FindSignal(signals, "credential.password_form");
  ASSERT_NE(s, nullptr) << Ids(signals);
  EXPECT_EQ(s->weight, 40);
  EXPECT_EQ(EvidenceValue(*s, "in_attachment"), "yes");
  EXPECT_NE(s->explanation_en.find("attachment"), std::string::npos);
}

TEST(CredentialRequestTest, FormPostingElsewhere) {
  const auto signals = RunDetector(
      Credential(), Html(kLureHeaders,
                         "<form action=\"https://collect.form-host.example/next\">"
                         "<input type=\"text\" name=\"email\"><input type=\"submit\"></form>\n"));
  const Signal* s = FindSignal(signals, "credential.form_posts_elsewhere");
  ASSERT_NE(s, nullptr) << Ids(signals);
  EXPECT_EQ(s->weight, 15);
}

TEST(CredentialRequestTest, SearchBoxPostingElsewhereIsQuiet) {
  const auto signals = RunDetector(
      Credential(), Html("From: News <news@letter.example>\nTo: a@example.org\n",
                         "<form action=\"https://search.partner-shop.example/find\">"
                         "<input name=\"q\"><input type=\"submit\" value=\"Go\"></form>\n"));
  EXPECT_TRUE(signals.empty()) << Ids(signals);
}

TEST(CredentialRequestTest, SearchFormOnTheSendersDomainIsQuiet) {
  const auto signals = RunDetector(
      Credential(), Html("From: Shop <news@shop.example>\nTo: a@example.org\n",
                         "<form action=\"https://www.shop.example/search\"><input name=\"q\"></form>\n"));
  EXPECT_TRUE(signals.empty()) << Ids(signals);
}

}  // namespace
}  // namespace phishscan
