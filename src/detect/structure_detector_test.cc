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
using testing::ReadFileOrEmpty;
using testing::RunDetector;
using testing::TestMail;

const Detector& Structure() {
  static const std::unique_ptr<Detector> d = MakeStructureDetector();
  return *d;
}

TEST(StructureTest, HiddenTextStuffing) {
  TestMail m;
  std::string html = "<p>Your mailbox is full. <a href=\"https://x.example.net/\">Fix it</a></p>";
  for (int i = 0; i < 6; ++i)
    html += "<div style=\"display:none\">The weather in spring is mild and the gardens bloom with many colourful "
            "flowers along the river banks " + std::to_string(i) + "</div>";
  m.html = html;
  std::vector<Signal> signals = RunDetector(Structure(), m.Build());
  const Signal* s = FindSignal(signals, "structure.hidden_text");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_GE(s->weight, 14);
  EXPECT_EQ(s->sign, Sign::kStructure);
}

TEST(StructureTest, APreviewLineIsNotStuffing) {
  TestMail m;
  m.html = "<div style=\"display:none\">Our winter menu is here</div><p>Hello Alice, our winter menu has arrived "
           "with chestnut bread and spiced brioche.</p>";
  EXPECT_FALSE(HasSignal(RunDetector(Structure(), m.Build()), "structure.hidden_text"));
}

// ---- hash-buster filler ----------------------------------------------------

std::string Times(std::string_view token, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += std::string(token) + " ";
  return out;
}

TEST(StructureTest, RepeatedNonsenseTokenAfterTheUnsubscribeLine) {
  TestMail m;
  m.text = "Claim your reward today.\nUnsubscribe here.\n" + Times("abCdEf.12345.678.xYz", 40);
  std::vector<Signal> signals = RunDetector(Structure(), m.Build());
  const Signal* s = FindSignal(signals, "structure.filler_text");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(s->sign, Sign::kStructure);
  EXPECT_EQ(s->weight, 12);
  EXPECT_NE(s->explanation_en.find("40 times"), std::string::npos) << s->explanation_en;
  EXPECT_NE(s->explanation_fr.find("40 fois"), std::string::npos) << s->explanation_fr;
}

TEST(StructureTest, FillerInTheTitleOrAnUnclosedStyleSheet) {
  TestMail title;
  title.html = "<html><head><title>" + Times("QwErTy.40561.819.zXc", 5) + "</title></head><body><p>Votre colis "
               "est en attente.</p></body></html>";
  EXPECT_TRUE(HasSignal(RunDetector(Structure(), title.Build()), "structure.filler_text"));
  TestMail style;
  std::string codes;
  for (int i = 0; i < 20; ++i) codes += "kav" + std::string(1, static_cast<char>('a' + i)) + "ot" + std::to_string(10 + i) + "\n";
  style.html = "<p>Ihr Paket wartet.</p><style>\n" + codes;
  EXPECT_TRUE(HasSignal(RunDetector(Structure(), style.Build()), "structure.filler_text"));
}

TEST(StructureTest, TrackingIdsAndStyleSheetsAreNotFiller) {
  TestMail m;
  m.html = "<html><head><title>Your order 112-4455-9921 has shipped</title><style>.x_mcnTextContent{color:#333}"
           " h1 { font-size: 24px; } @media (max-width:600px){ td.col-2 { width:100% } }</style></head><body>"
           "<p>Order a8f3k2qz shipped with tracking 1Z999AA10123456784 (ref x7k2-m9p4).</p>"
           "<p>Bestellnummer 2024-11-18-0042, Sendung JJD000390007331885.</p></body></html>";
  EXPECT_FALSE(HasSignal(RunDetector(Structure(), m.Build()), "structure.filler_text"));
}

TEST(StructureTest, AlternativesThatDisagree) {
  TestMail m;
  m.text = "Minutes of the gardening club meeting: tomatoes, cucumbers, peppers and lettuce were planted along "
           "the northern fence, watering schedule agreed, compost delivery expected next Tuesday morning, "
           "treasurer reported membership fees collected.";
  m.html = "<p>Votre boîte aux lettres a atteint sa limite de stockage. Les nouveaux messages entrants seront "
           "rejetés. Veuillez valider votre compte immédiatement afin de conserver l'accès à votre messagerie "
           "professionnelle.</p>";
  std::vector<Signal> signals = RunDetector(Structure(), m.Build());
  EXPECT_TRUE(HasSignal(signals, "structure.alternatives_disagree")) << Describe(signals);
}

