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
                         std::vector<std::string> headers = {}, const std::string& html = "") {
  TestMail m;
  m.from = from;
  m.subject = subject;
  m.text = text;
  m.html = html;
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

TEST(CryptoBrandLureTest, DisguisedSenderNameWithBreachStory) {
  // "Iedger" (capital i for l) is no plain claim, yet it is who the sender speaks as.
  std::vector<Signal> signals =
      Scan("Iedger <news@garden-tools.example>", "Recent breach",
           "Your wallet may be breached. We highly recommend scanning your device with our web tool.");
  const Signal* s = FindSignal(signals, "scam.crypto_brand_lure");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_NE(s->explanation_en.find("Ledger"), std::string::npos) << s->explanation_en;
}

TEST(CryptoBrandLureTest, PlainNameOnItsOwnDomainIsNotDisguised) {
  std::vector<Signal> signals = Scan("Ledger <hello@ledger.com>", "Security update",
                                     "Your wallet may be breached if you reuse an old seed; read our guide.");
  EXPECT_FALSE(HasSignal(signals, "scam.crypto_brand_lure")) << Describe(signals);
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

// Nothing to read but a picture with a link, in an exchange's name from
// another domain: the lure is in the picture.
TEST(CryptoBrandLureTest, PictureOnlyMailInTheBrandsNameFromAnotherDomain) {
  const std::string picture =
      "<p><a href=\"https://click.mailer.example/c?u=81\"><img src=\"https://media.mailer.example/banner.png\" "
      "alt=\" \"></a></p>";
  std::vector<Signal> signals = Scan("Ripple <teamripple@lucid-mail.example>", "The accelerator program", "", {}, picture);
  const Signal* s = FindSignal(signals, "scam.crypto_brand_lure");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(s->evidence.size(), 4u);
  EXPECT_NE(s->explanation_en.find("no text to read"), std::string::npos);
  EXPECT_NE(s->explanation_fr.find("aucun texte"), std::string::npos);
  // A plain-text fallback asking to turn HTML on is not text the reader reads.
  std::vector<Signal> with_fallback =
      Scan("Ripple <teamripple@lucid-mail.example>", "The accelerator program",
           "This is an HTML-only message. To view it, activate HTML in your email application.", {}, picture);
  EXPECT_TRUE(HasSignal(with_fallback, "scam.crypto_brand_lure")) << Describe(with_fallback);
}

// The brand's own picture newsletter, a picture in its name that only links
// to the brand's site, and a brand's name over a few sentences without any
// wallet action stay quiet.
TEST(CryptoBrandLureTest, PictureFromTheBrandOrLinkingOnlyToItIsQuiet) {
  const std::string own = "<p><a href=\"https://www.kraken.com/learn\"><img src=\"https://www.kraken.com/b.png\"></a></p>";
  EXPECT_FALSE(HasSignal(Scan("Kraken <news@kraken.com>", "This month at Kraken", "", {}, own),
                         "scam.crypto_brand_lure"));
  EXPECT_FALSE(HasSignal(Scan("Kraken <news@partner-events.example>", "See you in Paris", "", {}, own),
                         "scam.crypto_brand_lure"));
  const std::string worded =
      "<p>Our team will speak at the conference next week; come say hello at booth 12.</p>"
      "<p><a href=\"https://conference-tickets.example/\"><img src=\"https://conference-tickets.example/b.png\"></a></p>";
  EXPECT_FALSE(HasSignal(Scan("Binance <events@conference-tickets.example>", "See you in Lisbon", "", {}, worded),
                         "scam.crypto_brand_lure"));
}

std::vector<std::string> Authenticated(const std::string& domain) { return {testing::AuthenticationPass(domain)}; }

TEST(CryptoBrandLureTest, BrandCoinFromTheBrandsHijackedSenderLeadingElsewhere) {
  // Authenticated mail from the brand's own domain whose button leads, through
  // an ad server, to a claim page elsewhere.
  const std::string html =
      "<p>Introducing $DISNEY Coin! Earn coins for every hour you stream.</p>"
      "<p><a href=\"https://adclick.g.doubleclick.net/pcs/click?x=1&&adurl=//mouse-claim.example\">Start "
      "Earning</a></p><p><a href=\"https://www.disneyplus.com/\">disneyplus.com</a></p>";
  std::vector<Signal> signals = Scan("Disney+ <news@disneyplus.com>", "Start earning $DISNEY today", "",
                                     Authenticated("disneyplus.com"), html);
  const Signal* s = FindSignal(signals, "scam.crypto_brand_lure");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(s->weight, 22);
  EXPECT_NE(s->explanation_en.find("mouse-claim.example"), std::string::npos) << s->explanation_en;
  EXPECT_NE(s->explanation_fr.find("$DISNEY"), std::string::npos) << s->explanation_fr;
}

TEST(CryptoBrandLureTest, BrandCoinInSevenLanguagesFromAnotherDomain) {
  const char* kTexts[] = {
      "Our newly launched Adidas coin rewards loyal customers.",
      "Découvrez le jeton Adidas, notre nouvelle récompense.",
      "Die neue Adidas-Münze ist da: sammeln Sie jetzt.",
      "Presentamos la moneda Adidas para clientes fieles.",
      "Conheça a moeda Adidas, a nossa nova recompensa.",
      "De nieuwe Adidas munt is er voor trouwe klanten.",
      "Scopri la moneta Adidas, il nostro nuovo premio.",
  };
  for (const char* text : kTexts) {
    std::vector<Signal> signals = Scan("Adidas <rewards@loyal-club.example>", "News", text);
    const Signal* s = FindSignal(signals, "scam.crypto_brand_lure");
    ASSERT_NE(s, nullptr) << text << "\n" << Describe(signals);
    EXPECT_EQ(s->weight, 22);
  }
}

TEST(CryptoBrandLureTest, BrandCoinWithWalletWordingWeighsMore) {
  std::vector<Signal> signals = Scan("Amazon Rewards <club@prime-perks.example>", "$AMAZON tokens",
                                     "Claim your rewards: $AMAZON tokens are now in your account.");
  const Signal* s = FindSignal(signals, "scam.crypto_brand_lure");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(s->weight, 28);
}

TEST(CryptoBrandLureTest, TheBrandsOwnCoinProgrammeOnItsOwnSitesIsQuiet) {
  // Amazon Coins exist; Amazon's mail about them links to Amazon.
  const std::string html =
      "<p>Get 500 Amazon Coins free when you buy your first app.</p>"
      "<p><a href=\"https://www.amazon.com/coins\">Get Coins</a></p>";
  std::vector<Signal> signals = Scan("Amazon <store-news@amazon.com>", "Your Amazon Coins bonus", "",
                                     Authenticated("amazon.com"), html);
  EXPECT_FALSE(HasSignal(signals, "scam.crypto_brand_lure")) << Describe(signals);
}

TEST(CryptoBrandLureTest, NewsAboutABrandCoinAndAccessTokensAreQuiet) {
  // A newsletter under its own name reporting a rumour, and a developer
  // service's access token: neither speaks as a brand offering a coin.
  std::vector<Signal> news = Scan("Markets Weekly <digest@markets-weekly.example>", "Is a Disney coin coming?",
                                  "Analysts doubt a $DISNEY token will ever launch.",
                                  Authenticated("markets-weekly.example"));
  EXPECT_FALSE(HasSignal(news, "scam.crypto_brand_lure")) << Describe(news);
  std::vector<Signal> token = Scan("GitHub <noreply@github.com>", "Your personal access token expires soon",
                                   "Your GitHub token expires in 7 days. Jeton d'accès GitHub.",
                                   Authenticated("github.com"));
  EXPECT_FALSE(HasSignal(token, "scam.crypto_brand_lure")) << Describe(token);
}

TEST(CryptoBrandLureTest, ACryptoExchangeOwnCoinIsQuiet) {
  std::vector<Signal> signals = Scan("Binance <do-not-reply@binance.com>", "BNB Coin staking is live",
                                     "Binance Coin holders: claim your rewards in the app.",
                                     Authenticated("binance.com"));
  EXPECT_FALSE(HasSignal(signals, "scam.crypto_brand_lure")) << Describe(signals);
}

}  // namespace
}  // namespace phishscan
