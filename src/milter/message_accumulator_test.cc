#include "milter/message_accumulator.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

TEST(MessageAccumulatorTest, RebuildsTheMessage) {
  MessageAccumulator m(1 << 20);
  m.AddHeader("From", "a@example.com");
  m.AddHeader("Subject", "Hello\r\n\tworld");
  m.EndHeaders();
  m.AddBody("line 1\r\n");
  m.AddBody("line 2\r\n");
  EXPECT_EQ(m.bytes(), "From: a@example.com\r\nSubject: Hello\r\n\tworld\r\n\r\nline 1\r\nline 2\r\n");
  EXPECT_FALSE(m.overflowed());
  ASSERT_TRUE(m.subject().has_value());
  EXPECT_EQ(*m.subject(), "Hello\r\n\tworld");
  EXPECT_TRUE(m.has_subject());
}

TEST(MessageAccumulatorTest, StopsAtTheLimit) {
  MessageAccumulator m(32);
  m.AddHeader("From", "a@example.com");
  m.EndHeaders();
  m.AddBody(std::string(1000, 'x'));
  EXPECT_TRUE(m.overflowed());
  EXPECT_EQ(m.bytes().size(), 32u);
  m.AddBody("more");
  EXPECT_EQ(m.bytes().size(), 32u);
}

TEST(MessageAccumulatorTest, ExactlyAtTheLimitIsNotOverflow) {
  MessageAccumulator m(8);
  m.AddBody("12345678");
  EXPECT_FALSE(m.overflowed());
  m.AddBody("9");
  EXPECT_TRUE(m.overflowed());
}

TEST(MessageAccumulatorTest, CountsPlantedHeadersCaseInsensitively) {
  MessageAccumulator m(1 << 20);
  m.AddHeader("X-Phishscan-Verdict", "clean");
  m.AddHeader("x-phishscan-verdict", "clean");
  m.AddHeader("X-Phishscan-Score", "0");
  m.AddHeader("X-Mailer", "x");
  ASSERT_EQ(m.planted_headers().size(), 2u);
  EXPECT_EQ(m.planted_headers().at("X-Phishscan-Verdict"), 2);
  EXPECT_EQ(m.planted_headers().at("X-Phishscan-Score"), 1);
}

TEST(MessageAccumulatorTest, KeepsTheFirstSubjectOnly) {
  MessageAccumulator m(1 << 20);
  m.AddHeader("subject", "first");
  m.AddHeader("Subject", "second");
  EXPECT_EQ(*m.subject(), "first");
}

TEST(MessageAccumulatorTest, OverlongSubjectIsNotOfferedForRewrite) {
  MessageAccumulator m(1 << 20);
  m.AddHeader("Subject", std::string(100000, 'a'));
  EXPECT_TRUE(m.has_subject());
  EXPECT_FALSE(m.subject().has_value());
}

TEST(MessageAccumulatorTest, NoSubject) {
  MessageAccumulator m(1 << 20);
  m.AddHeader("From", "a@example.com");
  EXPECT_FALSE(m.has_subject());
}

}  // namespace
}  // namespace phishscan
