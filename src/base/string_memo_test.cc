#include "base/string_memo.h"

#include <gtest/gtest.h>

#include <string>

namespace phishscan {
namespace {

TEST(StringMemoTest, FindsWhatWasStored) {
  StringMemo memo;
  EXPECT_EQ(memo.Find("mail.example.com"), nullptr);
  memo.Store("mail.example.com", "example.com");
  const std::string* found = memo.Find("mail.example.com");
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(*found, "example.com");
  EXPECT_EQ(memo.Find("mail.example.org"), nullptr);
}

TEST(StringMemoTest, KeysAreExact) {
  StringMemo memo;
  memo.Store("Example.COM", "example.com");
  EXPECT_EQ(memo.Find("example.com"), nullptr);
  EXPECT_EQ(memo.Find("Example.COM."), nullptr);
}

TEST(StringMemoTest, StoringAgainReplacesTheValue) {
  StringMemo memo;
  memo.Store("a.example", "first");
  memo.Store("a.example", "second");
  ASSERT_NE(memo.Find("a.example"), nullptr);
  EXPECT_EQ(*memo.Find("a.example"), "second");
}

TEST(StringMemoTest, StaysBoundedAndNeverAnswersWrongly) {
  StringMemo memo;
  // Far more keys than slots: older entries are evicted, but whatever is
  // still found must be the value stored for that very key.
  for (int i = 0; i < 1000; ++i) {
    memo.Store("host" + std::to_string(i) + ".example", "value" + std::to_string(i));
  }
  int held = 0;
  for (int i = 0; i < 1000; ++i) {
    const std::string* found = memo.Find("host" + std::to_string(i) + ".example");
    if (found == nullptr) continue;
    ++held;
    EXPECT_EQ(*found, "value" + std::to_string(i));
  }
  EXPECT_GT(held, 0);
  EXPECT_LE(held, static_cast<int>(StringMemo::kSlots));
  // The most recent key always survives.
  ASSERT_NE(memo.Find("host999.example"), nullptr);
}

TEST(StringMemoTest, DoesNotRememberOverlongKeys) {
  StringMemo memo;
  const std::string key(StringMemo::kMaxKeyBytes + 1, 'a');
  memo.Store(key, "x");
  EXPECT_EQ(memo.Find(key), nullptr);
  const std::string longest(StringMemo::kMaxKeyBytes, 'a');
  memo.Store(longest, "y");
  ASSERT_NE(memo.Find(longest), nullptr);
  EXPECT_EQ(*memo.Find(longest), "y");
}

}  // namespace
}  // namespace phishscan
