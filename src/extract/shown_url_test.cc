#include "extract/shown_url.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

TEST(UrlShownInTextTest, AbsoluteUrlsAndWwwForms) {
  auto https = UrlShownInText("  https://www.paypal.com/signin ");
  ASSERT_TRUE(https);
  EXPECT_EQ(https->host, "www.paypal.com");
  EXPECT_EQ(https->raw, "https://www.paypal.com/signin");
  auto www = UrlShownInText("WWW.PayPal.com");
  ASSERT_TRUE(www);
  EXPECT_EQ(www->host, "www.paypal.com");
  EXPECT_EQ(www->registrable_domain, "paypal.com");
}

TEST(UrlShownInTextTest, BareDomainsWithListedSuffix) {
  auto bare = UrlShownInText("paypal.com/login");
  ASSERT_TRUE(bare);
  EXPECT_EQ(bare->host, "paypal.com");
  EXPECT_EQ(bare->path, "/login");
  auto gouv = UrlShownInText("impots.gouv.fr");
  ASSERT_TRUE(gouv);
  EXPECT_EQ(gouv->registrable_domain, "impots.gouv.fr");
  auto bracketed = UrlShownInText("<amazon.de>.");
  ASSERT_TRUE(bracketed);
  EXPECT_EQ(bracketed->host, "amazon.de");
}

TEST(UrlShownInTextTest, ZeroWidthCharactersDoNotHideTheAddress) {
  auto url = UrlShownInText("www.paypal\xE2\x80\x8B.com");
  ASSERT_TRUE(url);
  EXPECT_EQ(url->host, "www.paypal.com");
}

TEST(UrlShownInTextTest, OrdinaryTextIsNotAUrl) {
  for (const char* text : {"", "Click here", "AUTHENTICATE IMAP", "Log in to paypal.com",
                           "report.pdf", "invoice.docx", "archive.zip", "notes.md", "v1.2",
                           "support@paypal.com", "Mr.Smith", "e.g.", "1.5", "...",
                           "https://", "www."}) {
    EXPECT_FALSE(UrlShownInText(text)) << text;
  }
}

TEST(UrlShownInTextTest, FileLikeSuffixWithPathIsADomain) {
  EXPECT_TRUE(UrlShownInText("example.zip/download"));
  EXPECT_TRUE(UrlShownInText("www.example.zip"));
}

}  // namespace
}  // namespace phishscan
