#include "detect/redirect_resolver.h"

#include <gtest/gtest.h>

#include "detect/detector_test_support.h"

namespace phishscan {
namespace {

const std::vector<Redirector>& TestRedirectors() {
  static const std::vector<Redirector> r = {
      {"safelinks.protection.outlook.com", "", "url"},
      {"google.com", "/url", "q"},
      {"google.com", "/amp/s/", ""},
      {"urldefense.com", "/v3/", ""},
      {"urldefense.proofpoint.com", "/v2/url", "u"},
      {"list-manage.com", "/track/click", "-"},
      {"wrap.example", "/go", "target"},
      {"doubleclick.net", "/pcs/click", "adurl"},
  };
  return r;
}

Url MustParse(std::string_view text) {
  std::optional<Url> url = ParseUrl(text);
  EXPECT_TRUE(url.has_value()) << text;
  return url.value_or(Url{});
}

TEST(RedirectResolverTest, UnwrapsPercentEncodedTarget) {
  ResolvedUrl r = ResolveRedirects(
      MustParse("https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fevil.example%2Flogin%3Fa%3D1"
                "&data=05%7C01%7Cj.martin%40dupont-avocats.fr&reserved=0"),
      TestRedirectors());
  EXPECT_EQ(r.target.host, "evil.example");
  EXPECT_EQ(r.target.path, "/login");
  ASSERT_EQ(r.wrappers.size(), 1u);
  EXPECT_EQ(r.wrappers[0], "eur01.safelinks.protection.outlook.com");
  EXPECT_FALSE(r.opaque_redirect);
}

TEST(RedirectResolverTest, UnwrapsNestedAndDoubleEncoded) {
  // google.com/url wrapping a SafeLinks link wrapping the real target, encoded twice.
  ResolvedUrl r = ResolveRedirects(
      MustParse("https://www.google.com/url?q=https%3A%2F%2Fnam02.safelinks.protection.outlook.com%2F%3Furl%3D"
                "https%253A%252F%252Fphish.example.net%252Fa&sa=D"),
      TestRedirectors());
  EXPECT_EQ(r.target.host, "phish.example.net");
  EXPECT_EQ(r.wrappers.size(), 2u);
}

TEST(RedirectResolverTest, UnwrapsBase64AndPathTargets) {
  EXPECT_EQ(ResolveRedirects(MustParse("https://wrap.example/go?target=evil.example/login.php"), TestRedirectors())
                .target.host,
            "evil.example");
  EXPECT_EQ(ResolveRedirects(MustParse("https://wrap.example/go?target=aHR0cHM6Ly9ldmlsLmV4YW1wbGUvP2E9MQ"),
                             TestRedirectors()).target.host,
            "evil.example");
  EXPECT_EQ(ResolveRedirects(MustParse("https://www.google.com/amp/s/evil.example/page"), TestRedirectors())
                .target.host,
            "evil.example");
  EXPECT_EQ(ResolveRedirects(MustParse("https://urldefense.com/v3/__https://evil.example/x__;!!abc$"),
                             TestRedirectors()).target.host,
            "evil.example");
  // The single-slash form some gateways and archives write.
  EXPECT_EQ(ResolveRedirects(MustParse("https://urldefense.com/v3/__http:/www.evil.example__;!!NVq9$"),
                             TestRedirectors()).target.host,
            "www.evil.example");
  EXPECT_EQ(ResolveRedirects(MustParse("https://urldefense.proofpoint.com/v2/url?u=https-3A__evil.example_login&d=x"),
                             TestRedirectors()).target.host,
            "evil.example");
}

TEST(RedirectResolverTest, UnwrapsSchemeRelativeAdTarget) {
  ResolvedUrl r = ResolveRedirects(
      MustParse("https://adclick.g.doubleclick.net/pcs/click?xai=AbC12&&adurl=//prize-claim.example/start"),
      TestRedirectors());
  EXPECT_EQ(r.target.host, "prize-claim.example");
  EXPECT_EQ(r.target.path, "/start");
  // A value that is only slashes or a path names no host: the wrapper stays the target.
  ResolvedUrl bare = ResolveRedirects(MustParse("https://adclick.g.doubleclick.net/pcs/click?adurl=//"),
                                      TestRedirectors());
  EXPECT_EQ(bare.target.host, "adclick.g.doubleclick.net");
  // The whole query percent-encoded into the path.
  ResolvedUrl in_path = ResolveRedirects(
      MustParse("https://adclick.g.doubleclick.net/pcs/click%3Fxai%3DAbC%26adurl%3Dhttps://nft-drop.example/x"),
      TestRedirectors());
  EXPECT_EQ(in_path.target.host, "nft-drop.example");
  EXPECT_FALSE(in_path.opaque_redirect);
}

TEST(RedirectResolverTest, OpaqueTrackersAreMarked) {
  ResolvedUrl r = ResolveRedirects(
      MustParse("https://example-bakery.us21.list-manage.com/track/click?u=abc&id=111&e=998877"), TestRedirectors());
  EXPECT_TRUE(r.opaque_redirect);
  EXPECT_EQ(r.target.host, "example-bakery.us21.list-manage.com");
  // A wrapper whose parameter is missing or not a URL.
  EXPECT_TRUE(ResolveRedirects(MustParse("https://www.google.com/url?sa=t"), TestRedirectors()).opaque_redirect);
  EXPECT_TRUE(ResolveRedirects(MustParse("https://www.google.com/url?q=javascript:alert(1)"), TestRedirectors())
                  .opaque_redirect);
}

TEST(RedirectResolverTest, OrdinaryLinksAreUntouched) {
  ResolvedUrl r = ResolveRedirects(MustParse("https://github.com/password_reset"), TestRedirectors());
  EXPECT_EQ(r.target.host, "github.com");
  EXPECT_TRUE(r.wrappers.empty());
  EXPECT_FALSE(r.opaque_redirect);
  // google.com outside /url is not a redirect.
  EXPECT_FALSE(ResolveRedirects(MustParse("https://www.google.com/search?q=https://x.example"), TestRedirectors())
                   .opaque_redirect);
}

std::string Encode(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : s) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    if (plain) {
      out.push_back(c);
    } else {
      out += '%';
      out += kHex[static_cast<unsigned char>(c) >> 4];
      out += kHex[static_cast<unsigned char>(c) & 15];
    }
  }
  return out;
}

