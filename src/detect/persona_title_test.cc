#include "detect/persona_title.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

TEST(PersonaTitleTest, TitlesBeforeANameAsWholeWords) {
  EXPECT_EQ(PersonaTitle("mr. john brown"), "mr");
  EXPECT_EQ(PersonaTitle("mrs.grace"), "mrs");
  EXPECT_EQ(PersonaTitle("\"barrister okafor\""), "barrister");
  EXPECT_EQ(PersonaTitle("dr john"), "dr");
}

TEST(PersonaTitleTest, WordsThatOnlyStartLikeATitle) {
  EXPECT_EQ(PersonaTitle("mrbeast store"), "");
  EXPECT_EQ(PersonaTitle("drive team"), "");
  EXPECT_EQ(PersonaTitle("general electric"), "");
  EXPECT_EQ(PersonaTitle(""), "");
  EXPECT_EQ(PersonaTitle("alice martin"), "");
}

}  // namespace
}  // namespace phishscan
