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

const Detector& PrivateReply() {
  static const std::unique_ptr<Detector> d = MakePrivateReplyDetector();
  return *d;
}

TEST(PrivateReplyTest, RomanceOpenerAsksForAnswersAtAnotherMailbox) {
  TestMail m;
  m.from = "Mira <mira@hijacked-shop.example>";
  m.subject = "Good day! Let's talk";
  m.text = "I am 32 years old woman from Almaty and I am seeking a kind man. "
           "It's my e-mail for response: mira.k1993@gmail.com and I will send you my photo.";
  const std::vector<Signal> signals = RunDetector(PrivateReply(), m.Build());
  const Signal* s = FindSignal(signals, "sender.private_reply_address");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->sign, Sign::kSenderMismatch);
  EXPECT_EQ(s->weight, 20);
  EXPECT_EQ(EvidenceValue(*s, "private address"), "mira.k1993@gmail.com");
  EXPECT_EQ(EvidenceValue(*s, "from"), "mira@hijacked-shop.example");
  EXPECT_NE(s->explanation_fr.find("boîte privée"), std::string::npos);
}

TEST(PrivateReplyTest, AdvanceFeeAndOtherLanguages) {
  const struct {
    const char* text;
    const char* address;
  } cases[] = {
      {"Kindly reply to my private email (barrister.okafor@outlook.com) for the claim.", "barrister.okafor@outlook.com"},
      {"Pour plus de détails, écrivez-moi à jean.morel.fondation@gmail.com sans tarder.",
       "jean.morel.fondation@gmail.com"},
      {"Bitte schreiben Sie mir an h.keller.stiftung@gmx.de, ich erkläre alles.", "h.keller.stiftung@gmx.de"},
      {"Por favor, escríbeme a sofia.ruiz.fondo@hotmail.com para continuar.", "sofia.ruiz.fondo@hotmail.com"},
      {"Por favor, me responda no meu e-mail particular: ana.herdeira@gmail.com", "ana.herdeira@gmail.com"},
      {"Schrijf me op lisa.vandijk77@outlook.com voor de details.", "lisa.vandijk77@outlook.com"},
      {"Per favore scrivimi a giulia.fondi@yahoo.com al più presto.", "giulia.fondi@yahoo.com"},
  };
  for (const auto& c : cases) {
    TestMail m;
    m.from = "Office <office@partner-firm.example>";
    m.text = c.text;
    const std::vector<Signal> signals = RunDetector(PrivateReply(), m.Build());
    const Signal* s = FindSignal(signals, "sender.private_reply_address");
    ASSERT_NE(s, nullptr) << c.text;
    EXPECT_EQ(EvidenceValue(*s, "private address"), c.address) << c.text;
  }
}

TEST(PrivateReplyTest, CompanyAddressOrTheSendersOwnIsNotPrivate) {
  TestMail m;
  m.from = "Anna Berg <anna.berg77@gmail.com>";
  m.text = "Write me at anna.berg77@gmail.com or contact me at anna@berg-design.example for the quote.";
  EXPECT_EQ(FindSignal(RunDetector(PrivateReply(), m.Build()), "sender.private_reply_address"), nullptr);
}

TEST(PrivateReplyTest, AThirdPersonsAddressIsNotARequestToWriteToTheSender) {
  TestMail m;
  m.from = "Media Digest <editor@media-digest.example>";
  m.text = "Classifieds: a flat to rent in Lyon. Contact Erik for details at erik.lyon@yahoo.com.";
  EXPECT_EQ(FindSignal(RunDetector(PrivateReply(), m.Build()), "sender.private_reply_address"), nullptr);
}

TEST(PrivateReplyTest, MailingListPostsAndReplyToAreLeftToOtherChecks) {
  TestMail m;
  m.from = "Tom Ruiz <tom.ruiz@university.example>";
  m.headers.push_back("List-Id: <radio-users.lists.example>");
  m.text = "I am moving next month; email me at tom.ruiz.sdr@gmail.com if you want the old boards.";
  EXPECT_EQ(FindSignal(RunDetector(PrivateReply(), m.Build()), "sender.private_reply_address"), nullptr);

  TestMail r;
  r.from = "Office <office@partner-firm.example>";
  r.headers.push_back("Reply-To: barrister.okafor@outlook.com");
  r.text = "Kindly reply to my private email barrister.okafor@outlook.com for the claim.";
  EXPECT_EQ(FindSignal(RunDetector(PrivateReply(), r.Build()), "sender.private_reply_address"), nullptr);
}

TEST(PrivateReplyTest, AColleagueLeavingGivesAPersonalAddress) {
  TestMail m;
  m.from = "Priya Nair <priya.nair@northwind-labs.de>";
  m.to = "tom.becker@northwind-labs.de";
  m.headers.push_back(
      "Authentication-Results: mx.northwind-labs.de; dkim=pass header.d=northwind-labs.de; "
      "dmarc=pass header.from=northwind-labs.de");
  m.text = "My work account closes on Friday; write me at priya.nair.home@gmail.com if the bench acts up.";
  EXPECT_EQ(FindSignal(RunDetector(PrivateReply(), m.Build()), "sender.private_reply_address"), nullptr);
  // The same words from outside the organisation are a stranger's request.
  m.to = "tom.becker@other-company.de";
  EXPECT_NE(FindSignal(RunDetector(PrivateReply(), m.Build()), "sender.private_reply_address"), nullptr);
}

TEST(PrivateReplyTest, AnAddressFarFromTheRequestIsNotItsAnswer) {
  TestMail m;
  m.from = "Shop <orders@shop.example>";
  m.text = "Write me a review of your order! We read every one of them and answer within two days. "
           "Questions about delivery go to our partner courier, whose desk is at courier.desk@gmail.com.";
  EXPECT_EQ(FindSignal(RunDetector(PrivateReply(), m.Build()), "sender.private_reply_address"), nullptr);
}

}  // namespace
}  // namespace phishscan
