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

const Detector& Sharer() {
  static const std::unique_ptr<Detector> d = MakeDisposableSharerDetector();
  return *d;
}

TestMail DriveShare(const std::string& display_name, const std::string& sharer, const std::string& title) {
  TestMail m;
  m.from = "\"" + display_name + "\" <drive-shares-dm-noreply@google.com>";
  m.headers = {testing::AuthenticationPass("google.com"), "Reply-To: " + sharer};
  m.subject = title;
  m.html = "<p>" + sharer + " has shared the following document:</p><p><a href=\"https://docs.google.com/document/d/"
           "1xYz/edit\">" + title + "</a></p>";
  return m;
}

TEST(DisposableSharerTest, ShareFromACheapTopLevelDomainInEveryLanguage) {
  for (const char* name : {"Dana Holt (via Google Slides)", "Dana Holt (über Google Präsentationen)",
                           "Dana Holt (tramite Presentazioni Google)", "Dana Holt (a través de Presentaciones de Google)",
                           "Dana Holt (via Apresentações Google)", "Dana Holt (via Google Presentaties)"}) {
    const TestMail m = DriveShare(name, "dana@mail.payout-desk.top", "Your payment remittance");
    const std::vector<Signal> signals = RunDetector(Sharer(), m.Build());
    const Signal* s = FindSignal(signals, "sender.disposable_sharer");
    ASSERT_NE(s, nullptr) << name;
    EXPECT_EQ(s->sign, Sign::kSenderMismatch);
    EXPECT_EQ(s->weight, 30);
    EXPECT_NE(s->explanation_en.find("dana@mail.payout-desk.top"), std::string::npos);
    EXPECT_NE(s->explanation_fr.find("inconnu"), std::string::npos);
  }
}

TEST(DisposableSharerTest, MachineDrawnDomain) {
  const TestMail m = DriveShare("Dana Holt (via Google Docs)", "dana@xkqzvtrwp.com", "Invoice 0412");
  EXPECT_TRUE(HasSignal(RunDetector(Sharer(), m.Build()), "sender.disposable_sharer"));
}

TEST(DisposableSharerTest, ColleaguesCustomersAndFreemailAreNot) {
  for (const char* sharer : {"priya.raman@northwind-trading.com", "lena.hoffmann@northlight-films.de",
                             "marco.rossi@gmail.com", "jan.devries@outlook.com"}) {
    const TestMail m = DriveShare("Someone (via Google Sheets)", sharer, "Q3 budget.xlsx");
    EXPECT_FALSE(HasSignal(RunDetector(Sharer(), m.Build()), "sender.disposable_sharer")) << sharer;
  }
}

TEST(DisposableSharerTest, OnlyAuthenticatedShareNotificationsOfPlatforms) {
  TestMail forged = DriveShare("Dana Holt (via Google Slides)", "dana@mail.payout-desk.top", "Remittance");
  forged.headers = {"Authentication-Results: mx.example-corp.com; spf=fail smtp.mailfrom=google.com; dmarc=fail "
                    "header.from=google.com",
                    "Reply-To: dana@mail.payout-desk.top"};
  EXPECT_FALSE(HasSignal(RunDetector(Sharer(), forged.Build()), "sender.disposable_sharer"));

  TestMail shop;  // a shop's own newsletter answering to its helpdesk elsewhere is not a share
  shop.from = "Garden Shop <news@garden-shop.example>";
  shop.headers = {testing::AuthenticationPass("garden-shop.example"), "Reply-To: help@garden-shop.top"};
  shop.subject = "Spring sale";
  shop.text = "Our spring sale starts today.";
  EXPECT_FALSE(HasSignal(RunDetector(Sharer(), shop.Build()), "sender.disposable_sharer"));

  TestMail comment;  // a platform notification that is not a share
  comment.from = "someone <notifications@github.com>";
  comment.headers = {testing::AuthenticationPass("github.com"), "Reply-To: someone@mail.payout-desk.top"};
  comment.subject = "[example-org/api] Fix parser (PR #12)";
  comment.text = "LGTM, merging.";
  EXPECT_FALSE(HasSignal(RunDetector(Sharer(), comment.Build()), "sender.disposable_sharer"));
}

}  // namespace
}  // namespace phishscan
