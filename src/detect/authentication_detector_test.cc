#include <gtest/gtest.h>

#include <string>

#include "detect/detector.h"
#include "detect/detector_test_support.h"
#include "detect/test_mail.h"

namespace phishscan {
namespace {

using testing::FindSignal;
using testing::HasSignal;
using testing::ReadFileOrEmpty;
using testing::RunDetector;
using testing::TestMail;

const Detector& Auth() {
  static const std::unique_ptr<Detector> d = MakeAuthenticationDetector();
  return *d;
}

std::vector<Signal> WithHeaders(std::vector<std::string> headers, std::string from = "PayPal <service@paypal.com>") {
  TestMail m;
  m.from = std::move(from);
  m.headers = std::move(headers);
  m.text = "Hello.";
  return RunDetector(Auth(), m.Build());
}

TEST(AuthenticationTest, DmarcFailWithRejectPolicyIsStrongest) {
  std::vector<Signal> signals = WithHeaders(
      {"Authentication-Results: mx.example-corp.com; spf=fail smtp.mailfrom=paypal.com; dkim=none; "
       "dmarc=fail (p=REJECT sp=REJECT dis=NONE) header.from=paypal.com"});
  const Signal* dmarc = FindSignal(signals, "auth.dmarc_fail");
  ASSERT_NE(dmarc, nullptr);
  EXPECT_EQ(dmarc->weight, 28);
  EXPECT_EQ(dmarc->sign, Sign::kAuthentication);
  EXPECT_NE(dmarc->explanation_en.find("paypal.com"), std::string::npos);
  EXPECT_NE(dmarc->explanation_fr.find("rejetés"), std::string::npos);
  EXPECT_TRUE(HasSignal(signals, "auth.spf_fail"));
}

TEST(AuthenticationTest, BrandAddressFailingDmarcIsForged) {
  std::vector<Signal> signals = WithHeaders(
      {"Authentication-Results: mx.example-corp.com; spf=fail smtp.mailfrom=mailer.example.net; dkim=none; "
       "dmarc=fail header.from=microsoft.com"},
      "Microsoft account team <no-reply@microsoft.com>");
  const Signal* forged = FindSignal(signals, "auth.brand_address_forged");
  ASSERT_NE(forged, nullptr);
  EXPECT_EQ(forged->sign, Sign::kSenderMismatch);
  EXPECT_NE(forged->explanation_en.find("Microsoft"), std::string::npos);
  EXPECT_NE(forged->explanation_fr.find("usurpée"), std::string::npos);
}

TEST(AuthenticationTest, UnknownDomainFailingDmarcIsNotABrandForgery) {
  std::vector<Signal> signals = WithHeaders(
      {"Authentication-Results: mx.example-corp.com; dmarc=fail header.from=example-shop.net"},
      "Example Shop <news@example-shop.net>");
  EXPECT_TRUE(HasSignal(signals, "auth.dmarc_fail"));
  EXPECT_FALSE(HasSignal(signals, "auth.brand_address_forged"));
}

TEST(AuthenticationTest, BrandAddressPassingDmarcSaysNothing) {
  std::vector<Signal> signals = WithHeaders(
      {"Authentication-Results: mx.example-corp.com; spf=pass smtp.mailfrom=microsoft.com; "
       "dkim=pass header.d=microsoft.com; dmarc=pass header.from=microsoft.com"},
      "Microsoft account team <no-reply@microsoft.com>");
  EXPECT_FALSE(HasSignal(signals, "auth.brand_address_forged"));
}

TEST(AuthenticationTest, DmarcFailWithoutPolicyIsWeaker) {
  std::vector<Signal> signals = WithHeaders(
      {"Authentication-Results: mx.example-corp.com; spf=pass smtp.mailfrom=bounce.example.net; "
       "dkim=pass header.d=example.net; dmarc=fail header.from=paypal.com"});
  const Signal* dmarc = FindSignal(signals, "auth.dmarc_fail");
  ASSERT_NE(dmarc, nullptr);
  EXPECT_EQ(dmarc->weight, 20);
  EXPECT_FALSE(HasSignal(signals, "auth.spf_fail"));
  EXPECT_TRUE(HasSignal(signals, "auth.dkim_unaligned"));
}

TEST(AuthenticationTest, SoftfailAndDkimFail) {
  std::vector<Signal> signals = WithHeaders(
      {"Authentication-Results: mx.example-corp.com; spf=softfail smtp.mailfrom=example.net; "
       "dkim=fail (bad signature) header.d=example.net; dmarc=none"},
      "Example <info@example.net>");
  const Signal* spf = FindSignal(signals, "auth.spf_softfail");
  ASSERT_NE(spf, nullptr);
  EXPECT_EQ(spf->weight, 8);
  EXPECT_TRUE(HasSignal(signals, "auth.dkim_fail"));
  EXPECT_FALSE(HasSignal(signals, "auth.none"));
}

TEST(AuthenticationTest, NoneEverywhereIsWeak) {
  std::vector<Signal> signals = WithHeaders(
      {"Authentication-Results: mx.example-corp.com; spf=none smtp.mailfrom=example.net; dkim=none; dmarc=none"},
      "Example <info@example.net>");
  ASSERT_EQ(signals.size(), 1u);
  EXPECT_EQ(signals[0].id, "auth.none");
  EXPECT_LE(signals[0].weight, 5);
}

TEST(AuthenticationTest, PassesAndMissingHeadersSayNothing) {
  EXPECT_TRUE(WithHeaders({"Authentication-Results: mx.example-corp.com; spf=pass smtp.mailfrom=paypal.com; "
                           "dkim=pass header.d=paypal.com; dmarc=pass header.from=paypal.com"})
                  .empty());
  EXPECT_TRUE(WithHeaders({}).empty());
}

TEST(AuthenticationTest, OnlyTheTopmostHeaderIsTrusted) {
  // The receiving server's own result is on top; a forged "pass" lower down
  // must not hide the failure, and a forged "fail" lower down must not count.
  std::vector<Signal> forged_pass = WithHeaders(
      {"Authentication-Results: mx.example-corp.com; spf=fail smtp.mailfrom=paypal.com; dkim=none; "
       "dmarc=fail header.from=paypal.com",
       "Authentication-Results: mx.example-corp.com; spf=pass; dkim=pass header.d=paypal.com; dmarc=pass"});
  EXPECT_TRUE(HasSignal(forged_pass, "auth.dmarc_fail"));
  std::vector<Signal> forged_fail = WithHeaders(
      {"Authentication-Results: mx.example-corp.com; spf=pass smtp.mailfrom=paypal.com; dkim=pass "
       "header.d=paypal.com; dmarc=pass header.from=paypal.com",
       "Authentication-Results: other.example; spf=fail; dkim=fail; dmarc=fail"});
  EXPECT_TRUE(forged_fail.empty());
}

TEST(AuthenticationTest, SamplesBehave) {
  std::string lure = ReadFileOrEmpty(PHISHSCAN_SOURCE_DIR "/examples/imap-auth-lure.eml");
  ASSERT_FALSE(lure.empty());
  std::vector<Signal> signals = RunDetector(Auth(), lure);
  EXPECT_TRUE(HasSignal(signals, "auth.spf_softfail"));
  std::string reset = ReadFileOrEmpty(PHISHSCAN_SOURCE_DIR "/examples/password-reset.eml");
  EXPECT_TRUE(RunDetector(Auth(), reset).empty());
  std::string newsletter = ReadFileOrEmpty(PHISHSCAN_SOURCE_DIR "/examples/newsletter.eml");
  EXPECT_TRUE(RunDetector(Auth(), newsletter).empty());
}

}  // namespace
}  // namespace phishscan
