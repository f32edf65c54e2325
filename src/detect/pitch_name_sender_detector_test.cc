#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "detect/detector.h"
#include "detect/detector_test_support.h"
#include "detect/test_mail.h"

namespace phishscan {
namespace {

using testing::Describe;
using testing::FindSignal;
using testing::RunDetector;
using testing::TestMail;

const Detector& PitchName() {
  static const std::unique_ptr<Detector> d = MakePitchNameSenderDetector();
  return *d;
}

std::vector<Signal> Scan(const std::string& from, const std::string& subject, const std::string& html) {
  TestMail m;
  m.from = from;
  m.subject = subject;
  m.html = html;
  return RunDetector(PitchName(), m.Build());
}

TEST(PitchNameSenderTest, OfferAsTheNameOnAnUnrelatedAddress) {
  const std::pair<const char*, const char*> kCases[] = {
      {"Personal Loan <renew@harbour-realestate.com>", "Personal loans from $100 to $40,000, decided in minutes."},
      {"Vos droits CPF <s5647@ecole-montagne.fr>", "Utilisez vos droits CPF avant qu'ils n'expirent."},
      {"Sofortkredit Service <info@blumen-meier.de>", "Ihr Sofortkredit ohne Schufa, ausgezahlt in 24 Stunden."},
      {"Préstamos Rápidos <info@taller-garcia.es>", "Préstamos rápidos sin aval para cualquier necesidad."},
      {"Free Spins Club <promo@bakkerij-smit.nl>", "Claim your 100 free spins today and play at once."},
      {"Diet Pills Direct <offers@dental-studio.it>", "These diet pills work while you sleep."},
  };
  for (const auto& [from, body] : kCases) {
    std::vector<Signal> signals =
        Scan(from, "Today only", std::string("<p>") + body + "</p><p><a href=\"https://go.offer-track.net/x\">Apply</a></p>");
    const Signal* s = FindSignal(signals, "sender.pitch_name_stranger");
    ASSERT_NE(s, nullptr) << from << "\n" << Describe(signals);
    EXPECT_EQ(s->sign, Sign::kSenderMismatch);
    EXPECT_NE(s->explanation_en.find("repeats the offer"), std::string::npos);
    EXPECT_NE(s->explanation_fr.find("reprend l'offre"), std::string::npos);
  }
}

TEST(PitchNameSenderTest, WordingInTheSubjectCounts) {
  std::vector<Signal> signals =
      Scan("Personal Loan <contact@harbour-realestate.com>", "Personal Loans From $100 - $40,000", "<p>Hello</p>");
  EXPECT_NE(FindSignal(signals, "sender.pitch_name_stranger"), nullptr) << Describe(signals);
}

// A casino or lender under its own name and domain, a bank whose offer links
// to its own site although it signs "Personal Loans", a person's name, a
// pitch name without the pitch: nothing to say about the sender.
TEST(PitchNameSenderTest, OwnBrandOwnSitePersonOrNoPitchStayQuiet) {
  EXPECT_TRUE(Scan("Lucky Spins Casino <news@luckyspins.com>", "Your weekend",
                   "<p>Your 50 free spins are waiting in the lobby.</p>")
                  .empty());
  EXPECT_TRUE(Scan("Personal Loans <offers@email.northbank.co.uk>", "Your rate",
                   "<p>Personal loans from £1,000 at a fixed rate.</p>"
                   "<p><a href=\"https://www.northbank.co.uk/loans\">See your rate</a></p>")
                  .empty());
  EXPECT_TRUE(Scan("Mon Compte Formation <ne-pas-repondre@moncompteformation.gouv.fr>", "Vos droits",
                   "<p>Consultez vos droits CPF : 500 euros sont disponibles sur votre compte.</p>")
                  .empty());
  EXPECT_TRUE(Scan("Anna Weber <anna@blumen-meier.de>", "Kredit",
                   "<p>Ihr Sofortkredit ohne Schufa, ausgezahlt in 24 Stunden.</p>")
                  .empty());
  EXPECT_TRUE(Scan("Free Spins Club <promo@bakkerij-smit.nl>", "Brood",
                   "<p>Our sourdough is back on the shelves this week.</p>")
                  .empty());
}

}  // namespace
}  // namespace phishscan
