#include "detect/subject_brand_voice.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

Brand Apple() { return Brand{"iCloud (Apple ID)", "cloud", {"apple.com"}, {"icloud", "apple id", "apple pay"}}; }
Brand Coinbase() { return Brand{"Coinbase", "crypto", {"coinbase.com"}, {"coinbase"}}; }

TEST(SubjectOpensWithBrandTest, ABrandOpeningTheSubjectSpeaksAsIt) {
  EXPECT_TRUE(SubjectOpensWithBrand("coinbase: was this you?", Coinbase()));
  EXPECT_TRUE(SubjectOpensWithBrand("[coinbase] new sign-in", Coinbase()));
  EXPECT_TRUE(SubjectOpensWithBrand("your coinbase account is locked", Coinbase()));
  EXPECT_TRUE(SubjectOpensWithBrand("apple id: your account has been disabled", Apple()));
  EXPECT_TRUE(SubjectOpensWithBrand("icloud (apple id) storage full", Apple()));
}

TEST(SubjectOpensWithBrandTest, ABrandNamedLaterIsOnlyNamed) {
  EXPECT_FALSE(SubjectOpensWithBrand("ihre karte wurde zu apple pay hinzugefügt", Apple()));
  EXPECT_FALSE(SubjectOpensWithBrand("votre carte a été ajoutée à apple pay", Apple()));
  EXPECT_FALSE(SubjectOpensWithBrand("how to buy bitcoin on coinbase", Coinbase()));
}

TEST(SubjectOpensWithBrandTest, OnlyWholeWords) {
  EXPECT_FALSE(SubjectOpensWithBrand("coinbases of the world", Coinbase()));
  EXPECT_FALSE(SubjectOpensWithBrand("", Coinbase()));
  EXPECT_FALSE(SubjectOpensWithBrand("   [[", Coinbase()));
}

}  // namespace
}  // namespace phishscan
