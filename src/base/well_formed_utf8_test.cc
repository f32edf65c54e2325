#include "base/well_formed_utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace phishscan {
namespace {

TEST(IsWellFormedUtf8Test, AcceptsValidText) {
  EXPECT_TRUE(IsWellFormedUtf8(""));
  EXPECT_TRUE(IsWellFormedUtf8("plain ascii"));
  EXPECT_TRUE(IsWellFormedUtf8("Hameçonnage — 🎣"));
  EXPECT_TRUE(IsWellFormedUtf8(std::string("a\0b", 3)));
}

TEST(IsWellFormedUtf8Test, RejectsWhatTheDecoderRejects) {
  EXPECT_FALSE(IsWellFormedUtf8("\xff"));
  EXPECT_FALSE(IsWellFormedUtf8("caf\xe9!"));
  EXPECT_FALSE(IsWellFormedUtf8("\xc0\xaf"));        // overlong '/'
  EXPECT_FALSE(IsWellFormedUtf8("\xed\xa0\x80"));    // surrogate
  EXPECT_FALSE(IsWellFormedUtf8("end\xf0\x9f"));     // truncated
  EXPECT_FALSE(IsWellFormedUtf8("ok \xf4\x90\x80\x80"));  // beyond U+10FFFF
}

}  // namespace
}  // namespace phishscan
