#include "base/domain.h"

#include <gtest/gtest.h>

#include <string>

namespace phishscan {
namespace {

TEST(HostToAsciiTest, LowerCasesAndDropsTrailingDots) {
  EXPECT_EQ(HostToAscii("WWW.PayPal.COM"), "www.paypal.com");
  EXPECT_EQ(HostToAscii("example.com."), "example.com");
  EXPECT_EQ(HostToAscii("example.com..."), "example.com");
}

TEST(HostToAsciiTest, ConvertsUnicodeToPunycode) {
  EXPECT_EQ(HostToAscii("p\xD0\xB0ypal.com"), "xn--pypal-4ve.com");  // Cyrillic а
  EXPECT_EQ(HostToAscii("M\xC3\xBCnchen.DE"), "xn--mnchen-3ya.de");
  // Non-transitional: German sharp s is kept, not mapped to "ss".
  EXPECT_EQ(HostToAscii("fa\xC3\x9F.de"), "xn--fa-hia.de");
}

TEST(HostToAsciiTest, MapsCompatibilityCharactersLikeBrowsers) {
  // Circled digits are NFKC-mapped by UTS #46.
  EXPECT_EQ(HostToAscii("\xE2\x91\xA0\xE2\x91\xA1\xE2\x91\xA2.com"), "123.com");
  // Ideographic full stop separates labels.
  EXPECT_EQ(HostToAscii("example\xE3\x80\x82"
                        "com"),
            "example.com");
}

TEST(HostToAsciiTest, RejectsJunk) {
  EXPECT_EQ(HostToAscii(""), "");
  EXPECT_EQ(HostToAscii("."), "");
  EXPECT_EQ(HostToAscii("a..b.com"), "");
  EXPECT_EQ(HostToAscii(".example.com"), "");
  EXPECT_EQ(HostToAscii("exa mple.com"), "");
  EXPECT_EQ(HostToAscii("evil.com/path"), "");
  EXPECT_EQ(HostToAscii("ex%41mple.com"), "");
  EXPECT_EQ(HostToAscii(std::string("a\0b.com", 7)), "");
  EXPECT_EQ(HostToAscii(std::string(64, 'a') + ".com"), "");
  EXPECT_EQ(HostToAscii("not:ipv6"), "");
  // A numeric last label that is not a valid IPv4 address: browsers reject it.
  EXPECT_EQ(HostToAscii("1.2.3.4.5"), "");
  EXPECT_EQ(HostToAscii("256.1.1.1"), "");
  EXPECT_EQ(HostToAscii("example.0x1g"), "example.0x1g");
  EXPECT_EQ(HostToAscii("example.123"), "");
}

TEST(HostToAsciiTest, RejectsHostsLongerThan253Bytes) {
  std::string host;
  while (host.size() < 250) host += std::string(40, 'a') + ".";
  host += "com";
  ASSERT_GT(host.size(), 253u);
  EXPECT_EQ(HostToAscii(host), "");
  std::string ok = std::string(60, 'b') + "." + std::string(60, 'c') + ".com";
  EXPECT_EQ(HostToAscii(ok), ok);
  EXPECT_EQ(HostToAscii(std::string(5000, 'a')), "");
}

TEST(HostToAsciiTest, CanonicalisesIpLiterals) {
  EXPECT_EQ(HostToAscii("192.168.1.1"), "192.168.1.1");
  EXPECT_EQ(HostToAscii("3232235777"), "192.168.1.1");
  EXPECT_EQ(HostToAscii("0x7f.1"), "127.0.0.1");
  EXPECT_EQ(HostToAscii("0300.0250.1.1"), "192.168.1.1");
  EXPECT_EQ(HostToAscii("0xC0A80101"), "192.168.1.1");
  EXPECT_EQ(HostToAscii("[::1]"), "[::1]");
  EXPECT_EQ(HostToAscii("[2001:DB8:0:0::1]"), "[2001:db8::1]");
}

TEST(HostToUnicodeTest, DecodesPunycode) {
  EXPECT_EQ(HostToUnicode("xn--pypal-4ve.com"), "p\xD0\xB0ypal.com");
  EXPECT_EQ(HostToUnicode("example.com"), "example.com");
  // Undecodable punycode comes back unchanged.
  EXPECT_EQ(HostToUnicode("xn--zz-\xff.com"), "xn--zz-\xff.com");
}

TEST(RegistrableDomainTest, UsesPublicSuffixList) {
  EXPECT_EQ(RegistrableDomain("srv4.kx-hostingmail.top"), "kx-hostingmail.top");
  EXPECT_EQ(RegistrableDomain("www.bbc.co.uk"), "bbc.co.uk");
  EXPECT_EQ(RegistrableDomain("example.com"), "example.com");
  EXPECT_EQ(RegistrableDomain("com"), "com");
  EXPECT_EQ(RegistrableDomain(""), "");
}

TEST(RegistrableDomainTest, PrivateSectionSuffixesCount) {
  // pages.dev (Cloudflare Pages) is in the PSL private section, so each
  // project is its own registrable domain: the lure's host is not "pages.dev".
  EXPECT_EQ(RegistrableDomain("dupont-avocats-fr.imap-auth-portal.pages.dev"),
            "imap-auth-portal.pages.dev");
  EXPECT_EQ(RegistrableDomain("imap-auth-portal.pages.dev"), "imap-auth-portal.pages.dev");
  EXPECT_EQ(RegistrableDomain("evil.github.io"), "evil.github.io");
}

TEST(RegistrableDomainTest, IpLiteralsAreTheirOwnDomain) {
  EXPECT_EQ(RegistrableDomain("10.0.0.1"), "10.0.0.1");
  EXPECT_EQ(RegistrableDomain("[::1]"), "[::1]");
}

TEST(RegistrableDomainTest, RepeatedQuestionsGetTheSameAnswer) {
  // Answers are remembered per thread: asking again, or asking about a host
  // that differs only in case, must not return another host's answer.
  for (int round = 0; round < 3; ++round) {
    EXPECT_EQ(RegistrableDomain("WWW.BBC.CO.UK"), "bbc.co.uk");
    EXPECT_EQ(RegistrableDomain("www.bbc.co.uk"), "bbc.co.uk");
    EXPECT_EQ(RegistrableDomain("mail.example.com"), "example.com");
    EXPECT_EQ(RegistrableDomain("10.0.0.1"), "10.0.0.1");
    EXPECT_EQ(RegistrableDomain("com"), "com");
  }
  const std::string long_host = std::string(200, 'a') + "." + std::string(60, 'b') + ".example.com";
  EXPECT_EQ(RegistrableDomain(long_host), "example.com");
  EXPECT_EQ(RegistrableDomain(long_host), "example.com");
}

TEST(IsListedPublicSuffixTest, KnowsListedSuffixesOnly) {
  EXPECT_TRUE(IsListedPublicSuffix("com"));
  EXPECT_TRUE(IsListedPublicSuffix("CO.UK"));
  EXPECT_TRUE(IsListedPublicSuffix("pages.dev"));
  EXPECT_TRUE(IsListedPublicSuffix("xn--p1ai"));  // .рф
  EXPECT_FALSE(IsListedPublicSuffix("txt"));
  EXPECT_FALSE(IsListedPublicSuffix("html"));
  EXPECT_FALSE(IsListedPublicSuffix("paypal.com"));
  EXPECT_FALSE(IsListedPublicSuffix(""));
}

TEST(IsIpLiteralTest, RecognisesBrowserForms) {
  EXPECT_TRUE(IsIpLiteral("127.0.0.1"));
  EXPECT_TRUE(IsIpLiteral("3232235777"));
  EXPECT_TRUE(IsIpLiteral("0x7f.1"));
  EXPECT_TRUE(IsIpLiteral("017700000001"));
  EXPECT_TRUE(IsIpLiteral("1.2.3"));
  EXPECT_TRUE(IsIpLiteral("127.0.0.1."));
  EXPECT_TRUE(IsIpLiteral("[::1]"));
  EXPECT_TRUE(IsIpLiteral("[fe80::1:2]"));
}

TEST(IsIpLiteralTest, RejectsNames) {
  EXPECT_FALSE(IsIpLiteral("example.com"));
  EXPECT_FALSE(IsIpLiteral("1.2.3.com"));
  EXPECT_FALSE(IsIpLiteral("256.1.1.1"));
  EXPECT_FALSE(IsIpLiteral("1.2.3.4.5"));
  EXPECT_FALSE(IsIpLiteral("4294967296"));
  EXPECT_FALSE(IsIpLiteral("99999999999999999999999999"));
  EXPECT_FALSE(IsIpLiteral("1..2"));
  EXPECT_FALSE(IsIpLiteral("[not-ipv6]"));
  EXPECT_FALSE(IsIpLiteral(""));
}

TEST(DomainOfAddressTest, ExtractsAndNormalisesDomain) {
  EXPECT_EQ(DomainOfAddress("a@B.example."), "b.example");
  EXPECT_EQ(DomainOfAddress("<Support@KX-HostingMail.top>"), "kx-hostingmail.top");
  EXPECT_EQ(DomainOfAddress("\"a@b\"@c.example"), "c.example");
  EXPECT_EQ(DomainOfAddress("no-at-sign"), "");
  EXPECT_EQ(DomainOfAddress("user@"), "");
}

TEST(HostIsWithinTest, MatchesSelfAndSubdomainsOnly) {
  EXPECT_TRUE(HostIsWithin("paypal.com", "paypal.com"));
  EXPECT_TRUE(HostIsWithin("www.paypal.com", "paypal.com"));
  EXPECT_FALSE(HostIsWithin("evilpaypal.com", "paypal.com"));
  EXPECT_FALSE(HostIsWithin("paypal.com.evil.example", "paypal.com"));
  EXPECT_FALSE(HostIsWithin("com", "paypal.com"));
  EXPECT_FALSE(HostIsWithin("paypal.com", ""));
}

}  // namespace
}  // namespace phishscan