TEST(RedirectResolverTest, DeepNestingStops) {
  std::string url = "https://evil.example/";
  for (int i = 0; i < 12; ++i) url = "https://wrap.example/go?target=" + Encode(url);
  ResolvedUrl r = ResolveRedirects(MustParse(url), TestRedirectors());
  EXPECT_EQ(r.wrappers.size(), 6u);
  EXPECT_EQ(r.target.host, "wrap.example");
}

TEST(RedirectResolverTest, ShippedListUnwrapsSafeLinks) {
  const Knowledge& kb = testing::SharedKnowledge();
  ResolvedUrl r = ResolveRedirects(
      MustParse("https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fportal.example.org%2F&data=x"),
      kb.redirectors());
  EXPECT_EQ(r.target.host, "portal.example.org");
}

// Security gateways of the receiving organisation rewrite every link. Mimecast
// names only the destination's host; without it the link is opaque, not a
// link to Mimecast. Trellix and Symantec carry the whole URL.
TEST(RedirectResolverTest, ShippedListReadsSecurityGateways) {
  const std::vector<Redirector>& shipped = testing::SharedKnowledge().redirectors();
  ResolvedUrl mimecast = ResolveRedirects(
      MustParse("https://url.za.m.mimecastprotect.com/s/5PVtC8qANNTYxkVInfDTypO9o?domain=github.com"), shipped);
  EXPECT_EQ(mimecast.target.registrable_domain, "github.com");
  EXPECT_FALSE(mimecast.opaque_redirect);
  ResolvedUrl bare = ResolveRedirects(MustParse("https://url.uk.m.mimecastprotect.com/s/AbCdEf123"), shipped);
  EXPECT_TRUE(bare.opaque_redirect);
  ResolvedUrl trellix = ResolveRedirects(
      MustParse("https://protect2.fireeye.com/v1/url?k=31323334-abc&u=https%3A%2F%2Flogin.evil.example%2F"), shipped);
  EXPECT_EQ(trellix.target.host, "login.evil.example");
  ResolvedUrl symantec = ResolveRedirects(
      MustParse("https://clicktime.symantec.com/15t5Zy?u=https%3A%2F%2Fportal.example.org%2Fdoc"), shipped);
  EXPECT_EQ(symantec.target.host, "portal.example.org");
}

// Bing's click links carry the target as "a1" followed by base64url.
TEST(RedirectResolverTest, ShippedListUnwrapsBingClickLinks) {
  const std::vector<Redirector>& shipped = testing::SharedKnowledge().redirectors();
  // "a1" + base64url("https://droits-formation.example/verif?id=7")
  ResolvedUrl bing = ResolveRedirects(
      MustParse("https://www.bing.com/ck/a?!&&p=222be4b3&ptn=3&ver=2&hsh=4&fclid=148b8bc7"
                "&u=a1aHR0cHM6Ly9kcm9pdHMtZm9ybWF0aW9uLmV4YW1wbGUvdmVyaWY_aWQ9Nw&ntb=1"),
      shipped);
  EXPECT_EQ(bing.target.host, "droits-formation.example");
  ResolvedUrl search = ResolveRedirects(MustParse("https://www.bing.com/search?q=phishscan"), shipped);
  EXPECT_EQ(search.target.host, "www.bing.com");
}

TEST(QueryParamTest, FindsAndDecodes) {
  EXPECT_EQ(QueryParam("a=1&url=https%3A%2F%2Fx.example&b=2", "url"), "https://x.example");
  EXPECT_EQ(QueryParam("a=1;URL=x", "url"), "x");
  EXPECT_EQ(QueryParam("a=1&b", "b"), "");
  EXPECT_EQ(QueryParam("", "a"), "");
}

// Google's AMP viewer on any of its country sites carries a host with or
// without "s/" (https) in its path: lures hide behind it.
TEST(RedirectResolverTest, ShippedListUnwrapsGoogleAmpOnCountrySites) {
  const std::vector<Redirector>& shipped = testing::SharedKnowledge().redirectors();
  for (const char* url : {"https://www.google.co.uk/amp/evil.example/NlVNVmZuajg_",
                          "https://www.google.de/amp/s/evil.example/page", "https://www.google.com/amp/evil.example/"}) {
    const ResolvedUrl r = ResolveRedirects(MustParse(url), shipped);
    EXPECT_EQ(r.target.host, "evil.example") << url;
    EXPECT_FALSE(r.opaque_redirect) << url;
  }
  // Google's own AMP pages stay Google's.
  EXPECT_EQ(ResolveRedirects(MustParse("https://www.google.com/search?q=amp"), shipped).target.host,
            "www.google.com");
}

}  // namespace
}  // namespace phishscan
