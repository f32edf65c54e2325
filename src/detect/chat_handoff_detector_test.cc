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

const Detector& Handoff() {
  static const std::unique_ptr<Detector> d = MakeChatHandoffDetector();
  return *d;
}

TEST(ChatHandoffTest, CryptoIncomeCollectedThroughATelegramInvite) {
  TestMail m;
  m.from = "Helena Brandt <h.brandt@clinic-north.example>";
  m.subject = "AW";
  m.text = "Did you know you can earn 6 figures income from Bitcoin trading and mining?\n"
           "Reach our manager via Telegram: https://t.me/+Qx7pLmZ2aBcD\n";
  std::vector<Signal> signals = RunDetector(Handoff(), m.Build());
  const Signal* s = FindSignal(signals, "links.chat_handoff");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(s->sign, Sign::kDeceptiveLink);
  EXPECT_EQ(s->weight, 25);  // the chat is the only place the mail leads
  EXPECT_NE(EvidenceValue(*s, "chat").find("t.me"), std::string::npos);
  EXPECT_NE(s->explanation_fr.find("t.me"), std::string::npos) << s->explanation_fr;
  ExpectExplained(*s);
}

TEST(ChatHandoffTest, ReleasedBalanceToCollectOnWhatsApp) {
  TestMail m;
  m.from = "Service Clients <service.gains@gmail.com>";
  m.subject = "Votre solde";
  m.text = "Votre solde a été débloqué : 1 850 €. Pour le retirer, écrivez à votre gestionnaire sur "
           "WhatsApp : +33 6 12 34 56 78.";
  std::vector<Signal> signals = RunDetector(Handoff(), m.Build());
  const Signal* s = FindSignal(signals, "links.chat_handoff");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_NE(EvidenceValue(*s, "chat").find("whatsapp"), std::string::npos) << EvidenceValue(*s, "chat");
}

TEST(ChatHandoffTest, OtherLinksBesideTheChatWeighLess) {
  TestMail m;
  m.from = "Airdrop Desk <desk@token-desk.example>";
  m.subject = "Rewards";
  m.html = "<p>You've earned a reward for your involvement in our crypto community!</p>"
           "<a href=\"https://t.me/rewardsdesk\">Claim with our agent</a> "
           "<a href=\"https://cdn.imagehost.example/banner.png\">banner</a>";
  std::vector<Signal> signals = RunDetector(Handoff(), m.Build());
  const Signal* s = FindSignal(signals, "links.chat_handoff");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(s->weight, 20);
}

// A project's newsletter announces its airdrop and invites to its Telegram
// group, but links its own site too: it has a home, the chat is a channel.
TEST(ChatHandoffTest, CommunityNewsletterLinkingItsOwnSiteIsClean) {
  TestMail m;
  m.from = "Lumen Network <news@lumen-network.example>";
  m.headers.push_back(AuthenticationPass("lumen-network.example"));
  m.subject = "Community update: token distribution schedule";
  m.html = "<p>The token distribution is now live for stakers of season 2. Details and eligibility on our "
           "<a href=\"https://lumen-network.example/blog/season-2\">blog</a>.</p>"
           "<p>Questions? Join the community on <a href=\"https://t.me/lumennetwork\">Telegram</a>.</p>";
  std::vector<Signal> signals = RunDetector(Handoff(), m.Build());
  EXPECT_FALSE(HasSignal(signals, "links.chat_handoff")) << Describe(signals);
}

// A shop's contest newsletter, its links behind a mailing service's click
// tracker, with a WhatsApp button for customer service.
TEST(ChatHandoffTest, ShopContestWithWhatsAppButtonIsClean) {
  TestMail m;
  m.from = "Moda Luz <news@modaluz.example>";
  m.subject = "Sorteo de Navidad";
  m.html = "<p>Participa en nuestro sorteo de Navidad y gana una tarjeta regalo de 200 euros.</p>"
           "<a href=\"https://click.mailservice.example/c/8812\">Participa aquí</a> "
           "<a href=\"https://wa.me/34600123456\">¿Dudas? Escríbenos por WhatsApp</a>";
  std::vector<Signal> signals = RunDetector(Handoff(), m.Build());
  EXPECT_FALSE(HasSignal(signals, "links.chat_handoff")) << Describe(signals);
}

// A friend's invitation to a group names no money to collect.
TEST(ChatHandoffTest, FriendsGroupInvitationIsClean) {
  TestMail m;
  m.from = "Marco Rossi <marco.rossi71@gmail.com>";
  m.subject = "Gruppo calcetto";
  m.text = "Ciao! Ho creato il gruppo per la partita di giovedì, entra qui: https://chat.whatsapp.com/Fk3Lz9QpRr2\n"
           "Portiamo anche le birre?";
  std::vector<Signal> signals = RunDetector(Handoff(), m.Build());
  EXPECT_FALSE(HasSignal(signals, "links.chat_handoff")) << Describe(signals);
}

// Money wording with a site of the sender's own and no chat at all.
TEST(ChatHandoffTest, MoneyWordingWithoutChatIsClean) {
  TestMail m;
  m.from = "Lotto Results <results@lotto-results.example>";
  m.headers.push_back(AuthenticationPass("lotto-results.example"));
  m.subject = "Your ticket";
  m.html = "<p>Your score has been released for the weekly quiz.</p>"
           "<a href=\"https://lotto-results.example/account\">See your results</a>";
  std::vector<Signal> signals = RunDetector(Handoff(), m.Build());
  EXPECT_FALSE(HasSignal(signals, "links.chat_handoff")) << Describe(signals);
}

TEST(ChatHandoffTest, MailingListTrafficIsLeftToTheList) {
  TestMail m;
  m.from = "Trader Tom <tom.trades@gmail.com>";
  m.headers.push_back("List-Id: <traders.lists.example.org>");
  m.subject = "Signals";
  m.text = "You can earn income from crypto trading with my signals: https://t.me/tomsignals";
  std::vector<Signal> signals = RunDetector(Handoff(), m.Build());
  EXPECT_FALSE(HasSignal(signals, "links.chat_handoff")) << Describe(signals);
}

}  // namespace
}  // namespace phishscan
