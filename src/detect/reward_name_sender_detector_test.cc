#include <gtest/gtest.h>

#include <memory>
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

const Detector& RewardName() {
  static const std::unique_ptr<Detector> d = MakeRewardNameSenderDetector();
  return *d;
}

constexpr char kClaimLink[] = "<p><a href=\"https://claim.prize-desk.net/go\">Continue</a></p>";

std::vector<Signal> Scan(const std::string& from, const std::string& subject, const std::string& html,
                         const std::vector<std::string>& headers = {}) {
  TestMail m;
  m.from = from;
  m.subject = subject;
  m.html = html;
  m.headers = headers;
  return RunDetector(RewardName(), m.Build());
}

struct Lure {
  const char* from;
  const char* subject;
  const char* body;
};

// Raffle and survey-prize lures in several languages, each under a name
// that is the reward, from an unrelated and unsigned address.
TEST(RewardNameSenderTest, RewardNameOnAnUnrelatedAddress) {
  const Lure kLures[] = {
      {"Auto-Notfallset Belohnungen <guide@blumen-meier.de>",
       "Ihr Name wurde für eine Autonotfallbox-Prämie vorgeschlagen", "<p>Jetzt bestätigen.</p>"},
      {"Caixa Misteriosa <envio@panfletos-online.com.br>", "Você ganhou! Não perca essa chance.", "<p>Veja.</p>"},
      {"AAA Winner <renew@harbour-realestate.com>", "2nd attempt",
       "<p>Congratulation, you won a car emergency kit!</p>"},
      {"PrizeOpinion <regna@plan-finder.net>", "Take Survey Win", "<p>Two minutes.</p>"},
      {"Mitglieder-Umfrage-Panel <support@camping-nord.info>", "Ihre Bestellung wurde versandt",
       "<p>Herzlichen Glückwunsch! Sie wurden als Gewinner ausgewählt.</p>"},
      {"Récompenses Clients <info@garage-dupont.fr>", "Une surprise",
       "<p>Votre nom a été retenu pour un coffret cadeau d'une valeur de 90 €.</p>"},
      {"Beloningen Centrum <info@bakkerij-smit.nl>", "Actie", "<p>Gefeliciteerd, claim uw prijs vandaag.</p>"},
      {"Ricompense Premium <avvisi@studio-dentistico.it>", "Notizia", "<p>Congratulazioni, hai vinto un premio.</p>"},
  };
  for (const Lure& lure : kLures) {
    std::vector<Signal> signals = Scan(lure.from, lure.subject, std::string(lure.body) + kClaimLink);
    const Signal* s = FindSignal(signals, "sender.reward_name_stranger");
    ASSERT_NE(s, nullptr) << lure.from << "\n" << Describe(signals);
    EXPECT_EQ(s->sign, Sign::kSenderMismatch);
    EXPECT_NE(s->explanation_en.find("reward itself"), std::string::npos);
    EXPECT_NE(s->explanation_fr.find("récompense elle-même"), std::string::npos);
  }
}

// A programme under its own name and domain, a sender whose name is in its
// address, one that signs with its own domain, one whose links lead to its
// own site, a reward name with nothing won, a gift shop, a mailing list.
TEST(RewardNameSenderTest, OwnProgrammeSignedOwnSiteOrNoPrizeStayQuiet) {
  EXPECT_TRUE(Scan("Lidl Plus Belohnungen <news@mail.lidl.de>", "Herzlichen Glückwunsch",
                   std::string("<p>Herzlichen Glückwunsch, Ihr Coupon ist freigeschaltet.</p>") + kClaimLink)
                  .empty());
  EXPECT_TRUE(Scan("Rewards <rewards@shop-example.com>", "Your points",
                   std::string("<p>Your reward points expire on 31 March.</p>") + kClaimLink)
                  .empty());
  EXPECT_TRUE(Scan("Opinion Panel <invites@survey-hub.com>", "New study",
                   std::string("<p>Complete our short survey to earn 50 points.</p>") + kClaimLink,
                   {"DKIM-Signature: v=1; a=rsa-sha256; d=mail.survey-hub.com; s=s1; h=from:subject; bh=AAA=; b=BBB="})
                  .empty());
  EXPECT_TRUE(Scan("Prize Draw Team <noreply@news-mailer.com>", "Results",
                   "<p>Congratulations! You have won the second prize.</p>"
                   "<p><a href=\"https://www.news-mailer.com/results\">See the results</a></p>")
                  .empty());
  EXPECT_TRUE(Scan("AAA Winner <renew@harbour-realestate.com>", "Hello", std::string("<p>Hello.</p>") + kClaimLink)
                  .empty());
  EXPECT_TRUE(Scan("Gift Shop <orders@handmade-store.com>", "Gift cards",
                   std::string("<p>Gift cards are back for the holidays.</p>") + kClaimLink)
                  .empty());
  EXPECT_TRUE(Scan("Survey Panel <notices@lists.example.org>", "Congratulations",
                   std::string("<p>Congratulations! You won the raffle.</p>") + kClaimLink,
                   {"List-Id: <panel.lists.example.org>"})
                  .empty());
}

// A signature of another domain (the mailing service's alone) does not
// vouch for the name.
TEST(RewardNameSenderTest, SignatureOfAnotherDomainDoesNotCount) {
  std::vector<Signal> signals =
      Scan("Caixa Misteriosa <envio@panfletos-online.com.br>", "Você ganhou!", std::string("<p>Veja.</p>") + kClaimLink,
           {"DKIM-Signature: v=1; a=rsa-sha256; d=bulk-sender.example; s=k1; bh=AAA=; b=BBB="});
  EXPECT_NE(FindSignal(signals, "sender.reward_name_stranger"), nullptr) << Describe(signals);
}

}  // namespace
}  // namespace phishscan
