#include "parse/auth_results.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

TEST(AuthResultsTest, ReadsTheThreeMethods) {
  AuthResults r = ParseAuthenticationResults(
      "mx.example.net;\n\tspf=softfail smtp.mailfrom=srv4.mailer.example;\n\tdkim=none;\n"
      "\tdmarc=none header.from=mailer.example");
  EXPECT_EQ(r.authserv_id, "mx.example.net");
  EXPECT_EQ(r.spf, "softfail");
  EXPECT_EQ(r.spf_domain, "srv4.mailer.example");
  EXPECT_EQ(r.dkim, "none");
  EXPECT_EQ(r.dkim_domain, "");
  EXPECT_EQ(r.dmarc, "none");
  EXPECT_EQ(r.dmarc_domain, "mailer.example");
}

TEST(AuthResultsTest, CommentsQuotesAndCase) {
  AuthResults r = ParseAuthenticationResults(
      "MX.Google.com; DKIM=Pass (2048-bit key; unprotected) header.i=@Example.COM "
      "header.s=s1 header.b=\"Ab+/cd==\"; SPF=pass (google.com: domain of "
      "bounce@mail.example.com designates 192.0.2.1 as permitted sender) "
      "smtp.mailfrom=bounce@Mail.Example.com; dmarc=pass (p=REJECT sp=REJECT dis=NONE) "
      "header.from=\"example.com\"");
  EXPECT_EQ(r.authserv_id, "mx.google.com");
  EXPECT_EQ(r.dkim, "pass");
  EXPECT_EQ(r.dkim_domain, "example.com");
  EXPECT_EQ(r.spf, "pass");
  EXPECT_EQ(r.spf_domain, "mail.example.com");
  EXPECT_EQ(r.dmarc, "pass");
  EXPECT_EQ(r.dmarc_domain, "example.com");
}

TEST(AuthResultsTest, HeaderDWinsOverHeaderIAndFirstDkimCounts) {
  AuthResults r = ParseAuthenticationResults(
      "mx.example.org; dkim=pass header.i=@sub.example.com header.d=example.com; "
      "dkim=fail header.d=other.example");
  EXPECT_EQ(r.dkim, "pass");
  EXPECT_EQ(r.dkim_domain, "example.com");
}

TEST(AuthResultsTest, MissingSemicolonsAndBase64Padding) {
  AuthResults r = ParseAuthenticationResults(
      "mx.example.org spf=fail smtp.mailfrom=evil.example dkim=pass header.d=evil.example "
      "header.b=abc= dmarc=fail header.from=bank.example");
  EXPECT_EQ(r.authserv_id, "mx.example.org");
  EXPECT_EQ(r.spf, "fail");
  EXPECT_EQ(r.spf_domain, "evil.example");
  EXPECT_EQ(r.dkim_domain, "evil.example");
  EXPECT_EQ(r.dmarc, "fail");
  EXPECT_EQ(r.dmarc_domain, "bank.example");
}

TEST(AuthResultsTest, MicrosoftStyleAndHeloFallback) {
  AuthResults r = ParseAuthenticationResults(
      "spf=none (sender IP is 192.0.2.7) smtp.helo=Relay.Example.net; "
      "dkim=none (message not signed) header.d=none;dmarc=none action=none "
      "header.from=shop.example;compauth=fail reason=001");
  EXPECT_EQ(r.authserv_id, "");  // omitted by the sender of this header
  EXPECT_EQ(r.spf, "none");
  EXPECT_EQ(r.spf_domain, "relay.example.net");
  EXPECT_EQ(r.dmarc_domain, "shop.example");
}

TEST(AuthResultsTest, NoResultsAndGarbage) {
  AuthResults none = ParseAuthenticationResults("mx.example.org 1; none");
  EXPECT_EQ(none.authserv_id, "mx.example.org");
  EXPECT_EQ(none.spf, "");
  AuthResults junk = ParseAuthenticationResults("((((( \"unterminated ; = = ;;");
  EXPECT_EQ(junk.spf, "");
  AuthResults stray = ParseAuthenticationResults("mx; spf=pass smtp.mai.72.19]) (x)) dkim=)fail");
  EXPECT_EQ(stray.spf, "pass");
  EXPECT_EQ(ParseAuthenticationResults("").authserv_id, "");
}

TEST(ReceivedSpfTest, ReadsResultAndDomain) {
  std::optional<AuthResults> r = ParseReceivedSpf(
      "Pass (mailfrom) identity=mailfrom; client-ip=192.0.2.1; helo=mx.example.com; "
      "envelope-from=user@Example.com; receiver=<UNKNOWN>");
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->authserv_id, "Received-SPF");
  EXPECT_EQ(r->spf, "pass");
  EXPECT_EQ(r->spf_domain, "example.com");
}

TEST(ReceivedSpfTest, DomainFromTheComment) {
  std::optional<AuthResults> r = ParseReceivedSpf(
      "softfail (google.com: domain of transitioning bounce@news.example.org does not "
      "designate 192.0.2.9 as permitted sender) client-ip=192.0.2.9;");
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->spf, "softfail");
  EXPECT_EQ(r->spf_domain, "news.example.org");
  EXPECT_FALSE(ParseReceivedSpf("").has_value());
  EXPECT_FALSE(ParseReceivedSpf("client-ip=1.2.3.4").has_value());
}

}  // namespace
}  // namespace phishscan
