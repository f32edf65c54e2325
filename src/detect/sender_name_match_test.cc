#include "detect/sender_name_match.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace phishscan {
namespace {

std::vector<std::string> Labels(std::string_view host) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i <= host.size()) {
    std::size_t j = host.find('.', i);
    if (j == std::string_view::npos) j = host.size();
    out.emplace_back(host.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

bool Matches(std::string_view name, std::string_view local, std::string_view chosen_host) {
  return NameMatchesAddress(SignificantNameWords(name), local, Labels(chosen_host));
}

TEST(SenderNameMatch, SignificantWordsAreFoldedWithoutGenericOnes) {
  EXPECT_EQ(SignificantNameWords("Crédit Agricole – Service Client"), (std::vector<std::string>{"credit", "agricole"}));
  EXPECT_EQ(SignificantNameWords("Die Techniker Kundenservice"), (std::vector<std::string>{"techniker"}));
  EXPECT_EQ(SignificantNameWords("Straße & Söhne GmbH"), (std::vector<std::string>{"strasse", "sohne"}));
  EXPECT_EQ(SignificantNameWords("CNET News.com"), (std::vector<std::string>{"cnet"}));
  EXPECT_TRUE(SignificantNameWords("\xE6\xA5\xBD\xE5\xA4\xA9").empty());  // other script
}

TEST(SenderNameMatch, HyphenatedNamesCountOnce) {
  EXPECT_EQ(CountNameWords("Jean-Pierre Martin", 3), 2u);
  EXPECT_EQ(CountNameWords("Anne-Sophie   Müller-Lüdenscheidt", 3), 2u);
  EXPECT_EQ(CountNameWords("Home Window Offers", 3), 3u);
  EXPECT_EQ(CountNameWords("The Home of Window Offers", 3), 3u);
  EXPECT_EQ(CountNameWords("", 3), 0u);
}

TEST(SenderNameMatch, WordsFoundInTheAddress) {
  EXPECT_TRUE(Matches("Deutsche Bahn", "noreply", "bahn"));
  EXPECT_TRUE(Matches("The Motley Fool", "fool", "motleyfool"));
  EXPECT_TRUE(Matches("Galeries Lafayette", "news", "e.galerieslafayette"));
  EXPECT_TRUE(Matches("Le Bon Coin", "noreply", "leboncoin"));
  EXPECT_TRUE(Matches("Sparkasse Köln Bonn", "service", "sparkasse-koeln-bonn"));
  EXPECT_TRUE(Matches("Lenny's Newsletter", "lenny", "substack"));
}

TEST(SenderNameMatch, AbbreviationsAndInitials) {
  EXPECT_TRUE(Matches("Washington Mutual", "alerts", "wamu"));
  EXPECT_TRUE(Matches("Université de Strasbourg", "noreply", "unistra"));
  EXPECT_TRUE(Matches("Caisse d'Epargne", "ne-pas-repondre", "ce"));
  EXPECT_TRUE(Matches("Club de Foot de Lyon", "cfl69", "orange"));
  EXPECT_TRUE(Matches("Banco Bilbao Vizcaya Argentaria", "info", "bbva"));
}

TEST(SenderNameMatch, UnrelatedNamesDoNot) {
  EXPECT_FALSE(Matches("Home Window Offers", "info", "lincoln-school"));
  EXPECT_FALSE(Matches("Gutter Guard Special", "contact", "riverside-bakery"));
  EXPECT_FALSE(Matches("Solar Panel Savings", "hello", "mx4.greenfield-dental"));
}

TEST(SenderNameMatch, BoundedOnRepetitiveNames) {
  std::string name;
  for (int i = 0; i < 40; ++i) name += "aa aaa aaaa ";
  EXPECT_TRUE(Matches(name, "aaaaaaaaaaaaaaaaaaaaaaab", "aaaaaaaaaaaaaaaaaaaaaaab"));
  EXPECT_FALSE(Matches(name, "bbbbbbbb", "bbbbbbbb"));
}

}  // namespace
}  // namespace phishscan
