#include <gtest/gtest.h>

#include <memory>
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

const Detector& BounceDomain() {
  static const std::unique_ptr<Detector> d = MakeBounceDomainDetector();
  return *d;
}

std::vector<Signal> ScanWithReturnPath(const std::string& return_path, Envelope envelope = {}) {
  TestMail m;
  m.from = "Energy Savings <offers@savings-relay.example>";
  m.subject = "Cut your bill";
  if (!return_path.empty()) m.headers = {"Return-Path: " + return_path};
  m.html = "<p><a href=\"https://check.savings-relay.example/r\">Check now</a></p>";
  return RunDetector(BounceDomain(), m.Build(), std::move(envelope));
}

TEST(BounceDomainDetectorTest, RandomlyCasedBounceHosts) {
  for (const char* rp : {"<bounces-41-7730@XpQrTwzLmVbK7sNd.relay-hub.example>",
                         "<returnTb7Lq@mWkRZeQ4.relay-hub.example>", "<x@HjWqPz82VbrTnA.example>"}) {
    std::vector<Signal> s = ScanWithReturnPath(rp);
    const Signal* sig = FindSignal(s, "structure.random_bounce_domain");
    ASSERT_NE(sig, nullptr) << rp;
    EXPECT_EQ(sig->sign, Sign::kStructure);
    EXPECT_FALSE(EvidenceValue(*sig, "random").empty());
    EXPECT_FALSE(sig->explanation_fr.empty());
  }
}

TEST(BounceDomainDetectorTest, TheMilterEnvelopeIsReadAsWritten) {
  Envelope env;
  env.mail_from = "b-7@VbQnRxjK.hTpqWmz.example";
  env.rcpt_to = {"bob@example-corp.com"};
  EXPECT_NE(FindSignal(ScanWithReturnPath("", env), "structure.random_bounce_domain"), nullptr);
}

TEST(BounceDomainDetectorTest, OrdinaryBounceAddressesAreQuiet) {
  // Mailing services put random tokens in the local part, never in the
  // domain's case; some companies write their domain in their own capitals.
  for (const char* rp : {"<bounce+3f9c1a.Kx7QdPz2=lena=example.org@mg.konzertkasse-nord.example>",
                         "<msprvs1=20112aBcDeF=bounces-81234-77@mail.fietsenwinkel.example>",
                         "<0100018c3f9aAbCdEf-1@amazonses.example>", "<billing@NorthwindTraders.example>",
                         "<bounce@BOUNCE.NEWS.EXAMPLE>", "<bounce-mc.us5_1234.5678-x=y.example@mail78.suw11.mcdlv.example>",
                         "<>"}) {
    EXPECT_EQ(FindSignal(ScanWithReturnPath(rp), "structure.random_bounce_domain"), nullptr) << rp;
  }
}

}  // namespace
}  // namespace phishscan
