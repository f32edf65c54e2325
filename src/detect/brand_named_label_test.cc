#include "detect/brand_named_label.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

TEST(BrandNamedLabelTest, KeywordBecomesALabel) {
  EXPECT_EQ(KeywordAsLabel("banco do brasil"), "bancodobrasil");
  EXPECT_EQ(KeywordAsLabel("t-online"), "tonline");
  EXPECT_EQ(KeywordAsLabel("github"), "github");
  // No label can hold a dot or a non-ASCII letter as written.
  EXPECT_EQ(KeywordAsLabel("outlook.com"), "");
  EXPECT_EQ(KeywordAsLabel("österreichische post"), "");
}

TEST(BrandNamedLabelTest, LongNamesCountRunTogether) {
  EXPECT_TRUE(LabelCarriesName("bancodobrasil", "bancodobrasil"));
  EXPECT_TRUE(LabelCarriesName("infobradesco", "bradesco"));
  EXPECT_TRUE(LabelCarriesName("github-scanner", "github"));
  EXPECT_TRUE(LabelCarriesName("paypalsecure", "paypal"));
}

TEST(BrandNamedLabelTest, ShortNamesOnlyCountAsWholeTokens) {
  EXPECT_TRUE(LabelCarriesName("bpost-colis", "bpost"));
  EXPECT_TRUE(LabelCarriesName("ebay24", "ebay"));
  EXPECT_FALSE(LabelCarriesName("compost", "post"));
  EXPECT_FALSE(LabelCarriesName("sebayard", "ebay"));
  EXPECT_FALSE(LabelCarriesName("gmxtra", "gmx"));  // three letters are anyone's
  EXPECT_FALSE(LabelCarriesName("example", "github"));
}

}  // namespace
}  // namespace phishscan
