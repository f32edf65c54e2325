#include "detect/brand_catalog.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
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

TEST(BrandCatalogTest, ToleratesOneSpaceOrHyphenAtTheNamesOwnJoint) {
  auto c = LoadText(kCatalog);
  for (const char* text : {"Pay Pal receipt", "Pay-Pal LLC", "invoice from pay pal."}) {
    std::vector<BrandMention> got = c->FindMentions(text);
    ASSERT_EQ(got.size(), 1u) << text;
    EXPECT_EQ(c->brands()[got[0].brand_index].name, "PayPal") << text;
    EXPECT_EQ(got[0].keyword, "paypal");
  }
  // Elsewhere than the joint, or with more than one separator, it is no name;
  // single-word names ("Microsoft") are never split, nor weak ones ("Orange").
  for (const char* text : {"payp al", "pa ypal", "pay  pal", "pay - pal", "micro soft", "or ange", "pay palace"})
    EXPECT_TRUE(c->FindMentions(text).empty()) << text;
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

TEST(BrandCatalogTest, AMentionFarIntoTheTextStartsWhereItStarts) {
  auto c = LoadText("Cr\xC3\xA9" "dit Agricole\tbank\tcredit-agricole.fr\tcr\xC3\xA9" "dit agricole\n");
  ASSERT_NE(c, nullptr);
  // Upper-case accented letters, after more candidate starts ("c") than
  // the keyword's bound.
  const std::string text = std::string(300, 'c') + " CR\xC3\x89" "DIT AGRICOLE";
  std::vector<BrandMention> mentions = c->FindMentions(text);
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].start, 301u);
  EXPECT_EQ(mentions[0].end, text.size());
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

TEST(BrandCatalogTest, LinesNamingOneBrandInAnyCaseMergeInFirstSeenOrder) {
  auto c = LoadText(
      "Zeta\tbank\tzeta.com\tzeta\n"
      "Alpha\tbank\talpha.com\talpha\n"
      "ZETA\tbank\tzeta.net\tzeta pay\tweak\n"
      "alpha\tbank\talpha.com\talpha\n");
  ASSERT_NE(c, nullptr);
  ASSERT_EQ(c->brands().size(), 2u);
  EXPECT_EQ(c->brands()[0].name, "Zeta");
  EXPECT_EQ(c->brands()[0].domains, (std::vector<std::string>{"zeta.com", "zeta.net"}));
  EXPECT_EQ(c->brands()[0].keywords, (std::vector<std::string>{"zeta", "zeta pay"}));
  EXPECT_FALSE(c->brands()[0].strong);  // one weak line makes the brand weak
  EXPECT_EQ(c->brands()[1].name, "Alpha");
  EXPECT_EQ(c->brands()[1].domains, (std::vector<std::string>{"alpha.com"}));
  EXPECT_TRUE(c->brands()[1].strong);
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
                                            "travel",   "utility", "toll",      "insurance"};
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

// One keyword, one brand: a keyword shared by two brands would make every
// mention a claim to be both, and the genuine mail of one a mismatch for
// the other.
TEST_F(ShippedCatalogTest, EveryKeywordNamesOneBrand) {
  std::map<std::string, std::string> owner;
  for (const Brand& b : catalog_->brands()) {
    for (const std::string& k : b.keywords) {
      auto [it, inserted] = owner.emplace(k, b.name);
      EXPECT_TRUE(inserted) << "'" << k << "' names both " << it->second << " and " << b.name;
    }
  }
}

// A two-letter name (ee, o2, bt, a1) occurs in ordinary text far too often
// to be trusted anywhere but in a sender name of service words.
TEST_F(ShippedCatalogTest, ShortKeywordsBelongToWeakBrands) {
  for (const Brand& b : catalog_->brands()) {
    for (const std::string& k : b.keywords) {
      EXPECT_FALSE(k.size() < 3 && b.strong) << b.name << ": '" << k << "'";
    }
  }
}

// Ordinary words and first names of the seven languages that brands are
// named after: where they are keywords, their brand must be weak, so that
// "Nationwide delivery", "Ricardo Silva" or "65 Zoll" claim nothing.
TEST_F(ShippedCatalogTest, OrdinaryWordsAreNeverStrongKeywords) {
  for (const char* word :
       {"post", "free", "orange", "target", "chase", "three", "sky", "boots", "next", "discover", "ideal", "zoll",
        "action", "bolt", "jumbo", "spar", "coop", "continente", "nationwide", "subito", "avis", "pix", "cpf",
        "otto", "ricardo", "lydia", "apple", "visa", "ups", "nab", "ato", "anthem", "saturn", "tangerine", "hema",
        "desjardins", "hilton", "marriott", "aviva", "humana", "generali", "progressive", "fidelity", "gemini",
        "douane", "nickel", "azul", "emirates", "iberia", "payback", "vanguard", "sofi", "boulanger", "adp"}) {
    for (const BrandMention& m : catalog_->FindMentions(word)) {
      const Brand& b = catalog_->brands()[m.brand_index];
      EXPECT_FALSE(b.strong && m.keyword == word) << word << " is a strong keyword of " << b.name;
    }
  }
}

