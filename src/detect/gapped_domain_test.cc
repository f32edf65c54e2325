#include "detect/gapped_domain.h"

#include <gtest/gtest.h>

#include <string>

namespace phishscan {
namespace {

TEST(GappedDomainTest, SpaceAfterTheDot) {
  GappedDomain g = FindGappedDomain("below are the details. website: coinvault. net id : 3982 pass: x7");
  EXPECT_EQ(g.domain, "coinvault.net");
  EXPECT_EQ(g.written, "coinvault. net");
  EXPECT_EQ(g.label, "website");
}

TEST(GappedDomainTest, SpacesAroundOrBeforeTheDot) {
  EXPECT_EQ(FindGappedDomain("www: coin-vault . net customer id: 90").domain, "coin-vault.net");
  EXPECT_EQ(FindGappedDomain("website : coinvault .net [remove gap]").domain, "coinvault.net");
  EXPECT_EQ(FindGappedDomain("site web : www.coinvault. com").domain, "www.coinvault.com");
  EXPECT_EQ(FindGappedDomain("webseite: kryptotresor . io").domain, "kryptotresor.io");
}

TEST(GappedDomainTest, PlainAddressesAreNotGapped) {
  EXPECT_TRUE(FindGappedDomain("website: coinvault.net").domain.empty());
  EXPECT_TRUE(FindGappedDomain("visit our website: shop.example.com. thanks for your order").domain.empty());
  EXPECT_TRUE(FindGappedDomain("url: https://coinvault.net/login").domain.empty());
}

// A country code after a gap is most often the next sentence.
TEST(GappedDomainTest, SentencesAfterALabelAreNotAddresses) {
  EXPECT_TRUE(FindGappedDomain("site : lyon. de 9h à 18h du lundi au vendredi").domain.empty());
  EXPECT_TRUE(FindGappedDomain("platform: windows. it works on mac too").domain.empty());
  EXPECT_TRUE(FindGappedDomain("our website is down. net banking works as usual").domain.empty());
}

TEST(GappedDomainTest, NoLabelNoFinding) {
  EXPECT_TRUE(FindGappedDomain("the new release of coinvault . net is out").domain.empty());
  EXPECT_TRUE(FindGappedDomain("").domain.empty());
}

TEST(GappedDomainTest, BoundedOnRepeatedLabels) {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "site: ";
  text += "site: coinvault . net";
  EXPECT_TRUE(FindGappedDomain(text).domain.empty());
  EXPECT_EQ(FindGappedDomain("site: coinvault . net").domain, "coinvault.net");
}

}  // namespace
}  // namespace phishscan
