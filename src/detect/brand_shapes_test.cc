#include "detect/brand_shapes.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <span>
#include <string_view>
#include <vector>

#include "detect/detector_test_support.h"
#include "extract/confusables.h"

namespace phishscan {
namespace {

TEST(BrandShapesTest, NamesAndSkeletons) {
  const BrandCatalog& catalog = testing::SharedKnowledge().brands();
  const BrandShapes* shapes = &testing::SharedKnowledge().brand_shapes();
  bool paypal = false;
  for (const BrandName& n : shapes->names()) {
    if (n.name == "paypal" && n.is_keyword) paypal = true;
    EXPECT_GE(n.name.size(), 3u);
    EXPECT_EQ(n.name.find(' '), std::string::npos);
  }
  EXPECT_TRUE(paypal);
  // "pаypal" with a Cyrillic а has the skeleton of "paypal".
  const BrandName* look = shapes->BySkeleton(ConfusableSkeleton("p\xD0\xB0ypal"));
  ASSERT_NE(look, nullptr);
  EXPECT_EQ(catalog.brands()[look->brand_index].name, "PayPal");
  EXPECT_EQ(shapes->BySkeleton(ConfusableSkeleton("bakery")), nullptr);
}

TEST(BrandShapesTest, BuiltOnceWithTheKnowledge) {
  const Knowledge& knowledge = testing::SharedKnowledge();
  EXPECT_EQ(&knowledge.brand_shapes(), &knowledge.brand_shapes());
  EXPECT_GT(knowledge.brand_shapes().names().size(), knowledge.brands().brands().size());
}

// The indexes give exactly what a scan of names() would, in catalog order.
TEST(BrandShapesTest, StrongKeywordIndexesMatchAFullScan) {
  const BrandShapes& shapes = testing::SharedKnowledge().brand_shapes();
  const std::vector<BrandName>& names = shapes.names();
  auto scan = [&](auto keep) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < names.size(); ++i)
      if (names[i].is_keyword && names[i].strong && keep(names[i].name)) out.push_back(i);
    return out;
  };
  auto sorted = [](std::span<const std::size_t> s) {
    std::vector<std::size_t> v(s.begin(), s.end());
    std::sort(v.begin(), v.end());
    return v;
  };
  for (std::string_view name : {"paypal", "microsoft", "amazon", "bakery", "", "zzzzzzzz"}) {
    std::span<const std::size_t> named = shapes.StrongKeywordsNamed(name);
    EXPECT_EQ(std::vector<std::size_t>(named.begin(), named.end()),
              scan([&](std::string_view n) { return n == name; }))
        << name;
  }
  EXPECT_FALSE(shapes.StrongKeywordsNamed("paypal").empty());
  for (std::string_view prefix : {"pay", "micros", "a", "qqq"}) {
    EXPECT_EQ(sorted(shapes.StrongKeywordsStartingWith(prefix)),
              scan([&](std::string_view n) { return n.substr(0, prefix.size()) == prefix; }))
        << prefix;
  }
  for (std::size_t length : {0, 3, 6, 9, 14, 200}) {
    std::span<const std::size_t> near = shapes.StrongKeywordsNearLength(length);
    EXPECT_EQ(std::vector<std::size_t>(near.begin(), near.end()), scan([&](std::string_view n) {
                return n.size() + BrandShapes::kMaxTypoEdits >= length && n.size() <= length + BrandShapes::kMaxTypoEdits;
              }))
        << length;
  }
}

}  // namespace
}  // namespace phishscan
