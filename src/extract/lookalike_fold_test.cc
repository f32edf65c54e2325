#include "extract/lookalike_fold.h"

#include <gtest/gtest.h>

#include <string>

#include "base/text.h"

namespace phishscan {
namespace {

std::string Folded(std::string_view raw) { return NormalizeText(FoldLookalikeLetters(raw).text); }

TEST(FoldLookalikeLettersTest, FoldsLettersOfOtherScriptsInsideLatinWords) {
  // Tai Le letters inside an English word.
  EXPECT_EQ(Folded("We've b\xE1\xA5\xA3o\xE1\xA5\xB4k\xE1\xA5\xB1" "d your account!"), "we've blocked your account!");
  // Cyrillic о and а.
  EXPECT_EQ(Folded("Y\xD0\xBEur \xD0\xB0" "ccount is locked"), "your account is locked");
  EXPECT_EQ(FoldLookalikeLetters("Y\xD0\xBEur \xD0\xB0" "ccount").folded, 2u);
}

TEST(FoldLookalikeLettersTest, FoldsMathematicalAndFullwidthLetters) {
  // "𝐈𝐦𝐩𝐨𝐫𝐭𝐚𝐧𝐭" in mathematical bold: the capital I stays an i.
  EXPECT_EQ(Folded("\xF0\x9D\x90\x88\xF0\x9D\x90\xA6\xF0\x9D\x90\xA9\xF0\x9D\x90\xA8\xF0\x9D\x90\xAB"
                   "\xF0\x9D\x90\xAD\xF0\x9D\x90\x9A\xF0\x9D\x90\xA7\xF0\x9D\x90\xAD notice"),
            "important notice");
  // Sans-serif letters around a real ä: "Qualität".
  EXPECT_EQ(Folded("\xF0\x9D\x96\xB0\xF0\x9D\x97\x8E\xF0\x9D\x96\xBA\xF0\x9D\x97\x85\xF0\x9D\x97\x82"
                   "t\xC3\xA4t"),
            "qualität");
}

TEST(FoldLookalikeLettersTest, FoldsWordsWhollyInLookalikesInLatinText) {
  // "Υоսr" (Greek Υ, Cyrillic о, Armenian ս) in an English subject.
  EXPECT_EQ(Folded("\xCE\xA5\xD0\xBE\xD5\xBDr account will be closed today"), "your account will be closed today");
}

TEST(FoldLookalikeLettersTest, LeavesOtherScriptsAndAccentsAlone) {
  const char* kept[] = {
      "Ваш заказ отправлен",                          // Russian
      "Η παραγγελία σας έχει αποσταλεί",              // Greek
      "ご注文ありがとうございます",                   // Japanese
      "Ihre Bestellung für Größe 42 ist unterwegs",   // German
      "Sua encomenda chegará amanhã",                 // Portuguese
      "Votre commande 🎉 est expédiée",               // emoji
      "Заказ Amazon № 123 уже в пути к вам сегодня",  // Russian with a brand
  };
  for (const char* s : kept) {
    LookalikeFold f = FoldLookalikeLetters(s);
    EXPECT_EQ(f.folded, 0u) << s;
    EXPECT_EQ(f.text, s) << s;
  }
}

TEST(FoldLookalikeLettersTest, FoldsSmallCapitals) {
  // "ᴘᴀʏᴍᴇɴᴛ ʀᴇꜰᴜꜱᴀʟ"
  EXPECT_EQ(Folded("\xE1\xB4\x98\xE1\xB4\x80\xCA\x8F\xE1\xB4\x8D\xE1\xB4\x87\xC9\xB4\xE1\xB4\x9B payment"),
            "payment payment");
  // The small palochka stands for l among small letters.
  EXPECT_EQ(Folded("b\xD3\x8F" "ocked"), "blocked");
  // A capital Cyrillic І reads as i, not as the skeleton's l.
  EXPECT_EQ(Folded("\xD0\x86nvoice attached"), "invoice attached");
}

TEST(FoldLookalikeLettersTest, BoundsAndBadInput) {
  EXPECT_EQ(FoldLookalikeLetters("").text, "");
  EXPECT_EQ(FoldLookalikeLetters("\xFF\xFE x").folded, 0u);
  std::string long_text(10000, 'a');
  long_text += "\xD0\xBE";
  EXPECT_EQ(FoldLookalikeLetters(long_text).text, long_text);
}

}  // namespace
}  // namespace phishscan
