#include "extract/read_attributes.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

TEST(KeepsAttributeTest, KeepsWhatExtractionAndTreeConstructionRead) {
  for (std::string_view name : kReadAttributes) EXPECT_TRUE(KeepsAttribute(name)) << name;
  EXPECT_TRUE(KeepsAttribute("HREF"));
  EXPECT_TRUE(KeepsAttribute("Http-Equiv"));
  EXPECT_TRUE(KeepsAttribute("face"));    // <font face> ends foreign content
  EXPECT_TRUE(KeepsAttribute("prompt"));  // <isindex prompt> becomes text
}

TEST(KeepsAttributeTest, DropsTheRest) {
  for (std::string_view name : {"width", "cellpadding", "align", "data-id", "hre", "hrefs", "", "on"}) {
    EXPECT_FALSE(KeepsAttribute(name)) << name;
  }
}

TEST(TakesAttributeValueTest, OnlyValuesTreeConstructionNeverReads) {
  for (std::string_view name : kTakenValueAttributes) {
    EXPECT_TRUE(TakesAttributeValue(name)) << name;
    EXPECT_TRUE(KeepsAttribute(name)) << name;  // a value is taken only from a kept attribute
  }
  EXPECT_TRUE(TakesAttributeValue("STYLE"));
  for (std::string_view name : {"type", "name", "action", "color", "face", "size", "prompt", "encoding", "width"}) {
    EXPECT_FALSE(TakesAttributeValue(name)) << name;
  }
}

TEST(AttributeNameTest, NamesAListedAttribute) {
  constexpr AttributeName href("href");
  EXPECT_EQ(href.view(), "href");
  // AttributeName("width") does not compile: "width" is not read.
}

}  // namespace
}  // namespace phishscan
