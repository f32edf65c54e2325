#include "base/byte_set.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace phishscan {
namespace {

TEST(ByteSetTest, MembershipCoversEveryByteValue) {
  constexpr ByteSet kSet(std::string_view("a?\0\x7F\x80\xFF", 6));
  for (int b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    const bool expected = b == 'a' || b == '?' || b == 0 || b == 0x7F || b == 0x80 || b == 0xFF;
    EXPECT_EQ(kSet.contains(c), expected) << b;
  }
  EXPECT_FALSE(ByteSet("").contains('\0'));
}

// Every search agrees with std::string_view's own, at every start position.
TEST(ByteSetTest, SearchesAgreeWithStringView) {
  const std::string_view kChars = " \t<>\",;()";
  const ByteSet set(kChars);
  for (std::string_view text : {std::string_view(""), std::string_view("plain"),
                                std::string_view("\"Jo (x)\" <jo@example.com>, b;c"),
                                std::string_view("  \t"), std::string_view("a\xC3\xA9 b")}) {
    for (std::size_t pos = 0; pos <= text.size() + 1; ++pos) {
      EXPECT_EQ(set.FindFirstIn(text, pos), text.find_first_of(kChars, pos)) << text << " " << pos;
      EXPECT_EQ(set.FindFirstNotIn(text, pos), text.find_first_not_of(kChars, pos)) << text << " " << pos;
      EXPECT_EQ(set.FindLastIn(text, pos), text.find_last_of(kChars, pos)) << text << " " << pos;
    }
    EXPECT_EQ(set.FindLastIn(text), text.find_last_of(kChars)) << text;
  }
}

}  // namespace
}  // namespace phishscan
