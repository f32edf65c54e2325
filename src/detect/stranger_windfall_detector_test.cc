#include <gtest/gtest.h>

#include <string>

#include "detect/detector.h"
#include "detect/detector_test_support.h"
#include "detect/test_mail.h"

namespace phishscan {
namespace {

using testing::Describe;
using testing::FindSignal;
using testing::HasSignal;
using testing::RunDetector;
using testing::TestMail;

const Detector& Windfall() {
  static const std::unique_ptr<Detector> d = MakeStrangerWindfallDetector();
  return *d;
}

bool HasEvidence(const Signal& s, std::string_view key) {
  for (const auto& [k, v] : s.evidence)
    if (k == key) return true;
  return false;
}

TEST(StrangerWindfallTest, ConsignmentWithReplyToElsewhere) {
  TestMail m;
  m.from = "Security Clearing Unit <desk@clearing-unit.example>";
  m.headers.push_back("Reply-To: clearing.desk@outlook.com");
  m.subject = "Your consignment";
  m.text = "A consignment box worth $1,500,000.00 was left for you by our late client. Contact us to release it.";
  std::vector<Signal> signals = RunDetector(Windfall(), m.Build());
  const Signal* s = FindSignal(signals, "sender.stranger_windfall");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(s->sign, Sign::kSenderMismatch);
  EXPECT_TRUE(HasEvidence(*s, "reply-to"));
  EXPECT_TRUE(HasEvidence(*s, "sum"));
  EXPECT_NE(s->explanation_en.find("clearing.desk@outlook.com"), std::string::npos) << s->explanation_en;
  EXPECT_NE(s->explanation_fr.find("clearing.desk@outlook.com"), std::string::npos) << s->explanation_fr;
}

// A fake balance to withdraw, from a free mailbox, whose "instructions"
// sit on a file share: the share is the third element. The same story with
// a link to an ordinary site lacks it.
TEST(StrangerWindfallTest, FakeBalanceLinkingToAFileShare) {
  TestMail m;
  m.from = "Nadia <kessler.nadia88@gmail.com>";
  m.to = "reader@example.net";
  m.subject = "Notice";
  m.html = "<p>Your balance has been replenished +29,738$.</p>"
           "<a href=\"https://drive.google.com/file/d/1abc/view\">Instructions</a>";
  std::vector<Signal> a = RunDetector(Windfall(), m.Build());
  const Signal* s = FindSignal(a, "sender.stranger_windfall");
  ASSERT_NE(s, nullptr) << Describe(a);
  EXPECT_TRUE(HasEvidence(*s, "link"));

  m.html = "<p>Your balance has been replenished +29,738$.</p>"
           "<a href=\"https://www.example.com/help\">Instructions</a>";
  std::vector<Signal> b = RunDetector(Windfall(), m.Build());
  EXPECT_FALSE(HasSignal(b, "sender.stranger_windfall")) << Describe(b);
}

TEST(StrangerWindfallTest, EstateLawyerOnAFreeMailboxInFrenchAndPortuguese) {
  TestMail fr;
  fr.from = "Maître Laurent <me.laurent.avocat@gmail.com>";
  fr.subject = "Succession";
  fr.text = "Vous êtes désigné bénéficiaire du legs de mon défunt client, un héritage de 4,5 millions d'euros.";
  std::vector<Signal> a = RunDetector(Windfall(), fr.Build());
  EXPECT_TRUE(HasSignal(a, "sender.stranger_windfall")) << Describe(a);

  TestMail pt;
  pt.from = "Sr. Fernandes <advogado.fernandes@hotmail.com>";
  pt.to = "undisclosed-recipients:;";
  pt.subject = "Herança";
  pt.text = "Sou advogado. O senhor é o parente mais próximo do meu falecido cliente: 15,8 milhões de dólares.";
  std::vector<Signal> b = RunDetector(Windfall(), pt.Build());
  const Signal* s = FindSignal(b, "sender.stranger_windfall");
  ASSERT_NE(s, nullptr) << Describe(b);
  EXPECT_GE(s->weight, 22);
}

TEST(StrangerWindfallTest, CompensationContinuedOnWhatsApp) {
  TestMail m;
  m.from = "Compensation Office <office@relief-board.example>";
  m.subject = "Entschädigung";
  m.text = "Ihre Entschädigung von 2.500.000,00 € ist zur Auszahlung freigegeben. "
           "Schreiben Sie uns auf WhatsApp: +44 7700 900123.";
  std::vector<Signal> signals = RunDetector(Windfall(), m.Build());
  const Signal* s = FindSignal(signals, "sender.stranger_windfall");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_TRUE(HasEvidence(*s, "messaging"));
}

TEST(StrangerWindfallTest, PrivateAddressInTheText) {
  TestMail m;
  m.from = "Lottery Board <board@lotto-board.example>";
  m.subject = "Winning notification";
  m.text = "Your e-mail address was selected as a winner of the lottery promotion draw: USD 950,000. "
           "Contact our claims agent at claims.agent.desk@yahoo.com.";
  std::vector<Signal> signals = RunDetector(Windfall(), m.Build());
  const Signal* s = FindSignal(signals, "sender.stranger_windfall");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_TRUE(HasEvidence(*s, "private address"));
}

TEST(StrangerWindfallTest, RealNotaryLotteryAndBankStayQuiet) {
  TestMail notary;
  notary.from = "Étude Martin & Associés <contact@etude-martin-notaires.fr>";
  notary.subject = "Succession de M. Jean Dupont";
  notary.text = "Madame, dans le cadre de la succession de M. Jean Dupont, vous êtes bénéficiaire du legs "
                "d'un montant de 120 000 €. Merci de prendre rendez-vous à l'étude avec une pièce d'identité.";
  std::vector<Signal> a = RunDetector(Windfall(), notary.Build());
  EXPECT_TRUE(a.empty()) << Describe(a);

  TestMail lottery;
  lottery.from = "National Lottery <results@national-lottery.example>";
  lottery.subject = "Saturday's results";
  lottery.text = "The jackpot of £4.5 million was won. Lottery draw results: 3 12 19 27 41 55. Check your ticket.";
  std::vector<Signal> b = RunDetector(Windfall(), lottery.Build());
  EXPECT_TRUE(b.empty()) << Describe(b);

  TestMail bank;
  bank.from = "Harbour Bank <service@harbour-bank.example>";
  bank.headers.push_back("Reply-To: service@harbour-bank.example");
  bank.subject = "Your dormant account";
  bank.text = "Your savings account has been inactive for 3 years and is now a dormant account. "
              "Log in to reactivate it.";
  std::vector<Signal> c = RunDetector(Windfall(), bank.Build());
  EXPECT_TRUE(c.empty()) << Describe(c);
}

TEST(StrangerWindfallTest, AFriendOnGmailTalkingAboutAnInheritanceNeedsMore) {
  TestMail m;
  m.from = "Julie Moreau <julie.moreau@gmail.com>";
  m.subject = "Nouvelles";
  m.text = "Coucou, on a enfin réglé l'héritage de mamie chez le notaire. Bises.";
  std::vector<Signal> signals = RunDetector(Windfall(), m.Build());
  EXPECT_TRUE(signals.empty()) << Describe(signals);
}

TEST(StrangerWindfallTest, MailingListQuotingAScamStaysQuiet) {
  TestMail m;
  m.from = "Bob <bob@gmail.com>";
  m.to = "list@lists.example.org";
  m.headers.push_back("List-Id: <list.lists.example.org>");
  m.subject = "Another 419 today";
  m.text = "Got one claiming I am next of kin to a late client with US$12.5 million, reply to barrister@yahoo.com.";
  std::vector<Signal> signals = RunDetector(Windfall(), m.Build());
  EXPECT_TRUE(signals.empty()) << Describe(signals);
}

// A one-line opener from an institution's (hijacked) account, to itself,
// with answers going to a free mailbox: the free mailbox behind another
// sender is an element of its own.
TEST(StrangerWindfallTest, HijackedInstitutionAnsweredAtAFreeMailbox) {
  TestMail m;
  m.from = "Registry Office <clerk@registry.gov.example>";
  m.to = "clerk@registry.gov.example";
  m.headers.push_back("Reply-To: proposal.desk77@gmail.com");
  m.subject = "RE: Project";
  m.text = "I have a noble proposal for you, reply for more details.";
  std::vector<Signal> signals = RunDetector(Windfall(), m.Build());
  const Signal* s = FindSignal(signals, "sender.stranger_windfall");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_TRUE(HasEvidence(*s, "sender"));
  EXPECT_GE(s->weight, 22);
  EXPECT_NE(s->explanation_fr.find("compte piraté"), std::string::npos) << s->explanation_fr;

  TestMail pt;
  pt.from = "Dr. Mendes <geral@instituto.example>";
  pt.to = "undisclosed-recipients:;";
  pt.headers.push_back("Reply-To: dr.mendes.adv@outlook.com");
  pt.subject = "Eu sou o advogado pessoal";
  pt.text = "Eu sou o advogado pessoal de um investidor. Meu cliente morreu.";
  std::vector<Signal> b = RunDetector(Windfall(), pt.Build());
  const Signal* t = FindSignal(b, "sender.stranger_windfall");
  ASSERT_NE(t, nullptr) << Describe(b);
  EXPECT_TRUE(HasEvidence(*t, "sender"));
}

// A results mail quoting the reader's own free address in its footer: the
// address in the text is not a Reply-To, so the sending address is not
// counted as fronting another mailbox.
TEST(StrangerWindfallTest, AddressQuotedInTheTextIsNotAFrontedMailbox) {
  TestMail m;
  m.from = "Lotto Results <results@lotto-results.example>";
  m.to = "subscriber@lotto-results.example";
  m.subject = "This week's draw";
  m.text = "Congratulations to this week's jackpot winner! This email was sent to reader.jones@hotmail.com.";
  std::vector<Signal> signals = RunDetector(Windfall(), m.Build());
  EXPECT_FALSE(HasSignal(signals, "sender.stranger_windfall")) << Describe(signals);
}

// A law firm whose replies go to its partner firm's domain: answers leave
// the sending domain, but not for a free mailbox, and one phrase of the
// story is not enough.
TEST(StrangerWindfallTest, LawFirmReplyingFromItsOtherDomainStaysQuiet) {
  TestMail m;
  m.from = "Probate Team <probate@harlow-legal.example>";
  m.to = "reader@example.net";
  m.headers.push_back("Reply-To: probate@harlow-partners.example");
  m.subject = "Estate of the late Mr Arthur Bell";
  m.text = "Mr Bell's will named you as his sole beneficiary. Please call the office to arrange a meeting "
           "and bring proof of identity.";
  std::vector<Signal> signals = RunDetector(Windfall(), m.Build());
  EXPECT_FALSE(HasSignal(signals, "sender.stranger_windfall")) << Describe(signals);
}

// The auditor's letter sent to its writer's own free mailbox, readers in
// blind copy, Reply-To that same mailbox: answers go to the stranger's
// private box although no Reply-To "elsewhere" is visible.
TEST(StrangerWindfallTest, LetterBlindCopiedFromTheWritersOwnFreeMailbox) {
  TestMail m;
  m.from = "Peter Lang <info@trade-association.example>";
  m.to = "p.lang.audit@gmx.de";
  m.headers.push_back("Reply-To: p.lang.audit@gmx.de");
  m.subject = "Hello";
  m.text = "A deceased client bearing your last name left a fund of USD 9,400,000 with no next of kin. "
           "Kindly reconfirm your full names and telephone.";
  std::vector<Signal> signals = RunDetector(Windfall(), m.Build());
  const Signal* s = FindSignal(signals, "sender.stranger_windfall");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_TRUE(HasEvidence(*s, "reply-to"));
  EXPECT_TRUE(HasEvidence(*s, "recipients"));
  EXPECT_NE(s->explanation_fr.find("p.lang.audit@gmx.de"), std::string::npos) << s->explanation_fr;

  // Delivered to that very mailbox, it is the reader's own address (a
  // form's copy to the person who filled it in), not a blind copy.
  Envelope to_reader;
  to_reader.rcpt_to = {"p.lang.audit@gmx.de"};
  EXPECT_FALSE(HasSignal(RunDetector(Windfall(), m.Build(), to_reader), "sender.stranger_windfall"));
}

// A notary's office writes to a client, who is the To; its Reply-To is the
// office's own domain. The blind-copy setup needs a free mailbox.
TEST(StrangerWindfallTest, NotaryWritingToItsClientIsNoBlindCopy) {
  TestMail m;
  m.from = "Etude Moreau <etude@notaires-moreau.example>";
  m.to = "claire.dubois@gmail.com";
  m.headers.push_back("Reply-To: succession@notaires-moreau.example");
  m.subject = "Succession de M. Dubois";
  m.text = "Madame, la succession de votre père est ouverte ; l'héritage comprend un compte de 95 000 euros. "
           "Merci de nous rappeler pour fixer un rendez-vous.";
  EXPECT_FALSE(HasSignal(RunDetector(Windfall(), m.Build()), "sender.stranger_windfall"));
  m.to = "succession@notaires-moreau.example";
  EXPECT_FALSE(HasSignal(RunDetector(Windfall(), m.Build()), "sender.stranger_windfall"));
}

}  // namespace
}  // namespace phishscan
