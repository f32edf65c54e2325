#include <gtest/gtest.h>

#include <string>

#include "detect/detector.h"
#include "detect/detector_test_support.h"
#include "detect/test_mail.h"

namespace phishscan {
namespace {

using testing::EvidenceValue;
using testing::FindSignal;
using testing::HasSignal;
using testing::RunDetector;
using testing::TestMail;

const Detector& Unproven() {
  static const std::unique_ptr<Detector> d = MakeUnprovenBrandSenderDetector();
  return *d;
}

// An old-style bank lure: From forged on the bank's own domain, no
// Authentication-Results, the bank's address shown over an IP address.
TestMail ForgedBankNotice() {
  TestMail m;
  m.from = "Wells Fargo Online <security@wellsfargo.com>";
  m.to = "dana.hill@example.net";
  m.subject = "Please confirm your online banking records";
  m.html =
      "<p>Dear customer, we could not verify your online banking records. Please confirm them at "
      "<a href=\"http://203.0.113.45/wf/signon/index.php\">https://www.wellsfargo.com/signon/confirm</a>.</p>";
  return m;
}

TEST(UnprovenBrandSenderTest, BanksAddressShownOverAnIpAddress) {
  const auto signals = RunDetector(Unproven(), ForgedBankNotice().Build());
  const Signal* s = FindSignal(signals, "sender.unproven_brand_sender");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->sign, Sign::kSenderMismatch);
  EXPECT_EQ(s->weight, 25);
  EXPECT_EQ(EvidenceValue(*s, "brand"), "Wells Fargo");
  EXPECT_EQ(EvidenceValue(*s, "from_domain"), "wellsfargo.com");
  EXPECT_EQ(EvidenceValue(*s, "link domain"), "203.0.113.45");
  EXPECT_NE(s->explanation_en.find("bare IP address"), std::string::npos);
  EXPECT_NE(s->explanation_fr.find("adresse IP nue"), std::string::npos);
}

TEST(UnprovenBrandSenderTest, ButtonToAnotherSiteInOtherLanguages) {
  TestMail de;
  de.from = "Sparkasse <kundenservice@sparkasse.de>";
  de.to = "jonas.weber@example.de";
  de.subject = "Sicherheitshinweis zu Ihrem Konto";
  de.html = "<p>Bitte bestätigen Sie Ihre Daten.</p>"
            "<p><a href=\"https://sparkasse-pruefung.example/login\">Jetzt bestätigen</a></p>";
  const auto de_signals = RunDetector(Unproven(), de.Build());
  const Signal* s = FindSignal(de_signals, "sender.unproven_brand_sender");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(EvidenceValue(*s, "link domain"), "sparkasse-pruefung.example");

  TestMail pt;
  pt.from = "Banco BPI <avisos@bancobpi.pt>";
  pt.to = "ana.costa@example.pt";
  pt.subject = "Atualize os seus dados";
  pt.html = "<p>Os seus dados estão desatualizados.</p>"
            "<p><a href=\"https://bpi-seguranca.example/entrar\">Clique aqui</a></p>";
  EXPECT_TRUE(HasSignal(RunDetector(Unproven(), pt.Build()), "sender.unproven_brand_sender"));
}

TEST(UnprovenBrandSenderTest, LinkNamedAfterTheBankLeadingElsewhere) {
  TestMail m = ForgedBankNotice();
  m.html = "<p>Your card was used abroad. Review it in "
           "<a href=\"http://wf-online.example-host.net:8080/logon/\">Wells Fargo Online Banking</a>.</p>";
  const auto signals = RunDetector(Unproven(), m.Build());
  const Signal* s = FindSignal(signals, "sender.unproven_brand_sender");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(EvidenceValue(*s, "link domain"), "example-host.net");
}

TEST(UnprovenBrandSenderTest, PictureOfTheBanksPageLinkingElsewhere) {
  TestMail m = ForgedBankNotice();
  m.html = "<a href=\"http://secure-verify.example-host.net/\"><img src=\"cid:notice.png\"></a>";
  const auto signals = RunDetector(Unproven(), m.Build());
  const Signal* s = FindSignal(signals, "sender.unproven_brand_sender");
  ASSERT_NE(s, nullptr);
  EXPECT_NE(s->explanation_en.find("linked picture"), std::string::npos);
  EXPECT_NE(s->explanation_fr.find("image cliquable"), std::string::npos);
}

TEST(UnprovenBrandSenderTest, AuthenticatedBankIsNotQuestioned) {
  TestMail m = ForgedBankNotice();
  m.headers = {"Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=wellsfargo.com; "
               "dkim=pass header.d=wellsfargo.com; dmarc=pass header.from=wellsfargo.com"};
  EXPECT_FALSE(HasSignal(RunDetector(Unproven(), m.Build()), "sender.unproven_brand_sender"));
}

TEST(UnprovenBrandSenderTest, LinksToTheBanksOwnSiteOrAClickCounterAreFine) {
  TestMail own = ForgedBankNotice();
  own.html = "<p>Your statement is ready: <a href=\"https://connect.secure.wellsfargo.com/statements\">"
             "https://www.wellsfargo.com/statements</a> - <a href=\"https://www.wellsfargo.com/help\">Click here</a></p>";
  EXPECT_FALSE(HasSignal(RunDetector(Unproven(), own.Build()), "sender.unproven_brand_sender"));

  TestMail counter = ForgedBankNotice();
  counter.html = "<p>New savings rates this month. <a href=\"https://news.mailer.example/ls/click?upn=abc123\">"
                 "Click here</a></p>";
  EXPECT_FALSE(HasSignal(RunDetector(Unproven(), counter.Build()), "sender.unproven_brand_sender"));
}

TEST(UnprovenBrandSenderTest, MailboxProvidersAndUnknownSendersAreNotBrandsSpeaking) {
  TestMail freemail;
  freemail.from = "Tom <tom.baker1980@yahoo.com>";
  freemail.html = "<p>My band plays on Friday! <a href=\"https://band-tickets.example/\">Click here</a></p>";
  EXPECT_FALSE(HasSignal(RunDetector(Unproven(), freemail.Build()), "sender.unproven_brand_sender"));

  TestMail shop = ForgedBankNotice();
  shop.from = "Garden Shop <news@garden-shop.example>";
  EXPECT_FALSE(HasSignal(RunDetector(Unproven(), shop.Build()), "sender.unproven_brand_sender"));
}

TEST(UnprovenBrandSenderTest, AnyLinkToABareIpAddressWhateverItsWords) {
  TestMail m;
  m.from = "PayPal <service@paypal.com>";
  m.to = "lee.morgan@example.com";
  m.subject = "Receipt for your payment";
  m.text = "PayPal has charged $249.00 to your card for order 55-1204.\n"
           "To see the details of your order open this page: http://198.51.100.23:8081/receipt/index.htm\n";
  const auto signals = RunDetector(Unproven(), m.Build());
  const Signal* s = FindSignal(signals, "sender.unproven_brand_sender");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(EvidenceValue(*s, "link domain"), "198.51.100.23");

  TestMail it = m;
  it.subject = "Ricevuta del pagamento";
  it.text = "";
  it.html = "<p>Abbiamo addebitato 249,00 EUR sulla tua carta. Dettagli dell'ordine: "
            "<a href=\"http://10.4.1.12:1639/ordine.htm\">qui</a>.</p>";
  EXPECT_TRUE(HasSignal(RunDetector(Unproven(), it.Build()), "sender.unproven_brand_sender"));
}

TEST(UnprovenBrandSenderTest, FormPostingToAnotherSite) {
  TestMail m = ForgedBankNotice();
  m.subject = "Payment authorization is pending";
  m.html = "<p>A charge of $900.23 is waiting for your approval. To cancel it, use the button below.</p>"
           "<form action=\"http://wellsfargo-payments.example:9117/cancel\" method=\"post\">"
           "<input type=\"submit\" value=\"https://www.wellsfargo.com/cancel\"></form>";
  const auto signals = RunDetector(Unproven(), m.Build());
  const Signal* s = FindSignal(signals, "sender.unproven_brand_sender");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(EvidenceValue(*s, "link domain"), "wellsfargo-payments.example");
  EXPECT_EQ(EvidenceValue(*s, "form action"), "http://wellsfargo-payments.example:9117/cancel");
  EXPECT_NE(s->explanation_en.find("a form in it sends what you enter to"), std::string::npos);
  EXPECT_NE(s->explanation_fr.find("formulaire"), std::string::npos);
}

TEST(UnprovenBrandSenderTest, PlainWordsLinkAndOwnFormAreFine) {
  // A statement notice that links to a partner's article with ordinary
  // words, and a search form posting to the bank's own site.
  TestMail m = ForgedBankNotice();
  m.html = "<p>Your March statement is available in <a href=\"https://www.wellsfargo.com/statements\">"
           "online banking</a>. Read our partner's "
           "<a href=\"https://money-magazine.example/saving-tips\">tips on saving for a house</a>.</p>"
           "<form action=\"https://www.wellsfargo.com/search\"><input name=\"q\"></form>";
  EXPECT_FALSE(HasSignal(RunDetector(Unproven(), m.Build()), "sender.unproven_brand_sender"));
}

TEST(UnprovenBrandSenderTest, EveryLinkLeavingTheBank) {
  // Plain words over every link, none of them to the bank's site.
  TestMail m = ForgedBankNotice();
  m.html = "<p>We suspect an unauthorized transaction on your account. To restore your access please "
           "sign in using <a href=\"http://vds-1234.hosting-provider.example/online/index.php\">this link</a>.</p>"
           "<p>Read our <a href=\"http://vds-1234.hosting-provider.example/privacy.html\">privacy policy</a>.</p>";
  const auto signals = RunDetector(Unproven(), m.Build());
  const Signal* s = FindSignal(signals, "sender.unproven_brand_sender");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(EvidenceValue(*s, "link text"), "this link");
  EXPECT_EQ(EvidenceValue(*s, "link domain"), "hosting-provider.example");
}

}  // namespace
}  // namespace phishscan
