#include <gtest/gtest.h>

#include <string>

#include "detect/detector.h"
#include "detect/detector_test_support.h"
#include "detect/test_mail.h"

namespace phishscan {
namespace {

using testing::AuthenticationPass;
using testing::Describe;
using testing::EvidenceValue;
using testing::ExpectExplained;
using testing::FindSignal;
using testing::HasSignal;
using testing::RunDetector;
using testing::TestMail;

const Detector& CryptoBrandHost() {
  static const std::unique_ptr<Detector> d = MakeCryptoBrandHostDetector();
  return *d;
}

TEST(CryptoBrandHostTest, MiningPayoutOnADomainBorrowingAnExchangeName) {
  TestMail m;
  m.from = "Rosa Vidal <r.vidal@seguros-vidal.example>";
  m.subject = "You have earned +0.21 BTC";
  m.html = "<p>Your BTC withdrawal is pending! Your balance has been unlocked.</p>"
           "<a href=\"https://binancepartners-go.com/w/4471\">Withdraw now</a>";
  std::vector<Signal> signals = RunDetector(CryptoBrandHost(), m.Build());
  const Signal* s = FindSignal(signals, "links.crypto_brand_named_host");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(s->sign, Sign::kDeceptiveLink);
  EXPECT_EQ(EvidenceValue(*s, "brand"), "Binance");
  EXPECT_EQ(EvidenceValue(*s, "link domain"), "binancepartners-go.com");
  ExpectExplained(*s);
}

TEST(CryptoBrandHostTest, WalletNameInAClaimDomainInGerman) {
  TestMail m;
  m.from = "Airdrop <info@news-drop.example>";
  m.subject = "Token-Zuteilung";
  m.html = "<p>Verbinden Sie Ihre Wallet und sichern Sie Ihre Token-Zuteilung.</p>"
           "<a href=\"https://metamask-claim.net/start\">Jetzt abholen</a>";
  std::vector<Signal> signals = RunDetector(CryptoBrandHost(), m.Build());
  EXPECT_TRUE(HasSignal(signals, "links.crypto_brand_named_host")) << Describe(signals);
}

// The exchange's own domains, even the regional ones, are its own.
TEST(CryptoBrandHostTest, ExchangeLinkingItsOwnDomainIsClean) {
  TestMail m;
  m.from = "Binance <do-not-reply@binance.com>";
  m.headers.push_back(AuthenticationPass("binance.com"));
  m.subject = "Staking rewards";
  m.html = "<p>Your staking rewards are ready to claim.</p>"
           "<a href=\"https://www.binance.com/en/earn\">Open Earn</a> <a href=\"https://binance.us/\">US</a>";
  std::vector<Signal> signals = RunDetector(CryptoBrandHost(), m.Build());
  EXPECT_FALSE(HasSignal(signals, "links.crypto_brand_named_host")) << Describe(signals);
}

// A newsletter linking a price site named after a coin offers no money.
TEST(CryptoBrandHostTest, NewsLinkWithoutAnOfferIsClean) {
  TestMail m;
  m.from = "Chain Digest <editors@chaindigest.example>";
  m.subject = "Market recap";
  m.html = "<p>Prices moved sideways this week; see the chart on "
           "<a href=\"https://coinbasepricewatch.com/btc\">our partner's page</a>.</p>";
  std::vector<Signal> signals = RunDetector(CryptoBrandHost(), m.Build());
  EXPECT_FALSE(HasSignal(signals, "links.crypto_brand_named_host")) << Describe(signals);
}

// "ledger" and "ripple" are words: a weak keyword in a domain is no claim.
TEST(CryptoBrandHostTest, WeakBrandWordsInDomainsAreClean) {
  TestMail m;
  m.from = "Shop <news@shop.example>";
  m.subject = "Claim your tokens";
  m.html = "<p>Claim your tokens in our loyalty game.</p><a href=\"https://ledgerbooks-shop.com/game\">Play</a>";
  std::vector<Signal> signals = RunDetector(CryptoBrandHost(), m.Build());
  EXPECT_FALSE(HasSignal(signals, "links.crypto_brand_named_host")) << Describe(signals);
}

}  // namespace
}  // namespace phishscan
