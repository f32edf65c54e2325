#include "parse/message.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

Message WithHeaders() {
  Message m;
  m.headers.push_back({"Received", "one", "one"});
  m.headers.push_back({"Subject", "first", "first"});
  m.headers.push_back({"received", "two", "two"});
  return m;
}

TEST(MessageTest, FindHeaderIsCaseInsensitiveAndReturnsTheFirst) {
  const Message m = WithHeaders();
  ASSERT_NE(m.FindHeader("RECEIVED"), nullptr);
  EXPECT_EQ(m.FindHeader("RECEIVED")->value, "one");
  EXPECT_EQ(m.FindHeader("subject")->value, "first");
  EXPECT_EQ(m.FindHeader("Subjec"), nullptr);
  EXPECT_EQ(Message().FindHeader("Subject"), nullptr);
}

TEST(MessageTest, CountHeaders) {
  const Message m = WithHeaders();
  EXPECT_EQ(m.CountHeaders("Received"), 2u);
  EXPECT_EQ(m.CountHeaders("subject"), 1u);
  EXPECT_EQ(m.CountHeaders("To"), 0u);
}

}  // namespace
}  // namespace phishscan
