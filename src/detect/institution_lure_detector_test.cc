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

const Detector& InstitutionLure() {
  static const std::unique_ptr<Detector> d = MakeInstitutionLureDetector();
  return *d;
}

std::vector<Signal> Scan(const std::string& from, const std::string& subject, const std::string& text,
                         std::vector<std::string> headers = {}) {
  TestMail m;
  m.from = from;
  m.subject = subject;
  m.text = text;
  m.headers = std::move(headers);
  return RunDetector(InstitutionLure(), m.Build());
}

TEST(InstitutionLureTest, DatingOrCasinoLureFromATownHallUniversityOrMinistry) {
  struct Case {
    const char* from;
    const char* subject;
    const char* text;
  };
  const Case kCases[] = {
      {"Support <m.rossi@comune.borgoverde.it>", "You are invited to an adult dating site",
       "Open your invitation: https://hot-meet-now.example/join"},
      {"Info <secretariat@gemeente-lindeveld.nl>", "Hete vrouwen bij jou in de buurt",
       "Bekijk haar foto's: https://snel-daten.example/nl"},
      {"Student Office <office@alumni.riverton.edu>", "Weekend offer",
       "Get a welcome bonus and 200 free spins, no deposit required: https://spin-bonus-now.example/"},
      {"Servicio <info@ministerio.gob.es>", "Hola",
       "Bono de bienvenida y 100 giros gratis en nuestro casino: https://bono-rapido.example/es"},
  };
  for (const Case& c : kCases) {
    std::vector<Signal> signals = Scan(c.from, c.subject, c.text);
    const Signal* s = FindSignal(signals, "sender.institution_lure");
    ASSERT_NE(s, nullptr) << c.from << "\n" << Describe(signals);
    EXPECT_EQ(s->sign, Sign::kSenderMismatch);
    EXPECT_NE(s->explanation_en.find("public institution"), std::string::npos);
    EXPECT_NE(s->explanation_fr.find("institution publique"), std::string::npos);
  }
}

// A casino night named once, an institution's own page, a shop's mailbox,
// a university mailing list: nothing to say about the sender.
TEST(InstitutionLureTest, OrdinaryInstitutionMailStaysQuiet) {
  EXPECT_TRUE(Scan("Student Union <events@su.riverton.edu>", "Casino night on Friday",
                   "Tickets for the charity casino night: https://tickets-hub.example/riverton")
                  .empty());
  EXPECT_TRUE(Scan("Research Office <news@universiteit-lindeveld.nl>", "Eenzame vrouwen bij jou in de buurt",
                   "Ons onderzoek naar eenzaamheid: https://universiteit-lindeveld.nl/onderzoek")
                  .empty());
  EXPECT_TRUE(Scan("Support <info@garden-centre-lenz.example>", "You are invited to an adult dating site",
                   "Open your invitation: https://hot-meet-now.example/join")
                  .empty());
  EXPECT_TRUE(Scan("Lettre d'information <info@mairie-lindeveld.fr>", "Permanence pour les mamans seules",
                   "Le point d'accueil vous reçoit le mardi : https://caf-info.example/permanences",
                   {"List-Unsubscribe: <https://mairie-lindeveld.fr/desinscription>"})
                  .empty());
  EXPECT_TRUE(Scan("Mairie de Lindeveld <info@mairie-lindeveld.fr>", "Permanence pour les mamans seules",
                   "Le point d'accueil vous reçoit le mardi : https://caf-info.example/permanences")
                  .empty());
  EXPECT_TRUE(Scan("Alice <alice@cs.riverton.edu>", "Re: adult dating sites study",
                   "Survey of lonely women near you ads: https://papers-archive.example/123",
                   {"List-Id: <ethics.lists.riverton.edu>"})
                  .empty());
}

}  // namespace
}  // namespace phishscan
