#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "detect/detector.h"
#include "detect/detector_test_support.h"
#include "detect/test_mail.h"

namespace phishscan {
namespace {

using testing::Describe;
using testing::FindSignal;
using testing::HasSignal;
using testing::ReadFileOrEmpty;
using testing::RunDetector;
using testing::TestMail;

const Detector& Fraud() {
  static const std::unique_ptr<Detector> d = MakeFraudLureDetector();
  return *d;
}

std::vector<Signal> Scan(const std::string& subject, const std::string& html, const std::string& text = "") {
  TestMail m;
  m.subject = subject;
  m.html = html;
  m.text = text;
  return RunDetector(Fraud(), m.Build());
}

TEST(FraudLureTest, PrizeInFiveLanguages) {
  const std::pair<const char*, const char*> kCases[] = {
      {"Congratulations!", "<p>Congratulations, you have been selected to receive a free iPhone. "
                           "Claim your reward now.</p><a href=\"https://reward-center.example.net/\">Claim</a>"},
      {"Félicitations", "<p>Vous avez été sélectionné pour recevoir une carte cadeau. Félicitations, vous avez "
                        "gagné un iPhone !</p><a href=\"https://cadeau.example.net/\">Réclamer</a>"},
      {"Herzlichen Glückwunsch", "<p>Herzlichen Glückwunsch! Sie wurden als Gewinner ausgewählt. Ihre Geschenkkarte "
                                 "wartet.</p><a href=\"https://gewinn.example.net/\">Jetzt sichern</a>"},
  };
  for (const auto& [subject, html] : kCases) {
    std::vector<Signal> signals = Scan(subject, html);
    const Signal* s = FindSignal(signals, "fraud.prize");
    ASSERT_NE(s, nullptr) << subject << "\n" << Describe(signals);
    EXPECT_GE(s->weight, 25) << subject;
    EXPECT_EQ(s->sign, Sign::kFraudLure);
    EXPECT_FALSE(s->explanation_fr.empty());
  }
}

// One phrase said in the singular and the plural is one phrase: a panel's
// thank-you naming "gift card" and "gift cards" is no two-phrase prize lure.
TEST(FraudLureTest, APluralIsNotASecondPhrase) {
  std::vector<Signal> signals =
      Scan("Your study reward", "<p>Your gift card is ready. Gift cards are subject to the issuer's terms.</p>"
                                "<a href=\"https://panel.example.net/rewards\">Rewards</a>");
  const Signal* s = FindSignal(signals, "fraud.prize");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(s->weight, 10);
}

TEST(FraudLureTest, ParcelFeeEnglishSpanishPortuguese) {
  std::vector<Signal> en = Scan("Delivery notice",
                                "<p>Your parcel is on hold. A customs fee of 1.99 GBP must be paid to schedule a new "
                                "delivery.</p><a href=\"https://parcel-track.example.net/\">Pay</a>");
  EXPECT_TRUE(HasSignal(en, "fraud.parcel_fee")) << Describe(en);
  std::vector<Signal> es = Scan("Aviso de entrega",
                                "<p>Su paquete está retenido en aduanas. No hemos podido entregar su pedido: pague "
                                "los gastos de envío.</p><a href=\"https://envio.example.net/\">Pagar</a>");
  EXPECT_TRUE(HasSignal(es, "fraud.parcel_fee")) << Describe(es);
  std::vector<Signal> pt = Scan("Encomenda",
                                "<p>A sua encomenda está retida na alfândega. Não foi possível entregar: pague a "
                                "taxa alfandegária.</p><a href=\"https://ctt-entrega.example.net/\">Pagar</a>");
  EXPECT_TRUE(HasSignal(pt, "fraud.parcel_fee")) << Describe(pt);
}

TEST(FraudLureTest, PrizePortuguese) {
  std::vector<Signal> signals = Scan("Parabéns!", "<p>Parabéns! Você foi selecionado para ganhar um cartão presente. "
                                                 "Resgate seu prêmio hoje.</p>"
                                                 "<a href=\"https://premio.example.net/\">Resgatar</a>");
  EXPECT_TRUE(HasSignal(signals, "fraud.prize")) << Describe(signals);
}

// A bank's own premium-card invitation, authenticated and linking only to
// its own site, uses a lure's words; from anyone else it is a lure.
TEST(FraudLureTest, KnownBrandsOwnOfferIsWeakOnlyWhenAuthenticatedAndOnItsSite) {
  TestMail m;
  m.from = "Itau Personnalite <personnalite@comunicacao.itau.com.br>";
  m.headers = {"Authentication-Results: mx.uol.com.br; spf=pass smtp.mailfrom=comunicacao.itau.com.br; "
               "dkim=pass header.d=itau.com.br; dmarc=pass header.from=itau.com.br"};
  m.subject = "Parabéns!";
  m.html = "<p>Parabéns! Você foi selecionado para receber o cartão Personnalité Black.</p>"
           "<a href=\"https://www.itau.com.br/personnalite/cartoes\">Conheça</a>";
  auto signals = RunDetector(Fraud(), m.Build());
  const Signal* own = FindSignal(signals, "fraud.prize");
  ASSERT_NE(own, nullptr) << Describe(signals);
  EXPECT_EQ(own->weight, 8);

  TestMail forged = m;
  forged.headers = {"Authentication-Results: mx.uol.com.br; spf=fail smtp.mailfrom=itau.com.br; dkim=none; "
                    "dmarc=fail header.from=itau.com.br"};
  signals = RunDetector(Fraud(), forged.Build());
  ASSERT_TRUE(HasSignal(signals, "fraud.prize"));
  EXPECT_EQ(FindSignal(signals, "fraud.prize")->weight, 26);

  TestMail elsewhere = m;
  elsewhere.html += "<a href=\"https://cartao-black-premio.example/ativar\">Ativar</a>";
  signals = RunDetector(Fraud(), elsewhere.Build());
  ASSERT_TRUE(HasSignal(signals, "fraud.prize"));
  EXPECT_EQ(FindSignal(signals, "fraud.prize")->weight, 26);
}

TEST(FraudLureTest, ShippingNoticeWithoutFeeStaysQuiet) {
  std::vector<Signal> signals = Scan("Your order has shipped",
                                     "<p>Good news: your order #4411 has shipped and will arrive on Thursday.</p>"
                                     "<a href=\"https://shop.example.org/orders/4411\">Track your order</a>");
  EXPECT_TRUE(signals.empty()) << Describe(signals);
}

TEST(FraudLureTest, TollFineFrenchAndGerman) {
  std::vector<Signal> fr = Scan("Avis de contravention",
                                "<p>Vous avez des péages impayés. Frais de péage à régler sous 48h.</p>"
                                "<a href=\"https://peage-reglement.example.net/\">Payer</a>");
  EXPECT_TRUE(HasSignal(fr, "fraud.toll_fine")) << Describe(fr);
  std::vector<Signal> de = Scan("Mautgebühr",
                                "<p>Sie haben unbezahlte Mautgebühren. Bitte begleichen Sie den Bußgeldbescheid.</p>"
                                "<a href=\"https://maut-zahlung.example.net/\">Jetzt zahlen</a>");
  EXPECT_TRUE(HasSignal(de, "fraud.toll_fine")) << Describe(de);
}

TEST(FraudLureTest, AdvanceFeeStory) {
  std::vector<Signal> signals =
      Scan("Confidential", "",
           "Dear friend, I am a barrister at law. My late client died without next of kin and left "
           "US$12.5 million. I want you to stand as the next of kin to receive the inheritance funds. "
           "This is a strictly confidential transaction.");
  const Signal* s = FindSignal(signals, "fraud.advance_fee");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_GE(s->weight, 25);
}

TEST(FraudLureTest, AFortuneNamedInTheStoryCountsAsOneMorePhrase) {
  const Signal* told = nullptr;
  std::vector<Signal> with_sum = Scan("Hello", "", "I have a lucrative business for you: six million eight hundred "
                                                   "thousand united states dollars waiting in a bank.");
  told = FindSignal(with_sum, "fraud.advance_fee");
  ASSERT_NE(told, nullptr) << Describe(with_sum);
  EXPECT_EQ(told->weight, 20);
  std::vector<Signal> without = Scan("Hello", "", "I have a lucrative business for you, waiting in a bank.");
  EXPECT_FALSE(HasSignal(without, "fraud.advance_fee")) << Describe(without);
  // A phrase that is itself the sum is not counted twice.
  std::vector<Signal> news = Scan("Quarterly results", "", "The company reported a total of $270.1 million.");
  const Signal* once = FindSignal(news, "fraud.advance_fee");
  if (once != nullptr) {
    EXPECT_LT(once->weight, 20) << Describe(news);
  }
}

TEST(FraudLureTest, ExtortionWithBitcoinWallet) {
  std::vector<Signal> signals = Scan(
      "Security alert", "",
      "I have hacked your device and recorded you while you watched adult websites. Pay 1200 USD in bitcoin to "
      "my bitcoin wallet 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa within 48 hours or I will send this video to your "
      "contacts. Do not contact the police.");
  const Signal* s = FindSignal(signals, "fraud.extortion");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(s->weight, 35);
  bool wallet = false;
  for (const auto& [k, v] : s->evidence) wallet |= v == "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa";
  EXPECT_TRUE(wallet);
  EXPECT_NE(s->explanation_en.find("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"), std::string::npos);
}

TEST(FraudLureTest, ExtortionSpanishWithoutWalletIsWeaker) {
  std::vector<Signal> signals = Scan("Tu cuenta", "",
                                     "He hackeado tu dispositivo y tengo videos de sitios para adultos. "
                                     "Paga en bitcoin.");
  const Signal* s = FindSignal(signals, "fraud.extortion");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_LT(s->weight, 35);
}

TEST(FraudLureTest, CallbackScamNeedsAPhoneNumber) {
  const std::string body =
      "Your subscription has been renewed and $399.99 was charged. If you did not authorize this charge, "
      "call us at (888) 555-0142 to cancel.";
  std::vector<Signal> with_phone = Scan("Invoice #88231 - payment due", "", body);
  const Signal* s = FindSignal(with_phone, "fraud.callback");
  ASSERT_NE(s, nullptr) << Describe(with_phone);
  EXPECT_GE(s->weight, 28);
  std::vector<Signal> without = Scan("Your plan", "",
                                     "Your subscription has been renewed. If you did not authorize this, "
                                     "visit your account page.");
  EXPECT_FALSE(HasSignal(without, "fraud.callback")) << Describe(without);
}

// French gambling advertising must end with the regulator's help line
// ("pour être aidé, appelez le 09 74 75 13 13"): a casino's newsletter is no
// call-back lure. A lure that also asks to call elsewhere still is one.
TEST(FraudLureTest, AGamblingHelpLineIsNoCallback) {
  const std::string notice =
      "Jouer comporte des risques : endettement, isolement, dépendance. Pour être aidé, appelez le "
      "09 74 75 13 13 (appel non surtaxé).";
  std::vector<Signal> newsletter =
      Scan("Vos tours gratuits du week-end", "",
           "Ce week-end, 20 tours gratuits sur nos nouvelles machines pour tout dépôt. " + notice);
  EXPECT_FALSE(HasSignal(newsletter, "fraud.callback")) << Describe(newsletter);
  std::vector<Signal> lure = Scan("Votre abonnement", "",
                                  "Votre abonnement a été renouvelé pour 399,99 €. Pour annuler, appelez le "
                                  "01 84 88 12 34. " + notice);
  EXPECT_TRUE(HasSignal(lure, "fraud.callback")) << Describe(lure);
}

// The same renewal with a number to call: from a personal mailbox it also
// says who bills (sender.billing_stranger); from the vendor's domain not.
TEST(FraudLureTest, RenewalChargeFromAFreeMailboxIsBilledByAStranger) {
  const std::string body =
      "Your antivirus plan renews automatically: order #NX-4471, amount charged $349.99. If you did not "
      "authorize this charge, call us at (888) 555-0142 to cancel.";
  TestMail stranger;
  stranger.from = "Billing Team <renewals.desk2291@gmail.com>";
  stranger.subject = "Order confirmation";
  stranger.text = body;
  std::vector<Signal> a = RunDetector(Fraud(), stranger.Build());
  const Signal* s = FindSignal(a, "sender.billing_stranger");
  ASSERT_NE(s, nullptr) << Describe(a);
  EXPECT_EQ(s->sign, Sign::kSenderMismatch);
  EXPECT_NE(s->explanation_en.find("renewals.desk2291@gmail.com"), std::string::npos);
  EXPECT_NE(s->explanation_fr.find("renewals.desk2291@gmail.com"), std::string::npos);
  EXPECT_TRUE(HasSignal(a, "fraud.callback")) << Describe(a);

  TestMail vendor;
  vendor.from = "Shieldsoft <billing@shieldsoft.example>";
  vendor.subject = "Order confirmation";
  vendor.text = body;
  std::vector<Signal> b = RunDetector(Fraud(), vendor.Build());
  EXPECT_FALSE(HasSignal(b, "sender.billing_stranger")) << Describe(b);
}

// A receipt with a sum and a number to call, without invoice wording or a
// disowned charge: from a free mailbox it is billed by a stranger; from the
// shop's own domain it is an ordinary order confirmation.
TEST(FraudLureTest, ReceiptFromAFreeMailboxIsBilledByAStranger) {
  const std::string body =
      "Order summary: device protection, 1 year. Amount charged: $498.70. Your membership will be "
      "auto-renewed; for any assistance call us at +1 808 555 0177.";
  TestMail stranger;
  stranger.from = "Paid Customer <renewal.team.4471@gmail.com>";
  stranger.subject = "Thank you for your order";
  stranger.text = body;
  std::vector<Signal> a = RunDetector(Fraud(), stranger.Build());
  EXPECT_TRUE(HasSignal(a, "sender.billing_stranger")) << Describe(a);

  TestMail shop = stranger;
  shop.from = "Harbor Outdoor <orders@harbor-outdoor.example>";
  std::vector<Signal> b = RunDetector(Fraud(), shop.Build());
  EXPECT_FALSE(HasSignal(b, "sender.billing_stranger")) << Describe(b);
}

TEST(FraudLureTest, CallbackGerman) {
  std::vector<Signal> signals = Scan("Bestellbestätigung", "",
                                     "Ihr Abonnement wurde automatisch verlängert. Wenn Sie diese Zahlung nicht "
                                     "autorisiert haben, rufen Sie uns unter +49 30 1234567 an.");
  EXPECT_TRUE(HasSignal(signals, "fraud.callback")) << Describe(signals);
}

// Purchase alerts that tell of a charge and give a national number to call.
TEST(FraudLureTest, PurchaseAlertCallbackWithNationalNumbers) {
  const std::pair<const char*, const char*> kCases[] = {
      {"Compra em análise", "Compra em análise no valor de R$1.499,99 em LOJA no dia 31/01. Para confirmar "
                            "digite 1. Caso não reconheça, ligue para a área de segurança: 4003-6514"},
      {"Votre commande", "Votre commande de 899,00 € a été validée. Si vous n'êtes pas à l'origine de cet "
                         "achat, appelez le 01 84 88 12 34."},
      {"Ihre Bestellung", "Ihre Bestellung über 749,99 € wurde belastet. Falls Sie diesen Kauf nicht getätigt "
                          "haben, rufen Sie uns unter 0800 123 4567 an."},
      {"Su compra", "Hemos cargado 649,00 € en su tarjeta. Si no reconoce esta compra, llame al 900 123 456."},
      {"Uw bestelling", "Er is € 1.199,00 afgeschreven. Heeft u deze aankoop niet gedaan? Bel dan direct "
                        "020 123 4567."},
      {"Il tuo ordine", "Addebito di 1.299,00 € per il tuo ordine. Se non riconosci questo acquisto, chiama il numero "
                        "verde 800 123 456."},
      {"Your order", "Your order of $499.99 for the annual protection renewal has been processed. If you did not "
                     "authorise this, call +1 (844) 555-0199."},
  };
  for (const auto& [subject, text] : kCases) {
    std::vector<Signal> signals = Scan(subject, "", text);
    const Signal* s = FindSignal(signals, "fraud.callback");
    ASSERT_NE(s, nullptr) << text << "\n" << Describe(signals);
    EXPECT_GE(s->weight, 28) << text;
    EXPECT_NE(s->explanation_fr.find("numéro de téléphone"), std::string::npos);
  }
}

// A known bank's authenticated alert that gives its own number: shown, not
// a reason to suspect.
TEST(FraudLureTest, BanksOwnCardAlertIsCapped) {
  TestMail m;
  m.from = "Barclays <alerts@barclays.co.uk>";
  m.headers.push_back(
      "Authentication-Results: mx.example-corp.com; dkim=pass header.d=barclays.co.uk; "
      "dmarc=pass header.from=barclays.co.uk");
  m.text = "We've held a card payment of £1,249.00. If you don't recognise this payment, call us on 0800 400 100.";
  std::vector<Signal> signals = RunDetector(Fraud(), m.Build());
  const Signal* s = FindSignal(signals, "fraud.callback");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_LE(s->weight, 8);
}

TEST(FraudLureTest, InvoiceWithHtmlAttachmentVersusPlainInvoice) {
  TestMail lure;
  lure.subject = "Overdue invoice";
  lure.text = "Please find attached the invoice. Payment is overdue.";
  lure.files.push_back({"Invoice_2231.html", "text/html", "<html><form action=x><input type=password></form></html>"});
  std::vector<Signal> signals = RunDetector(Fraud(), lure.Build());
  const Signal* s = FindSignal(signals, "fraud.invoice");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_GE(s->weight, 18);

  TestMail real;
  real.subject = "Facture n° 2025-114";
  real.text = "Bonjour, veuillez trouver ci-joint la facture n° 2025-114 pour le mois de novembre. Cordialement.";
  real.files.push_back({"facture-2025-114.pdf", "application/pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%%EOF"});
  std::vector<Signal> quiet = RunDetector(Fraud(), real.Build());
  const Signal* weak = FindSignal(quiet, "fraud.invoice");
  EXPECT_TRUE(weak == nullptr || weak->weight <= 5) << Describe(quiet);
}

TEST(FraudLureTest, InvestmentPitch) {
  std::vector<Signal> signals = Scan("Opportunity", "<p>Guaranteed returns with our crypto trading platform: "
                                                    "daily profits of 4%. Passive income for everyone.</p>"
                                                    "<a href=\"https://invest.example.net/\">Join</a>");
  const Signal* s = FindSignal(signals, "fraud.investment");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_GE(s->weight, 20);
}

TEST(FraudLureTest, PaymentRequestNeedsALink) {
  std::vector<Signal> with_link = Scan("Payment failed", "<p>Your payment was declined. Update your payment details "
                                                         "to keep your subscription.</p>"
                                                         "<a href=\"https://billing.example.net/\">Update</a>");
  EXPECT_TRUE(HasSignal(with_link, "fraud.payment")) << Describe(with_link);
  std::vector<Signal> no_link = Scan("Payment failed", "", "Your payment was declined. We will retry tomorrow.");
  EXPECT_FALSE(HasSignal(no_link, "fraud.payment")) << Describe(no_link);
}

TEST(FraudLureTest, DutchParcelAwaitingDeliveryWithALink) {
  std::vector<Signal> signals = Scan("U heeft (1) pakket in afwachting van aflevering",
                                     "<p>Levering van pakketten geschorst. Betaal de verzendkosten.</p>"
                                     "<a href=\"https://pakket.example.net/\">Bevestig</a>");
  const Signal* s = FindSignal(signals, "fraud.parcel_fee");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_GE(s->weight, 26);
}

TEST(FraudLureTest, ShopSaleAndDeliveryNoticesStayQuiet) {
  const std::pair<const char*, const char*> kCases[] = {
      {"Last chance: sale ends tonight", "<p>Save 30% on everything until midnight. Free shipping over $50.</p>"
                                         "<a href=\"https://shop.example.com/sale\">Shop now</a>"},
      {"Uw pakket is onderweg", "<p>Uw pakket wordt vandaag tussen 14:00 en 16:00 bezorgd.</p>"
                                "<a href=\"https://track.example.nl/\">Volg uw pakket</a>"},
      {"Nur heute: 20 % Rabatt", "<p>Nur heute 20 % auf alle Schuhe, kostenloser Versand.</p>"
                                 "<a href=\"https://shop.example.de/\">Zum Shop</a>"},
  };
  for (const auto& [subject, html] : kCases) {
    std::vector<Signal> signals = Scan(subject, html);
    EXPECT_TRUE(signals.empty()) << subject << "\n" << Describe(signals);
  }
}

TEST(FraudLureTest, AdvanceFeeAnsweredToAFreeMailboxWeighsMore) {
  const std::string story = "I have decided to contact you. I seek your assistance in a lucrative business: "
                            "the transfer of the funds into your account.";
  TestMail plain;
  plain.subject = "Proposal";
  plain.text = story;
  TestMail stranger = plain;
  stranger.headers.push_back("Reply-To: barrister.office@gmail.com");
  std::vector<Signal> a = RunDetector(Fraud(), plain.Build());
  std::vector<Signal> b = RunDetector(Fraud(), stranger.Build());
  const Signal* sa = FindSignal(a, "fraud.advance_fee");
  const Signal* sb = FindSignal(b, "fraud.advance_fee");
  ASSERT_NE(sa, nullptr) << Describe(a);
  ASSERT_NE(sb, nullptr) << Describe(b);
  EXPECT_GT(sb->weight, sa->weight);
  EXPECT_NE(sb->explanation_en.find("barrister.office@gmail.com"), std::string::npos) << sb->explanation_en;
  EXPECT_NE(sb->explanation_fr.find("barrister.office@gmail.com"), std::string::npos) << sb->explanation_fr;
}

// The donation letter from a hijacked institutional mailbox: no Reply-To,
// but the text tells the reader to write to a free mailbox. That address
// is the stranger's, in every language; the same letter without it, or
// quoted on a mailing list, has no one to answer.
TEST(FraudLureTest, AdvanceFeeAnsweredAtAWebmailAddressInTheText) {
  const std::pair<const char*, const char*> kLetters[] = {
      {"en", "You have been selected to receive a donation of $1,500,000 from our foundation. Please contact the "
             "foundation at grant.office.desk@gmail.com"},
      {"fr", "Je suis gravement malade et j'ai décidé de faire un don de 850 000 euros. Écrivez à "
             "maitre.dupuis.notaire@gmail.com"},
      {"de", "Sie wurden als Begünstigter einer Spende von 1.200.000 Euro ausgewählt. Kontakt: "
             "stiftung.buero@outlook.com"},
      {"es", "Le informamos sobre una herencia de 2.500.000 dólares a su nombre. Escriba a "
             "abogado.herencias@yahoo.com"},
      {"pt", "Você foi escolhido para receber uma doação de 900.000 euros. Contate a fundação em "
             "fundacao.doacoes@hotmail.com"},
      {"nl", "U bent de begunstigde van het fonds van 1.000.000 euro. Schrijf naar notaris.kantoor@gmail.com"},
      {"it", "Sono il beneficiario dei fondi di un'eredità di 3.000.000 di euro. Scrivete a "
             "studio.legale.eredita@gmail.com"},
  };
  for (const auto& [lang, text] : kLetters) {
    TestMail letter;
    letter.from = "Registry Clerk <clerk@townhall.example.gov>";
    letter.subject = "Re:";
    letter.text = text;
    std::vector<Signal> a = RunDetector(Fraud(), letter.Build());
    const Signal* s = FindSignal(a, "fraud.advance_fee");
    ASSERT_NE(s, nullptr) << lang << "\n" << Describe(a);
    EXPECT_GE(s->weight, 16) << lang << "\n" << Describe(a);
    EXPECT_NE(s->explanation_en.find("@"), std::string::npos) << s->explanation_en;
  }
  TestMail with_address;
  with_address.from = "Registry Clerk <clerk@townhall.example.gov>";
  with_address.subject = "Re:";
  with_address.text = kLetters[0].second;
  TestMail no_address = with_address;
  no_address.text = "You have been selected to receive a donation of $1,500,000 from our foundation.";
  std::vector<Signal> a = RunDetector(Fraud(), with_address.Build());
  std::vector<Signal> b = RunDetector(Fraud(), no_address.Build());
  const Signal* with = FindSignal(a, "fraud.advance_fee");
  const Signal* without = FindSignal(b, "fraud.advance_fee");
  ASSERT_NE(with, nullptr) << Describe(a);
  EXPECT_GT(with->weight, without == nullptr ? 0 : without->weight) << Describe(b);
  // A lottery operator's results mail links to its site; the webmail
  // address it gives for questions is not where a story is answered.
  TestMail operator_mail = with_address;
  operator_mail.from = "Lucky Draw Results <results@luckydraw-results.example>";
  operator_mail.text = "Last week's jackpot winner took home $120,000. Questions: luckydraw.help@gmail.com. "
                       "See all results at https://www.luckydraw-results.example/results";
  std::vector<Signal> d = RunDetector(Fraud(), operator_mail.Build());
  const Signal* v = FindSignal(d, "fraud.advance_fee");
  if (v != nullptr) {
    EXPECT_EQ(v->explanation_en.find("luckydraw.help@gmail.com"), std::string::npos) << Describe(d);
  }
  TestMail quoted;
  quoted.from = "Dana Whitfield <dana@security-list.example.org>";
  quoted.to = "fraud-watch@lists.example.org";
  quoted.subject = "Another donation scam this week";
  quoted.headers.push_back("List-Id: <fraud-watch.lists.example.org>");
  quoted.text = "Got this today: 'You have been selected to receive a donation of $1,500,000 from our "
                "foundation. Please contact the foundation at grant.office.desk@gmail.com'";
  std::vector<Signal> c = RunDetector(Fraud(), quoted.Build());
  const Signal* u = FindSignal(c, "fraud.advance_fee");
  if (u != nullptr) {
    EXPECT_EQ(u->explanation_en.find("grant.office.desk@gmail.com"), std::string::npos) << Describe(c);
  }
}

TEST(FraudLureTest, MailingListReplyToIsNotAStrangerMailbox) {
  TestMail m;
  m.subject = "Re: scam of the week";
  m.text = "Another one today: 'I seek your assistance in a lucrative business', he decided to contact you.";
  m.to = "list@lists.example.org";
  m.headers.push_back("Reply-To: list@lists.example.org");
  m.headers.push_back("List-Id: <list.lists.example.org>");
  std::vector<Signal> signals = RunDetector(Fraud(), m.Build());
  const Signal* s = FindSignal(signals, "fraud.advance_fee");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(s->explanation_en.find("mailbox"), std::string::npos) << s->explanation_en;
}

TEST(FraudLureTest, OverlappingPatternsCountAsOneWording) {
  // "Last chance to claim your free gift" is matched by several prize
  // patterns over the same words: one phrase, not three.
  std::vector<Signal> shop = Scan("Last chance to claim your free gift",
                                  "<p>Spend 50 EUR today and get it with your order.</p>"
                                  "<a href=\"https://shop.example.com/gift\">Shop</a>");
  const Signal* s = FindSignal(shop, "fraud.prize");
  if (s != nullptr) {
    EXPECT_LT(s->weight, 20) << Describe(shop);
  }
  std::vector<Signal> parcel = Scan("Votre colis est en attente de livraison",
                                    "<p>Votre colis est au point relais.</p>"
                                    "<a href=\"https://transport.example.fr/suivi\">Suivre</a>");
  const Signal* p = FindSignal(parcel, "fraud.parcel_fee");
  if (p != nullptr) {
    EXPECT_LT(p->weight, 20) << Describe(parcel);
  }
}

TEST(FraudLureTest, CharityNewsletterIsAtMostAWeakHint) {
  std::vector<Signal> signals = Scan("Our impact this year",
                                     "<p>This year we have decided to donate part of our proceeds: orphans and widows "
                                     "in the region received food parcels.</p>"
                                     "<a href=\"https://charity.example.org/\">Read</a>");
  const Signal* s = FindSignal(signals, "fraud.advance_fee");
  if (s != nullptr) {
    EXPECT_LE(s->weight, 8) << Describe(signals);
  }
}

TEST(FraudLureTest, LegitimateExamplesStayQuiet) {
  for (const char* name : {"newsletter.eml", "password-reset.eml", "hosting-quota-notice.fr.eml", "imap-auth-lure.eml"}) {
    std::string raw = ReadFileOrEmpty(std::string(PHISHSCAN_SOURCE_DIR "/examples/") + name);
    ASSERT_FALSE(raw.empty()) << name;
    std::vector<Signal> signals = RunDetector(Fraud(), raw);
    EXPECT_TRUE(signals.empty()) << name << "\n" << Describe(signals);
  }
}

// The short opener: one advance-fee phrase and a stranger's mailbox to
// answer at is a sign (10 or more); the same phrase with only a phone
// number, as in a solicitor's letter, stays a weak hint.
TEST(FraudLureTest, OneLineOpenerAnsweredAtAStrangerMailbox) {
  TestMail opener;
  opener.from = "Registry Office <clerk@registry.gov.example>";
  opener.headers.push_back("Reply-To: proposal.desk77@gmail.com");
  opener.subject = "RE: Project";
  opener.text = "I have a noble proposal for you, reply for more details.";
  std::vector<Signal> a = RunDetector(Fraud(), opener.Build());
  const Signal* s = FindSignal(a, "fraud.advance_fee");
  ASSERT_NE(s, nullptr) << Describe(a);
  EXPECT_GE(s->weight, 10);
  EXPECT_NE(s->explanation_en.find("proposal.desk77@gmail.com"), std::string::npos) << s->explanation_en;
  EXPECT_NE(s->explanation_fr.find("proposal.desk77@gmail.com"), std::string::npos) << s->explanation_fr;

  TestMail solicitor;
  solicitor.from = "Probate Team <probate@harlow-legal.example>";
  solicitor.subject = "Estate of the late Mr Arthur Bell";
  solicitor.text = "Mr Bell's will named you as his sole beneficiary. Please call us on +44 20 7946 0958.";
  std::vector<Signal> b = RunDetector(Fraud(), solicitor.Build());
  const Signal* t = FindSignal(b, "fraud.advance_fee");
  if (t != nullptr) {
    EXPECT_LT(t->weight, 10) << Describe(b);
  }
}

TEST(FraudLureTest, LawyerOpenersInSevenLanguagesAreStories) {
  const char* texts[] = {
      "My late client died in an accident; forgive me for invading your privacy.",
      "Je suis l'avocat personnel de feu M. Durand. Mon client est décédé l'an dernier.",
      "Ich bin der persönliche Anwalt des Verstorbenen. Mein Mandant ist verstorben.",
      "Soy el abogado personal del difunto. Mi cliente murió en un accidente.",
      "Eu sou o advogado pessoal de um investidor. Meu cliente morreu de covid.",
      "Ik ben de persoonlijke advocaat van de overledene. Mijn cliënt is overleden.",
      "Sono l'avvocato personale del defunto. Il mio cliente è morto in un incidente.",
  };
  for (const char* text : texts) {
    std::vector<Signal> signals = Scan("Hello", "", text);
    const Signal* s = FindSignal(signals, "fraud.advance_fee");
    ASSERT_NE(s, nullptr) << text << "\n" << Describe(signals);
    EXPECT_GE(s->weight, 20) << text;
  }
}

}  // namespace
}  // namespace phishscan
