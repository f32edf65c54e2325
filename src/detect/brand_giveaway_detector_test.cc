#include <gtest/gtest.h>

#include <string>

#include "detect/detector.h"
#include "detect/detector_test_support.h"
#include "detect/test_mail.h"

namespace phishscan {
namespace {

using testing::EvidenceValue;
using testing::FindSignal;
using testing::HasSignal;
using testing::RunDetector;
using testing::TestMail;

const Detector& Giveaway() {
  static const std::unique_ptr<Detector> d = MakeBrandGiveawayDetector();
  return *d;
}

const std::string kNotAuthenticated =
    "Authentication-Results: mx.example-mail.de; spf=none smtp.mailfrom=gartenmoebel-outlet.de; dkim=none; "
    "dmarc=none header.from=gartenmoebel-outlet.de";

// A fake members' survey in the name of a motoring club, sent from a garden
// furniture shop's domain, its button on a third site.
TestMail FakeClubSurvey() {
  TestMail m;
  m.from = "Mitglieder-Umfrage <info@gartenmoebel-outlet.de>";
  m.to = "jonas.weber@example.de";
  m.subject = "Ihre Meinung zählt";
  m.headers = {kNotAuthenticated};
  m.html =
      "<p>ADAC - Treueprogramm</p><p>Glückwunsch! Sie wurden als einer der wenigen Glücklichen ausgewählt und "
      "können ein Auto-Notfallset gewinnen. Beantworten Sie dazu einfach ein paar kurze Fragen zu Ihren "
      "Erfahrungen mit dem ADAC.</p><p><a href=\"https://umfrage-belohnung.example/cl/7731\">Jetzt starten</a></p>";
  return m;
}

TEST(BrandGiveawayTest, SurveyInABrandsNameFromAStrangerWithLinksElsewhere) {
  const auto signals = RunDetector(Giveaway(), FakeClubSurvey().Build());
  const Signal* s = FindSignal(signals, "sender.brand_giveaway");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->sign, Sign::kSenderMismatch);
  EXPECT_EQ(s->weight, 26);  // the sender is not authenticated
  EXPECT_EQ(EvidenceValue(*s, "brand"), "ADAC");
  EXPECT_EQ(EvidenceValue(*s, "from_domain"), "gartenmoebel-outlet.de");
  EXPECT_EQ(EvidenceValue(*s, "link domain"), "umfrage-belohnung.example");
  EXPECT_NE(s->explanation_en.find("ADAC"), std::string::npos);
  EXPECT_NE(s->explanation_fr.find("au nom de ADAC"), std::string::npos);
}

TEST(BrandGiveawayTest, OtherLanguagesAndAuthenticatedThrowawaySenders) {
  TestMail fr;
  fr.from = "Service Clients <contact@jardin-deco-boutique.fr>";
  fr.headers = {"Authentication-Results: mx.orange.fr; spf=pass smtp.mailfrom=jardin-deco-boutique.fr; "
                "dkim=pass header.d=jardin-deco-boutique.fr; dmarc=pass header.from=jardin-deco-boutique.fr"};
  fr.subject = "Une surprise vous attend";
  fr.text = "Félicitations ! Vous avez été sélectionné pour gagner un aspirateur Dyson V15. Répondez à notre "
            "court questionnaire : https://cadeaux-enquete.example/q/81";
  const auto signals = RunDetector(Giveaway(), fr.Build());
  const Signal* s = FindSignal(signals, "sender.brand_giveaway");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->weight, 22);
  EXPECT_EQ(EvidenceValue(*s, "brand"), "Dyson");

  TestMail nl;
  nl.from = "Beloningen <win@tuinhuis-korting.nl>";
  nl.subject = "Gefeliciteerd!";
  nl.html = "<p>U bent geselecteerd om een gratis Philips Sonicare te ontvangen. Vul onze korte enquête in.</p>"
            "<a href=\"https://beloning-nu.example/start\">Start</a>";
  EXPECT_TRUE(HasSignal(RunDetector(Giveaway(), nl.Build()), "sender.brand_giveaway"));
}

// A brand's own loyalty mail, from its domain.
TEST(BrandGiveawayTest, BrandsOwnLoyaltyMailIsNotFlagged) {
  TestMail m = FakeClubSurvey();
  m.from = "ADAC Vorteilswelt <vorteile@adac.de>";
  m.headers.clear();
  EXPECT_FALSE(HasSignal(RunDetector(Giveaway(), m.Build()), "sender.brand_giveaway"));
}

