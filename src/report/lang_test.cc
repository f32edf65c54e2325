#include <gtest/gtest.h>

#include "phishscan/report.h"

namespace phishscan {
namespace {

TEST(LangTest, FrenchNamesAndLocales) {
  EXPECT_EQ(LangFromString("fr"), Lang::kFr);
  EXPECT_EQ(LangFromString("FR"), Lang::kFr);
  EXPECT_EQ(LangFromString("fr_FR.UTF-8"), Lang::kFr);
  EXPECT_EQ(LangFromString("fr_CA"), Lang::kFr);
  EXPECT_EQ(LangFromString("fr-BE"), Lang::kFr);
  EXPECT_EQ(LangFromString("fr.UTF-8"), Lang::kFr);
  EXPECT_EQ(LangFromString("fr@euro"), Lang::kFr);
}

TEST(LangTest, AnythingElseIsEnglish) {
  EXPECT_EQ(LangFromString("en"), Lang::kEn);
  EXPECT_EQ(LangFromString("en_US.UTF-8"), Lang::kEn);
  EXPECT_EQ(LangFromString("C"), Lang::kEn);
  EXPECT_EQ(LangFromString(""), Lang::kEn);
  EXPECT_EQ(LangFromString("f"), Lang::kEn);
  EXPECT_EQ(LangFromString("fry"), Lang::kEn);  // Frisian, not French
  EXPECT_EQ(LangFromString("de_DE"), Lang::kEn);
}

}  // namespace
}  // namespace phishscan
