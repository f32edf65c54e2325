#include <gtest/gtest.h>

#include "phishscan/report.h"
#include "report/report_test_support.h"
#include "report/wording.h"

namespace phishscan {
namespace {

constexpr Sign kAllSigns[] = {
    Sign::kSenderMismatch, Sign::kGenericWording, Sign::kCredentialRequest,
    Sign::kDeceptiveLink,  Sign::kUrgency,        Sign::kFraudLure,
    Sign::kAuthentication, Sign::kAttachment,     Sign::kStructure};

TEST(TextReportTest, EnglishShowsHeaderVerdictSignsEvidenceNotesAdvice) {
  const std::string text = RenderText(LureVerdict(), Lang::kEn);
  EXPECT_NE(text.find("samples/lure.eml"), std::string::npos);
  EXPECT_NE(text.find("Update Internet Message Access Protocol"), std::string::npos);
  EXPECT_NE(text.find("support@mail-host.example"), std::string::npos);
  EXPECT_NE(text.find("PHISHING (score 97/100)"), std::string::npos);
  for (Sign sign : kAllSigns) {
    EXPECT_NE(text.find(SignHeading(sign, Lang::kEn)), std::string::npos) << SignName(sign);
  }
  EXPECT_NE(text.find("The sender is not who it claims to be"), std::string::npos);
  EXPECT_NE(text.find("host: imap-portal.pages.example"), std::string::npos);
  EXPECT_NE(text.find("text: AUTHENTICATE IMAP"), std::string::npos);
  EXPECT_NE(text.find("mime depth limit reached"), std::string::npos);
  EXPECT_NE(text.find("change it at once"), std::string::npos);
  EXPECT_EQ(text.find("\033["), std::string::npos);  // no colour unless asked
}

TEST(TextReportTest, SignsAreGroupedUnderOneHeadingInOrderOfStrongestSignal) {
  const std::string text = RenderText(LureVerdict(), Lang::kEn);
  const std::string links = std::string(SignHeading(Sign::kDeceptiveLink, Lang::kEn));
  const std::size_t heading = text.find(links);
  ASSERT_NE(heading, std::string::npos);
  EXPECT_EQ(text.find(links, heading + 1), std::string::npos);
  // Both link signals sit under the link heading, before the sender heading.
  const std::size_t sender = text.find(SignHeading(Sign::kSenderMismatch, Lang::kEn));
  EXPECT_LT(heading, sender);
  EXPECT_LT(text.find("A second link also leaves"), sender);
  EXPECT_LT(heading, text.find("A second link also leaves"));
}

TEST(TextReportTest, FrenchUsesFrenchWordsAndExplanations) {
  const std::string text = RenderText(LureVerdict(), Lang::kFr);
  EXPECT_NE(text.find("HAMEÇONNAGE"), std::string::npos);
  EXPECT_NE(text.find("L'expéditeur n'est pas celui qu'il prétend être"), std::string::npos);
  EXPECT_NE(text.find("Les liens mènent ailleurs que ce qu'ils affichent"), std::string::npos);
  EXPECT_NE(text.find("Il demande votre mot de passe ou vos identifiants"), std::string::npos);
  EXPECT_NE(text.find("Urgence et menaces"), std::string::npos);
  EXPECT_NE(text.find("Formulation générique"), std::string::npos);
  EXPECT_NE(text.find("Le bouton mène à imap-portal.pages.example"), std::string::npos);
  EXPECT_NE(text.find("Objet :"), std::string::npos);
  EXPECT_NE(text.find("changez-le immédiatement"), std::string::npos);
  EXPECT_EQ(text.find("The sender is not who"), std::string::npos);
}

TEST(TextReportTest, VerdictWordsPerLabel) {
  Verdict v;
  v.label = Label::kSuspicious;
  EXPECT_NE(RenderText(v, Lang::kEn).find("SUSPICIOUS"), std::string::npos);
  EXPECT_NE(RenderText(v, Lang::kFr).find("SUSPECT"), std::string::npos);
  v.label = Label::kClean;
  const std::string clean = RenderText(v, Lang::kEn);
  EXPECT_NE(clean.find("CLEAN"), std::string::npos);
  EXPECT_NE(clean.find("No warning sign was found."), std::string::npos);
  EXPECT_NE(RenderText(v, Lang::kFr).find("SAIN"), std::string::npos);
}

TEST(TextReportTest, ColourWrapsTheVerdict) {
  Verdict v = LureVerdict();
  EXPECT_NE(RenderText(v, Lang::kEn, true).find("\033[1;31mPHISHING\033[0m"), std::string::npos);
  v.label = Label::kSuspicious;
  EXPECT_NE(RenderText(v, Lang::kEn, true).find("\033[1;33mSUSPICIOUS"), std::string::npos);
  v.label = Label::kClean;
  EXPECT_NE(RenderText(v, Lang::kEn, true).find("\033[1;32mCLEAN"), std::string::npos);
}

TEST(TextReportTest, AttackerControlCharactersNeverReachTheTerminal) {
  Verdict v = LureVerdict();
  v.message.subject = "Hello\033[2J\033]0;pwned\007 world\r\nX-Injected: yes";
  v.signals[0].evidence.push_back({"text", "click\xE2\x80\xAEgpj.exe here \xff"});
  const std::string text = RenderText(v, Lang::kEn);
  EXPECT_EQ(text.find('\033'), std::string::npos);
  EXPECT_EQ(text.find('\007'), std::string::npos);
  EXPECT_EQ(text.find('\r'), std::string::npos);
  EXPECT_EQ(text.find("\xE2\x80\xAE"), std::string::npos);  // right-to-left override
  EXPECT_EQ(text.find("\xff"), std::string::npos);
  EXPECT_NE(text.find("world X-Injected: yes"), std::string::npos);
}

TEST(TextReportTest, UnreadableInputShowsTheErrorInsteadOfAVerdict) {
  Verdict v;
  v.source = "missing.eml";
  v.error = "cannot read 'missing.eml': No such file or directory";
  const std::string text = RenderText(v, Lang::kEn);
  EXPECT_NE(text.find("Error:"), std::string::npos);
  EXPECT_NE(text.find("No such file or directory"), std::string::npos);
  EXPECT_EQ(text.find("CLEAN"), std::string::npos);
}

TEST(TextReportTest, MissingExplanationFallsBackToOtherLanguageThenId) {
  Verdict v;
  v.label = Label::kSuspicious;
  v.signals = {MakeSignal("a.only_en", Sign::kUrgency, 10, {}, "English only", ""),
               MakeSignal("b.none", Sign::kUrgency, 10, {}, "", "")};
  const std::string text = RenderText(v, Lang::kFr);
  EXPECT_NE(text.find("English only"), std::string::npos);
  EXPECT_NE(text.find("b.none"), std::string::npos);
}

TEST(TextReportTest, LongLinesAreWrapped) {
  const std::string text = RenderText(LureVerdict(), Lang::kFr);
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::size_t columns = 0;
    for (std::size_t i = start; i < end; ++i) columns += (text[i] & 0xC0) != 0x80;
    EXPECT_LE(columns, 78u) << text.substr(start, end - start);
    start = end + 1;
  }
}

}  // namespace
}  // namespace phishscan
