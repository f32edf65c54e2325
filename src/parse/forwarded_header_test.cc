#include "parse/forwarded_header.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace phishscan {
namespace {

std::vector<ForwardedOriginal> Read(const std::string& text) { return ReadForwardedHeaderBlocks(text, 8); }

TEST(ForwardedHeaderTest, OutlookOriginalMessageInEnglish) {
  const auto found = Read(
      "Is this real?\n\n-----Original Message-----\n"
      "From: PayPal Service <service@pay-secure-check.example>\n"
      "Sent: Monday, March 3, 2025 10:12 AM\nTo: Alice <alice@company.example>\n"
      "Subject: Your account has been limited\n\nDear customer,\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].from.display_name, "PayPal Service");
  EXPECT_EQ(found[0].from.address, "service@pay-secure-check.example");
  EXPECT_EQ(found[0].from.registrable_domain, "pay-secure-check.example");
  EXPECT_EQ(found[0].subject, "Your account has been limited");
  ASSERT_EQ(found[0].to.size(), 1u);
  EXPECT_EQ(found[0].to[0].address, "alice@company.example");
  EXPECT_FALSE(found[0].attached);
}

TEST(ForwardedHeaderTest, OutlookBlockInPortugueseWithMailtoLink) {
  const auto found = Read(
      "________________________________\n"
      "De: Banco Seguro <alerta@seguro-conta.example<mailto:alerta@seguro-conta.example>>\n"
      "Enviado: segunda-feira, 3 de março de 2025 10:12\nPara: Ana <ana@empresa.example>\n"
      "Assunto: Atualize os seus dados\n\nPrezado cliente,\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].from.display_name, "Banco Seguro");
  EXPECT_EQ(found[0].from.address, "alerta@seguro-conta.example");
  EXPECT_EQ(found[0].subject, "Atualize os seus dados");
}

TEST(ForwardedHeaderTest, GmailForwardWithBoldLabelsAndReplyTo) {
  const auto found = Read(
      "---------- Forwarded message ---------\n*From:* Netflix <info@account-billing.example>\n"
      "*Date:* Tue, Mar 4, 2025 at 9:01 AM\n*Subject:* Payment declined\n"
      "*Reply-To:* <helpdesk.billing@gmail.com>\n*To:* <bob@home.example>\n\nHello,\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].from.display_name, "Netflix");
  EXPECT_EQ(found[0].subject, "Payment declined");
  ASSERT_TRUE(found[0].reply_to.has_value());
  EXPECT_EQ(found[0].reply_to->address, "helpdesk.billing@gmail.com");
}

TEST(ForwardedHeaderTest, GermanFrenchDutchSpanishItalianLabels) {
  const char* blocks[] = {
      "Von: Kundenservice [mailto:info@konto-check.example]\nGesendet: Montag, 3. März 2025\n"
      "An: Max\nBetreff: Ihr Konto wurde gesperrt\n",
      "De : Service Client <client@colis-suivi.example>\nEnvoyé : lundi 3 mars 2025 10:12\n"
      "À : Marie\nObjet : Votre colis est en attente\n",
      "Van: Klantenservice <klant@pakket-info.example>\nVerzonden: maandag 3 maart 2025\n"
      "Aan: Jan\nOnderwerp: Uw pakket\n",
      "De: Soporte <soporte@cuenta-aviso.example>\nEnviado el: lunes, 3 de marzo de 2025\n"
      "Para: Juan\nAsunto: Verifique su cuenta\n",
      "Da: Assistenza <info@conto-avviso.example>\nInviato: lunedì 3 marzo 2025\n"
      "A: Luca\nOggetto: Il tuo conto\n",
  };
  for (const char* block : blocks) {
    const auto found = Read(std::string("Bitte prüfen / à vérifier:\n\n") + block + "\nTexte.\n");
    ASSERT_EQ(found.size(), 1u) << block;
    EXPECT_FALSE(found[0].from.registrable_domain.empty()) << block;
    EXPECT_FALSE(found[0].subject.empty()) << block;
  }
}

TEST(ForwardedHeaderTest, BlockWrittenOnOneLine) {
  const auto found = Read(
      "________________________________ De: Correios <rastreio@entrega-pendente.example> "
      "Enviado: terça-feira, 4 de março de 2025 08:00 Para: cliente@empresa.example "
      "Assunto: Encomenda retida\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].from.address, "rastreio@entrega-pendente.example");
  EXPECT_EQ(found[0].from.display_name, "Correios");
  EXPECT_EQ(found[0].subject, "Encomenda retida");
}

TEST(ForwardedHeaderTest, QuotedBlockAndTwoBlocksInAChain) {
  const auto found = Read(
      "> From: First Sender <first@one.example>\n> Sent: Monday\n> Subject: one\n>\n> text\n"
      "From: Second Sender <second@two.example>\nDate: Tuesday\nSubject: two\n\nmore\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].from.address, "first@one.example");
  EXPECT_EQ(found[1].from.address, "second@two.example");
  EXPECT_EQ(found[1].subject, "two");
}

TEST(ForwardedHeaderTest, AttributionLinesAreNotHeaderBlocks) {
  EXPECT_TRUE(Read("On Mon, Mar 3, 2025 at 10:12 AM Alice <alice@company.example> wrote:\n> Hi\n"
                   "Subject: lunch\n").empty());
  EXPECT_TRUE(Read("Le lun. 3 mars 2025 à 10:12, Alice <alice@company.example> a écrit :\n> Salut\n"
                   "Objet : déjeuner\n").empty());
  EXPECT_TRUE(Read("Am Mo., 3. März 2025 um 10:12 Uhr schrieb Max <max@firma.example>:\n> Hallo\n").empty());
}

TEST(ForwardedHeaderTest, IncompleteBlocksAreIgnored) {
  // No date line, no subject line, no address, or cut off after From.
  EXPECT_TRUE(Read("From: A <a@one.example>\nSubject: x\n").empty());
  EXPECT_TRUE(Read("From: A <a@one.example>\nSent: Monday\nTo: b@two.example\n").empty());
  EXPECT_TRUE(Read("From: Alice Martin\nSent: Monday\nSubject: x\n").empty());
  EXPECT_TRUE(Read("-----Original Message-----\nFrom: A <a@one.example>").empty());
  EXPECT_TRUE(Read("").empty());
  // Prose between the From line and the rest ends nothing, but a new From
  // line starts a new block.
  EXPECT_TRUE(Read("From: A <a@one.example>\nFrom: B <b@two.example>\nSubject: x\n").empty());
}

TEST(ForwardedHeaderTest, ProseWithLabelsFarApartIsNotABlock) {
  std::string text = "From: A <a@one.example>\n";
  for (int i = 0; i < 20; ++i) text += "Some line of a long letter.\n";
  text += "Date: tomorrow\nSubject: x\n";
  EXPECT_TRUE(Read(text).empty());
}

TEST(ForwardedHeaderTest, RepeatedFromLinesAreBounded) {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "From: x <x@evil.example>\n";
  EXPECT_TRUE(Read(text).empty());
  std::string blocks;
  for (int i = 0; i < 10000; ++i) blocks += "From: x <x" + std::to_string(i) + "@evil.example>\nSent: now\nSubject: s\n";
  EXPECT_EQ(Read(blocks).size(), 8u);
  EXPECT_EQ(ReadForwardedHeaderBlocks(blocks, 3).size(), 3u);
  EXPECT_TRUE(ReadForwardedHeaderBlocks(blocks, 0).empty());
}

TEST(ForwardedHeaderTest, HugeLinesAndValuesAreCut) {
  const std::string long_name(200000, 'n');
  const auto found = Read("From: " + long_name + " <a@one.example>\nSent: now\nSubject: " +
                          std::string(100000, 's') + "\n");
  // The From line is beyond what a header line can be: no mailbox is read.
  EXPECT_TRUE(found.empty());
  const auto long_subject = Read("From: A <a@one.example>\nSent: now\nSubject: " + std::string(900, 's') + "\n");
  ASSERT_EQ(long_subject.size(), 1u);
  EXPECT_LE(long_subject[0].subject.size(), kMaxForwardedSubjectBytes);
  std::string colons(1 << 20, ':');
  EXPECT_TRUE(Read("From: A <a@one.example> " + colons + "\nSent: x\nSubject: y\n").size() <= 1u);
}

TEST(ForwardedHeaderTest, HostileBytesDoNotBreakTheReader) {
  std::string noise;
  for (int i = 0; i < 5000; ++i) noise += static_cast<char>((i * 131) % 256);
  EXPECT_LE(Read(noise + "\nFrom: <\nSent:\nSubject:\n" + noise).size(), 1u);
  EXPECT_TRUE(Read("From: [mailto:\nSent: x\nSubject: y\n").empty());
  EXPECT_TRUE(Read("From: <<<<<<<<\nSent: x\nSubject: y\n").empty());
}

TEST(ForwardedHeaderTest, SubjectLabelPrecheck) {
  EXPECT_TRUE(MayHoldForwardedHeader("x SUBJECT: y"));
  EXPECT_TRUE(MayHoldForwardedHeader("Betreff: y"));
  EXPECT_FALSE(MayHoldForwardedHeader("From: a@b.example\nSent: now\n"));
  EXPECT_TRUE(MayHoldForwardedHeader("Van: x\noNdErWeRp: y"));
  EXPECT_TRUE(MayHoldForwardedHeader("ASSUNTO"));
  // Words that share a label's first letters only.
  EXPECT_FALSE(MayHoldForwardedHeader("sub obj onde ogg bet asu ass"));
  EXPECT_FALSE(MayHoldForwardedHeader("subjec"));  // cut short at the end of the text
  EXPECT_FALSE(MayHoldForwardedHeader("s"));
  EXPECT_FALSE(MayHoldForwardedHeader(""));
}

TEST(ForwardedHeaderTest, SubjectLabelPrecheckFindsEachLabelAtEachOffset) {
  for (const std::string label : {"subject", "objet", "sujet", "betreff", "asunto", "assunto", "onderwerp",
                                  "oggetto"}) {
    std::string upper = label;
    for (char& c : upper) c = static_cast<char>(c - 32);
    std::string near_miss = label;
    near_miss.back() = 'x';
    for (std::size_t before = 0; before < 8; ++before) {
      for (std::size_t after = 0; after < 4; ++after) {
        const std::string pad(before, '.'), tail(after, '.');
        EXPECT_TRUE(MayHoldForwardedHeader(pad + label + tail)) << label << before << after;
        EXPECT_TRUE(MayHoldForwardedHeader(pad + upper + tail)) << upper << before << after;
        EXPECT_FALSE(MayHoldForwardedHeader(pad + near_miss + tail)) << near_miss << before << after;
      }
    }
  }
}

TEST(ForwardedHeaderTest, LabelledSubjectPrecheck) {
  EXPECT_TRUE(MayHoldLabelledSubject("x SUBJECT: y"));
  EXPECT_TRUE(MayHoldLabelledSubject("> *Betreff:* y"));
  EXPECT_TRUE(MayHoldLabelledSubject("Objet\xC2\xA0: y"));
  EXPECT_TRUE(MayHoldLabelledSubject("Asunto \t**: y"));
  EXPECT_TRUE(MayHoldLabelledSubject("oggetto:"));
  // A label without its colon, or a word between them, is no field.
  EXPECT_FALSE(MayHoldLabelledSubject("the subject of this mail: none"));
  EXPECT_FALSE(MayHoldLabelledSubject("Subject - y"));
  EXPECT_FALSE(MayHoldLabelledSubject("ASSUNTO"));
  EXPECT_FALSE(MayHoldLabelledSubject("https://subject.example/x"));
  EXPECT_FALSE(MayHoldLabelledSubject(":subject"));
  EXPECT_FALSE(MayHoldLabelledSubject(":"));
  EXPECT_FALSE(MayHoldLabelledSubject(""));
  // Whenever it says no, the reader finds no block either.
  const std::string block = "From: A <a@one.example>\nSent: now\nSubject\xC2\xA0 *: y\n";
  EXPECT_TRUE(MayHoldLabelledSubject(block));
  EXPECT_EQ(Read(block).size(), 1u);
  EXPECT_FALSE(MayHoldLabelledSubject("From: A <a@one.example>\nSent: now\nSubject y\n"));
  EXPECT_TRUE(Read("From: A <a@one.example>\nSent: now\nSubject y\n").empty());
}

}  // namespace
}  // namespace phishscan
