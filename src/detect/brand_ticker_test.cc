#include "detect/brand_ticker.h"

#include <gtest/gtest.h>

#include <string>

#include "detect/detector_test_support.h"

namespace phishscan {
namespace {

const BrandCatalog& Catalog() { return testing::SharedKnowledge().brands(); }

TEST(BrandTickerTest, DollarTickerOfABrandNameOrDomainLabel) {
  std::optional<BrandTicker> t = FindBrandTicker("Introducing $DISNEY Coin rewards!", Catalog());
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->brand->name, "Disney+");  // "disney" is the label of disney.com
  EXPECT_EQ(t->written, "$DISNEY");
  t = FindBrandTicker("What is $ADIDAS? Our newly launched coin.", Catalog());
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->brand->name, "Adidas");
}

TEST(BrandTickerTest, BrandNextToACoinWordInSevenLanguages) {
  for (const char* text : {"the Adidas coin", "le jeton Adidas", "die Adidas-Münze", "la moneda Adidas",
                           "a moeda Adidas", "de Adidas munt", "la moneta Adidas"}) {
    std::optional<BrandTicker> t = FindBrandTicker(text, Catalog());
    ASSERT_TRUE(t.has_value()) << text;
    EXPECT_EQ(t->brand->name, "Adidas") << text;
  }
  EXPECT_EQ(FindBrandTicker("the Adidas coin", Catalog())->written, "Adidas coin");
}

TEST(BrandTickerTest, OrdinaryTextHasNoTicker) {
  for (const char* text : {"Your order of $25 from Adidas has shipped.", "Your GitHub token expires soon.",
                           "Pay $ups later", "Bitcoin coin news", "$ADIDASX", "Adidas shoes and a coin purse",
                           "", "$", "coin"}) {
    EXPECT_FALSE(FindBrandTicker(text, Catalog()).has_value()) << text;
  }
}

TEST(BrandTickerTest, ManyCoinWordsAreBoundedAndHarmless) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "coin abcdefgh ";
  text += "$ADIDAS";
  // Far past the bound on look-ups and bytes: nothing found, quickly.
  EXPECT_FALSE(FindBrandTicker(text, Catalog()).has_value());
}

}  // namespace
}  // namespace phishscan
