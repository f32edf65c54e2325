#include "parse/charset_conversion.h"

#include <gtest/gtest.h>

#include <string>

namespace phishscan {
namespace {

TEST(ConvertToUtf8Test, DeclaredCharsets) {
  EXPECT_EQ(ConvertToUtf8("V\xE9rifiez", "ISO-8859-1").text, "V\xC3\xA9rifiez");
  EXPECT_EQ(ConvertToUtf8("\xF3\xD2\xCF\xDE\xCE\xCF", "koi8-r").text,
            "\xD0\xA1\xD1\x80\xD0\xBE\xD1\x87\xD0\xBD\xD0\xBE");  // "Срочно"
  EXPECT_EQ(ConvertToUtf8("\x83p\x83X", "Shift_JIS").text, "\xE3\x83\x91\xE3\x82\xB9");  // "パス"
  EXPECT_EQ(ConvertToUtf8("\xC7\xEB", "gb2312").text, "\xE8\xAF\xB7");  // "请"
}

TEST(ConvertToUtf8Test, Latin1LabelReadsAsWindows1252) {
  // 0x80 is a C1 control in ISO-8859-1 but the euro sign in windows-1252,
  // which is what senders of such mail mean.
  EXPECT_EQ(ConvertToUtf8("10\x80", "iso-8859-1").text, "10\xE2\x82\xAC");
  EXPECT_EQ(ConvertToUtf8("\x93quoted\x94", "us-ascii").text,
            "\xE2\x80\x9Cquoted\xE2\x80\x9D");
}

TEST(ConvertToUtf8Test, NoLabelGuessesUtf8ThenWindows1252) {
  Utf8Text utf8 = ConvertToUtf8("d\xC3\xA9j\xC3\xA0", "");
  EXPECT_EQ(utf8.text, "d\xC3\xA9j\xC3\xA0");
  EXPECT_TRUE(utf8.charset_known);
  EXPECT_EQ(ConvertToUtf8("d\xE9j\xE0", "").text, "d\xC3\xA9j\xC3\xA0");
}

TEST(ConvertToUtf8Test, UnknownLabelIsReportedAndGuessed) {
  Utf8Text text = ConvertToUtf8("caf\xE9", "x-no-such-charset");
  EXPECT_FALSE(text.charset_known);
  EXPECT_EQ(text.text, "caf\xC3\xA9");
  EXPECT_FALSE(ConvertToUtf8("abc", "utf-8\"><script>").charset_known);
}

TEST(ConvertToUtf8Test, InvalidUtf8IsRepaired) {
  EXPECT_EQ(ConvertToUtf8("ok\xFF", "utf-8").text, "ok\xEF\xBF\xBD");
  EXPECT_EQ(ConvertToUtf8(std::string_view("a\0b", 3), "utf-8").text, "a\xEF\xBF\xBD" "b");
}

// Text that converts to itself skips ICU; the answer must be the same.
TEST(ConvertToUtf8Test, TextThatIsAlreadyUtf8) {
  EXPECT_EQ(ConvertToUtf8("Your parcel is on its way", "windows-1252").text, "Your parcel is on its way");
  EXPECT_EQ(ConvertToUtf8(std::string_view("Ihre\0Rechnung", 13), "iso-8859-15").text,
            "Ihre\xEF\xBF\xBDRechnung");
  // "Votre commande a été expédiée" and "配送状況" declared as UTF-8.
  EXPECT_EQ(ConvertToUtf8("Votre commande a \xC3\xA9t\xC3\xA9 exp\xC3\xA9" "di\xC3\xA9" "e", "UTF-8").text,
            "Votre commande a \xC3\xA9t\xC3\xA9 exp\xC3\xA9" "di\xC3\xA9" "e");
  EXPECT_EQ(ConvertToUtf8("\xE9\x85\x8D\xE9\x80\x81\xE7\x8A\xB6\xE6\xB3\x81", "utf8").text,
            "\xE9\x85\x8D\xE9\x80\x81\xE7\x8A\xB6\xE6\xB3\x81");
}

TEST(ConvertToUtf8Test, AsciiBytesInOtherCharsetsAreStillConverted) {
  // ISO-2022-JP writes "こん" in ASCII bytes between escape sequences.
  EXPECT_EQ(ConvertToUtf8("\x1B$B$3$s\x1B(B", "iso-2022-jp").text, "\xE3\x81\x93\xE3\x82\x93");
  // UTF-7 writes "é" as "+AOk-".
  EXPECT_EQ(ConvertToUtf8("caf+AOk-", "utf-7").text, "caf\xC3\xA9");
  // Bytes above 0x80 in windows-1252 are not UTF-8.
  EXPECT_EQ(ConvertToUtf8("caf\xE9", "windows-1252").text, "caf\xC3\xA9");
  for (std::size_t at = 0; at < 20; ++at) {  // wherever such a byte is
    std::string text(20, 'a');
    text[at] = '\xE9';
    std::string expected(20, 'a');
    expected.replace(at, 1, "\xC3\xA9");
    EXPECT_EQ(ConvertToUtf8(text, "iso-8859-1").text, expected) << at;
  }
}

}  // namespace
}  // namespace phishscan
