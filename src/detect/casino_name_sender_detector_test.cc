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

const Detector& CasinoName() {
  static const std::unique_ptr<Detector> d = MakeCasinoNameSenderDetector();
  return *d;
}

std::vector<Signal> Scan(const std::string& from, const std::string& subject, const std::string& text) {
  TestMail m;
  m.from = from;
  m.subject = subject;
  m.text = text;
  return RunDetector(CasinoName(), m.Build());
}

TEST(CasinoNameSenderTest, CasinoNameOnAStrangersAddressLinkingElsewhere) {
  const std::pair<const char*, const char*> kCases[] = {
      {"AceCasino <newsletter@mail.garden-centre-lenz.example>",
       "Willkommen bei AceCasino! 500 € Bonus + 200 Freispiele: https://sweet-melody-landing.example/go"},
      {"LUCKY SPINS <info@dental-clinic-hove.example>",
       "Claim 100 free spins, no deposit required: https://claim-now-fast.example/x"},
      {"Casino pour vous <promo@plomberie-martin.example>",
       "Votre bonus de bienvenue vous attend : https://offre-speciale-jour.example/bonus"},
      {"Casino for you <renew@solar-panels-hove.example>",
       "Your welcome bonus and 100 free spins: https://best-casino-bonus.example/go"},
      {"Shazam deal <tspinsino@kitchen-fitters-hove.example>",
       "Celebrity secret casino: https://glyco-landing.example/c"},
      {"Tiradas de la suerte <hola@ferreteria-lopez.example>",
       "Tu bono de bienvenida y 50 giros gratis: https://promo-rapida.example/es"},
  };
  for (const auto& [from, text] : kCases) {
    std::vector<Signal> signals = Scan(from, "Your bonus", text);
    const Signal* s = FindSignal(signals, "sender.casino_name_stranger");
    ASSERT_NE(s, nullptr) << from << "\n" << Describe(signals);
    EXPECT_EQ(s->sign, Sign::kSenderMismatch);
    EXPECT_NE(s->explanation_en.find("presents a casino"), std::string::npos);
    EXPECT_NE(s->explanation_fr.find("présente un casino"), std::string::npos);
    bool has_link_evidence = false;
    for (const auto& [key, value] : s->evidence) has_link_evidence |= key == "link domain" && !value.empty();
    EXPECT_TRUE(has_link_evidence) << Describe(signals);
  }
}

// A licensed casino on its own domain, a casino's mailing service linking to
// the casino's own site, a charity's casino night linking to its own page, a
// person's name: nothing to say about the sender.
TEST(CasinoNameSenderTest, OwnDomainOwnSiteOrPersonStayQuiet) {
  EXPECT_TRUE(Scan("Grosvenor Casinos <news@e.grosvenorcasinos.example>", "Your Friday free spins",
                   "20 free spins are waiting: https://www.grosvenorcasinos.example/promotions")
                  .empty());
  EXPECT_TRUE(Scan("SpinPalace <promo@mailer-hub.example>", "Welcome bonus",
                   "Your welcome bonus and 50 free spins: https://www.spinpalace.example/promo")
                  .empty());
  EXPECT_TRUE(Scan("Casino Night Committee <events@rotary-lyon.example>", "Casino night",
                   "Our casino night raises money for the food bank: https://rotary-lyon.example/casino-night")
                  .empty());
  EXPECT_TRUE(Scan("Anna Petrova <anna@harbour-realestate.example>", "Hello",
                   "Free spins on the best online casino: https://claim-now-fast.example/x")
                  .empty());
  EXPECT_TRUE(Scan("Unibet <casino@news.unibet.example>", "Your free spins",
                   "50 free spins are waiting: https://click.mail-provider.example/u/123")
                  .empty());
  EXPECT_TRUE(Scan("Booking team <timeslots@garage-keller.example>", "Free slots this week",
                   "Free time slots for tyre changes. Join our charity casino night on Friday: "
                   "https://calendar-tool.example/keller")
                  .empty());
  EXPECT_TRUE(Scan("LUCKY SPINS <info@dental-clinic-hove.example>", "Opening hours",
                   "Our practice is closed on Monday: https://calendar-tool.example/hove")
                  .empty());
}

}  // namespace
}  // namespace phishscan
