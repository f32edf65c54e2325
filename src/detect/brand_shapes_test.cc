#include "detect/brand_shapes.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace phishscan
