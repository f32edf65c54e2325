#include <gtest/gtest.h>

#include <string>

#include "extract/confusables.h"
#include "extract/extraction.h"

namespace phishscan {
namespace {

// "pаypal.com" with CYRILLIC SMALL LETTER A (U+0430) as the second letter.
constexpr char kCyrillicPaypal[] = "p\xD0\xB0ypal.com";

TEST(ParseUrlTest, ReadsTheLureLink) {
  auto url = ParseUrl(
      "https://dupont-avocats-fr.imap-auth-portal.pages.dev/cpanel/login?email=j.martin%40dupont-avocats.fr");
  ASSERT_TRUE(url);
  EXPECT_EQ(url->scheme, "https");
  EXPECT_EQ(url->host, "dupont-avocats-fr.imap-auth-portal.pages.dev");
  EXPECT_EQ(url->host_unicode, url->host);
  EXPECT_EQ(url->registrable_domain, "imap-auth-portal.pages.dev");
  EXPECT_EQ(url->path, "/cpanel/login");
  EXPECT_EQ(url->query, "email=j.martin%40dupont-avocats.fr");
  EXPECT_EQ(url->port, -1);
  EXPECT_FALSE(url->ip_literal);
  EXPECT_FALSE(url->punycode);
  EXPECT_FALSE(url->confusable);
  EXPECT_EQ(url->normalized,
            "https://dupont-avocats-fr.imap-auth-portal.pages.dev/cpanel/login?email=j.martin%40dupont-avocats.fr");
}

TEST(ParseUrlTest, CredentialsBeforeAtAreNotTheHost) {
  auto url = ParseUrl("https://www.paypal.com@evil.example/x");
  ASSERT_TRUE(url);
  EXPECT_EQ(url->host, "evil.example");
  EXPECT_EQ(url->userinfo, "www.paypal.com");
  EXPECT_EQ(url->registrable_domain, "evil.example");
  EXPECT_EQ(url->normalized, "https://evil.example/x");

  auto with_password = ParseUrl("http://user:p%40ss@bank.example.com:8443/");
  ASSERT_TRUE(with_password);
  EXPECT_EQ(with_password->userinfo, "user:p@ss");
  EXPECT_EQ(with_password->host, "bank.example.com");
  EXPECT_EQ(with_password->port, 8443);
}

TEST(ParseUrlTest, AtSignAfterFragmentOrBackslashDoesNotMoveTheHost) {
  auto fragment = ParseUrl("http://evil.example#@paypal.com");
  ASSERT_TRUE(fragment);
  EXPECT_EQ(fragment->host, "evil.example");
  auto backslash = ParseUrl("https://paypal.com\\@evil.example/");
  ASSERT_TRUE(backslash);
  EXPECT_EQ(backslash->host, "paypal.com");
}

TEST(ParseUrlTest, IpLiteralsInBrowserForms) {
  auto hex = ParseUrl("http://0x7f.1/");
  ASSERT_TRUE(hex);
  EXPECT_EQ(hex->host, "127.0.0.1");
  EXPECT_TRUE(hex->ip_literal);
  EXPECT_EQ(hex->registrable_domain, "127.0.0.1");

  auto decimal = ParseUrl("http://3232235777/login");
  ASSERT_TRUE(decimal);
  EXPECT_EQ(decimal->host, "192.168.1.1");
  EXPECT_TRUE(decimal->ip_literal);

  auto v6 = ParseUrl("http://[2001:db8::1]:8080/a");
  ASSERT_TRUE(v6);
  EXPECT_EQ(v6->host, "[2001:db8::1]");
  EXPECT_EQ(v6->port, 8080);
  EXPECT_TRUE(v6->ip_literal);
}

TEST(ParseUrlTest, CompatibilityDigitsMapToAscii) {
  auto url = ParseUrl("http://\xE2\x91\xA0\xE2\x91\xA1\xE2\x91\xA2.com/");  // ①②③.com
  ASSERT_TRUE(url);
  EXPECT_EQ(url->host, "123.com");
  EXPECT_EQ(url->registrable_domain, "123.com");
}

TEST(ParseUrlTest, PunycodeLookalikeIsConfusable) {
  auto url = ParseUrl("http://xn--pypal-4ve.com/signin");
  ASSERT_TRUE(url);
  EXPECT_EQ(url->host, "xn--pypal-4ve.com");
  EXPECT_TRUE(url->punycode);
  EXPECT_EQ(url->host_unicode, kCyrillicPaypal);
  EXPECT_TRUE(url->confusable);
  EXPECT_EQ(url->skeleton, ConfusableSkeleton("paypal.com"));
  EXPECT_EQ(url->registrable_domain, "xn--pypal-4ve.com");
}

TEST(ParseUrlTest, UnicodeHostIsConvertedToPunycode) {
  auto url = ParseUrl(std::string("https://") + kCyrillicPaypal + "/");
  ASSERT_TRUE(url);
  EXPECT_EQ(url->host, "xn--pypal-4ve.com");
  EXPECT_TRUE(url->punycode);
  EXPECT_TRUE(url->confusable);

  auto german = ParseUrl("https://www.m\xC3\xBCnchen.de/");
  ASSERT_TRUE(german);
  EXPECT_EQ(german->host, "www.xn--mnchen-3ya.de");
  EXPECT_FALSE(german->confusable);
}

TEST(ParseUrlTest, PercentEncodedHostIsDecoded) {
  auto url = ParseUrl("http://%70%61ypal%2Ecom/");
  ASSERT_TRUE(url);
  EXPECT_EQ(url->host, "paypal.com");
  EXPECT_FALSE(ParseUrl("http://evil%2Fpath.com/"));  // decodes to a '/' in the host
  EXPECT_FALSE(ParseUrl("http://evil%20site.com/"));
}

TEST(ParseUrlTest, WhollyPercentEncodedAuthorityKeepsItsHost) {
  // "http://192.0.2.7:87/st/" with every character of the authority encoded.
  auto url = ParseUrl("http://%31%39%32%2E%30%2E%32%2E%37:%38%37/%73%74/");
  ASSERT_TRUE(url);
  EXPECT_EQ(url->host, "192.0.2.7");
  EXPECT_TRUE(url->ip_literal);
  EXPECT_EQ(url->port, 87);
  EXPECT_EQ(url->path, "/st/");
  EXPECT_FALSE(ParseUrl("http://x.example:%41%42/"));  // letters are no port
}

TEST(ParseUrlTest, PathIsPercentDecoded) {
  auto url = ParseUrl("https://x.example/a%20b/%C3%A9t%C3%A9?q=%41");
  ASSERT_TRUE(url);
  EXPECT_EQ(url->path, "/a b/\xC3\xA9t\xC3\xA9");
  EXPECT_EQ(url->query, "q=%41");
  auto invalid = ParseUrl("https://x.example/%FF");
  ASSERT_TRUE(invalid);
  EXPECT_EQ(invalid->path, "/\xEF\xBF\xBD");
}

TEST(ParseUrlTest, WwwFormsAreHttp) {
  auto url = ParseUrl("WWW.Example.COM/Login");
  ASSERT_TRUE(url);
  EXPECT_EQ(url->scheme, "http");
  EXPECT_EQ(url->host, "www.example.com");
  EXPECT_EQ(url->path, "/Login");
  EXPECT_EQ(url->normalized, "http://www.example.com/Login");
}

TEST(ParseUrlTest, BrowserLeniencyInTheAuthority) {
  for (const char* text : {"HTTPS://Evil.Example", "https:evil.example", "https:///evil.example",
                           "https:\\\\evil.example\\x", "  https://evil.example.  ",
                           "ht\ntps://evil.example/", "https://evil.example:/"}) {
    auto url = ParseUrl(text);
    ASSERT_TRUE(url) << text;
    EXPECT_EQ(url->scheme, "https") << text;
    EXPECT_EQ(url->host, "evil.example") << text;
  }
}

TEST(ParseUrlTest, PortsAndNormalisation) {
  auto default_port = ParseUrl("https://x.example:443/a");
  ASSERT_TRUE(default_port);
  EXPECT_EQ(default_port->port, 443);
  EXPECT_EQ(default_port->normalized, "https://x.example/a");
  auto other = ParseUrl("http://x.example:8080");
  ASSERT_TRUE(other);
  EXPECT_EQ(other->normalized, "http://x.example:8080/");
  EXPECT_FALSE(ParseUrl("http://x.example:99999/"));
  EXPECT_FALSE(ParseUrl("http://x.example:8o/"));
}

TEST(ParseUrlTest, BreaksAreDroppedAndRawCharactersEscapedInTheNormalisedForm) {
  auto url = ParseUrl("https://x.example/a\r\nb\tc\"d<e>`f?q=x y#g h");
  ASSERT_TRUE(url);
  EXPECT_EQ(url->path, "/abc\"d<e>`f");
  EXPECT_EQ(url->normalized, "https://x.example/abc%22d%3Ce%3E%60f?q=x%20y#g%20h");
  auto plain = ParseUrl("https://x.example/nothing-to-escape?a=b#c");
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->normalized, "https://x.example/nothing-to-escape?a=b#c");
}

TEST(ParseUrlTest, HtmlLeftoversAreDecodedOnce) {
  auto url = ParseUrl("https://x.example/r?a=1&amp;b=2&#38;c=3&amp;amp;d");
  ASSERT_TRUE(url);
  EXPECT_EQ(url->query, "a=1&b=2&c=3&amp;d");
}

TEST(ParseUrlTest, OpaqueSchemes) {
  auto js = ParseUrl("  JaVa\tScRiPt:alert(document.cookie)");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->scheme, "javascript");
  EXPECT_EQ(js->host, "");
  EXPECT_EQ(js->path, "alert(document.cookie)");

