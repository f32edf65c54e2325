#include <gtest/gtest.h>

#include <string>
#include <utility>
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

const Detector& Receipt() {
  static const std::unique_ptr<Detector> d = MakePhoneOnlyReceiptDetector();
  return *d;
}

std::vector<Signal> Scan(const std::string& from, const std::string& subject, const std::string& text,
                         const std::string& html = "", std::vector<std::string> headers = {}) {
  TestMail m;
  m.from = from;
  m.subject = subject;
  m.text = text;
  m.html = html;
  m.headers = std::move(headers);
  return RunDetector(Receipt(), m.Build());
}

const char kAntivirusReceipt[] =
    "Dear Customer, your McAfee Total Protection plan is now active. Transaction ID: MX-88213. "
    "Total paid: $349.99. For any questions, please reach our billing desk at +1 (808) 555-0147 within 24 hours.";

TEST(PhoneOnlyReceiptTest, BrandReceiptFromAnUnrelatedDomainWithOnlyAPhone) {
  std::vector<Signal> signals =
      Scan("McAfee Billing <payments.desk@renewal-center-services.example>", "Order confirmation", kAntivirusReceipt);
  const Signal* s = FindSignal(signals, "fraud.phone_only_receipt");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(s->sign, Sign::kFraudLure);
  EXPECT_EQ(s->weight, 24);
  EXPECT_NE(s->explanation_en.find("McAfee"), std::string::npos) << s->explanation_en;
  EXPECT_NE(s->explanation_en.find("renewal-center-services.example"), std::string::npos) << s->explanation_en;
  EXPECT_NE(s->explanation_en.find("(808) 555-0147"), std::string::npos) << s->explanation_en;
  EXPECT_NE(s->explanation_fr.find("aucun lien"), std::string::npos) << s->explanation_fr;
}

// A subject speaking as the brand is enough when the sender name is neutral.
TEST(PhoneOnlyReceiptTest, SubjectSpeakingForTheBrand) {
  std::vector<Signal> signals = Scan("E-Payment Notification <notice.7731@billing-notices.example>",
                                     "Your Norton order confirmation #NR-1182", kAntivirusReceipt);
  EXPECT_TRUE(HasSignal(signals, "fraud.phone_only_receipt")) << Describe(signals);
}

// The receipt for a brand's product from a free mailbox: no vendor bills
// from gmail.com, the brand is named only in the text.
TEST(PhoneOnlyReceiptTest, BrandReceiptFromAFreeMailbox) {
  std::vector<Signal> signals = Scan("Paid Customer <orders.desk.7731@gmail.com>", "Thank you for your order",
                                     "Your McAfee LifeLock renewal. Order summary: 1 year, 5 devices. Amount "
                                     "charged: USD 489.00. Questions or a refund: 1 (808) 555-0162.");
  const Signal* s = FindSignal(signals, "fraud.phone_only_receipt");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_NE(s->explanation_en.find("McAfee"), std::string::npos) << s->explanation_en;
  EXPECT_NE(s->explanation_en.find("gmail.com"), std::string::npos) << s->explanation_en;
}

// A tradesman's receipt from a webmail address names no brand it is not:
// quiet, even with no link (sender.billing_stranger weighs call-back wording
// from free mailboxes).
TEST(PhoneOnlyReceiptTest, TradesmansWebmailReceiptStaysQuiet) {
  std::vector<Signal> signals = Scan("Luca Bianchi Idraulico <luca.bianchi.idraulico@gmail.com>", "Ricevuta",
                                     "Buongiorno signora Rossi, grazie per il pagamento. Importo pagato: 180,00 € "
                                     "per la riparazione della caldaia. Per qualsiasi cosa chiamatemi al "
                                     "+39 333 123 4567.");
  EXPECT_FALSE(HasSignal(signals, "fraud.phone_only_receipt")) << Describe(signals);
}

