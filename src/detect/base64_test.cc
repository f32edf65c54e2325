#include "detect/base64.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

TEST(Base64Test, EncodesWithoutPadding) {
  EXPECT_EQ(Base64EncodeUnpadded("a@b.fr"), "YUBiLmZy");
  EXPECT_EQ(Base64EncodeUnpadded("ab"), "YWI");
  EXPECT_EQ(Base64EncodeUnpadded(""), "");
}

TEST(Base64Test, DecodesBothAlphabetsAndPadding) {
  EXPECT_EQ(Base64Decode("YWI="), "ab");
  EXPECT_EQ(Base64Decode("YWI"), "ab");
  EXPECT_EQ(Base64Decode("aHR0cHM6Ly9ldmlsLmV4YW1wbGUvP2E9MQ"), "https://evil.example/?a=1");
  EXPECT_EQ(Base64Decode("-_8"), std::string("\xfb\xff", 2));
}

TEST(Base64Test, RejectsNonBase64) {
  EXPECT_FALSE(Base64Decode("not base64!").has_value());
  EXPECT_FALSE(Base64Decode("Y").has_value());
}

}  // namespace
}  // namespace phishscan