  auto mail = ParseUrl("mailto:Support@PayPal-Help.example?subject=Account");
  ASSERT_TRUE(mail);
  EXPECT_EQ(mail->scheme, "mailto");
  EXPECT_EQ(mail->host, "paypal-help.example");
  EXPECT_EQ(mail->path, "Support@PayPal-Help.example");
  EXPECT_EQ(mail->query, "subject=Account");

  auto tel = ParseUrl("tel:+33%201%2023");
  ASSERT_TRUE(tel);
  EXPECT_EQ(tel->path, "+33 1 23");

  auto file = ParseUrl("file:///C:/Users/x.html");
  ASSERT_TRUE(file);
  EXPECT_EQ(file->host, "");
  auto share = ParseUrl("file://fileserver.example/share/x.exe");
  ASSERT_TRUE(share);
  EXPECT_EQ(share->host, "fileserver.example");
}

TEST(ParseUrlTest, DataUrlsKeepOnlyTheMediaType) {
  std::string big = "data:text/html;base64,";
  big.append(100000, 'A');
  auto url = ParseUrl(big);
  ASSERT_TRUE(url);
  EXPECT_EQ(url->scheme, "data");
  EXPECT_EQ(url->path, "text/html;base64");
  EXPECT_EQ(url->normalized, "data:text/html;base64,");
  EXPECT_LE(url->raw.size(), 8u << 10);
}

TEST(ParseUrlTest, RejectsJunk) {
  for (const char* text : {"", "   ", "http://", "https:///", "http://exa mple.com/",
                           "http://<evil>/", "not a url", "example.com", "cid:logo@x",
                           "ftp//x.example", "sms:123", "http://a..b/", "http://[::1/",
                           "http://\xFF\xFE.com/"}) {
    EXPECT_FALSE(ParseUrl(text)) << text;
  }
  EXPECT_FALSE(ParseUrl("https://x.example/" + std::string(9000, 'a')));
}

TEST(ParseUrlTest, HostWithTrailingDotAndUppercase) {
  auto url = ParseUrl("HTTP://WWW.BANK.EXAMPLE.CO.UK./Login");
  ASSERT_TRUE(url);
  EXPECT_EQ(url->host, "www.bank.example.co.uk");
  EXPECT_EQ(url->registrable_domain, "example.co.uk");
  EXPECT_EQ(url->path, "/Login");
}

}  // namespace
}  // namespace phishscan
