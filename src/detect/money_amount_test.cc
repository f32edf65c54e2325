#include "detect/money_amount.h"

#include <gtest/gtest.h>

#include "base/text.h"

namespace phishscan {
namespace {

// The largest sum found in `raw` after normalisation, or -1.
double LargestIn(std::string_view raw) {
  double best = -1;
  for (const MoneyAmount& a : FindMoneyAmounts(NormalizeText(raw))) best = std::max(best, a.value);
  return best;
}

TEST(ParseGroupedNumberTest, SeparatorsAsWritten) {
  EXPECT_DOUBLE_EQ(ParseGroupedNumber("1,500,000.00"), 1500000);
  EXPECT_DOUBLE_EQ(ParseGroupedNumber("2.500.000,00"), 2500000);
  EXPECT_DOUBLE_EQ(ParseGroupedNumber("350.000"), 350000);
  EXPECT_DOUBLE_EQ(ParseGroupedNumber("1,500"), 1500);
  EXPECT_DOUBLE_EQ(ParseGroupedNumber("15,8"), 15.8);
  EXPECT_DOUBLE_EQ(ParseGroupedNumber("4.5"), 4.5);
  EXPECT_DOUBLE_EQ(ParseGroupedNumber("2 500 000"), 2500000);
  EXPECT_DOUBLE_EQ(ParseGroupedNumber("12"), 12);
}

TEST(ParseGroupedNumberTest, RejectsWhatIsNotANumber) {
  EXPECT_LT(ParseGroupedNumber(""), 0);
  EXPECT_LT(ParseGroupedNumber("abc"), 0);
  EXPECT_LT(ParseGroupedNumber("1.2.3,4,5"), 0);
  EXPECT_LT(ParseGroupedNumber(std::string(64, '9')), 0);
}

TEST(MoneyAmountTest, FortunesInSevenLanguages) {
  EXPECT_DOUBLE_EQ(LargestIn("a consignment box worth $1,500,000.00 left for you"), 1500000);
  EXPECT_DOUBLE_EQ(LargestIn("the sum of USD 4.5 million"), 4500000);
  EXPECT_DOUBLE_EQ(LargestIn("US$12.5 million"), 12500000);
  EXPECT_DOUBLE_EQ(LargestIn("($6.8M) deposited"), 6800000);
  EXPECT_DOUBLE_EQ(LargestIn("un héritage de 2.500.000,00 € pour vous"), 2500000);
  EXPECT_DOUBLE_EQ(LargestIn("eine Erbschaft von 4,5 Millionen Euro"), 4500000);
  EXPECT_DOUBLE_EQ(LargestIn("una herencia de 3 millones de dólares"), 3000000);
  EXPECT_DOUBLE_EQ(LargestIn("o fundo restante (15,8 milhões de dólares americanos)"), 15800000);
  EXPECT_DOUBLE_EQ(LargestIn("een bedrag van 2 500 000 euro"), 2500000);
  EXPECT_DOUBLE_EQ(LargestIn("una donazione di 2 milioni di euro"), 2000000);
  EXPECT_DOUBLE_EQ(LargestIn("é de 7.500.000,00 USD"), 7500000);
  EXPECT_DOUBLE_EQ(LargestIn("350 mil dólares"), 350000);
}

TEST(MoneyAmountTest, SpeltOutMillions) {
  EXPECT_GE(LargestIn("Six Million eight Hundred thousand United State Dollars"), 1e6);
  EXPECT_GE(LargestIn("one million five hundred thousand dollars"), 1e6);
  EXPECT_GE(LargestIn("deux millions de dollars"), 1e6);
  const std::vector<MoneyAmount> found = FindMoneyAmounts("one million five hundred thousand dollars");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "one million five hundred thousand dollars");
}

TEST(MoneyAmountTest, PricesAreSmall) {
  EXPECT_LT(LargestIn("Your order total: $49.99, shipping 4,90 €"), kLargeSum);
  EXPECT_LT(LargestIn("Save 30% on everything over 50 EUR"), kLargeSum);
  EXPECT_LT(LargestIn("Rechnungsbetrag 1.234,56 EUR"), kLargeSum);
}

// A currency written after the sum at the end of a sentence keeps its
// full stop: "Importe cobrado: 459,00 €." is still money.
TEST(MoneyAmountTest, CurrencyAfterTheSumBeforeAFullStop) {
  EXPECT_DOUBLE_EQ(LargestIn("Montant débité : 429,00 €. Une question ?"), 429);
  EXPECT_DOUBLE_EQ(LargestIn("Betrag abgebucht: 389,00 EUR."), 389);
  EXPECT_DOUBLE_EQ(LargestIn("Importo addebitato: 399,00 euro."), 399);
  EXPECT_LT(LargestIn("Ci vediamo alle 18.00. Porta due amici."), 0);
}

TEST(MoneyAmountTest, NumbersWithoutCurrencyAreNotMoney) {
  EXPECT_TRUE(FindMoneyAmounts("order 4411230 shipped to 2 500 000 people, 3 million views").empty());
  EXPECT_TRUE(FindMoneyAmounts("in 2024 we had 1,500,000 visitors").empty());
  EXPECT_TRUE(FindMoneyAmounts("millions of users trust us").empty());
}

TEST(MoneyAmountTest, BoundedOnHostileInput) {
  std::string digits(100000, '9');
  EXPECT_LE(FindMoneyAmounts(digits + " dollars").size(), 8u);
  std::string many;
  for (int i = 0; i < 5000; ++i) many += "$1,000,000 ";
  EXPECT_EQ(FindMoneyAmounts(many, 3).size(), 3u);
  std::string millions;
  for (int i = 0; i < 5000; ++i) millions += "million ";
  EXPECT_TRUE(FindMoneyAmounts(millions).empty());
}

}  // namespace
}  // namespace phishscan
