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

// Where to send the e-mail, told as an instruction: "send your enquiry by
// e-mail to", "envie um e-mail de confirmação para", in every language.
TEST(PrivateReplyTest, InstructionsWhereToSendTheEmail) {
  const struct {
    const char* text;
    const char* address;
  } cases[] = {
      {"If interested, send your enquiry and application by e-mail to: fundsdesk.mark@gmail.com", "fundsdesk.mark@gmail.com"},
      {"Hi dear, reply me lina.sweet88@hotmail.com and I send my photo", "lina.sweet88@hotmail.com"},
      {"Envoyez votre demande par e-mail à pret.rapide.anne@outlook.fr dès aujourd'hui.", "pret.rapide.anne@outlook.fr"},
      {"Senden Sie Ihre Anfrage per E-Mail an kredit.haus.m@web.de noch heute.", "kredit.haus.m@web.de"},
      {"Envíe su solicitud por correo electrónico a fondo.maria.c@yahoo.es para continuar.", "fondo.maria.c@yahoo.es"},
      {"Envie um e-mail de confirmação para fundacao.premio@outlook.com para mais detalhes.",
       "fundacao.premio@outlook.com"},
      {"Stuur uw aanvraag per e-mail naar lening.direct.nl@gmail.com voor een offerte.", "lening.direct.nl@gmail.com"},
      {"Invia la tua richiesta via e-mail a prestiti.sara@libero.it oggi stesso.", "prestiti.sara@libero.it"},
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

// One free mailbox fronting another: sender.reply_to_mismatch gives that a
// weak corroborating weight only, so the written request is reported here.
// Behind a company's address the Reply-To stays reply_to_mismatch's.
TEST(PrivateReplyTest, FreeMailboxAskingForAnswersAtAnotherFreeMailbox) {
  TestMail m;
  m.from = "Natalia Ruiz <n.ruiz.fund1971@gmail.com>";
  m.headers.push_back("Reply-To: foundation.ruiz@outlook.com");
  m.text = "Your e-mail was selected for a charity donation. Send a confirmation e-mail to "
           "foundation.ruiz@outlook.com for details.";
  const std::vector<Signal> signals = RunDetector(PrivateReply(), m.Build());
  const Signal* s = FindSignal(signals, "sender.private_reply_address");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(EvidenceValue(*s, "private address"), "foundation.ruiz@outlook.com");

  m.from = "Ruiz Foundation <office@ruiz-foundation.example>";
  EXPECT_EQ(FindSignal(RunDetector(PrivateReply(), m.Build()), "sender.private_reply_address"), nullptr);
}

// A shop's newsletter that names its own service address is answered at the
// shop's domain: no free mailbox, no signal.
TEST(PrivateReplyTest, ShopNamingItsOwnServiceAddressIsNotPrivate) {
  TestMail m;
  m.from = "Velo Huis <nieuws@velohuis.example>";
  m.text = "Vragen over je bestelling? Stuur je bericht per e-mail naar service@velohuis.example, "
           "we antwoorden binnen een werkdag.";
  EXPECT_EQ(FindSignal(RunDetector(PrivateReply(), m.Build()), "sender.private_reply_address"), nullptr);
}

// An association's authenticated newsletter names the volunteer desk's
// webmail for sign-ups; the same words from an unauthenticated sender are a
// stranger's request.
TEST(PrivateReplyTest, AuthenticatedNewsletterNamingAVolunteersWebmail) {
  TestMail m;
  m.from = "Vélo Solidaire <lettre@velo-solidaire.example>";
  m.headers.push_back(
      "Authentication-Results: mx.example.net; dkim=pass header.d=velo-solidaire.example; "
      "dmarc=pass header.from=velo-solidaire.example");
  m.headers.push_back("List-Unsubscribe: <https://velo-solidaire.example/desinscription>");
  m.text = "Envoyez votre candidature par e-mail à benevoles.velo@gmail.com avant le 10 décembre.";
  EXPECT_EQ(FindSignal(RunDetector(PrivateReply(), m.Build()), "sender.private_reply_address"), nullptr);
  m.headers.erase(m.headers.begin());
  EXPECT_NE(FindSignal(RunDetector(PrivateReply(), m.Build()), "sender.private_reply_address"), nullptr);
}

}  // namespace
}  // namespace phishscan
