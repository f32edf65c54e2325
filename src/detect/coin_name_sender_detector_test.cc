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
using testing::RunDetector;
using testing::TestMail;

const Detector& CoinName() {
  static const std::unique_ptr<Detector> d = MakeCoinNameSenderDetector();
  return *d;
}

std::vector<Signal> Scan(const std::string& from, const std::string& html,
                         const std::vector<std::string>& headers = {}) {
  TestMail m;
  m.from = from;
  m.subject = "Hello";
  m.html = html;
  m.headers = headers;
  return RunDetector(CoinName(), m.Build());
}

TEST(CoinNameSenderTest, CoinAsTheNameOfAStranger) {
  const std::pair<const char*, const char*> kCases[] = {
      {"Ether <williams.jhon77@icloud.com>", "free webmail"},
      {"Commercio di Bitcoin <info@ferramenta-rossi.example>", "does not carry"},
      {"Ihre BTC Auszahlung <lina@gartenbau-huber.example>", "does not carry"},
      {"Bitcoin <members@rowing-club.example>", "does not carry"},
      {"Dogecoin Giveaway <promo@gmail.com>", "free webmail"},
  };
  for (const auto& [from, how] : kCases) {
    std::vector<Signal> signals =
        Scan(from, "<p><a href=\"https://claim-now.example.top/x\"><img src=\"https://img.example/a.png\"></a></p>");
    const Signal* s = FindSignal(signals, "sender.coin_name_stranger");
    ASSERT_NE(s, nullptr) << from << "\n" << Describe(signals);
    EXPECT_EQ(s->sign, Sign::kSenderMismatch);
    EXPECT_NE(s->explanation_en.find(how), std::string::npos) << s->explanation_en;
    EXPECT_NE(s->explanation_fr.find("cryptomonnaie"), std::string::npos);
  }
}

// Magazines and exchanges under their own names and domains, a conference
// linking its own site, a person named Solana, a mailing list, a brand
// name (judged by the brand detectors): nothing to say about the sender.
TEST(CoinNameSenderTest, OwnNamesOwnSitesPeopleAndListsStayQuiet) {
  const std::string news = "<p>Markets were calm this week. <a href=\"https://news.example/read\">Read</a></p>";
  EXPECT_TRUE(Scan("Bitcoin Magazine <newsletter@bitcoinmagazine.com>", news).empty());
  EXPECT_TRUE(Scan("BTC-ECHO <newsletter@btc-echo.de>", news).empty());
  EXPECT_TRUE(Scan("Bitcoin price alerts <alerts@kraken.com>", news).empty());
  EXPECT_TRUE(Scan("Bitcoin Week Lisbon <hello@lisbon-events.example>",
                   "<p>Tickets are on sale: <a href=\"https://lisbon-events.example/tickets\">book</a></p>")
                  .empty());
  EXPECT_TRUE(Scan("Maria Solana <maria.solana@gmail.com>", "<p>See you on Friday!</p>").empty());
  EXPECT_TRUE(Scan("Alice Chen via bitcoin-dev <bitcoin-dev@lists.example.org>", news,
                   {"List-Id: <bitcoin-dev.lists.example.org>"})
                  .empty());
  EXPECT_TRUE(FindSignal(Scan("Tether <support@pqqjd.example>", news), "sender.coin_name_stranger") == nullptr);
}

}  // namespace
}  // namespace phishscan
