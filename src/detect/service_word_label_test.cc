#include "detect/service_word_label.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace phishscan {
namespace {

bool HasName(std::string_view label, std::string_view name) {
  const std::vector<std::string_view> names = NamesBetweenServiceWords(label);
  return std::find(names.begin(), names.end(), name) != names.end();
}

TEST(ServiceWordLabelTest, NameRunIntoServiceWords) {
  EXPECT_TRUE(HasName("githubsupport", "github"));
  EXPECT_TRUE(HasName("securepaypal", "paypal"));
  EXPECT_TRUE(HasName("netflixaccountsupport", "netflix"));  // "accounts" must not swallow the "s"
  EXPECT_TRUE(HasName("binance-kundenservice24", "binance"));
  EXPECT_TRUE(HasName("soportebbva", "bbva"));
  EXPECT_TRUE(HasName("suporte-correios-atendimento", "correios"));
  EXPECT_TRUE(HasName("paypal-secure-login", "paypal"));
}

TEST(ServiceWordLabelTest, ProductWordsAndNumbersAreNotServiceWords) {
  EXPECT_FALSE(HasName("githubassets", "github"));
  EXPECT_FALSE(HasName("githubusercontent", "github"));
  EXPECT_FALSE(HasName("microsoftonline", "microsoft"));
  EXPECT_FALSE(HasName("appleshop-repair", "appleshop"));
  EXPECT_FALSE(HasName("paypal24", "paypal"));  // no word at all
  EXPECT_FALSE(HasName("paypal", "paypal"));
  EXPECT_TRUE(NamesBetweenServiceWords("supportsupport").size() > 0);
}

TEST(ServiceWordLabelTest, OverlongLabelsAreIgnored) {
  const std::string label = "paypal" + std::string(200, 'a') + "support";
  EXPECT_TRUE(NamesBetweenServiceWords(label).empty());
  EXPECT_TRUE(NamesBetweenServiceWords("").empty());
  std::string many;
  while (many.size() < 60) many += "help-";
  EXPECT_LE(NamesBetweenServiceWords(many).size(), 64u * 64u);
}

}  // namespace
}  // namespace phishscan
