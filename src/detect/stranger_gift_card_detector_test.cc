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

const Detector& GiftCard() {
  static const std::unique_ptr<Detector> d = MakeStrangerGiftCardDetector();
  return *d;
}

// A card "yours to keep" in a payment network's name, from an ad server.
TestMail VisaCardLure() {
  TestMail m;
  m.from = "Promotions Desk <rewards@mx77.promo-mailer.example>";
  m.to = "sam.taylor@example.com";
  m.subject = "Your $250 Visa Gift Card is yours to keep";
  m.html = "<p>You have been selected. Click below to claim your $250 Visa Gift Card (participation required).</p>"
           "<a href=\"https://mx77.promo-mailer.example/c/991\">Claim now</a>";
  return m;
}

TEST(StrangerGiftCardTest, CardInABrandsNameFromAnUnauthenticatedStranger) {
  const auto signals = RunDetector(GiftCard(), VisaCardLure().Build());
  const Signal* s = FindSignal(signals, "sender.stranger_gift_card");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->sign, Sign::kSenderMismatch);
  EXPECT_EQ(s->weight, 26);  // not authenticated
  EXPECT_EQ(EvidenceValue(*s, "brand"), "Visa");
  EXPECT_EQ(EvidenceValue(*s, "from_domain"), "promo-mailer.example");
  EXPECT_EQ(EvidenceValue(*s, "sum"), "$250");
  EXPECT_NE(s->explanation_en.find("in the name of Visa"), std::string::npos);
  EXPECT_NE(s->explanation_fr.find("au nom de Visa"), std::string::npos);
}

// An authenticated throwaway domain still cannot give away a marketplace's
// money: from a hundred up the sum itself is the tell.
TEST(StrangerGiftCardTest, AuthenticatedStrangerWithALargeSum) {
  TestMail m;
  m.from = "Card Desk <news@daily-winners.example>";
  m.headers = {testing::AuthenticationPass("daily-winners.example")};
  m.subject = "How would you spend your free $500 on eBay?";
  m.text = "Get your card now: https://daily-winners.example/w/5";
  const auto signals = RunDetector(GiftCard(), m.Build());
  const Signal* s = FindSignal(signals, "sender.stranger_gift_card");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->weight, 22);
  EXPECT_EQ(EvidenceValue(*s, "brand"), "eBay");
}

TEST(StrangerGiftCardTest, OtherLanguages) {
  TestMail fr;
  fr.from = "Service Fidélité <contact@offres-du-jour.example>";
  fr.subject = "Amazon : votre carte cadeau de 300 € vous attend";
  fr.text = "Récupérez votre carte cadeau de 300 € ici : https://offres-du-jour.example/c";
  EXPECT_TRUE(HasSignal(RunDetector(GiftCard(), fr.Build()), "sender.stranger_gift_card"));

  TestMail de;
  de.from = "Kundenservice <info@gartenmoebel-outlet.example>";
  de.subject = "IKEA: Ihr Gutschein über 250 € wartet";
  de.text = "Ihr IKEA Gutschein über 250 € wartet auf Sie: https://gartenmoebel-outlet.example/g";
  EXPECT_TRUE(HasSignal(RunDetector(GiftCard(), de.Build()), "sender.stranger_gift_card"));

  TestMail pt;
  pt.from = "Promoções <envio@folheto-digital.example>";
  pt.subject = "Magazine Luiza: seu vale-compras de R$ 500 está esperando";
  pt.text = "Resgate seu vale-compras de R$ 500: https://folheto-digital.example/v";
  EXPECT_TRUE(HasSignal(RunDetector(GiftCard(), pt.Build()), "sender.stranger_gift_card"));
}

// A research panel thanks members with a card from its own authenticated
// domain: a small sum, earned for a survey.
TEST(StrangerGiftCardTest, PanelIncentiveFromItsOwnDomainIsNotFlagged) {
  TestMail m;
  m.from = "Opinion Panel <surveys@opinion-panel.example>";
  m.headers = {testing::AuthenticationPass("opinion-panel.example")};
  m.subject = "Thanks! Your $20 Amazon gift card is yours";
  m.text = "Thank you for completing our survey. Your $20 Amazon gift card is yours: redeem it in your panel "
           "account at https://opinion-panel.example/rewards";
  EXPECT_FALSE(HasSignal(RunDetector(GiftCard(), m.Build()), "sender.stranger_gift_card"));
}

// A brand's own mail about its card, and a retailer's referral credit.
TEST(StrangerGiftCardTest, BrandsOwnAndReferralMailIsNotFlagged) {
  TestMail own;
  own.from = "Amazon <store-news@amazon.com>";
  own.headers = {testing::AuthenticationPass("amazon.com")};
  own.subject = "Your $100 Amazon gift card is yours to keep";
  own.text = "Claim your $100 gift card at https://www.amazon.com/gc";
  EXPECT_FALSE(HasSignal(RunDetector(GiftCard(), own.Build()), "sender.stranger_gift_card"));

  TestMail referral;
  referral.from = "Bloom Box <hello@bloom-box.example>";
  referral.headers = {testing::AuthenticationPass("bloom-box.example")};
  referral.subject = "Give $15, get $15";
  referral.text = "Invite a friend to Bloom Box: they get $15 off, and you get $15 credit. Pay with PayPal "
                  "or Visa. https://bloom-box.example/refer";
  EXPECT_FALSE(HasSignal(RunDetector(GiftCard(), referral.Build()), "sender.stranger_gift_card"));
}

// A bank's cashback offer, authenticated, names a card network and a sum,
// but hands nothing over as a present to pick up.
TEST(StrangerGiftCardTest, BankCashbackIsNotFlagged) {
  TestMail m;
  m.from = "Banque Horizon <offres@banque-horizon.example>";
  m.headers = {testing::AuthenticationPass("banque-horizon.example")};
  m.subject = "Jusqu'à 150 € remboursés avec votre carte Visa Premier";
  m.text = "Payez avec votre carte Visa Premier et recevez 5 % de vos achats en cashback, jusqu'à 150 €. "
           "Conditions : https://banque-horizon.example/cashback";
  EXPECT_FALSE(HasSignal(RunDetector(GiftCard(), m.Build()), "sender.stranger_gift_card"));
}

TEST(StrangerGiftCardTest, NeedsGiftWordingAndABrand) {
  TestMail no_wording = VisaCardLure();
  no_wording.subject = "Visa news";
  no_wording.html = "<p>Visa reports record holiday spending of $250 million.</p>";
  EXPECT_FALSE(HasSignal(RunDetector(GiftCard(), no_wording.Build()), "sender.stranger_gift_card"));

  TestMail no_brand = VisaCardLure();
  no_brand.subject = "A card is yours to keep";
  no_brand.html = "<p>Your $250 card is yours to keep.</p>";
  EXPECT_FALSE(HasSignal(RunDetector(GiftCard(), no_brand.Build()), "sender.stranger_gift_card"));
}

}  // namespace
}  // namespace phishscan
