#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "detect/detector.h"
#include "detect/detector_test_support.h"
#include "detect/test_mail.h"

namespace phishscan {
namespace {

using testing::EvidenceValue;
using testing::FindSignal;
using testing::RunDetector;
using testing::TestMail;

const Detector& TrustClaim() {
  static const std::unique_ptr<Detector> d = MakeTrustClaimDetector();
  return *d;
}

bool HasClaim(const TestMail& m) {
  return FindSignal(RunDetector(TrustClaim(), m.Build()), "sender.trust_claim") != nullptr;
}

TEST(TrustClaimTest, ABannerWrittenByAnUnauthenticatedSender) {
  TestMail m;
  m.from = "Energy Savings Team <info.qxz@promo-mailer.example>";
  m.subject = "Your neighbours already save: check your municipality";
  m.text = "This message is from a trusted sender.\n"
           "Only 100 places per municipality are left for the home battery scheme. Check now.";
  const std::vector<Signal> signals = RunDetector(TrustClaim(), m.Build());
  const Signal* s = FindSignal(signals, "sender.trust_claim");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->sign, Sign::kSenderMismatch);
  EXPECT_EQ(s->weight, 15);
  EXPECT_EQ(EvidenceValue(*s, "phrase"), "this message is from a trusted sender");
  EXPECT_EQ(EvidenceValue(*s, "from"), "info.qxz@promo-mailer.example");
  EXPECT_NE(s->explanation_en.find("authenticated"), std::string::npos);
  EXPECT_NE(s->explanation_fr.find("authentifié"), std::string::npos);
}

TEST(TrustClaimTest, TheSameBannerInOtherLanguages) {
  const char* const texts[] = {
      "This message was sent by a trusted sender. Claim your exclusive reward today.",
      "Ce message provient d'un expéditeur de confiance. Réclamez votre cadeau.",
      "Diese Nachricht stammt von einem vertrauenswürdigen Absender. Jetzt Geschenk sichern.",
      "Este mensaje proviene de un remitente de confianza. Reclame su premio.",
      "Esta mensagem vem de um remetente confiável. Resgate o seu prémio.",
      "Dit bericht is afkomstig van een vertrouwde afzender. Claim uw beloning.",
      "Questo messaggio proviene da un mittente attendibile. Ritira il tuo premio.",
  };
  for (const char* text : texts) {
    TestMail m;
    m.from = "Rewards <news.k7@bulk-sender.example>";
    m.text = text;
    EXPECT_TRUE(HasClaim(m)) << text;
  }
}

TEST(TrustClaimTest, GatewayBannersAndNewsletterFootersAreNotClaims) {
  const char* const texts[] = {
      "CAUTION: This email originated from outside of the organization. Do not click links unless you "
      "recognize the sender.",
      "[EXTERNAL] This message is from an external sender. Be careful with links and attachments.",
      "This email has been scanned for viruses and malware by our mail gateway.",
      "To make sure our newsletter reaches your inbox, add us to your safe senders list.",
      "ATTENTION : ce message provient de l'extérieur de l'organisation.",
      "Achtung: Diese E-Mail stammt von einem externen Absender.",
      "Dit bericht is afkomstig van een externe afzender. Wees voorzichtig met links.",
      "Hi Anna, you are receiving this email because you opted in via our website.",
  };
  for (const char* text : texts) {
    TestMail m;
    m.from = "Newsletter <news@shop.example>";
    m.text = text;
    EXPECT_FALSE(HasClaim(m)) << text;
  }
}

TEST(TrustClaimTest, AnAuthenticatedSenderIsLeftAlone) {
  TestMail m;
  m.from = "Northwind Bank <notices@northwind-bank.example>";
  m.headers.push_back(
      "Authentication-Results: mx.reader.example; dkim=pass header.d=northwind-bank.example; "
      "dmarc=pass header.from=northwind-bank.example");
  m.text = "This email is from a verified sender: Northwind Bank. Your statement is ready in the app.";
  EXPECT_FALSE(HasClaim(m));
  // The same words without authentication are the sender's own claim.
  m.headers.clear();
  EXPECT_TRUE(HasClaim(m));
}

}  // namespace
}  // namespace phishscan
