#include "report/safe_text.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

constexpr char kFffd[] = "\xEF\xBF\xBD";

TEST(ValidUtf8Test, KeepsValidText) {
  EXPECT_EQ(ValidUtf8("Hameçonnage — 🎣 ok"), "Hameçonnage — 🎣 ok");
  EXPECT_EQ(ValidUtf8(std::string_view("a\0b", 3)), std::string("a\0b", 3));
}

TEST(ValidUtf8Test, ReplacesInvalidSequences) {
  EXPECT_EQ(ValidUtf8("\xff"), kFffd);
  EXPECT_EQ(ValidUtf8("caf\xe9!"), std::string("caf") + kFffd + "!");
  EXPECT_EQ(ValidUtf8("\xc0\xaf"), std::string(kFffd) + kFffd);              // overlong '/'
  EXPECT_EQ(ValidUtf8("\xed\xa0\x80"), std::string(kFffd) + kFffd + kFffd);  // surrogate
  EXPECT_EQ(ValidUtf8("end\xf0\x9f"), std::string("end") + kFffd);           // truncated
  // Valid text before and after the error is kept as it was.
  EXPECT_EQ(ValidUtf8("Hameçonnage \xff 🎣"), std::string("Hameçonnage ") + kFffd + " 🎣");
}

TEST(PrintableLineTest, WhitespaceBecomesSpaces) {
  EXPECT_EQ(PrintableLine("a\tb\r\nc"), "a b  c");
}

TEST(PrintableLineTest, ControlsAndBidiOverridesAreReplaced) {
  EXPECT_EQ(PrintableLine("\033[31mred"), std::string(kFffd) + "[31mred");
  EXPECT_EQ(PrintableLine("x\x7fy"), std::string("x") + kFffd + "y");
  EXPECT_EQ(PrintableLine("\xC2\x9B"), kFffd);  // C1 CSI
  EXPECT_EQ(PrintableLine("doc\xE2\x80\xAEgpj.exe"), std::string("doc") + kFffd + "gpj.exe");
  EXPECT_EQ(PrintableLine("\xE2\x81\xA6x"), std::string(kFffd) + "x");  // LRI
  EXPECT_EQ(PrintableLine("élève"), "élève");
}

}  // namespace
}  // namespace phishscan
