#include <gtest/gtest.h>

#include <string>
#include <utility>
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

const Detector& CelebrityBait() {
  static const std::unique_ptr<Detector> d = MakeCelebrityBaitDetector();
  return *d;
}

constexpr char kOfferHtml[] =
    "<p>The device everyone is talking about.</p><p><a href=\"https://go.trk-offers.example/e1\">Learn more</a></p>";

std::vector<Signal> Scan(const std::string& from, const std::string& subject,
                         std::vector<std::string> headers = {}) {
  TestMail m;
  m.from = from;
  m.subject = subject;
  m.headers = std::move(headers);
  m.html = kOfferHtml;
  return RunDetector(CelebrityBait(), m.Build());
}

std::string EvidenceOf(const Signal& s, const std::string& key) {
  for (const auto& [k, v] : s.evidence)
    if (k == key) return v;
  return "";
}

std::vector<std::string> Authenticated(const std::string& domain) {
  return {"Authentication-Results: mx.example-mail.net; spf=pass smtp.mailfrom=" + domain + "; dkim=pass header.d=" +
              domain + "; dmarc=pass header.from=" + domain,
          "List-Unsubscribe: <https://" + domain + "/unsubscribe?u=2291>"};
}

TEST(CelebrityBaitTest, FamousNameSellingInTheSenderName) {
  const char* const kFrom[] = {
      "Elon's Energy <offers@garden-tools-outlet.com>",
      "ESaver x Elon Musk <info@harbour-realestate.com>",
      "\"Elon Musk: Cutting-Edge Savings Hub\" <deals@bakkerij-smit.nl>",
      "Advanced Energy by Elon Musk <promo@dental-studio.it>",
      "Michel Cymes Santé Naturelle <contact@ecole-montagne.fr>",
      "Günther Jauch Spartipp <info@blumen-meier.de>",
  };
  for (const char* from : kFrom) {
    std::vector<Signal> signals = Scan(from, "Energy alert for your home");
    const Signal* s = FindSignal(signals, "fraud.celebrity_bait");
    ASSERT_NE(s, nullptr) << from << "\n" << Describe(signals);
    EXPECT_EQ(s->sign, Sign::kFraudLure);
    EXPECT_EQ(EvidenceOf(*s, "where"), "sender name");
    EXPECT_NE(s->explanation_en.find("famous name"), std::string::npos);
    EXPECT_NE(s->explanation_fr.find("nom célèbre"), std::string::npos);
  }
}

TEST(CelebrityBaitTest, FamousNameBesidePitchWordingInTheSubject) {
  const char* const kSubjects[] = {
      "Revealed: Elon Musk's Latest Innovation to Slash Your Electric Bill!",
      "Musk's Secret to Savings!",
      "La méthode d'investissement de Xavier Niel laisse les banques sans voix",
      "Carsten Maschmeyer: Experten sind sprachlos über seine neueste Anlagemethode",
      "El último método de inversión de Pablo Motos dejó a los expertos boquiabiertos",
      "O segredo de Luciano Huck para reduzir a conta de luz",
      "Het geheim van Linda de Mol: halveer uw energierekening",
      "Il nuovo metodo di Gerry Scotti lascia gli esperti senza parole",
  };
  for (const char* subject : kSubjects) {
    std::vector<Signal> signals = Scan("PowerFlow <news@taller-garcia.es>", subject);
    const Signal* s = FindSignal(signals, "fraud.celebrity_bait");
    ASSERT_NE(s, nullptr) << subject << "\n" << Describe(signals);
    EXPECT_EQ(EvidenceOf(*s, "where"), "subject");
    EXPECT_FALSE(EvidenceOf(*s, "pitch").empty());
    EXPECT_EQ(EvidenceOf(*s, "sender domain"), "taller-garcia.es");
  }
}

TEST(CelebrityBaitTest, FigureAsTheSpeakerOfAQuotedClaim) {
  std::vector<Signal> signals =
      Scan("Stop Ear Ringing <info@colegio-ejemplo.co>",
           "Harvard: \xE2\x80\x9CYou have 10-14 Days to Treat Hearing Loss, Otherwise It\xE2\x80\x99s Too Late\xE2\x80\x9D");
  const Signal* s = FindSignal(signals, "fraud.celebrity_bait");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(EvidenceOf(*s, "pitch"), "quoted claim");
}

