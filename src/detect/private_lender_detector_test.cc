#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "detect/detector.h"
#include "detect/detector_test_support.h"
#include "detect/test_mail.h"

namespace phishscan {
namespace {

using testing::Describe;
using testing::EvidenceValue;
using testing::FindSignal;
using testing::HasSignal;
using testing::RunDetector;
using testing::TestMail;

const Detector& PrivateLender() {
  static const std::unique_ptr<Detector> d = MakePrivateLenderDetector();
  return *d;
}

TEST(PrivateLenderTest, LoanOfferFromAFreeMailboxToHiddenRecipients) {
  TestMail m;
  m.from = "Helen Brook <helenbrook.finance77@gmail.com>";
  m.to = "undisclosed-recipients:;";
  m.subject = "Good news";
  m.text = "Dear friend, we give business loans with a repayment of 2 to 10 years at 3% interest. "
           "Get back to me for details.";
  const std::vector<Signal> signals = RunDetector(PrivateLender(), m.Build());
  const Signal* s = FindSignal(signals, "sender.private_lender");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(s->sign, Sign::kSenderMismatch);
  EXPECT_EQ(s->weight, 18);
  EXPECT_EQ(EvidenceValue(*s, "lender address"), "helenbrook.finance77@gmail.com");
  EXPECT_EQ(EvidenceValue(*s, "recipients"), "hidden");
  EXPECT_NE(s->explanation_en.find("own domain"), std::string::npos) << s->explanation_en;
  EXPECT_NE(s->explanation_fr.find("propre domaine"), std::string::npos) << s->explanation_fr;
}

// A company-looking sender that writes to itself with replies diverted to a
// free mailbox, and offers in other languages answered at a written address.
TEST(PrivateLenderTest, RepliesOrWrittenAddressAtAFreeMailbox) {
  TestMail r;
  r.from = "Finanz Partner <kontakt@metallbau-nord.example>";
  r.to = "kontakt@metallbau-nord.example";
  r.headers.push_back("Reply-To: finanz.partner1960@gmx.de");
  r.text = "Wir bieten Kredite für Privatpersonen und Firmen zu einem Zinssatz von 2 %.";
  const std::vector<Signal> signals = RunDetector(PrivateLender(), r.Build());
  const Signal* s = FindSignal(signals, "sender.private_lender");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(EvidenceValue(*s, "lender address"), "finanz.partner1960@gmx.de");

  const char* const kWritten[] = {
      "Offrons des prêts entre particuliers à un taux d'intérêt de 2 %. Écrivez à credit.sofia@outlook.fr.",
      "Oferecemos empréstimos pessoais, taxa de juros de 2%. Contato: credito.movel@gmail.com",
      "Ofrecemos préstamos personales con una tasa de interés del 2%. Escriba a prestamos.luz@hotmail.com",
      "Wij bieden leningen aan tegen een rentevoet van 2%. Mail naar lening.snel@outlook.com",
      "Offriamo prestiti personali, tasso di interesse del 2%. Scrivete a prestiti.ok@libero.it",
  };
  for (const char* text : kWritten) {
    TestMail m;
    m.from = "Office <office@hijacked-school.example>";
    m.to = "undisclosed-recipients:;";
    m.text = text;
    EXPECT_TRUE(HasSignal(RunDetector(PrivateLender(), m.Build()), "sender.private_lender")) << text;
  }
}

// A bank's own loan offer to its customer, from its domain with its site
// linked, and a friend mentioning a rate from gmail to one person: no
// private lender.
TEST(PrivateLenderTest, BankOfferAndAFriendsRemarkStayQuiet) {
  TestMail bank;
  bank.from = "Nordbank <angebote@nordbank.example>";
  bank.to = "kunde@example.net";
  bank.subject = "Ihr persönliches Kreditangebot";
  bank.text = "Als Kunde erhalten Sie einen Privatkredit zu einem Zinssatz von 4,9 %. Details in Ihrem Online-Banking.";
  EXPECT_FALSE(HasSignal(RunDetector(PrivateLender(), bank.Build()), "sender.private_lender"));

  TestMail friend_mail;
  friend_mail.from = "Tom <tom.becker.home@gmail.com>";
  friend_mail.to = "anna.schmidt@example.net";
  friend_mail.subject = "Flat";
  friend_mail.text = "We finally signed! The mortgage is at 3% interest, so we can afford the bigger kitchen.";
  EXPECT_FALSE(HasSignal(RunDetector(PrivateLender(), friend_mail.Build()), "sender.private_lender"));
}

TEST(PrivateLenderTest, MailingListDiscussionStaysQuiet) {
  TestMail m;
  m.from = "Sam <sam.r@gmail.com>";
  m.to = "finance-talk@lists.example.org";
  m.headers.push_back("List-Id: <finance-talk.lists.example.org>");
  m.subject = "Personal loan offers at 3% interest?";
  m.text = "Has anyone seen personal loans at 3% interest lately? My bank quotes 6%.";
  EXPECT_FALSE(HasSignal(RunDetector(PrivateLender(), m.Build()), "sender.private_lender"));
}

}  // namespace
}  // namespace phishscan
