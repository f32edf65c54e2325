#include <gtest/gtest.h>

#include <string>

#include "detect/detector.h"
#include "detect/detector_test_support.h"
#include "detect/test_mail.h"

namespace phishscan {
namespace {

using testing::Describe;
using testing::FindSignal;
using testing::RunDetector;
using testing::TestMail;

const Detector& Reward() {
  static const std::unique_ptr<Detector> d = MakeCryptoRewardSenderDetector();
  return *d;
}

std::vector<Signal> Scan(const std::string& from, const std::string& subject, const std::string& text) {
  TestMail m;
  m.from = from;
  m.subject = subject;
  m.text = text;
  return RunDetector(Reward(), m.Build());
}

TEST(CryptoRewardSenderTest, StakingRewardsFromALookalikeOfTheProject) {
  std::vector<Signal> signals = Scan("Vortexa Team <rewards@vortexx.io>", "Your staking rewards are ready",
                                     "Your staking rewards are ready to be claimed. Connect your wallet to claim "
                                     "your VTX tokens.");
  const Signal* s = FindSignal(signals, "sender.crypto_reward_stranger");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(s->sign, Sign::kSenderMismatch);
  EXPECT_EQ(s->weight, 22);
  EXPECT_NE(s->explanation_en.find("vortexx"), std::string::npos) << s->explanation_en;
  EXPECT_NE(s->explanation_fr.find("vortexx"), std::string::npos) << s->explanation_fr;
}

TEST(CryptoRewardSenderTest, ProjectNameFromAnUnrelatedServer) {
  const std::pair<const char*, const char*> kCases[] = {
      {"Nebulachain Airdrop <notify@garden-tools-shop.example>",
       "You received VIP Platinum rank and USDT tokens. Claim your 500 USDT now."},
      {"Nebulachain <info@bakery-ortega.example>", "Connectez votre portefeuille pour recevoir vos jetons."},
      {"Nebulachain <info@bakery-ortega.example>", "Verbinden Sie Ihre Wallet und sichern Sie Ihre Token-Zuteilung."},
  };
  for (const auto& [from, text] : kCases) {
    std::vector<Signal> signals = Scan(from, "Rewards", text);
    const Signal* s = FindSignal(signals, "sender.crypto_reward_stranger");
    ASSERT_NE(s, nullptr) << from << "\n" << text << "\n" << Describe(signals);
    EXPECT_EQ(s->weight, 16);
  }
}

TEST(CryptoRewardSenderTest, ExchangeWritingFromItsOwnDomainStaysQuiet) {
  std::vector<Signal> signals = Scan("Nebulachain Exchange <statements@mail.nebulachain.example>",
                                     "Your November staking statement",
                                     "Your staking rewards for November: 0.42 ETH credited to your account. "
                                     "Token rewards are paid every Monday.");
  EXPECT_TRUE(signals.empty()) << Describe(signals);
}

// A supermarket's domain (catalogued as a shop) does not speak for a crypto
// project it never names: whoever sends through it is a stranger.
TEST(CryptoRewardSenderTest, ProjectNameFromAShopsCataloguedDomain) {
  std::vector<Signal> signals = Scan("Chainvault Recovery <no-reply@aldi.es>", "Hidden tokens",
                                     "Discover hidden tokens in your wallet. Connect your wallet to claim them.");
  const Signal* s = FindSignal(signals, "sender.crypto_reward_stranger");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(s->weight, 16);
}

// Banks and payment services offer crypto under product names, and a shop
// may run a token game under its own name: their domains speak for both.
TEST(CryptoRewardSenderTest, MoneyServicesAndNamedShopProductsStayQuiet) {
  const std::pair<const char*, const char*> kCases[] = {
      {"Crypto Hub <service@paypal.com>", "Your crypto rewards are ready to claim in the app."},
      {"Aldi Token Club <club@aldi.es>", "Claim your tokens: every purchase earns club tokens."},
  };
  for (const auto& [from, text] : kCases) {
    std::vector<Signal> signals = Scan(from, "Rewards", text);
    EXPECT_FALSE(testing::HasSignal(signals, "sender.crypto_reward_stranger")) << from << "\n" << Describe(signals);
  }
}

TEST(CryptoRewardSenderTest, NoCryptoClaimNoSignal) {
  std::vector<Signal> signals = Scan("Garden Tools <news@bakery-ortega.example>", "Autumn sale",
                                     "Our autumn sale starts today: 20% off all rakes.");
  EXPECT_TRUE(signals.empty()) << Describe(signals);
}

TEST(CryptoRewardSenderTest, MailingListsAreNotJudged) {
  TestMail list;
  list.from = "Scroll Watchers <watchers@forum.example>";
  list.headers.push_back("List-Id: <watchers.forum.example>");
  list.subject = "Fake airdrop again";
  list.text = "Beware: another 'claim your tokens' mail, connect your wallet they say.";
  std::vector<Signal> signals = RunDetector(Reward(), list.Build());
  EXPECT_TRUE(signals.empty()) << Describe(signals);
}

}  // namespace
}  // namespace phishscan
