#include "detect/host_labels.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

Url MustParse(std::string_view text) {
  std::optional<Url> url = ParseUrl(text);
  EXPECT_TRUE(url.has_value()) << text;
  return url.value_or(Url{});
}

TEST(HostLabelsTest, Parts) {
  EXPECT_EQ(SplitLabels("a.b.c"), (std::vector<std::string_view>{"a", "b", "c"}));
  EXPECT_TRUE(SplitLabels("").empty());
  EXPECT_EQ(OrganisationLabel("dupont-avocats.fr"), "dupont-avocats");
  EXPECT_EQ(PublicSuffixOf("imap-auth-portal.pages.dev"), "pages.dev");
  EXPECT_EQ(PublicSuffixOf("localhost"), "");
  EXPECT_EQ(ChosenPart(MustParse("https://x.imap-auth-portal.pages.dev/")), "x.imap-auth-portal");
  EXPECT_EQ(ChosenPart(MustParse("https://www.example.co.uk/")), "www.example");
}

TEST(HostLabelsTest, HostHasLabel) {
  Url tracker = MustParse("https://example-bakery.us21.list-manage.com/track/click");
  EXPECT_TRUE(HostHasLabel(tracker, "example-bakery"));
  EXPECT_FALSE(HostHasLabel(tracker, "example"));
  // The public suffix is not a chosen label.
  EXPECT_FALSE(HostHasLabel(MustParse("https://verify.portal.example/"), "example"));
  EXPECT_FALSE(HostHasLabel(MustParse("https://a.b.example.net/"), "b"));  // too short to compare
}

TEST(HostLabelsTest, ChosenSenderLabelsDropTheSuffixAndPunycode) {
  Mailbox from;
  from.domain = "em1234.xn--bcher-kva.news.shop.co.uk";
  from.registrable_domain = "shop.co.uk";
  EXPECT_EQ(ChosenSenderLabels(from), (std::vector<std::string>{"em1234", "news", "shop"}));
  from.domain = "co.uk";  // nothing left of the suffix
  EXPECT_TRUE(ChosenSenderLabels(from).empty());
  EXPECT_TRUE(ChosenSenderLabels(Mailbox{}).empty());
}

}  // namespace
}  // namespace phishscan
