#include <gtest/gtest.h>

#include "parse/message.h"

namespace phishscan {
namespace {

TEST(ParseMailboxListTest, NameAndAddress) {
  std::vector<Mailbox> list = ParseMailboxList("\"Webmail Support\" <Support@KX-Hosting.Example.COM>");
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].display_name, "Webmail Support");
  EXPECT_EQ(list[0].address, "Support@kx-hosting.example.com");
  EXPECT_EQ(list[0].domain, "kx-hosting.example.com");
  EXPECT_EQ(list[0].registrable_domain, "example.com");
}

TEST(ParseMailboxListTest, EncodedDisplayNameCannotInjectAnAddress) {
  std::vector<Mailbox> list =
      ParseMailboxList("=?utf-8?q?PayPal_=3Cservice=40paypal.com=3E?= <alerts@evil.example>");
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].address, "alerts@evil.example");
  EXPECT_EQ(list[0].display_name, "PayPal <service@paypal.com>");
}

TEST(ParseMailboxListTest, Rfc2047NamesInSeveralCharsets) {
  std::vector<Mailbox> list = ParseMailboxList(
      "=?ISO-8859-1?Q?Ren=E9_Dupr=E9?= <rene@example.fr>, "
      "=?UTF-8?B?0KHQu9GD0LbQsdCw?= <help@example.ru>");
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].display_name, "Ren\xC3\xA9 Dupr\xC3\xA9");
  EXPECT_EQ(list[1].display_name, "\xD0\xA1\xD0\xBB\xD1\x83\xD0\xB6\xD0\xB1\xD0\xB0");  // Служба
}

TEST(ParseMailboxListTest, GroupsAreFlattened) {
  std::vector<Mailbox> list =
      ParseMailboxList("Team: a@one.example, b@two.example;, c@three.example");
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list[2].domain, "three.example");
  EXPECT_TRUE(ParseMailboxList("undisclosed-recipients:;").empty());
}

TEST(ParseMailboxListTest, UnicodeDomainBecomesPunycode) {
  std::vector<Mailbox> list = ParseMailboxList("<info@p\xD0\xB0ypal.com>");  // Cyrillic "а"
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].domain, "xn--pypal-4ve.com");
}

TEST(ParseMailboxListTest, BrokenValuesStillYieldAnAddress) {
  std::vector<Mailbox> list = ParseMailboxList("\"Bank\"security@bank-alerts.example");
  ASSERT_FALSE(list.empty());
  EXPECT_EQ(list[0].domain, "bank-alerts.example");
  EXPECT_TRUE(ParseMailboxList("").empty());
  EXPECT_TRUE(ParseMailboxList("no address here").size() <= 1u);
}

TEST(ParseMailboxListTest, HugeListIsBounded) {
  std::string value;
  for (int i = 0; i < 5000; ++i) value += "u" + std::to_string(i) + "@x.example, ";
  EXPECT_LE(ParseMailboxList(value).size(), 1000u);
}

TEST(MailboxFromAddressTest, EnvelopeForms) {
  Mailbox m = MailboxFromAddress(" <Bounce-7731@Srv4.Mailer.Example> ");
  EXPECT_EQ(m.address, "Bounce-7731@srv4.mailer.example");
  EXPECT_EQ(m.domain, "srv4.mailer.example");
  EXPECT_EQ(m.registrable_domain, "mailer.example");
  EXPECT_EQ(m.display_name, "");
  EXPECT_EQ(MailboxFromAddress("<>").address, "");
  EXPECT_EQ(MailboxFromAddress("postmaster").domain, "");
}

}  // namespace
}  // namespace phishscan
