#include "detect/labelled_value.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

const std::vector<std::string_view> kPassword = {"password", "mot de passe", "senha"};

TEST(LabelledValueTest, FindsValuesAfterAColon) {
  auto found = FindLabelledValues("customer id: 61363414 password: bx5vbi99. thanks", kPassword);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].label, "password");
  EXPECT_EQ(found[0].value, "bx5vbi99");
  found = FindLabelledValues("mot de passe : k7q2mz\nsite : x", kPassword);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "k7q2mz");
  EXPECT_EQ(FindLabelledValues("senha=ab12cd", kPassword).size(), 1u);
}

TEST(LabelledValueTest, NeedsALabelAtAWordStartAndAColon) {
  EXPECT_TRUE(FindLabelledValues("reset your password today", kPassword).empty());
  EXPECT_TRUE(FindLabelledValues("mypassword: abc123", kPassword).empty());
  EXPECT_TRUE(FindLabelledValues("password:", kPassword).empty());
  EXPECT_TRUE(FindLabelledValues("password:\nnext line", kPassword).empty());
  EXPECT_TRUE(FindLabelledValues("", kPassword).empty());
}

TEST(LabelledValueTest, BoundedValueAndCount) {
  EXPECT_TRUE(FindLabelledValues("password: " + std::string(200, 'x'), kPassword).empty());
  std::string many;
  for (int i = 0; i < 50; ++i) many += "password: a" + std::to_string(i) + " ";
  EXPECT_EQ(FindLabelledValues(many, kPassword, 4).size(), 4u);
}

TEST(LabelledValueTest, LabelBeforeSeparator) {
  EXPECT_TRUE(HasLabelBeforeSeparator("your password: x", kPassword));
  EXPECT_TRUE(HasLabelBeforeSeparator("senha \t : x", kPassword));
  EXPECT_TRUE(HasLabelBeforeSeparator("a: b. senha=x", kPassword, ":="));
  EXPECT_FALSE(HasLabelBeforeSeparator("senha=x", kPassword));
  EXPECT_FALSE(HasLabelBeforeSeparator("password reset: today", kPassword));
  EXPECT_FALSE(HasLabelBeforeSeparator(": password", kPassword));
  EXPECT_FALSE(HasLabelBeforeSeparator("", kPassword));
  const std::vector<std::string_view> spaced = {"pass "};
  EXPECT_TRUE(HasLabelBeforeSeparator("pass : x", spaced));
}

}  // namespace
}  // namespace phishscan
