#include "detect/payout_quantity.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

TEST(PayoutQuantityTest, LargeSumsInEveryWriting) {
  EXPECT_FALSE(FindPayoutQuantity("www.example.blogspot.com - binance 133 287 euro").empty());
  EXPECT_FALSE(FindPayoutQuantity("148641 usd binance").empty());
  EXPECT_FALSE(FindPayoutQuantity("transfers to your card from $3000 per day").empty());
  EXPECT_FALSE(FindPayoutQuantity("gagnez 2.500 € par jour").empty());
}

TEST(PayoutQuantityTest, CoinQuantities) {
  EXPECT_EQ(FindPayoutQuantity("www.example.blogspot.pt - 1.331 btc binance"), "1.331 btc");
  EXPECT_EQ(FindPayoutQuantity("receive eth 0,75 now"), "eth 0,75");
  EXPECT_EQ(FindPayoutQuantity("27 513 dogecoin"), "513 dogecoin");
}

TEST(PayoutQuantityTest, NamesPricesAndBonusesAreNot) {
  EXPECT_EQ(FindPayoutQuantity("anna.kowalski"), "");
  EXPECT_EQ(FindPayoutQuantity("btc4life2"), "");
  EXPECT_EQ(FindPayoutQuantity("welcome bonus 10 eur"), "");
  EXPECT_EQ(FindPayoutQuantity("price for 200 chairs"), "");
  EXPECT_EQ(FindPayoutQuantity("calle del sol 12"), "");
}

}  // namespace
}  // namespace phishscan
