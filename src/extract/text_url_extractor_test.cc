#include "extract/text_url_extractor.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace phishscan {
namespace {

std::vector<Link> Links(std::string_view text, std::size_t max_links = 100) {
  std::vector<Link> links;
  AppendTextLinks(text, LinkOrigin::kPlainText, 3, max_links, links);
  return links;
}

TEST(AppendTextLinksTest, LabelBeforeAngleBracketedUrl) {
  const auto links = Links(
      "professional or personal engagements.\n\n"
      "AUTHENTICATE IMAP <https://dupont-avocats-fr.imap-auth-portal.pages.dev/cpanel/login?"
      "email=j.martin%40dupont-avocats.fr>\n\n1. Click on the above link.\n");
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].text, "AUTHENTICATE IMAP");
  EXPECT_EQ(links[0].url.host, "dupont-avocats-fr.imap-auth-portal.pages.dev");
  EXPECT_EQ(links[0].url.registrable_domain, "imap-auth-portal.pages.dev");
  EXPECT_EQ(links[0].origin, LinkOrigin::kPlainText);
  EXPECT_EQ(links[0].part_index, 3u);
}

TEST(AppendTextLinksTest, SeveralLabelledUrlsOnOneLine) {
  const auto links =
      Links("Se connecter: <https://a.example/login> Aide - <https://b.example/help>");
  ASSERT_EQ(links.size(), 2u);
  EXPECT_EQ(links[0].text, "Se connecter");
  EXPECT_EQ(links[1].text, "Aide");
}

TEST(AppendTextLinksTest, DomainLabelBeforeDifferentUrl) {
  const auto links = Links("www.paypal.com <https://evil.example/pp>");
  ASSERT_EQ(links.size(), 2u);
  EXPECT_EQ(links[0].url.host, "www.paypal.com");
  EXPECT_EQ(links[0].text, "");
  EXPECT_EQ(links[1].url.host, "evil.example");
  EXPECT_EQ(links[1].text, "www.paypal.com");
}

TEST(AppendTextLinksTest, BareUrlsAndTrailingPunctuation) {
  const auto links = Links(
      "Go to https://a.example/x. Or (see https://b.example/wiki/Foo_(bar)), "
      "or www.c.example, or \"http://d.example/q?x=1\"! mailto:help@e.example?");
  ASSERT_EQ(links.size(), 5u);
  EXPECT_EQ(links[0].url.normalized, "https://a.example/x");
  EXPECT_EQ(links[1].url.normalized, "https://b.example/wiki/Foo_(bar)");
  EXPECT_EQ(links[2].url.normalized, "http://www.c.example/");
  EXPECT_EQ(links[3].url.normalized, "http://d.example/q?x=1");
  EXPECT_EQ(links[4].url.scheme, "mailto");
  EXPECT_EQ(links[4].url.host, "e.example");
  for (const Link& link : links) EXPECT_EQ(link.text, "");
}

TEST(AppendTextLinksTest, UnicodeDelimitersEndUrls) {
  const auto links = Links("Lien\xC2\xA0:\xC2\xA0https://a.example/x\xC2\xA0suite "
                           "\xC2\xAB" "https://b.example/y\xC2\xBB");
  ASSERT_EQ(links.size(), 2u);
  EXPECT_EQ(links[0].url.normalized, "https://a.example/x");
  EXPECT_EQ(links[1].url.normalized, "https://b.example/y");
}

TEST(AppendTextLinksTest, UnicodeHostsAreKept) {
  const auto links = Links("visit http://\xE2\x91\xA0\xE2\x91\xA1\xE2\x91\xA2.com now");
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].url.host, "123.com");
}

TEST(AppendTextLinksTest, IgnoresNonUrls) {
  EXPECT_TRUE(Links("no links here: just text, a.b and foo://bar and hxxp://evil").empty());
  EXPECT_TRUE(Links("example.com/www.x").empty());
  EXPECT_TRUE(Links("http:// broken").empty());
  EXPECT_TRUE(Links("").empty());
}

TEST(AppendTextLinksTest, GluedSchemeIsFound) {
  const auto links = Links("URL:https://a.example/ and Linkhttps://b.example/");
  ASSERT_EQ(links.size(), 2u);
  EXPECT_EQ(links[1].url.host, "b.example");
}

TEST(AppendTextLinksTest, StopsAtMaxLinks) {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "https://h" + std::to_string(i) + ".example/ ";
  std::vector<Link> links;
  EXPECT_FALSE(AppendTextLinks(text, LinkOrigin::kPlainText, 0, 2000, links));
  EXPECT_EQ(links.size(), 2000u);
  std::vector<Link> all;
  EXPECT_TRUE(AppendTextLinks(text, LinkOrigin::kPlainText, 0, 20000, all));
  EXPECT_EQ(all.size(), 10000u);
}

TEST(AppendTextLinksTest, LongLabelIsCutAtAWord) {
  std::string text(2000, 'x');
  text += " word " + std::string(300, 'y') + " Sign in <https://a.example/>";
  const auto links = Links(text);
  ASSERT_EQ(links.size(), 1u);
  EXPECT_LE(links[0].text.size(), 256u);
  EXPECT_EQ(links[0].text.substr(links[0].text.size() - 7), "Sign in");
}

TEST(AppendTextLinksTest, PathologicalInputStaysLinear) {
  std::string text;
  for (int i = 0; i < 200000; ++i) text += "://www.";
  text += std::string(500000, ')');
  EXPECT_TRUE(Links(text).empty());
  std::string one_url = "https://a.example/" + std::string(1 << 20, 'a');
  EXPECT_TRUE(Links(one_url).empty());  // longer than any URL we accept
}

}  // namespace
}  // namespace phishscan
