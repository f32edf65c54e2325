#include <gtest/gtest.h>

#include <string>

#include "detect/detector.h"
#include "detect/detector_test_support.h"
#include "detect/test_mail.h"

namespace phishscan {
namespace {

using testing::EvidenceValue;
using testing::FindSignal;
using testing::HasSignal;
using testing::ReadFileOrEmpty;
using testing::RunDetector;
using testing::TestMail;

const Detector& Lookalike() {
  static const std::unique_ptr<Detector> d = MakeLookalikeDomainDetector();
  return *d;
}

std::vector<Signal> FromDomain(const std::string& domain) {
  TestMail m;
  m.from = "Service <service@" + domain + ">";
  m.text = "Hello.";
  return RunDetector(Lookalike(), m.Build());
}

std::vector<Signal> LinkTo(const std::string& url) {
  TestMail m;
  m.html = "<a href=\"" + url + "\">Open</a>";
  return RunDetector(Lookalike(), m.Build());
}

TEST(LookalikeDomainTest, SenderTypos) {
  for (const char* domain : {"paypa1.com", "paypall.com", "rnicrosoft.com", "micros0ft.com"}) {
    std::vector<Signal> signals = FromDomain(domain);
    const Signal* s = FindSignal(signals, "lookalike.sender_domain");
    ASSERT_NE(s, nullptr) << domain;
    EXPECT_EQ(s->sign, Sign::kSenderMismatch);
    EXPECT_GE(s->weight, 25) << domain;
  }
  std::vector<Signal> paypa1 = FromDomain("paypa1.com");
  const Signal* s = FindSignal(paypa1, "lookalike.sender_domain");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(EvidenceValue(*s, "brand"), "PayPal");
  EXPECT_NE(s->explanation_fr.find("imite"), std::string::npos);
}

TEST(LookalikeDomainTest, BrandNameWithWordsAdded) {
  for (const char* domain : {"paypal-secure-login.com", "microsoft365-support.xyz", "cpanel-webmail.top"}) {
    std::vector<Signal> signals = FromDomain(domain);
    const Signal* s = FindSignal(signals, "lookalike.sender_domain");
    ASSERT_NE(s, nullptr) << domain;
    EXPECT_EQ(EvidenceValue(*s, "technique"), "brand name with words added") << domain;
  }
}

// Run together with a help desk's words, a brand's name is a combosquat on
// any domain; run into product words it is the brand's own service domain.
TEST(LookalikeDomainTest, BrandNameRunIntoServiceWords) {
  for (const char* domain : {"coinbasesupport.com", "securepaypal.net", "netflixaccountverify.com", "binancehilfe.de"}) {
    std::vector<Signal> signals = FromDomain(domain);
    const Signal* s = FindSignal(signals, "lookalike.sender_domain");
    ASSERT_NE(s, nullptr) << domain;
    EXPECT_EQ(EvidenceValue(*s, "technique"), "brand name with words added") << domain;
    EXPECT_NE(s->explanation_fr.find("mots ajoutés"), std::string::npos);
  }
  std::vector<Signal> link = LinkTo("https://enterprise.coinbasesupport.com/hc/requests/1");
  const Signal* s = FindSignal(link, "lookalike.link_domain");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(EvidenceValue(*s, "brand"), "Coinbase");
  // githubsupport.com is GitHub's own Enterprise support portal (brands.tsv).
  for (const char* domain : {"githubsupport.com", "githubassets.com", "githubusercontent.com", "paypalobjects.com", "microsoftonline.com",
                             "supportbee.com", "netflixlovers.com"}) {
    EXPECT_FALSE(HasSignal(FromDomain(domain), "lookalike.sender_domain")) << domain;
  }
}

TEST(LookalikeDomainTest, BrandDomainInFrontOfAnother) {
  std::vector<Signal> signals = LinkTo("https://paypal.com.account-verify.ru/signin");
  const Signal* s = FindSignal(signals, "lookalike.link_domain");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->sign, Sign::kDeceptiveLink);
  EXPECT_EQ(EvidenceValue(*s, "technique"), "brand domain in front of another domain");
  EXPECT_EQ(EvidenceValue(*s, "registrable domain"), "account-verify.ru");
}

TEST(LookalikeDomainTest, FormPostingToALookalike) {
  TestMail m;
  m.html = "<p>If you did not authorise this payment, cancel it below.</p>"
           "<form action=\"http://paypall.com:9117/cancel\"><input type=\"submit\" value=\"Cancel\"></form>";
  std::vector<Signal> signals = RunDetector(Lookalike(), m.Build());
  const Signal* s = FindSignal(signals, "lookalike.link_domain");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(EvidenceValue(*s, "brand"), "PayPal");
  EXPECT_EQ(EvidenceValue(*s, "registrable domain"), "paypall.com");

  TestMail own;
  own.html = "<form action=\"https://www.paypal.com/search\"><input name=\"q\"></form>";
  EXPECT_FALSE(HasSignal(RunDetector(Lookalike(), own.Build()), "lookalike.link_domain"));

  // A brand's search box posted through its tenant on an ad server.
  TestMail tenant;
  tenant.html = "<form action=\"http://paypal.adserver.example/clk;1482\"><input name=\"q\"></form>";
  EXPECT_FALSE(HasSignal(RunDetector(Lookalike(), tenant.Build()), "lookalike.link_domain"));
}

TEST(LookalikeDomainTest, ConfusableCharacters) {
  // "pаypal.com" with a Cyrillic а.
  std::vector<Signal> signals = LinkTo("https://xn--pypal-4ve.com/");
  const Signal* s = FindSignal(signals, "lookalike.link_domain");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(EvidenceValue(*s, "brand"), "PayPal");
  EXPECT_EQ(EvidenceValue(*s, "technique"), "look-alike characters");
}

TEST(LookalikeDomainTest, BrandOnFreeHosting) {
  std::vector<Signal> signals = LinkTo("https://paypal-login.pages.dev/");
  EXPECT_TRUE(HasSignal(signals, "lookalike.link_domain"));
}

// A brand's signed survey on its own tenant of a survey service names
// itself; the same link from anyone else, or unsigned, imitates the brand.
TEST(LookalikeDomainTest, SignedBrandLinkingToItsOwnTenantIsFine) {
  TestMail m;
  m.from = "Telekom Kundenbefragung <kundenbefragung@telekom.de>";
  m.headers = {"Authentication-Results: mx.example.de; spf=pass smtp.mailfrom=umfrage.telekom.de; "
               "dkim=pass header.d=telekom.de; dmarc=pass header.from=telekom.de"};
  m.html = "<a href=\"https://telekom.eu.qualtrics.com/jfe/form/SV_3k9Zb1\">Zur Befragung</a>";
  EXPECT_FALSE(HasSignal(RunDetector(Lookalike(), m.Build()), "lookalike.link_domain"));

  TestMail unsigned_mail = m;
  unsigned_mail.headers.clear();
  EXPECT_TRUE(HasSignal(RunDetector(Lookalike(), unsigned_mail.Build()), "lookalike.link_domain"));

  // GitHub relaying a member's issue that links to a host named after GitHub.
  TestMail relayed;
  relayed.from = "octo-fan <notifications@github.com>";
  relayed.headers = {"Authentication-Results: mx.example.de; spf=pass smtp.mailfrom=github.com; "
                     "dkim=pass header.d=github.com; dmarc=pass header.from=github.com"};
  relayed.html = "<a href=\"https://github.repo-scan.example/report\">Scan report</a>";
  EXPECT_TRUE(HasSignal(RunDetector(Lookalike(), relayed.Build()), "lookalike.link_domain"));

  TestMail stranger = m;
  stranger.from = "Kundenbefragung <umfrage@survey-rewards.example>";
  stranger.headers = {"Authentication-Results: mx.example.de; spf=pass smtp.mailfrom=survey-rewards.example; "
                      "dkim=pass header.d=survey-rewards.example; dmarc=pass header.from=survey-rewards.example"};
  EXPECT_TRUE(HasSignal(RunDetector(Lookalike(), stranger.Build()), "lookalike.link_domain"));
}

TEST(LookalikeDomainTest, FormActionImitatingABrand) {
  // A "cancel this payment" form whose button shows the bank's address but
  // posts to a misspelt copy of its name.
  TestMail m;
  m.from = "Authorisation Department <authorisation@bank-notices.example>";
  m.html = "<p>Si vous n'avez pas autorisé ce paiement, annulez-le ci-dessous.</p>"
           "<form action=\"http://washingttonmutual.com:9117/\" method=\"post\">"
           "<input type=\"submit\" value=\"https://login.personal.wamu.com/logon\"></form>";
  std::vector<Signal> signals = RunDetector(Lookalike(), m.Build());
  const Signal* s = FindSignal(signals, "lookalike.link_domain");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(EvidenceValue(*s, "form action"), "washingttonmutual.com");
  EXPECT_EQ(EvidenceValue(*s, "brand"), "Washington Mutual");
  EXPECT_NE(s->explanation_fr.find("Un formulaire du message"), std::string::npos) << s->explanation_fr;

  TestMail official = m;
  official.html = "<form action=\"https://login.personal.wamu.com/logon\" method=\"post\">"
                  "<input type=\"submit\" value=\"Log in\"></form>";
  EXPECT_FALSE(HasSignal(RunDetector(Lookalike(), official.Build()), "lookalike.link_domain"));
  // A shop's search box posting to the brand's tenant on an ad server.
  TestMail search = m;
  search.html = "<form action=\"https://wamu.adserver-example.net/search\"><input name=\"q\"></form>";
  EXPECT_FALSE(HasSignal(RunDetector(Lookalike(), search.Build()), "lookalike.link_domain"));
}

TEST(LookalikeDomainTest, OfficialDomainsAndOrdinaryWordsAreFine) {
  for (const char* domain : {"paypal.com", "paypal.fr", "microsoftonline.com", "github.com", "example.org",
                             "adore.com", "orange-juice.example", "apple-orchard.example", "groups.io"}) {
    EXPECT_TRUE(FromDomain(domain).empty()) << domain;
  }
  EXPECT_TRUE(LinkTo("https://www.paypal.com/signin").empty());
  EXPECT_TRUE(LinkTo("https://login.microsoftonline.com/").empty());
}

TEST(LookalikeDomainTest, SamplesStayQuiet) {
  for (const char* name : {"newsletter.eml", "password-reset.eml", "hosting-quota-notice.fr.eml"}) {
    std::string raw = ReadFileOrEmpty(std::string(PHISHSCAN_SOURCE_DIR "/examples/") + name);
    ASSERT_FALSE(raw.empty());
    EXPECT_TRUE(RunDetector(Lookalike(), raw).empty()) << name;
  }
}

}  // namespace
}  // namespace phishscan