TEST_F(ShippedCatalogTest, KnowsTheBanksAndCardIssuersOfEachCountry) {
  struct Case {
    const char* brand;
    const char* domain;
  };
  for (const Case& c : {Case{"U.S. Bank", "usbank.com"}, Case{"Fifth Third Bank", "53.com"},
                        Case{"Scotiabank", "scotiabank.com"}, Case{"Commonwealth Bank", "commbank.com.au"},
                        Case{"Monzo", "monzo.com"}, Case{"Hello bank!", "hellobank.fr"},
                        Case{"HypoVereinsbank", "hypovereinsbank.de"}, Case{"Raiffeisen", "raiffeisen.at"},
                        Case{"Viseca", "viseca.ch"}, Case{"Abanca", "abanca.com"}, Case{"Montepio", "montepio.pt"},
                        Case{"Sicredi", "sicredi.com.br"}, Case{"BPER Banca", "bper.it"}, Case{"Knab", "knab.nl"},
                        Case{"Argenta", "argenta.be"}, Case{"Twint", "twint.ch"}, Case{"MB WAY", "mbway.pt"}}) {
    ASSERT_NE(Named(c.brand), nullptr) << c.brand;
    EXPECT_TRUE(catalog_->IsOfficialDomain(*Named(c.brand), c.domain)) << c.brand;
  }
  EXPECT_EQ(catalog_->BrandOfDomain("53.com")->name, "Fifth Third Bank");
  EXPECT_FALSE(catalog_->IsOfficialDomain(*Named("Westpac"), "westpac-secure.com"));
}

TEST_F(ShippedCatalogTest, KnowsThePublicBodiesLuresImitate) {
  struct Case {
    const char* text;
    const char* brand;
    const char* domain;
  };
  for (const Case& c :
       {Case{"payez vos cotisations urssaf", "URSSAF", "urssaf.fr"},
        Case{"ihr rundfunkbeitrag ist fällig", "ARD ZDF Beitragsservice", "rundfunkbeitrag.de"},
        Case{"aceda à segurança social direta", "Segurança Social", "seg-social.pt"},
        Case{"multa de la dirección general de tráfico", "DGT", "dgt.es"},
        Case{"avviso di agenzia delle entrate-riscossione", "Agenzia delle Entrate",
             "agenziaentrateriscossione.gov.it"},
        Case{"uw kenteken bij de rdw", "RDW", "rdw.nl"},
        Case{"your dvla vehicle tax", "DVLA", "notifications.service.gov.uk"},
        Case{"sign in to mygov", "myGov", "my.gov.au"},
        Case{"your service canada benefits", "Service Canada", "canada.ca"},
        Case{"the illinois tollway owes", "Illinois Tollway", "illinoistollway.com"},
        Case{"asfinag vignette", "ASFINAG", "asfinag.at"},
        Case{"o seu benefício do meu inss", "INSS", "inss.gov.br"}}) {
    std::vector<std::string> names = MentionedNames(*catalog_, c.text);
    EXPECT_NE(std::find(names.begin(), names.end(), c.brand), names.end()) << c.text;
    ASSERT_NE(Named(c.brand), nullptr) << c.brand;
    EXPECT_TRUE(catalog_->IsOfficialDomain(*Named(c.brand), c.domain)) << c.brand;
  }
  EXPECT_TRUE(catalog_->IsOfficialDomain(*Named("HMRC"), "notifications.service.gov.uk"));
}

TEST_F(ShippedCatalogTest, KnowsTheServicesOfEveryOtherCategory) {
  struct Case {
    const char* text;
    const char* brand;
    const char* category;
  };
  for (const Case& c : {Case{"envío con seur", "SEUR", "parcel"}, Case{"colis privé", "Colis Privé", "parcel"},
                        Case{"your telstra bill", "Telstra", "telecom"}, Case{"tarif odido", "Odido", "telecom"},
                        Case{"octopus energy account", "Octopus Energy", "utility"},
                        Case{"factura de naturgy", "Naturgy", "utility"},
                        Case{"allianz versicherung", "Allianz", "insurance"},
                        Case{"mercadona online", "Mercadona", "shopping"},
                        Case{"bestelling bij coolblue", "Coolblue", "shopping"},
                        Case{"vueling boarding pass", "Vueling", "travel"},
                        Case{"votre profil meetic", "Meetic", "social"},
                        Case{"eset licence", "ESET", "security"},
                        Case{"paysafecard code", "Paysafecard", "payment"},
                        Case{"bitvavo wallet", "Bitvavo", "crypto"},
                        Case{"atomic wallet seed", "Atomic Wallet", "crypto"},
                        Case{"hulu subscription", "Hulu", "streaming"}}) {
    std::vector<std::string> names = MentionedNames(*catalog_, c.text);
    EXPECT_NE(std::find(names.begin(), names.end(), c.brand), names.end()) << c.text;
    ASSERT_NE(Named(c.brand), nullptr) << c.brand;
    EXPECT_EQ(Named(c.brand)->category, c.category) << c.brand;
  }
}

// "Royal Bank of Scotland" or "Anthem Blue Cross Blue Shield" must not also
// name a second, unrelated brand whose genuine mail would then mismatch.
TEST_F(ShippedCatalogTest, FullNamesDoNotNameAnUnrelatedBrand) {
  struct Case {
    const char* text;
    const char* domain;  // the sender's genuine domain
  };
  for (const Case& c : {Case{"royal bank of scotland", "rbs.co.uk"},
                        Case{"anthem blue cross blue shield", "anthem.com"},
                        Case{"correos express", "correosexpress.com"},
                        Case{"raiffeisenbank wien", "raiffeisen.at"},
                        Case{"ing-diba", "ing.de"},
                        Case{"bnp paribas fortis", "bnpparibasfortis.be"},
                        Case{"agenzia delle entrate-riscossione", "agenziaentrateriscossione.gov.it"}}) {
    for (const BrandMention& m : catalog_->FindMentions(c.text)) {
      const Brand& b = catalog_->brands()[m.brand_index];
      EXPECT_TRUE(catalog_->IsOfficialDomain(b, c.domain)) << c.text << " names " << b.name;
    }
  }
}

}  // namespace
}  // namespace phishscan