// News about the same people, their own sites, a person who shares a famous
// name, and mailing lists: nothing sells under a borrowed name.
TEST(CelebrityBaitTest, NewsOwnSitesAndPeopleStayQuiet) {
  struct Case {
    const char* from;
    const char* subject;
    std::vector<std::string> headers;
  };
  const Case kCases[] = {
      // An authenticated tech-news digest: its headline may say "revealed".
      {"TechBrief Daily <digest@techbrief-daily.com>", "Elon Musk unveils robotaxi; Musk's secret plan revealed",
       Authenticated("techbrief-daily.com")},
      // A French business magazine naming a CEO.
      {"Décideurs Hebdo <lettre@decideurs-hebdo.fr>",
       "Xavier Niel révèle sa nouvelle méthode pour recruter", Authenticated("decideurs-hebdo.fr")},
      // News wording without a pitch, from anyone.
      {"Morning Wire <news@morningwire-example.com>", "Elon Musk unveils new robotaxi in Austin", {}},
      // The figure's own brand from its own domain.
      {"Jamie Oliver <hello@jamieoliver.com>", "Jamie's secret to a perfect roast", {}},
      {"Oprah Daily <newsletter@oprahdaily.com>", "Oprah's secret to a calmer morning", {}},
      {"Harvard Health Publishing <hhp@health.harvard.edu>", "Revealed: the secret of good sleep", {}},
      // Someone who happens to share a famous name, writing about lunch.
      {"Martin Lewis <m.lewis1974@gmail.com>", "Lunch on Friday?", {}},
      // A mailing list discussing a figure.
      {"Alice Martin <alice@example.org>", "Re: Bill Gates' secret to productivity",
       {"List-Id: <productivity.lists.example.org>"}},
  };
  for (const Case& c : kCases) {
    std::vector<Signal> signals = Scan(c.from, c.subject, c.headers);
    EXPECT_EQ(FindSignal(signals, "fraud.celebrity_bait"), nullptr) << c.from << " | " << c.subject << "\n"
                                                                     << Describe(signals);
  }
}

// A chef's restaurant booked through an authenticated booking service whose
// links all stay with it: the name is a restaurant's, not a borrowed one.
TEST(CelebrityBaitTest, AuthenticatedSenderWhoseLinksStayHomeStaysQuiet) {
  TestMail m;
  m.from = "Gordon Ramsay Steak Las Vegas <reservations@tablebook-example.com>";
  m.subject = "Your reservation is confirmed for Saturday, 7:30 PM";
  m.headers = {"Authentication-Results: mx.example-mail.net; spf=pass smtp.mailfrom=tablebook-example.com; "
               "dkim=pass header.d=tablebook-example.com; dmarc=pass header.from=tablebook-example.com"};
  m.html = "<p>Table for 2 on Saturday at 7:30 PM.</p>"
           "<p><a href=\"https://www.tablebook-example.com/booking/8812/modify\">Modify or cancel</a></p>";
  std::vector<Signal> signals = RunDetector(CelebrityBait(), m.Build());
  EXPECT_EQ(FindSignal(signals, "fraud.celebrity_bait"), nullptr) << Describe(signals);
  m.headers.clear();  // the same mail unauthenticated is a stranger using the name
  signals = RunDetector(CelebrityBait(), m.Build());
  EXPECT_NE(FindSignal(signals, "fraud.celebrity_bait"), nullptr) << Describe(signals);
}

TEST(CelebrityBaitTest, SellingWordsWithoutAFigureStayQuiet) {
  std::vector<Signal> signals = Scan("PowerFlow <news@taller-garcia.es>", "The secret to slash your electric bill");
  EXPECT_EQ(FindSignal(signals, "fraud.celebrity_bait"), nullptr) << Describe(signals);
}

TEST(CelebrityBaitTest, OversizedSenderNameIsBounded) {
  const std::string name(100000, 'a');
  std::vector<Signal> signals = Scan(name + " Elon Musk <x@harbour-realestate.com>", "Hello");
  EXPECT_EQ(FindSignal(signals, "fraud.celebrity_bait"), nullptr);
}

}  // namespace
}  // namespace phishscan
