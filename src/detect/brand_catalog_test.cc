#include "detect/brand_catalog.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "base/domain.h"

namespace phishscan {
namespace {

namespace fs = std::filesystem;

// A catalog file written to the temp dir, removed with the object.
class TempFile {
 public:
  explicit TempFile(const std::string& content) {
    static int counter = 0;
    path_ = (fs::temp_directory_path() /
             ("brand_catalog_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++) + ".tsv"))
                .string();
    std::ofstream(path_) << content;
  }
  ~TempFile() { fs::remove(path_); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

constexpr char kCatalog[] =
    "# test catalog\n"
    "PayPal\tpayment\tpaypal.com,paypal.me\tpaypal\n"
    "Microsoft\tmail\tmicrosoft.com,office.com\tmicrosoft,microsoft 365,office 365,onedrive\n"
    "Orange\ttelecom\torange.fr\torange\tweak\n"
    "Bank of America\tbank\tbankofamerica.com\tbank of america\n"
    "Disney+\tstreaming\tdisneyplus.com\tdisney+\n"
    "IONOS\thosting\tionos.com\t1&1,ionos\n"
    "Crédit Agricole\tbank\tcredit-agricole.fr\tcrédit agricole,credit agricole\n";

std::unique_ptr<BrandCatalog> LoadText(const std::string& text) {
  TempFile f(text);
  auto c = BrandCatalog::Load({f.path()});
  EXPECT_TRUE(c.ok()) << c.status().message();
  return c.ok() ? std::move(c).value() : nullptr;
}

std::vector<std::string> MentionedNames(const BrandCatalog& c, const std::string& text) {
  std::vector<std::string> out;
  for (const BrandMention& m : c.FindMentions(text)) out.push_back(c.brands()[m.brand_index].name);
  return out;
}

TEST(BrandCatalogTest, LoadsFields) {
  auto c = LoadText(kCatalog);
  ASSERT_EQ(c->brands().size(), 7u);
  const Brand& ms = c->brands()[1];
  EXPECT_EQ(ms.name, "Microsoft");
  EXPECT_EQ(ms.category, "mail");
  EXPECT_EQ(ms.domains, (std::vector<std::string>{"microsoft.com", "office.com"}));
  EXPECT_EQ(ms.keywords.size(), 4u);
  EXPECT_TRUE(ms.strong);
  EXPECT_FALSE(c->brands()[2].strong);
}

TEST(BrandCatalogTest, FindsWholeWordMentionsWithOffsets) {
  auto c = LoadText(kCatalog);
  std::string text = "log in to paypal or your bank of america account";
  std::vector<BrandMention> got = c->FindMentions(text);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(c->brands()[got[0].brand_index].name, "PayPal");
  EXPECT_EQ(got[0].keyword, "paypal");
  EXPECT_EQ(text.substr(got[0].start, got[0].end - got[0].start), "paypal");
  EXPECT_EQ(text.substr(got[1].start, got[1].end - got[1].start), "bank of america");
}

TEST(BrandCatalogTest, IgnoresKeywordsInsideOtherWords) {
  auto c = LoadText(kCatalog);
  EXPECT_TRUE(c->FindMentions("paypalsecure-login and orangeade").empty());
  EXPECT_EQ(MentionedNames(*c, "PAYPAL."), std::vector<std::string>{"PayPal"});
}

TEST(BrandCatalogTest, KeepsTheLongestKeywordOfABrandAtOnePlace) {
  auto c = LoadText(kCatalog);
  std::vector<BrandMention> got = c->FindMentions("your microsoft 365 mailbox");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].keyword, "microsoft 365");
}

TEST(BrandCatalogTest, MatchesKeywordsWithPunctuationAndAccents) {
  auto c = LoadText(kCatalog);
  EXPECT_EQ(MentionedNames(*c, "watch on disney+ tonight"), std::vector<std::string>{"Disney+"});
  EXPECT_EQ(MentionedNames(*c, "votre compte 1&1 expire"), std::vector<std::string>{"IONOS"});
  EXPECT_EQ(MentionedNames(*c, "votre conseiller crédit agricole"), std::vector<std::string>{"Crédit Agricole"});
}

TEST(BrandCatalogTest, OfficialDomainExactOrNationalVariantForStrongBrands) {
  auto c = LoadText(kCatalog);
  const Brand& paypal = c->brands()[0];
  EXPECT_TRUE(c->IsOfficialDomain(paypal, "paypal.com"));
  EXPECT_TRUE(c->IsOfficialDomain(paypal, "PayPal.me"));
  EXPECT_TRUE(c->IsOfficialDomain(paypal, "paypal.de"));
  EXPECT_TRUE(c->IsOfficialDomain(paypal, "paypal.co.uk"));
  EXPECT_TRUE(c->IsOfficialDomain(paypal, "paypal.com.br"));
  EXPECT_TRUE(c->IsOfficialDomain(paypal, "paypal.net"));
  EXPECT_TRUE(c->IsOfficialDomain(c->brands()[3], "bankofamerica.fr"));
}

TEST(BrandCatalogTest, BrandNameUnderAbusedOrPrivateSuffixIsNotOfficial) {
  auto c = LoadText(kCatalog);
  const Brand& paypal = c->brands()[0];
  for (const char* d : {"paypal.top", "paypal.xyz", "paypal.tk", "paypal.io", "paypal.co", "paypal.pages.dev",
                        "paypal.github.io", "paypal.com.evil", "paypal-secure.com", "secure-paypal.com",
                        "paypal.org.uk", "mypaypal.com", "", "paypal"}) {
    EXPECT_FALSE(c->IsOfficialDomain(paypal, d)) << d;
  }
  const Brand& orange = c->brands()[2];  // weak: only its listed domains
  EXPECT_TRUE(c->IsOfficialDomain(orange, "orange.fr"));
  EXPECT_FALSE(c->IsOfficialDomain(orange, "orange.de"));
  EXPECT_FALSE(c->IsOfficialDomain(paypal, "microsoft.com"));
}

TEST(BrandCatalogTest, BrandOfDomain) {
  auto c = LoadText(kCatalog);
  ASSERT_NE(c->BrandOfDomain("office.com"), nullptr);
  EXPECT_EQ(c->BrandOfDomain("office.com")->name, "Microsoft");
  EXPECT_EQ(c->BrandOfDomain("OFFICE.COM.")->name, "Microsoft");
  EXPECT_EQ(c->BrandOfDomain("office.com.evil.example"), nullptr);
  EXPECT_EQ(c->BrandOfDomain("paypal.de"), nullptr);  // only listed domains
}

TEST(BrandCatalogTest, LaterLinesNamingABrandExtendIt) {
  TempFile base(kCatalog);
  TempFile extra("paypal\tpayment\tpaypal-prepaid.com\tpaypal,paypal credit\n");
  auto c = BrandCatalog::Load({base.path(), extra.path()});
  ASSERT_TRUE(c.ok()) << c.status().message();
  ASSERT_EQ(c.value()->brands().size(), 7u);
  const Brand& paypal = c.value()->brands()[0];
  EXPECT_EQ(paypal.domains.size(), 3u);
  EXPECT_EQ(paypal.keywords, (std::vector<std::string>{"paypal", "paypal credit"}));
  EXPECT_EQ(c.value()->BrandOfDomain("paypal-prepaid.com"), &paypal);
}

TEST(BrandCatalogTest, ErrorsNameFileAndLine) {
  for (const char* bad : {"PayPal\tpayment\tpaypal.com\n",                    // missing keywords
                          "PayPal\tpayment\tpay pal.com\tpaypal\n",           // not a domain
                          "PayPal\tpayment\tpaypal.com\t \n",                 // no keyword
                          "PayPal\tpayment\tpaypal.com\tpaypal\tmaybe\n"}) {  // bad strength
    TempFile f(std::string("# ok\nOrange\ttelecom\torange.fr\torange\tweak\n") + bad);
    auto c = BrandCatalog::Load({f.path()});
    ASSERT_FALSE(c.ok()) << bad;
    EXPECT_NE(c.status().message().find(f.path() + ":3"), std::string::npos) << c.status().message();
  }
  EXPECT_FALSE(BrandCatalog::Load({"/nonexistent/brands.tsv"}).ok());
}

// The shipped catalog.
class ShippedCatalogTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto c = BrandCatalog::Load({std::string(PHISHSCAN_SOURCE_DATA_DIR) + "/brands.tsv"});
    ASSERT_TRUE(c.ok()) << c.status().message();
    catalog_ = std::move(c).value().release();
  }
  static void TearDownTestSuite() { delete catalog_; }
  static const Brand* Named(const std::string& name) {
    for (const Brand& b : catalog_->brands()) {
      if (b.name == name) return &b;
    }
    return nullptr;
  }
  static const BrandCatalog* catalog_;
};
const BrandCatalog* ShippedCatalogTest::catalog_ = nullptr;

TEST_F(ShippedCatalogTest, HasAtLeast150BrandsInTheKnownCategories) {
  EXPECT_GE(catalog_->brands().size(), 150u);
  const std::set<std::string> categories = {"mail",     "hosting", "cloud",     "payment",  "bank",
                                            "parcel",   "telecom", "social",    "shopping", "streaming",
                                            "crypto",   "government", "tax",    "software", "security",
                                            "travel",   "utility", "toll"};
  for (const Brand& b : catalog_->brands()) EXPECT_EQ(categories.count(b.category), 1u) << b.name;
}

TEST_F(ShippedCatalogTest, EveryDomainIsARegistrableDomain) {
  for (const Brand& b : catalog_->brands()) {
    for (const std::string& d : b.domains) EXPECT_EQ(RegistrableDomain(d), d) << b.name;
  }
}

TEST_F(ShippedCatalogTest, KnowsTheWebmailAndHostingWorldOfTheSeed) {
  for (const char* name : {"cPanel", "Roundcube", "Zimbra", "Microsoft", "Google", "OVHcloud", "GoDaddy",
                           "IONOS", "o2switch"}) {
    EXPECT_NE(Named(name), nullptr) << name;
  }
  EXPECT_TRUE(catalog_->IsOfficialDomain(*Named("cPanel"), "cpanel.net"));
  EXPECT_FALSE(catalog_->IsOfficialDomain(*Named("cPanel"), "kx-hostingmail.top"));
  std::vector<BrandMention> m = catalog_->FindMentions("copyright© 2025 cpanel, l.l.c.");
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(catalog_->brands()[m[0].brand_index].name, "cPanel");
  EXPECT_EQ(catalog_->BrandOfDomain("microsoftonline.com")->name, "Microsoft");
}

TEST_F(ShippedCatalogTest, OrdinaryWordsAreWeakBrands) {
  for (const char* name : {"Orange", "Free", "Chase", "Apple", "Citi", "UPS", "Vivo", "Claro", "TIM"}) {
    ASSERT_NE(Named(name), nullptr) << name;
    EXPECT_FALSE(Named(name)->strong) << name;
  }
  EXPECT_TRUE(Named("PayPal")->strong);
  EXPECT_TRUE(Named("Amazon")->strong);
}

}  // namespace
}  // namespace phishscan
