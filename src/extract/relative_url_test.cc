#include "extract/relative_url.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

TEST(ResolveHrefTest, AbsoluteHrefsIgnoreTheBase) {
  auto url = ResolveHref(" https://evil.example/a ", ParseUrl("https://base.example/"));
  ASSERT_TRUE(url);
  EXPECT_EQ(url->host, "evil.example");
}

TEST(ResolveHrefTest, RelativeHrefsNeedABase) {
  EXPECT_FALSE(ResolveHref("/login", std::nullopt));
  EXPECT_FALSE(ResolveHref("#top", std::nullopt));
  EXPECT_FALSE(ResolveHref("", ParseUrl("https://base.example/")));
}

TEST(ResolveHrefTest, ResolvesAgainstBase) {
  const auto base = ParseUrl("https://portal.example:8443/dir/page.html?x=1#f");
  ASSERT_TRUE(base);
  EXPECT_EQ(ResolveHref("/login", base)->normalized, "https://portal.example:8443/login");
  EXPECT_EQ(ResolveHref("next.html", base)->normalized,
            "https://portal.example:8443/dir/next.html");
  EXPECT_EQ(ResolveHref("?y=2", base)->normalized, "https://portal.example:8443/dir/page.html?y=2");
  EXPECT_EQ(ResolveHref("#g", base)->normalized,
            "https://portal.example:8443/dir/page.html?x=1#g");
  auto protocol_relative = ResolveHref("//cdn.example/x.png", base);
  ASSERT_TRUE(protocol_relative);
  EXPECT_EQ(protocol_relative->host, "cdn.example");
  EXPECT_EQ(ResolveHref("/login", base)->raw, "/login");
}

TEST(ResolveHrefTest, UnknownSchemesAreNotRelative) {
  const auto base = ParseUrl("https://base.example/");
  EXPECT_FALSE(ResolveHref("cid:logo123", base));
  EXPECT_FALSE(ResolveHref("sms:+331234", base));
}

}  // namespace
}  // namespace phishscan
