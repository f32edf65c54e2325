#include "parse/displayed_sender.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "phishscan/limits.h"

namespace phishscan {
namespace {

std::optional<Mailbox> Recover(const std::string& from) {
  return RecoverDisplayedSender(from, ParseMailboxList(from));
}

TEST(DisplayedSenderTest, QuotedNameCommaBareAddress) {
  const auto shown = Recover("\"Ihr Gutschein wartet\", service@shop-mail.example");
  ASSERT_TRUE(shown.has_value());
  EXPECT_EQ(shown->display_name, "Ihr Gutschein wartet");
  EXPECT_EQ(shown->address, "service@shop-mail.example");
  EXPECT_EQ(shown->registrable_domain, "shop-mail.example");
}

TEST(DisplayedSenderTest, QuotedNameHoldingAnAtSignIsAName) {
  // GMime reads `"Promotions@shop.example"` as an address, quotes included.
  const auto shown = Recover("\"Promotions@Shop.example\", news@mailer.example");
  ASSERT_TRUE(shown.has_value());
  EXPECT_EQ(shown->display_name, "Promotions@Shop.example");
  EXPECT_EQ(shown->domain, "mailer.example");
}

TEST(DisplayedSenderTest, EmptyBracketsAndSeveralWordsKeepTheFirstName) {
  const auto shown = Recover("\"Oferta exclusiva\", <>, Office, correo@envios.example");
  ASSERT_TRUE(shown.has_value());
  EXPECT_EQ(shown->display_name, "Oferta exclusiva");
  EXPECT_EQ(shown->address, "correo@envios.example");
  const auto unquoted = Recover("Confirmation, <>, Confirmation, service@colis.example");
  ASSERT_TRUE(unquoted.has_value());
  EXPECT_EQ(unquoted->display_name, "Confirmation");
}

TEST(DisplayedSenderTest, WellFormedFromIsNotRecovered) {
  for (const char* from :
       {"\"Dupont, Marie\" <marie@example.fr>", "Service client <service@shop.example>",
        "a@one.example, b@two.example", "Team: sales@shop.example;", "news@shop.example",
        "=?UTF-8?Q?M=C3=BCller=2C_Hans?= <hans@example.de>", "(Smith, John) <js@example.com>"}) {
    EXPECT_FALSE(Recover(from).has_value()) << from;
  }
}

TEST(DisplayedSenderTest, NothingToRecoverWithoutAUsableAddress) {
  EXPECT_FALSE(Recover("\"Nur ein Name\"").has_value());
  EXPECT_FALSE(Recover("Nom, Prénom").has_value());
  EXPECT_FALSE(RecoverDisplayedSender("", {}).has_value());
}

TEST(DisplayedSenderTest, HugeNameIsBounded) {
  const std::string from = "\"" + std::string(5000, 'x') + "\", a@b.example";
  const auto shown = Recover(from);
  ASSERT_TRUE(shown.has_value());
  EXPECT_LE(shown->display_name.size(), 512u);
  EXPECT_EQ(shown->address, "a@b.example");
}

TEST(DisplayedSenderTest, MessageExposesTheDisplayedSenderWithANote) {
  const Message m = ParseMessage(
      "From: \"Gratis Geschenk\", service@versand.example\nTo: a@example.org\n"
      "Subject: Hi\n\nHallo\n",
      Limits{});
  EXPECT_EQ(m.from.display_name, "Gratis Geschenk");
  EXPECT_EQ(m.from.address, "service@versand.example");
  EXPECT_EQ(m.from_all.size(), 2u);  // the parsed list stays as GMime read it
  EXPECT_TRUE(std::any_of(m.notes.begin(), m.notes.end(),
                          [](const std::string& n) { return n.find("From:") == 0; }));
}

TEST(DisplayedSenderTest, WellFormedMessageFromIsUnchangedAndNoted) {
  const Message m = ParseMessage(
      "From: \"Dupont, Marie\" <marie@example.fr>\nTo: a@example.org\nSubject: Hi\n\nBonjour\n",
      Limits{});
  EXPECT_EQ(m.from.display_name, "Dupont, Marie");
  EXPECT_EQ(m.from.address, "marie@example.fr");
  EXPECT_TRUE(std::none_of(m.notes.begin(), m.notes.end(),
                           [](const std::string& n) { return n.find("From:") == 0; }));
}

}  // namespace
}  // namespace phishscan
