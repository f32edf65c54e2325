#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "detect/detector.h"
#include "detect/detector_test_support.h"
#include "detect/test_mail.h"

namespace phishscan {
namespace {

using testing::FindSignal;
using testing::HasSignal;
using testing::RunDetector;
using testing::TestMail;

const Detector& Platform() {
  static const std::unique_ptr<Detector> d = MakePlatformRelayedLureDetector();
  return *d;
}

TestMail IssueComment(std::string subject, std::string html) {
  TestMail m;
  m.from = "someone <notifications@github.com>";
  m.to = "example-org/api <api@noreply.github.com>";
  m.subject = std::move(subject);
  m.headers = {testing::AuthenticationPass("github.com"), "List-ID: example-org/api <api.example-org.github.com>"};
  m.html = std::move(html) +
           "<p><a href=\"https://github.com/example-org/api/issues/7\">view it on GitHub</a></p>";
  return m;
}

TEST(PlatformRelayedLureTest, LinkBorrowingThePlatformsNameIsTheStrangersLure) {
  TestMail m = IssueComment("[example-org/api] Security Vulnerability Detected (Issue #7)",
                            "<p>Contact us at <a href=\"https://github-scanner.example/report\">our report</a>.</p>");
  const std::vector<Signal> signals = RunDetector(Platform(), m.Build());  // outlives `s`
  const Signal* s = FindSignal(signals, "sender.platform_relayed_lure");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->sign, Sign::kSenderMismatch);
  EXPECT_EQ(s->weight, 25);
  EXPECT_NE(s->explanation_en.find("github-scanner.example"), std::string::npos);
  EXPECT_NE(s->explanation_fr.find("emprunte"), std::string::npos);
}

TEST(PlatformRelayedLureTest, RewardHeadlineInAFormNotification) {
  TestMail m;
  m.from = "Typeform Notifications <notifications@typeform.com>";
  m.subject = "Your score has been released: +$349";
  m.headers = {testing::AuthenticationPass("typeform.com")};
  m.text = "Thanks for completing this typeform.";
  const std::vector<Signal> signals = RunDetector(Platform(), m.Build());  // outlives `s`
  const Signal* s = FindSignal(signals, "sender.platform_relayed_lure");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->weight, 12);  // only the headline: the form links nowhere else
  EXPECT_NE(s->explanation_en.find("+$349"), std::string::npos);
}

TEST(PlatformRelayedLureTest, RewardWordingSendingTheReaderOffThePlatform) {
  TestMail m;
  m.from = "Wallet Team <support@acme-example.zendesk.com>";
  m.subject = "Ticket #4411";
  m.headers = {testing::AuthenticationPass("zendesk.com")};
  m.text = "Congratulations! You have been selected to claim your reward: https://reward-portal.example/claim";
  const std::vector<Signal> signals = RunDetector(Platform(), m.Build());  // outlives `s`
  const Signal* s = FindSignal(signals, "sender.platform_relayed_lure");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->weight, 25);
}

TEST(PlatformRelayedLureTest, GenuineIssueCommentLinkingDocumentationIsClean) {
  TestMail m = IssueComment(
      "Re: [example-org/api] Webhook retries fail after token rotation (Issue #7)",
      "<p>See <a href=\"https://docs.github.com/en/webhooks\">the webhook docs</a> and "
      "https://www.rfc-editor.org/rfc/rfc2104 for the signature scheme.</p>");
  EXPECT_FALSE(HasSignal(RunDetector(Platform(), m.Build()), "sender.platform_relayed_lure"));
}

TEST(PlatformRelayedLureTest, ProjectDiscussingRewardsOnThePlatformIsClean) {
  // A wallet project's issue: the words of the trade, no headline, no link away.
  TestMail m = IssueComment("[example-org/wallet] Button stays disabled (Issue #88)",
                            "<p>After I connect your wallet the gift cards page is empty.</p>");
  EXPECT_FALSE(HasSignal(RunDetector(Platform(), m.Build()), "sender.platform_relayed_lure"));
}

TEST(PlatformRelayedLureTest, GenuineReceiptWithAPriceIsClean) {
  TestMail m;
  m.from = "Typeform Notifications <notifications@typeform.com>";
  m.subject = "Thanks for registering: Riverside 10K";
  m.headers = {testing::AuthenticationPass("typeform.com")};
  m.text = "Entry fee: $35.00 (paid). Course map: https://riverside-runners.example/10k";
  EXPECT_FALSE(HasSignal(RunDetector(Platform(), m.Build()), "sender.platform_relayed_lure"));
}

TEST(PlatformRelayedLureTest, UnauthenticatedOrOtherSendersAreNotPlatformNotifications) {
  TestMail forged = IssueComment("Security alert", "<p>See https://github-scanner.example/report</p>");
  forged.headers = {"Authentication-Results: mx.example-corp.com; spf=fail smtp.mailfrom=github.com; dmarc=fail "
                    "header.from=github.com"};
  EXPECT_FALSE(HasSignal(RunDetector(Platform(), forged.Build()), "sender.platform_relayed_lure"));
  TestMail shop;
  shop.from = "Shop <news@shop-example.com>";
  shop.subject = "Win big: +$500";
  shop.headers = {testing::AuthenticationPass("shop-example.com")};
  shop.text = "Our sale.";
  EXPECT_FALSE(HasSignal(RunDetector(Platform(), shop.Build()), "sender.platform_relayed_lure"));
}

}  // namespace
}  // namespace phishscan