// Its mailing service's domain, but links to the brand's site.
TEST(BrandGiveawayTest, LinksToTheBrandsSiteAreNotFlagged) {
  TestMail m = FakeClubSurvey();
  m.from = "ADAC Vorteilswelt <newsletter@adac-mailing.example>";
  m.html = "<p>Glückwunsch! Sie wurden ausgewählt: gewinnen Sie ein ADAC Notfallset.</p>"
           "<a href=\"https://www.adac.de/gewinnspiel\">Zum Gewinnspiel</a>";
  EXPECT_FALSE(HasSignal(RunDetector(Giveaway(), m.Build()), "sender.brand_giveaway"));
}

// A shop raffling a product of a brand it sells links to its own site.
TEST(BrandGiveawayTest, RetailerContestNamingAProductBrandIsNotFlagged) {
  TestMail m;
  m.from = "Drogerie Sonnenschein <newsletter@sonnenschein-drogerie.de>";
  m.subject = "Gewinnspiel: Oral-B iO zu gewinnen";
  m.html = "<p>Wir verlosen drei Oral-B iO Zahnbürsten unter allen Newsletter-Abonnenten.</p>"
           "<a href=\"https://www.sonnenschein-drogerie.de/gewinnspiel\">Mitmachen</a> "
           "<a href=\"https://www.instagram.com/sonnenschein\">Instagram</a>";
  EXPECT_FALSE(HasSignal(RunDetector(Giveaway(), m.Build()), "sender.brand_giveaway"));
}

// Links through a mailing service's click counter cannot be judged.
TEST(BrandGiveawayTest, TrackedLinksOfAnAuthenticatedSenderAreNotJudged) {
  TestMail m;
  m.from = "Kaffeehaus Bohne <news@kaffeehaus-bohne.de>";
  m.headers = {"Authentication-Results: mx.gmx.net; spf=pass smtp.mailfrom=bounce.mailer-service.example; "
               "dkim=pass header.d=kaffeehaus-bohne.de; dmarc=pass header.from=kaffeehaus-bohne.de"};
  m.subject = "Gewinnspiel";
  m.html = "<p>Gewinnen Sie eine Nespresso Vertuo! Sie haben gewonnen? Wir sagen es Ihnen am Freitag.</p>"
           "<a href=\"https://t.mailer-service.example/click/8812/aa91\">Teilnehmen</a>";
  EXPECT_FALSE(HasSignal(RunDetector(Giveaway(), m.Build()), "sender.brand_giveaway"));
  m.headers.clear();  // the same from an unauthenticated sender
  EXPECT_TRUE(HasSignal(RunDetector(Giveaway(), m.Build()), "sender.brand_giveaway"));
}

TEST(BrandGiveawayTest, NeedsPrizeWordingAndALink) {
  TestMail no_prize = FakeClubSurvey();
  no_prize.html = "<p>Der ADAC testet Winterreifen.</p><a href=\"https://news.example/reifen\">Lesen</a>";
  EXPECT_FALSE(HasSignal(RunDetector(Giveaway(), no_prize.Build()), "sender.brand_giveaway"));

  TestMail no_link = FakeClubSurvey();
  no_link.html = "<p>ADAC: Sie wurden als einer der wenigen Glücklichen ausgewählt.</p>";
  EXPECT_FALSE(HasSignal(RunDetector(Giveaway(), no_link.Build()), "sender.brand_giveaway"));
}

// A known brand's own mail naming another brand (a partner) is not a stranger.
TEST(BrandGiveawayTest, KnownBrandNamingAPartnerIsNotFlagged) {
  TestMail m;
  m.from = "Lidl <newsletter@lidl.de>";
  m.subject = "Gewinnspiel";
  m.html = "<p>Gewinnen Sie einen Dyson V15! Gewinnspiel bis Sonntag.</p>"
           "<a href=\"https://partner-aktion.example/dyson\">Mitmachen</a>";
  EXPECT_FALSE(HasSignal(RunDetector(Giveaway(), m.Build()), "sender.brand_giveaway"));
}

}  // namespace
}  // namespace phishscan
