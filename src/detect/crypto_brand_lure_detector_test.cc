#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "detect/detector.h"
#include "detect/detector_test_support.h"
#include "detect/test_mail.h"

namespace phishscan {
namespace {

using testing::Describe;
using testing::FindSignal;
using testing::HasSignal;
using testing::RunDetector;
using testing::TestMail;

const Detector& Lure() {
  static const std::unique_ptr<Detector> d = MakeCryptoBrandLureDetector();
  return *d;
}

std::vector<Signal> Scan(const std::string& from, const std::string& subject, const std::string& text,
                         std::vector<std::string> headers = {}) {
  TestMail m;
  m.from = from;
  m.subject = subject;
  m.text = text;
  m.headers = std::move(headers);
  return RunDetector(Lure(), m.Build());
}

TEST(CryptoBrandLureTest, HardwareWalletFirmwareLureFromAnotherDomain) {
  std::vector<Signal> signals =
      Scan("Trezor Security <alerts@mailer-garden.example>", "Critical security incident",
           "A security incident affected our servers. Update your device firmware today using the link below.");
  const Signal* s = FindSignal(signals, "scam.crypto_brand_lure");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(s->sign, Sign::kFraudLure);
  EXPECT_EQ(s->weight, 28);
  EXPECT_NE(s->explanation_en.find("mailer-garden.example"), std::string::npos) << s->explanation_en;
  EXPECT_NE(s->explanation_fr.find("Trezor"), std::string::npos) << s->explanation_fr;
}

TEST(CryptoBrandLureTest, ActionsInSevenLanguages) {
  const char* kTexts[] = {
      "Install the official wallet extension to keep your funds safe.",
      "Mettez à jour le micrologiciel de votre appareil dès aujourd'hui.",
      "Installieren Sie die neue Erweiterung, um Ihr Guthaben zu schützen.",
      "Reclama tus recompensas antes del viernes.",
      "Seus fundos estão disponíveis para saque.",
      "Claim uw beloningen via de knop hieronder.",
      "I tuoi fondi sono disponibili per il prelievo.",
  };
  for (const char* text : kTexts) {
    std::vector<Signal> signals = Scan("MetaMask <team@florist-weekly.example>", "Notice", text);
    const Signal* s = FindSignal(signals, "scam.crypto_brand_lure");
    ASSERT_NE(s, nullptr) << text << "\n" << Describe(signals);
    EXPECT_EQ(s->weight, 22);
  }
}

TEST(CryptoBrandLureTest, BrandSpeakingInItsCopyrightLine) {
  std::vector<Signal> signals =
      Scan("John <insights@office-supplies.example>", "Firmware notice",
           "Every user must update their device's firmware immediately.\n\n(c) 2025 Ledger. All rights reserved.");
  const Signal* s = FindSignal(signals, "scam.crypto_brand_lure");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(s->weight, 22);
}

TEST(CryptoBrandLureTest, AnAuthenticatedNewsSiteTitlingAStoryWithTheBrandIsQuiet) {
  std::vector<Signal> signals =
      Scan("Crypto Briefing <news@briefing-daily.example>", "Trezor: update your firmware after the security patch",
           "Trezor published a security patch; owners should update their firmware from Trezor Suite.",
           {"Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=briefing-daily.example; "
            "dkim=pass header.d=briefing-daily.example; dmarc=pass header.from=briefing-daily.example"});
  EXPECT_FALSE(HasSignal(signals, "scam.crypto_brand_lure")) << Describe(signals);
}

TEST(CryptoBrandLureTest, TheBrandsOwnNoticeIsQuiet) {
  std::vector<Signal> signals =
      Scan("Trezor <news@trezor.io>", "Firmware 2.8.7 is available",
           "Open Trezor Suite to update your firmware. Trezor will never ask for your recovery seed.");
  EXPECT_FALSE(HasSignal(signals, "scam.crypto_brand_lure")) << Describe(signals);
}

TEST(CryptoBrandLureTest, AnExchangeNamingAWalletItSupportsIsQuiet) {
  // Another catalogued brand's own domain: Coinbase's mail naming MetaMask.
  std::vector<Signal> signals = Scan("Coinbase via MetaMask <no-reply@coinbase.com>", "Withdrawals",
                                     "Your funds are available for withdrawal to MetaMask.");
  EXPECT_FALSE(HasSignal(signals, "scam.crypto_brand_lure")) << Describe(signals);
}

TEST(CryptoBrandLureTest, ANewsletterUnderItsOwnNameIsQuiet) {
  // The brand only in the text, as a crypto newsletter discusses it.
  std::vector<Signal> signals =
      Scan("The Block Digest <digest@blockdigest.example>", "This week in crypto",
           "Ledger published a security patch this week; Coinbase says staking is live in two more countries.");
  EXPECT_FALSE(HasSignal(signals, "scam.crypto_brand_lure")) << Describe(signals);
}

TEST(CryptoBrandLureTest, BrandNameWithoutAnyWalletActionIsQuiet) {
  std::vector<Signal> signals = Scan("Binance <events@conference-tickets.example>", "See you in Lisbon",
                                     "Our team will speak at the conference next week; come say hello at booth 12.");
  EXPECT_FALSE(HasSignal(signals, "scam.crypto_brand_lure")) << Describe(signals);
}

TEST(CryptoBrandLureTest, MailingListTrafficIsQuiet) {
  std::vector<Signal> signals =
      Scan("Ledger user group <list@hwallets.example>", "Re: firmware", "Did anyone update the firmware yet?",
           {"List-Id: <hwallets.lists.example>"});
  EXPECT_FALSE(HasSignal(signals, "scam.crypto_brand_lure")) << Describe(signals);
}

}  // namespace
}  // namespace phishscan
