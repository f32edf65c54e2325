#include "detect/reported_speech.h"

#include <gtest/gtest.h>

#include <string>

#include "detect/detector_test_support.h"
#include "detect/phrase_matcher.h"

namespace phishscan {
namespace {

using testing::AuthenticationPass;
using testing::Mail;
using testing::ScanForTest;

// Whether `phrase` (which must occur in `text`) lies inside quotation marks.
bool Quoted(std::string_view text, std::string_view phrase) {
  const std::size_t at = text.find(phrase);
  EXPECT_NE(at, std::string_view::npos) << phrase;
  return InQuotation(text, at, at + phrase.size());
}

TEST(InQuotationTest, StraightQuotesAroundThePhrase) {
  const std::string text = "the mail says: \"your account will be suspended within 24 hours.\" do not click.";
  EXPECT_TRUE(Quoted(text, "your account will be suspended"));
  EXPECT_FALSE(Quoted(text, "do not click"));
}

TEST(InQuotationTest, GuillemetsAroundThePhrase) {
  const std::string text = "il affirme : « votre compte sera suspendu sous 24 heures ». supprimez-le.";
  EXPECT_TRUE(Quoted(text, "votre compte sera suspendu"));
  EXPECT_FALSE(Quoted(text, "supprimez-le"));
}

TEST(InQuotationTest, BetweenTwoQuotationsIsNotQuoted) {
  const std::string text = "he wrote \"hello\" and then your account will be suspended and \"bye\".";
  EXPECT_FALSE(Quoted(text, "your account will be suspended"));
  EXPECT_TRUE(Quoted(text, "bye"));
}

TEST(InQuotationTest, AQuoteThatNeverClosesOrCrossesAPartDoesNotCount) {
  EXPECT_FALSE(Quoted("the mail says: \"your account will be suspended. do not click.", "account will be"));
  EXPECT_FALSE(Quoted("first part \"your account will\nbe suspended\" second part", "your account will"));
}

TEST(InQuotationTest, AQuotationLongerThanTheLimitDoesNotCount) {
  const std::string text = "\"" + std::string(kMaxQuotationBytes, 'x') + " verify your account\"";
  EXPECT_FALSE(Quoted(text, "verify your account"));
}

TEST(InQuotationTest, TheLimitCountsToTheByteBeforeTheClosingMark) {
  // A closing mark after the phrase is placed at the byte before it.
  const std::string phrase = "verify your account";
  const std::size_t fill = kMaxQuotationBytes + 1 - (1 + phrase.size());
  EXPECT_TRUE(Quoted("\"" + phrase + std::string(fill, 'x') + "\"", phrase));
  EXPECT_FALSE(Quoted("\"" + phrase + std::string(fill + 1, 'x') + "\"", phrase));
  EXPECT_TRUE(Quoted("\xC2\xAB" + phrase + "\xC2\xBB", phrase));
}

TEST(InQuotationTest, ALongPartBeforeTheQuotation) {
  // A stray quote further back than the parity window does not turn the
  // quotation around; one inside it does.
  const std::string far = "\"" + std::string(6000, 'a') + " it says \"your account will be suspended\" today";
  EXPECT_TRUE(Quoted(far, "your account will be suspended"));
  const std::string near = std::string(6000, 'a') + " \"x it says \"your account will be suspended\" today";
  EXPECT_FALSE(Quoted(near, "your account will be suspended"));
}

TEST(InQuotationTest, AccentedLettersAreNotGuillemets) {
  // "ë" is C3 AB and "û" C3 BB: their second bytes are those of « and ».
  EXPECT_FALSE(Quoted("noël: your account will be suspended, sûr", "your account will be suspended"));
}

TEST(InQuotationTest, OutOfRangeSpansAreNotQuoted) {
  EXPECT_FALSE(InQuotation("\"abc\"", 3, 10));
  EXPECT_FALSE(InQuotation("\"abc\"", 2, 2));
}

const char kWarning[] =
    "Dear colleagues, a mail titled \"Mailbox quota\" says: \"Failure to verify your account within 24 hours "
    "will result in suspension.\" It is phishing: delete it. Our help desk: https://help.example-school.fr/phishing\n";

TEST(SpeaksFromItsOwnAddressTest, AuthenticatedSenderWithLinksAtHome) {
  auto s = ScanForTest(Mail(AuthenticationPass("example-school.fr") +
                                "\nFrom: IT <it@example-school.fr>\nTo: staff@example-school.fr\nSubject: Alert\n",
                            kWarning));
  EXPECT_TRUE(SpeaksFromItsOwnAddress(*s->ctx));
  EXPECT_LT(UnquotedMatches(*s->hits).size(), s->hits->all().size());
}

TEST(SpeaksFromItsOwnAddressTest, UnauthenticatedSenderDoesNot) {
  auto s = ScanForTest(Mail("From: IT <it@example-school.fr>\nTo: staff@example-school.fr\nSubject: Alert\n",
                            kWarning));
  EXPECT_FALSE(SpeaksFromItsOwnAddress(*s->ctx));
}

TEST(SpeaksFromItsOwnAddressTest, ALinkElsewhereDoesNot) {
  auto s = ScanForTest(Mail(AuthenticationPass("example-school.fr") +
                                "\nFrom: IT <it@example-school.fr>\nTo: staff@example-school.fr\nSubject: Alert\n",
                            "\"Verify your account\" at https://verify-now.pages.dev/login\n"));
  EXPECT_FALSE(SpeaksFromItsOwnAddress(*s->ctx));
}

TEST(UnquotedMatchesTest, OnlyMatchesInsideQuotationMarksAreDropped) {
  auto matcher = PhraseMatcher::FromPhrases({Phrase{"urgency", "en", "verify your account"}});
  ASSERT_TRUE(matcher.ok()) << matcher.status().message();
  const PhraseMatcher& phrases = *matcher.value();
  for (const std::string text : {"please verify your account today",
                                 "\xC2\xA3" "5 to verify your account \xC2\xA3" "5"}) {  // no marks
    PhraseHits hits(phrases, text, phrases.Match(text));
    ASSERT_EQ(hits.all().size(), 1u) << text;
    EXPECT_EQ(UnquotedMatches(hits).size(), 1u) << text;
  }
  for (const std::string text : {"a mail says \xC2\xAB" "verify your account\xC2\xBB today",
                                 "a mail says \"verify your account\" today"}) {
    PhraseHits hits(phrases, text, phrases.Match(text));
    ASSERT_EQ(hits.all().size(), 1u) << text;
    EXPECT_TRUE(UnquotedMatches(hits).empty()) << text;
  }
}

}  // namespace
}  // namespace phishscan