TEST(PhoneOnlyReceiptTest, ReceiptsInSevenLanguages) {
  const std::pair<const char*, const char*> kCases[] = {
      {"Order confirmation", "Your PayPal payment confirmation: total paid $612.40. Questions? +1 808 555 0143."},
      {"Confirmation de commande",
       "Merci pour votre commande. Montant débité : 429,00 €. Une question ? Appelez le 01 84 88 12 34."},
      {"Bestellbestätigung",
       "Vielen Dank für Ihre Bestellung. Betrag abgebucht: 389,00 €. Fragen? Telefon +49 30 1234 5678."},
      {"Confirmación de su pedido",
       "Gracias por su compra. Importe cobrado: 459,00 €. Si tiene dudas, llame al +34 910 123 456."},
      {"Confirmação do pedido",
       "Obrigado pela sua compra. Valor cobrado: R$ 1.299,00. Dúvidas: +55 11 4003 6514."},
      {"Bestelbevestiging",
       "Bedankt voor uw bestelling. Bedrag afgeschreven: € 379,00. Vragen? Bel +31 20 123 4567."},
      {"Conferma dell'ordine",
       "Grazie per il tuo acquisto. Importo addebitato: 399,00 €. Per assistenza +39 02 1234 5678."},
  };
  for (const auto& [subject, text] : kCases) {
    std::vector<Signal> signals = Scan("PayPal <service@account-notices-center.example>", subject, text);
    EXPECT_TRUE(HasSignal(signals, "fraud.phone_only_receipt")) << text << "\n" << Describe(signals);
  }
}

// ESP-sent order confirmations link to the order: the link, not a phone
// call, is how a customer manages a real purchase.
TEST(PhoneOnlyReceiptTest, ReceiptWithALinkToTheOrderStaysQuiet) {
  std::vector<Signal> signals =
      Scan("McAfee Billing <payments.desk@renewal-center-services.example>", "Order confirmation", "",
           std::string("<p>") + kAntivirusReceipt +
               "</p><p><a href=\"https://www.mcafee.com/account/orders/MX-88213\">View your order</a></p>");
  EXPECT_FALSE(HasSignal(signals, "fraud.phone_only_receipt")) << Describe(signals);
}

// An unsubscribe footer copied from a newsletter manages no order.
TEST(PhoneOnlyReceiptTest, AnUnsubscribeLinkIsNoWayToManageTheOrder) {
  std::vector<Signal> signals =
      Scan("McAfee Billing <payments.desk@renewal-center-services.example>", "Order confirmation", "",
           std::string("<p>") + kAntivirusReceipt +
               "</p><p><a href=\"https://mailer.renewal-center-services.example/unsubscribe?id=8\">Unsubscribe</a>"
               "</p>");
  EXPECT_TRUE(HasSignal(signals, "fraud.phone_only_receipt")) << Describe(signals);
}

TEST(PhoneOnlyReceiptTest, BrandsOwnReceiptStaysQuiet) {
  std::vector<Signal> signals =
      Scan("Norton <billing@norton.com>", "Your Norton order confirmation", kAntivirusReceipt, "",
           {"Authentication-Results: mx.example-corp.com; dkim=pass header.d=norton.com; dmarc=pass "
            "header.from=norton.com"});
  EXPECT_FALSE(HasSignal(signals, "fraud.phone_only_receipt")) << Describe(signals);
}

// A local shop's plain receipt from its own domain names no brand it is
// not and comes from no free mailbox.
TEST(PhoneOnlyReceiptTest, LocalShopsPlainReceiptStaysQuiet) {
  std::vector<Signal> signals =
      Scan("Boulangerie Martin <commandes@boulangerie-martin.example>", "Confirmation de commande",
           "Merci pour votre commande de deux gâteaux. Montant payé : 42,00 €. Retrait samedi ; pour toute "
           "question, appelez le 01 42 00 00 00.");
  EXPECT_FALSE(HasSignal(signals, "fraud.phone_only_receipt")) << Describe(signals);
}

TEST(PhoneOnlyReceiptTest, NeedsAPhoneNumberAndASum) {
  std::vector<Signal> no_phone = Scan("McAfee Billing <payments.desk@renewal-center-services.example>",
                                      "Order confirmation",
                                      "Your McAfee plan is now active. Total paid: $349.99. Thank you.");
  EXPECT_FALSE(HasSignal(no_phone, "fraud.phone_only_receipt")) << Describe(no_phone);
  std::vector<Signal> no_sum = Scan("McAfee Billing <payments.desk@renewal-center-services.example>",
                                    "Order confirmation",
                                    "Your McAfee plan is now active. Questions: +1 (808) 555-0147.");
  EXPECT_FALSE(HasSignal(no_sum, "fraud.phone_only_receipt")) << Describe(no_sum);
}

TEST(PhoneOnlyReceiptTest, ForwardedToAMailingListStaysQuiet) {
  std::vector<Signal> signals =
      Scan("McAfee Billing <payments.desk@renewal-center-services.example>", "Order confirmation", kAntivirusReceipt,
           "", {"List-Id: <fraud-watch.lists.example.org>"});
  EXPECT_FALSE(HasSignal(signals, "fraud.phone_only_receipt")) << Describe(signals);
}

}  // namespace
}  // namespace phishscan
