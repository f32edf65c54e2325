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

const Detector& GeneratedMessageId() {
  static const std::unique_ptr<Detector> d = MakeGeneratedMessageIdDetector();
  return *d;
}

std::vector<Signal> ScanWithId(const std::string& message_id, const std::string& from = "News <news@mail.shop.example>",
                               const std::string& return_path = "") {
  TestMail m;
  m.from = from;
  m.subject = "Our autumn selection";
  m.headers = {"Message-ID: " + message_id};
  if (!return_path.empty()) m.headers.push_back("Return-Path: " + return_path);
  m.html = "<p><a href=\"https://www.shop.example/autumn\">See the selection</a></p>";
  return RunDetector(GeneratedMessageId(), m.Build());
}

TEST(GeneratedMessageIdDetectorTest, HostsMadeUpForTheMailing) {
  const std::string overlong(70, 'x');
  for (const std::string& id :
       std::vector<std::string>{"<hqdxlwe.rvtkpo.zmcb@vqkzbxmj.com>", "<q.7@7KqWmTpz3Lr.chat.assistant.example>",
                                "<Lm7-Qt_ZkPa@k4" + overlong + ".college.example>", "<a1@mWkRZeQ4.relay.example>"}) {
    std::vector<Signal> s = ScanWithId(id, "Gutter Offer <offers@gutter-deal.example>");
    const Signal* sig = FindSignal(s, "structure.generated_message_id");
    ASSERT_NE(sig, nullptr) << id;
    EXPECT_EQ(sig->sign, Sign::kStructure);
    EXPECT_FALSE(EvidenceValue(*sig, "generated").empty());
    EXPECT_FALSE(EvidenceValue(*sig, "why").empty());
    EXPECT_NE(sig->explanation_en.find("Message-ID"), std::string::npos);
    EXPECT_NE(sig->explanation_fr.find("Message-ID"), std::string::npos);
  }
}

TEST(GeneratedMessageIdDetectorTest, TellsWhyTheHostIsGenerated) {
  const Signal* sig = nullptr;
  std::vector<Signal> s = ScanWithId("<ognk.jbdw@wzkrtvqpbnhdxl.example>");
  ASSERT_NE(sig = FindSignal(s, "structure.generated_message_id"), nullptr);
  EXPECT_EQ(EvidenceValue(*sig, "why"), "a domain of random letters unrelated to the sender");
  s = ScanWithId("<q.7@7KqWmTpz3Lr.relay.example>");
  ASSERT_NE(sig = FindSignal(s, "structure.generated_message_id"), nullptr);
  EXPECT_EQ(EvidenceValue(*sig, "why"), "letters in random case");
  s = ScanWithId("<hqdxlwe.rvtkpo.zmcb@garden-mailer.example>");
  ASSERT_NE(sig = FindSignal(s, "structure.generated_message_id"), nullptr);
  EXPECT_EQ(EvidenceValue(*sig, "why"), "an identifier of random letters only, at a host unrelated to the sender");
  EXPECT_EQ(EvidenceValue(*sig, "generated"), "hqdxlwe.rvtkpo.zmcb");
}

TEST(GeneratedMessageIdDetectorTest, LettersOnlyIdsOfMailSoftwareAreQuiet) {
  // Words, base64 with its "-" and "_", and ids on the sender's own domain.
  for (const char* id : {"<newsletter.weekly@news-partner.example>",
                         "<CAJnQkLxPzVTwqRmBYcHsKdFgNeUaoWbTr-xQ_w@mail.gmail.com>", "<abc.def@garden-mailer.example>"})
    EXPECT_EQ(FindSignal(ScanWithId(id), "structure.generated_message_id"), nullptr) << id;
  EXPECT_EQ(FindSignal(ScanWithId("<hqdxlwe.rvtkpo.zmcb@mail.shop.example>"), "structure.generated_message_id"),
            nullptr);
}