TEST(StructureTest, MatchingAlternativesAgree) {
  std::string raw = ReadFileOrEmpty(PHISHSCAN_SOURCE_DIR "/examples/imap-auth-lure.eml");
  ASSERT_FALSE(raw.empty());
  EXPECT_FALSE(HasSignal(RunDetector(Structure(), raw), "structure.alternatives_disagree"));
}

TEST(StructureTest, ImageOnlyBody) {
  TestMail m;
  m.html = "<a href=\"https://promo.example.net/\"><img src=\"https://promo.example.net/banner.png\" "
           "width=600></a>";
  std::vector<Signal> signals = RunDetector(Structure(), m.Build());
  EXPECT_TRUE(HasSignal(signals, "structure.image_only")) << Describe(signals);
  EXPECT_FALSE(HasSignal(signals, "structure.no_text"));
}

TEST(StructureTest, ImageOnlyFromASignedSenderIsWeak) {
  TestMail m;
  m.from = "Shop <news@shop.example>";
  m.headers = {"Authentication-Results: mx.example-corp.com; spf=pass smtp.mailfrom=shop.example; "
               "dkim=pass header.d=shop.example; dmarc=pass header.from=shop.example"};
  m.html = "<a href=\"https://www.shop.example/sale\"><img src=\"https://cdn.shop.example/hero.jpg\"></a>";
  std::vector<Signal> signals = RunDetector(Structure(), m.Build());
  const Signal* s = FindSignal(signals, "structure.image_only");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_LT(s->weight, 10);
}

TEST(StructureTest, NoTextJustALink) {
  TestMail m;
  m.text = "https://drive-share.example.net/d/9f8e7d";
  std::vector<Signal> signals = RunDetector(Structure(), m.Build());
  EXPECT_TRUE(HasSignal(signals, "structure.no_text")) << Describe(signals);
}

TEST(StructureTest, InvisibleCharactersInSubjectAndNames) {
  TestMail zw;
  zw.subject = "=?UTF-8?Q?Your_pass=E2=80=8Bword_exp=E2=80=8Bires_today?=";
  std::vector<Signal> signals = RunDetector(Structure(), zw.Build());
  const Signal* s = FindSignal(signals, "structure.invisible_chars");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_LT(s->weight, 20);

  TestMail rlo;
  rlo.text = "See attachment.";
  rlo.files.push_back({"Invoice\u202Efdp.exe", "application/octet-stream", "MZ"});
  std::vector<Signal> rlo_signals = RunDetector(Structure(), rlo.Build());
  const Signal* o = FindSignal(rlo_signals, "structure.invisible_chars");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->weight, 25);
  EXPECT_NE(o->explanation_fr.find("pièce jointe"), std::string::npos) << o->explanation_fr;
}

TEST(StructureTest, LimitsReached) {
  // Deeper than Limits::max_mime_depth.
  std::string raw = "From: a@example.org\r\nTo: b@example.org\r\nSubject: nest\r\nMIME-Version: 1.0\r\n";
  std::string body;
  for (int i = 0; i < 30; ++i)
    body += "Content-Type: multipart/mixed; boundary=\"b" + std::to_string(i) + "\"\r\n\r\n--b" + std::to_string(i) +
            "\r\n";
  body += "Content-Type: text/plain\r\n\r\nhello\r\n";
  std::vector<Signal> signals = RunDetector(Structure(), raw + body);
  const Signal* s = FindSignal(signals, "structure.limit_reached");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_LE(s->weight, 10);
}

TEST(StructureTest, OrdinaryMessagesAreClean) {
  for (const char* name : {"newsletter.eml", "password-reset.eml", "hosting-quota-notice.fr.eml", "imap-auth-lure.eml"}) {
    std::string raw = ReadFileOrEmpty(std::string(PHISHSCAN_SOURCE_DIR "/examples/") + name);
    ASSERT_FALSE(raw.empty());
    std::vector<Signal> signals = RunDetector(Structure(), raw);
    EXPECT_TRUE(signals.empty()) << name << "\n" << Describe(signals);
  }
  TestMail emoji;
  emoji.subject = "=?UTF-8?B?8J+RqOKAjfCfkanigI3wn5GnIEZhbWlseSBwaG90b3M=?=";
  emoji.text = "Photos from the weekend are in the shared album, enjoy!";
  EXPECT_TRUE(RunDetector(Structure(), emoji.Build()).empty());
}

}  // namespace
}  // namespace phishscan
