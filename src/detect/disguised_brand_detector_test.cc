#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "detect/detector.h"
#include "detect/detector_test_support.h"
#include "detect/test_mail.h"

namespace phishscan {
namespace {

using testing::FindSignal;
using testing::RunDetector;
using testing::TestMail;

const Detector& DisguisedBrand() {
  static const std::unique_ptr<Detector> d = MakeDisguisedBrandDetector();
  return *d;
}

const Signal* Found(const std::vector<Signal>& s) { return FindSignal(s, "obfuscation.disguised_brand"); }

std::vector<Signal> Scan(const std::string& subject, const std::string& from) {
  TestMail m;
  m.subject = subject;
  m.from = from;
  m.text = "Hello, see the details inside.";
  return RunDetector(DisguisedBrand(), m.Build());
}

TEST(DisguisedBrandTest, BrandSpeltInPiecesInTheSubject) {
  const char* subjects[] = {
      "Pay.Pal. Your account has been credited",                   // EN
      "Votre abonnement N e t f l i x est suspendu",               // FR
      "Ihr P-a-y-P-a-l Konto wurde eingeschr\xC3\xA4nkt",          // DE
      "Tu cuenta de N.e.t.f.l.i.x ha caducado",                    // ES
      "Sua assinatura D'isney Plus expirou",                       // PT
  };
  for (const char* subject : subjects) {
    std::vector<Signal> s = Scan(subject, "Service <info@mailer-example.net>");
    const Signal* sig = Found(s);
    ASSERT_NE(sig, nullptr) << subject;
    EXPECT_EQ(sig->sign, Sign::kFraudLure);
    EXPECT_EQ(sig->evidence.size(), 2u);
    EXPECT_NE(sig->explanation_fr.find("marque"), std::string::npos);
  }
}

TEST(DisguisedBrandTest, BrandInStyledOrLookalikeLettersInTheSubject) {
  // Mathematical bold, then a Cyrillic "а" (IT).
  EXPECT_NE(Found(Scan("Il tuo account \xF0\x9D\x97\xA1\xF0\x9D\x97\xB2\xF0\x9D\x98\x81"
                       "\xF0\x9D\x97\xB3\xF0\x9D\x97\xB9\xF0\x9D\x97\xB6\xF0\x9D\x98\x85 \xC3\xA8 sospeso",
                       "Servizio <info@mailer-example.net>")),
            nullptr);
  EXPECT_NE(Found(Scan("Uw Am\xD0\xB0zon account is geblokkeerd", "Klantenservice <info@mailer-example.net>")),
            nullptr);
}

TEST(DisguisedBrandTest, TheSenderNameIsLeftToItsOwnCheck) {
  EXPECT_EQ(Found(Scan("Entrega pendente", "N e t f l i x <info@shop-example.com>")), nullptr);
}

TEST(DisguisedBrandTest, PlainlyWrittenBrandIsNotDisguise) {
  EXPECT_EQ(Found(Scan("Your PayPal receipt", "PayPal <service@paypal.com>")), nullptr);
  EXPECT_EQ(Found(Scan("Booking.com: your stay in Lyon", "Booking.com <noreply@booking.com>")), nullptr);
  EXPECT_EQ(Found(Scan("Neu auf Netflix: die Highlights im Juni", "Netflix <info@mailer.netflix.com>")), nullptr);
  EXPECT_EQ(Found(Scan("A.I. news for the U.S. market", "Tech Weekly <news@techweekly-example.com>")), nullptr);
  EXPECT_EQ(Found(Scan("L'offre se termine ce soir", "Boutique <news@boutique-example.fr>")), nullptr);
}

TEST(DisguisedBrandTest, TheBrandsOwnDomainMayPlayWithItsName) {
  EXPECT_EQ(Found(Scan("N e t f l i x: what is new", "Netflix <info@netflix.com>")), nullptr);
}

}  // namespace
}  // namespace phishscan
