#include "detect/sender_name_words.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

using Words = std::vector<std::string>;

TEST(SenderNameWordsTest, KeepsTheNameDropsTheRole) {
  EXPECT_EQ(DistinctiveNameWords("Washington Mutual Security Service"), (Words{"washington", "mutual"}));
  EXPECT_EQ(DistinctiveNameWords("Équipe Crédit Agricole"), (Words{"crédit", "agricole"}));
  EXPECT_EQ(DistinctiveNameWords("Kundenservice Sparkasse"), (Words{"sparkasse"}));
}

TEST(SenderNameWordsTest, NothingDistinctive) {
  EXPECT_TRUE(DistinctiveNameWords("Customer Support Team").empty());
  EXPECT_TRUE(DistinctiveNameWords("IT").empty());
  EXPECT_TRUE(DistinctiveNameWords("").empty());
  EXPECT_TRUE(DistinctiveNameWords("billing@example.com").empty());
}

TEST(SenderNameWordsTest, AtMostThreeWordsOnceEach) {
  EXPECT_EQ(DistinctiveNameWords("Alpha Beta Alpha Gamma Delta Epsilon"), (Words{"alpha", "beta", "gamma"}));
}

TEST(SenderNameWordsTest, TextNamesTheSenderWithWholeWords) {
  const Words words = {"washington", "mutual"};
  EXPECT_TRUE(TextNamesWords("Washington Mutual Online Banking", words));
  EXPECT_TRUE(TextNamesWords("Log in to WASHINGTON MUTUAL", words));
  EXPECT_FALSE(TextNamesWords("Washington Post", words));
  EXPECT_FALSE(TextNamesWords("washingtonmutual.com", words));
  EXPECT_FALSE(TextNamesWords("anything", {}));
}

TEST(SenderNameWordsTest, TwoWordsOfALongerNameAreEnough) {
  const Words words = {"harbour", "savings", "bank"};
  EXPECT_TRUE(TextNamesWords("Harbour Savings Online", words));
  EXPECT_FALSE(TextNamesWords("Harbour view", words));
  EXPECT_TRUE(TextNamesWords("PayPal", {"paypal"}));
}

}  // namespace
}  // namespace phishscan
