#include "detect/sender_relation.h"

#include <gtest/gtest.h>

#include "detect/detector_test_support.h"
#include "detect/test_mail.h"

namespace phishscan {
namespace {

using testing::ScanForTest;
using testing::TestMail;

TEST(SenderRelationTest, SenderRecipientAndAuthenticatedDomains) {
  TestMail m;
  m.from = "Shop <orders@example-shop.com>";
  m.to = "bob@example-corp.com";
  m.headers = {"Authentication-Results: mx.example-corp.com; spf=pass smtp.mailfrom=bounces.esp-mailer.net; "
               "dkim=pass header.d=esp-mailer.net; dmarc=pass header.from=example-shop.com"};
  m.text = "Hello.";
  auto scanned = ScanForTest(m.Build());
  SenderRelation r(*scanned->ctx);
  EXPECT_EQ(r.from_domain(), "example-shop.com");
  EXPECT_TRUE(r.from_authenticated());
  EXPECT_TRUE(r.IsSenderDomain("example-shop.com"));
  EXPECT_TRUE(r.IsSenderDomain("esp-mailer.net"));
  EXPECT_TRUE(r.IsRelated("example-corp.com"));    // the reader's own domain
  EXPECT_TRUE(r.IsRelated("example-shop.fr"));     // same organisation, other TLD
  EXPECT_FALSE(r.IsRelated("imap-auth-portal.pages.dev"));
  EXPECT_FALSE(r.IsRelated(""));
}

TEST(SenderRelationTest, ClaimedBrands) {
  TestMail m;
  m.from = "PayPal <service@notice.example>";
  m.subject = "PayPal: action required";
  m.text = "Your PayPal account needs attention.";
  auto scanned = ScanForTest(m.Build());
  SenderRelation r(*scanned->ctx);
  EXPECT_FALSE(r.from_authenticated());
  EXPECT_TRUE(r.IsRelated("paypal.com"));
  ASSERT_NE(r.ClaimedBrandNotOwning("evil.example"), nullptr);
  EXPECT_EQ(r.ClaimedBrandNotOwning("evil.example")->name, "PayPal");
  EXPECT_EQ(r.ClaimedBrandNotOwning("paypal.com"), nullptr);
  ASSERT_NE(r.SignedBrandNotOwning("evil.example"), nullptr);
}

TEST(SenderRelationTest, MereMentionsDoNotSpeakForTheBrand) {
  TestMail m;
  m.from = "Lab <lab@research.example>";
  m.subject = "Build notes";
  m.text = "The CI runs on GitHub and the docs are indexed by Google.";
  auto scanned = ScanForTest(m.Build());
  SenderRelation r(*scanned->ctx);
  EXPECT_TRUE(r.speaking_brands().empty());
  EXPECT_EQ(r.SignedBrandNotOwning("evil.example"), nullptr);
  EXPECT_TRUE(r.IsRelated("github.com"));  // a link to a named brand's own site is expected
}

// Only a state registers under gouv.fr: a tax office's signed notice may
// point to the national fraud-report portal, which is its own side.
TEST(SenderRelationTest, AuthenticatedGovernmentSenderIsRelatedToItsCountrysGovernmentSites) {
  TestMail m;
  m.from = "Finances publiques <ne-pas-repondre@dgfip.finances.gouv.fr>";
  m.to = "jean@example.fr";
  m.headers = {"Authentication-Results: mx.example.fr; spf=pass smtp.mailfrom=dgfip.finances.gouv.fr; "
               "dkim=pass header.d=dgfip.finances.gouv.fr; dmarc=pass header.from=dgfip.finances.gouv.fr"};
  m.text = "Un document est disponible.";
  auto scanned = ScanForTest(m.Build());
  SenderRelation r(*scanned->ctx);
  EXPECT_TRUE(r.IsRelated("internet-signalement.gouv.fr"));
  EXPECT_FALSE(r.IsRelated("hmrc.gov.uk"));      // another country's administration
  EXPECT_FALSE(r.IsRelated("impots-gouv.fr"));   // a look-alike outside the suffix
  EXPECT_FALSE(r.IsRelated("remboursement.fr"));
}

TEST(SenderRelationTest, UnauthenticatedGovernmentAddressRelatesNothing) {
  TestMail m;
  m.from = "Finances publiques <ne-pas-repondre@dgfip.finances.gouv.fr>";
  m.to = "jean@example.fr";
  m.headers = {"Authentication-Results: mx.example.fr; spf=fail smtp.mailfrom=dgfip.finances.gouv.fr; "
               "dkim=none; dmarc=fail header.from=dgfip.finances.gouv.fr"};
  m.text = "Un document est disponible.";
  auto scanned = ScanForTest(m.Build());
  SenderRelation r(*scanned->ctx);
  EXPECT_FALSE(r.from_authenticated());
  EXPECT_FALSE(r.IsRelated("internet-signalement.gouv.fr"));
}

}  // namespace
}  // namespace phishscan