TEST(GeneratedMessageIdDetectorTest, ShortTokensThatDrewNoDigitAreQuiet) {
  // A mailing service's base64 or base32 token sometimes holds no digit by
  // chance; short, undivided or in mixed case, it is not a generator's word list.
  for (const char* id : {"<QEQBgLxHFe@esp-relay.example>", "<abcDEFghi.mnopQ@esp-relay.example>",
                         "<KXWQZRTPLMVBNH@bounce.esp-relay.example>",
                         "<wpfSFzdWrcMVFgyouWqnTiEMy@esp-relay.example>"})
    EXPECT_EQ(FindSignal(ScanWithId(id), "structure.generated_message_id"), nullptr) << id;
  // Long runs are another matter: 20 letters in one case, 32 in mixed case.
  for (const char* id : {"<KGXUXPQLJAVNXPDFOPFRDFQHP@esp-relay.example>",
                         "<wpfSFzdWrcMVFgyouWqnTiEMygillhoOybkqvDLFSm@esp-relay.example>"})
    EXPECT_NE(FindSignal(ScanWithId(id), "structure.generated_message_id"), nullptr) << id;
}

TEST(GeneratedMessageIdDetectorTest, OrdinaryIdentifiersAreQuiet) {
  // Mail programs, webmails and mailing services: random tokens on the
  // left, a real host or the sender's domain on the right.
  for (const char* id : {"<CAF=Yq8vJxK3mPzR-t7Lw@mail.gmail.com>",
                         "<SJ0PR13MB5867F1A2B3C4D5E6F7A8B9C0D1E2@SJ0PR13MB5867.namprd13.prod.outlook.com>",
                         "<0100018c3f9aabcdef-1c2d3e4f-000000@email.amazonses.com>",
                         "<20251120100500.7731@news.fromagerie-dubois.example>",
                         "<7a2b9c.4f1e@mta12.xt.local>", "<000f01d9a2c4$7b3e5a10$71bb0f30@DESKTOP-7QK2B1M>",
                         "<1732001234.4821.3.camel@localhost.localdomain>", "<abc@MacBook-Pro-de-Jean.local>",
                         "<1187342.1732001234567.JavaMail.app@mailer-node3>", "<x@[192.0.2.7]>",
                         "<ticket-4412.reply@helpdesk.smtpcorp.example>", "", "<no-at-sign>", "<a@>",
                         "<a@.>"}) {
    EXPECT_EQ(FindSignal(ScanWithId(id), "structure.generated_message_id"), nullptr) << id;
  }
}

TEST(GeneratedMessageIdDetectorTest, TheSendersOwnDomainsAreLeftToTheAddressDetectors) {
  // A random-looking registered name that the From or the bounce address
  // also uses is a mailing service's or the sender's own: the address
  // detectors judge it.
  EXPECT_EQ(FindSignal(ScanWithId("<k1.b2@mail.qwxzvbkt.example>", "Alerts <alerts@qwxzvbkt.example>"),
                       "structure.generated_message_id"),
            nullptr);
  EXPECT_EQ(FindSignal(ScanWithId("<k1.b2@out.qwxzvbkt.example>", "Shop <news@shop.example>",
                                  "<bounce-77@bnc.qwxzvbkt.example>"),
                       "structure.generated_message_id"),
            nullptr);
}

TEST(GeneratedMessageIdDetectorTest, HostileIdsAreReadWithinBounds) {
  // Every byte is the sender's: ids without brackets or hosts, many "@",
  // non-ASCII hosts and ids far longer than a header line.
  for (const std::string& id :
       std::vector<std::string>{"<<<@@@>>>", "@", "<x@b\xC3\xBC" "cher.example>", "<x@" + std::string(100000, 'a') + ">",
                                std::string(5000, '@') + "x.example", "<x@...>"}) {
    ScanWithId(id);  // must not crash or hang; any verdict is acceptable
  }
  const std::string long_label = "<x@" + std::string(80, 'q') + ".example>";
  EXPECT_NE(FindSignal(ScanWithId(long_label), "structure.generated_message_id"), nullptr);
}

}  // namespace
}  // namespace phishscan
