#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "detect/detector.h"
#include "detect/detector_test_support.h"
#include "detect/test_mail.h"

namespace phishscan {
namespace {

using testing::Describe;
using testing::FindSignal;
using testing::RunDetector;
using testing::TestMail;

const Detector& Obfuscation() {
  static const std::unique_ptr<Detector> d = MakeObfuscationDetector();
  return *d;
}

std::vector<Signal> Scan(const std::string& subject, const std::string& html, const std::string& text = "",
                         const std::string& from = "") {
  TestMail m;
  m.subject = subject;
  m.html = html;
  m.text = text;
  if (!from.empty()) m.from = from;
  return RunDetector(Obfuscation(), m.Build());
}

// Subjects are written raw in the test mail, so UTF-8 there is 8-bit header
// text, which the parser accepts as UTF-8.

// --- Styled letters ----------------------------------------------------------

TEST(ObfuscationTest, MathematicalLettersInSubject) {
  std::vector<Signal> s = Scan("𝐈𝐦𝐩𝐨𝐫𝐭𝐚𝐧𝐭 𝐌𝐞𝐬𝐬𝐚𝐠𝐞 𝐅𝐨𝐫 𝐘𝐨𝐮", "<p>Open now.</p>");
  const Signal* sig = FindSignal(s, "obfuscation.styled_letters");
  ASSERT_NE(sig, nullptr) << Describe(s);
  EXPECT_EQ(sig->sign, Sign::kFraudLure);
  EXPECT_GE(sig->weight, 18);
  EXPECT_NE(sig->explanation_en.find("disguised to get past filters"), std::string::npos);
  EXPECT_NE(sig->explanation_fr.find("déguisé pour passer les filtres"), std::string::npos);
}

TEST(ObfuscationTest, SmallCapitalsInSenderName) {
  std::vector<Signal> s = Scan("Hello", "<p>Hi</p>", "", "ᴘᴀʏᴍᴇɴᴛ ꜱᴇʀᴠɪᴄᴇ <pay@example.net>");
  EXPECT_NE(FindSignal(s, "obfuscation.styled_letters"), nullptr) << Describe(s);
  // One trick, one signal: small capitals are not reported as mixed scripts too.
  EXPECT_EQ(FindSignal(s, "obfuscation.mixed_script"), nullptr) << Describe(s);
}

TEST(ObfuscationTest, AFormulaSymbolInTheBodyIsNotDisguise) {
  std::vector<Signal> s = Scan("Homework", "<p>Solve for 𝑥 when 𝑥 + 2 = 5.</p>");
  EXPECT_EQ(FindSignal(s, "obfuscation.styled_letters"), nullptr) << Describe(s);
}

// --- Invisible characters inside words ---------------------------------------

TEST(ObfuscationTest, ZeroWidthSpacesSplittingBodyWords) {
  std::vector<Signal> s =
      Scan("Account", "", "Please ver\u200Bify your pass\u200Bword and acc\u200Bount de\u200Btails to\u200Bday.");
  const Signal* sig = FindSignal(s, "obfuscation.invisible_in_words");
  ASSERT_NE(sig, nullptr) << Describe(s);
  EXPECT_GE(sig->weight, 12);
}

TEST(ObfuscationTest, InvisibleCharactersWrittenAsHtmlEntities) {
  std::vector<Signal> s = Scan("Update", "<p>Bi&#8203;lling in&zwnj;for&#x200B;ma&#8204;tion up&#8203;date</p>");
  EXPECT_NE(FindSignal(s, "obfuscation.invisible_in_words"), nullptr) << Describe(s);
}

TEST(ObfuscationTest, DirectionMarksAndVariationSelectorsInSubject) {
  std::vector<Signal> marks = Scan("Renewal P\u200Er\u200E\u200Ei\u200Eme membership", "<p>x</p>");
  const Signal* sig = FindSignal(marks, "obfuscation.invisible_in_words");
  ASSERT_NE(sig, nullptr) << Describe(marks);
  EXPECT_GE(sig->weight, 22);
  std::vector<Signal> selectors = Scan("U\U000E0139pgra\U000E0139ded Se\U000E0139curity", "<p>x</p>");
  EXPECT_NE(FindSignal(selectors, "obfuscation.invisible_in_words"), nullptr) << Describe(selectors);
}

TEST(ObfuscationTest, ZeroWidthSpaceInSubjectIsLeftToTheStructureCheck) {
  // structure.invisible_chars reports it already.
  std::vector<Signal> s = Scan("pass\u200Bword reset", "<p>x</p>");
  EXPECT_EQ(FindSignal(s, "obfuscation.invisible_in_words"), nullptr) << Describe(s);
}

TEST(ObfuscationTest, OrdinaryInvisibleCharactersAreNotDisguise) {
  // A newsletter preheader padded with joiners, an emoji ZWJ sequence, a
  // hyphenated German word and a regional flag with tag characters.
  std::vector<Signal> s =
      Scan("Neuigkeiten", "<div style=\"display:none\">Unser Angebot &zwnj;&nbsp;&zwnj;&nbsp;&#847;&zwnj;</div>"
                          "<p>👨\u200D💻 Die Versicherungs&shy;bedingungen und Ver&shy;trags&shy;unterlagen finden "
                          "Sie im Kunden&shy;portal. Go 🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F"
                          " Scotland!</p>");
  EXPECT_EQ(FindSignal(s, "obfuscation.invisible_in_words"), nullptr) << Describe(s);
}

TEST(ObfuscationTest, SoftHyphensBetweenSingleLetters) {
  std::vector<Signal> s = Scan("Info", "<p>P&shy;a&shy;y&shy;P&shy;a&shy;l asks you to c&shy;o&shy;n&shy;f&shy;i&shy;r&shy;m</p>");
  EXPECT_NE(FindSignal(s, "obfuscation.invisible_in_words"), nullptr) << Describe(s);
}

// --- Mixed scripts -----------------------------------------------------------

TEST(ObfuscationTest, CyrillicLettersInsideLatinWords) {
  // "Pаypal" and "Sеcurity" with Cyrillic а and е.
  std::vector<Signal> s = Scan("P\u0430ypal S\u0435curity", "<p>Hello</p>");
  const Signal* sig = FindSignal(s, "obfuscation.mixed_script");
  ASSERT_NE(sig, nullptr) << Describe(s);
  EXPECT_GE(sig->weight, 28);
  EXPECT_NE(sig->explanation_en.find("P\u0430ypal"), std::string::npos) << sig->explanation_en;
}

TEST(ObfuscationTest, TaiLeLettersInsideLatinWords) {
  // "bᥣoᥴkᥱd": Tai Le letters the ICU confusable data does not map.
  std::vector<Signal> s = Scan("We've b\u1963o\u1974k\u1971d your account!", "<p>Hello</p>");
  EXPECT_NE(FindSignal(s, "obfuscation.mixed_script"), nullptr) << Describe(s);
}

TEST(ObfuscationTest, LookalikeLettersInBodyAndName) {
  std::vector<Signal> body = Scan("Notice", "<p>Dear v\u0251lued user, verify your w\u0430llet now.</p>");
  EXPECT_NE(FindSignal(body, "obfuscation.mixed_script"), nullptr) << Describe(body);
  std::vector<Signal> name = Scan("Notice", "<p>x</p>", "", "\u0410pple Support <help@example.net>");
  EXPECT_NE(FindSignal(name, "obfuscation.mixed_script"), nullptr) << Describe(name);
}

TEST(ObfuscationTest, WordsSpeltWhollyInLookalikesAmongLatinText) {
  // Greek Ρ, Roman numeral ⅼ, Cyrillic е а ѕ; Armenian Ս ր.
  std::vector<Signal> s = Scan("\u03A1\u217C\u0435\u0430\u0455\u0435 \u054D\u0580\u217E\u0430t\u0435 your tax "
                               "details today", "<p>x</p>");
  const Signal* sig = FindSignal(s, "obfuscation.mixed_script");
  ASSERT_NE(sig, nullptr) << Describe(s);
  EXPECT_GE(sig->weight, 28);
}

TEST(ObfuscationTest, ANameInItsOwnAlphabetIsNotDisguise) {
  std::vector<Signal> s = Scan("Meeting with Сергей and Ελένη tomorrow", "<p>Сергей Иванов will join the call with "
                                                                       "the team from Athens.</p>");
  EXPECT_EQ(FindSignal(s, "obfuscation.mixed_script"), nullptr) << Describe(s);
}

TEST(ObfuscationTest, RomanNumeralsAndFullwidthLettersInChineseText) {
  std::vector<Signal> s = Scan("电脑", "<p>全新原装进口电脑，PⅢ 处理器，Ｗindows 系统，送货上门，货到付款。</p>");
  EXPECT_EQ(FindSignal(s, "obfuscation.mixed_script"), nullptr) << Describe(s);
}

TEST(ObfuscationTest, RealGreekAndCyrillicTextIsNotMixed) {
  std::vector<Signal> s = Scan("Привет", "<p>Привет, как дела? Встреча в 10:00 в офисе IBM. Γεια σου κόσμε. "
                                         "The TGFβ pathway and ΔV measurements.</p>");
  EXPECT_EQ(FindSignal(s, "obfuscation.mixed_script"), nullptr) << Describe(s);
}

// --- Letters spelt one by one -------------------------------------------------

TEST(ObfuscationTest, SpacedLettersInSubject) {
  std::vector<Signal> s = Scan("We C.a.l.l.e.d You 3 Times", "<p>x</p>");
  EXPECT_NE(FindSignal(s, "obfuscation.spaced_letters"), nullptr) << Describe(s);
  std::vector<Signal> body = Scan("Photos", "<p>All your p_h_o_t_o_s and v_i_d_e_o_s will be deleted.</p>");
  EXPECT_NE(FindSignal(body, "obfuscation.spaced_letters"), nullptr) << Describe(body);
}

TEST(ObfuscationTest, AcronymsAreNotSpacedLetters) {
  std::vector<Signal> s = Scan("U.S.A. office of S.A.R.L.", "<p>Our S.A.R.L. and the U.N.E.S.C.O. report, e.g. "
                                                           "page 4, i.e. the annex.</p><p>x_x_x_x_x_x_x_x</p>"
                                                           "<p>a-a-a-a-a-a-a-a</p>");
  EXPECT_EQ(FindSignal(s, "obfuscation.spaced_letters"), nullptr) << Describe(s);
}

// --- Subject tricks ------------------------------------------------------------

TEST(ObfuscationTest, RandomCapitalsAtTheEndOfTheSubject) {
  std::vector<Signal> s = Scan("Your account statement is ready RQDIOYHWFANHV", "<p>x</p>");
  const Signal* sig = FindSignal(s, "obfuscation.random_subject_tail");
  ASSERT_NE(sig, nullptr) << Describe(s);
  EXPECT_EQ(sig->sign, Sign::kStructure);
  EXPECT_NE(FindSignal(Scan("Claim your gift card now!.OEEJLHXXXS", "<p>x</p>"), "obfuscation.random_subject_tail"),
            nullptr);
}

TEST(ObfuscationTest, CapitalisedWordsAreNotRandom) {
  for (const char* subject : {"Neue Angebote aus DEUTSCHLAND", "Meeting about the PROJECT", "Special offer: FREE",
                              "Getting LARRRRRGER every day", "ALL CAPS SUBJECT RQDIOYHWFANHV", "Order 12345"}) {
    std::vector<Signal> s = Scan(subject, "<p>x</p>");
    EXPECT_EQ(FindSignal(s, "obfuscation.random_subject_tail"), nullptr) << subject << "\n" << Describe(s);
  }
}

TEST(ObfuscationTest, EmojiInSubject) {
  EXPECT_NE(FindSignal(Scan("🔥🔥 Hot deals 🎉💰", "<p>x</p>"), "obfuscation.emoji_subject"), nullptr);
  for (const char* subject : {"🎄 Holiday sale ✨", "Your order is on its way 📦", "Save 30% this weekend"}) {
    EXPECT_TRUE(Scan(subject, "<p>Shop now</p>").empty()) << subject;
  }
}

// --- Modern legitimate mail and hostile input ------------------------------------

TEST(ObfuscationTest, ModernNewsletterRaisesNothing) {
  std::vector<Signal> s =
      Scan("🛍️ Save 30% on spring styles", "<div style=\"display:none\">New arrivals &#847;&zwnj;&nbsp;&#847;&zwnj;"
                                           "&nbsp;</div><h1>Spring is here</h1><p>Save 30% on dresses, shoes and "
                                           "bags. Free returns. Café crème, naïve, Ærø, São Paulo, Zürich.</p>"
                                           "<a href=\"https://shop.example.com/\">Shop now</a>");
  EXPECT_TRUE(s.empty()) << Describe(s);
}

TEST(ObfuscationTest, InvalidUtf8AndLongInputAreHandled) {
  std::string junk = "\xff\xfe\xc3 broken \xe2\x80 text ";
  std::string big;
  for (int i = 0; i < 100000; ++i) big += "a\u200Bb ";
  std::vector<Signal> s = Scan("\xff\xfe subject", "", junk + big);
  EXPECT_NE(FindSignal(s, "obfuscation.invisible_in_words"), nullptr) << Describe(s);
}

}  // namespace
}  // namespace phishscan
