#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "detect/detector.h"
#include "detect/detector_test_support.h"
#include "detect/test_mail.h"

namespace phishscan {
namespace {

using testing::FindSignal;
using testing::RunDetector;
using testing::TestMail;

const Detector& TextlessLure() {
  static const std::unique_ptr<Detector> d = MakeTextlessLureDetector();
  return *d;
}

constexpr const char* kSignedByShop =
    "Authentication-Results: mx.example-corp.com; spf=pass smtp.mailfrom=news.shop.example; "
    "dkim=pass header.d=shop.example; dmarc=pass header.from=shop.example";

std::vector<Signal> Scan(const std::string& from, const std::string& subject, const std::string& html,
                         const std::vector<std::string>& headers = {}) {
  TestMail m;
  m.from = from;
  m.subject = subject;
  m.html = html;
  m.headers = headers;
  return RunDetector(TextlessLure(), m.Build());
}

const char* const kPictureToElsewhere =
    "<a href=\"https://claim-center.example-prize.top/r/77\"><img src=\"https://img.example-cdn.net/a.png\"></a>";

TEST(TextlessLureTest, SubjectLureWithAPictureLinkingElsewhere) {
  const char* const subjects[] = {
      "We've blocked your account! Your photos and videos will be deleted",  // EN
      "Tienes (1) paquete pendiente de entrega",                             // ES
      "Vos photos et vidéos seront supprimées",                              // FR
      "Ihre Fotos und Videos werden gelöscht",                               // DE
  };
  for (const char* subject : subjects) {
    std::vector<Signal> s = Scan("Cloud Notice <news.qz@bulk-sender.example>", subject, kPictureToElsewhere);
    const Signal* sig = FindSignal(s, "links.textless_lure");
    ASSERT_NE(sig, nullptr) << subject;
    EXPECT_EQ(sig->sign, Sign::kDeceptiveLink);
    EXPECT_FALSE(sig->explanation_fr.empty());
  }
}

TEST(TextlessLureTest, LookalikeLettersInTheSubjectDoNotHideTheLure) {
  // "bӏосkеd" with a Cyrillic palochka, о, с and е.
  std::vector<Signal> s = Scan("Cloud Notice <news.qz@bulk-sender.example>",
                               "We've b\xD3\x8F\xD0\xBE\xD1\x81k\xD0\xB5" "d your account", kPictureToElsewhere);
  EXPECT_NE(FindSignal(s, "links.textless_lure"), nullptr);
}

TEST(TextlessLureTest, AnImageNewsletterLinkingHomeIsQuiet) {
  // Unsigned, but every link stays on the sender's own site.
  std::vector<Signal> s = Scan("Northtrail <hello@northtrail.example>", "Win a weekend in the Alps!",
                               "<a href=\"https://www.northtrail.example/winter\"><img src=\"https://cdn.northtrail.example/h.jpg\"></a>");
  EXPECT_EQ(FindSignal(s, "links.textless_lure"), nullptr);
}

TEST(TextlessLureTest, ASignedSenderIsLeftToOtherDetectors) {
  // A shop's contest newsletter through its mailing service's link host.
  std::vector<Signal> s = Scan("Shop <news@shop.example>", "Gewinnen Sie einen Gutschein!",
                               "<a href=\"https://t.esp-links.example/c/8812\"><img src=\"https://cdn.shop.example/x.jpg\"></a>",
                               {kSignedByShop});
  EXPECT_EQ(FindSignal(s, "links.textless_lure"), nullptr);
}

TEST(TextlessLureTest, ABodyThatExplainsItselfIsQuiet) {
  std::vector<Signal> s = Scan(
      "Parcel <info@parcel-notice.example>", "Your parcel is waiting for delivery",
      "<p>Your parcel 4411 from the garden centre will be delivered on Friday between nine and noon; "
      "choose another day if nobody is at home.</p><a href=\"https://tracking.example-post.net/4411\">Track</a>");
  EXPECT_EQ(FindSignal(s, "links.textless_lure"), nullptr);
}

TEST(TextlessLureTest, NoLureInTheSubjectOrNoLinkIsQuiet) {
  EXPECT_EQ(FindSignal(Scan("A <a@bulk-sender.example>", "Photos from Saturday", kPictureToElsewhere),
                       "links.textless_lure"),
            nullptr);
  EXPECT_EQ(FindSignal(Scan("A <a@bulk-sender.example>", "We've blocked your account", "<img src=\"cid:x\">"),
                       "links.textless_lure"),
            nullptr);
}

TEST(TextlessLureTest, HyphensBetweenWordsDoNotHideTheLure) {
  const char* const subjects[] = {
      "-U heeft (1) pakket dat op bezorging-wacht...!",         // NL
      "Ihr-Paket wartet-auf Zustellung",                          // DE
      "Livraison-de-votre-colis suspendue",                      // FR
  };
  for (const char* subject : subjects) {
    std::vector<Signal> s = Scan("Notice <news.qz@bulk-sender.example>", subject, kPictureToElsewhere);
    EXPECT_NE(FindSignal(s, "links.textless_lure"), nullptr) << subject;
  }
}

TEST(TextlessLureTest, TheSenderNameCanCarryTheLure) {
  std::vector<Signal> s = Scan("\"Pago rechazado\" <support@game-keys.example>", "Re: confirma la recepción",
                               kPictureToElsewhere);
  const Signal* sig = FindSignal(s, "links.textless_lure");
  ASSERT_NE(sig, nullptr);
  EXPECT_NE(sig->explanation_en.find("sender's name"), std::string::npos);
  EXPECT_NE(sig->explanation_fr.find("nom de l'expéditeur"), std::string::npos);
  // Spelt letter by letter.
  s = Scan("E n t r e g a fallida <info@xq.bulk-sender.example>", "Aviso", kPictureToElsewhere);
  EXPECT_NE(FindSignal(s, "links.textless_lure"), nullptr);
}

TEST(TextlessLureTest, ASignedSenderClaimingAParcelHeldStillCounts) {
  const char* const kSigned =
      "Authentication-Results: mx.example-corp.com; spf=pass smtp.mailfrom=fresh-domain.example; "
      "dkim=pass header.d=fresh-domain.example; dmarc=pass header.from=fresh-domain.example";
  const char* const subjects[] = {"Entrega del paquete suspendida", "Consegna del pacco sospesa",
                                  "Your account has been suspended"};
  for (const char* subject : subjects) {
    std::vector<Signal> s =
        Scan("Envios <info@fresh-domain.example>", subject, kPictureToElsewhere, {kSigned});
    const Signal* sig = FindSignal(s, "links.textless_lure");
    ASSERT_NE(sig, nullptr) << subject;
    EXPECT_LT(sig->weight, 18) << subject;
  }
}

TEST(TextlessLureTest, SignedImageMailFromShopsAndCarriersIsQuiet) {
  // A carrier's banner with tracking on its own site; a shop's picture sale.
  EXPECT_EQ(FindSignal(Scan("Shop <news@shop.example>", "Your order has shipped",
                            "<a href=\"https://track.shop.example/p/99\"><img src=\"https://cdn.shop.example/b.png\"></a>",
                            {kSignedByShop}),
                       "links.textless_lure"),
            nullptr);
  EXPECT_EQ(FindSignal(Scan("Shop <news@shop.example>", "-50 % sur tout le site ce week-end",
                            "<a href=\"https://t.esp-links.example/c/1\"><img src=\"https://cdn.shop.example/s.jpg\"></a>",
                            {kSignedByShop}),
                       "links.textless_lure"),
            nullptr);
  // A pending delivery the shop's own site explains.
  EXPECT_EQ(FindSignal(Scan("Shop <news@shop.example>", "Su entrega está pendiente de confirmar",
                            "<a href=\"https://www.shop.example/pedido/4\"><img src=\"https://cdn.shop.example/e.png\"></a>",
                            {kSignedByShop}),
                       "links.textless_lure"),
            nullptr);
}

TEST(TextlessLureTest, ContactBaitAndDeviceAlarmsInASilentMail) {
  const char* const subjects[] = {
      "Mevrouw..wij..hebben vaker geprobeerd u..te bereiken - bel terug  K7",  // NL, dotted
      "Aviso: hemos intentado comunicarnos con usted sin éxito",             // ES
      "Urgente: tentamos falar com você ontem",                               // PT
      "Nous avons essayé de vous joindre",                                   // FR
      "Malware_found on_your device: your computer is at risk",              // EN
      "Payment method declined",                                             // EN
  };
  for (const char* subject : subjects) {
    std::vector<Signal> s = Scan("Service <news.qz@bulk-sender.example>", subject, kPictureToElsewhere);
    EXPECT_NE(FindSignal(s, "links.textless_lure"), nullptr) << subject;
  }
}

TEST(TextlessLureTest, AFillerBodyGivesNothingToRead) {
  std::string filler = "<p>_______________</p><p>";
  for (int i = 0; i < 30; ++i) filler += "qz" + std::to_string(i * 7) + "kd/wx" + std::to_string(i) + "p ab3c.x9y ";
  filler += "</p>";
  std::vector<Signal> s = Scan("Notice <news.qz@bulk-sender.example>", "Wij hebben geprobeerd u te bereiken",
                               kPictureToElsewhere + filler);
  EXPECT_NE(FindSignal(s, "links.textless_lure"), nullptr);
}

TEST(TextlessLureTest, GenuineAttemptsToReachTheReaderAreQuiet) {
  // A carrier's signed failed-delivery card, linking home.
  const char* const kSignedCarrier =
      "Authentication-Results: mx.example-corp.com; spf=pass smtp.mailfrom=post.example; "
      "dkim=pass header.d=post.example; dmarc=pass header.from=post.example";
  EXPECT_EQ(FindSignal(Scan("Post <notify@post.example>", "We tried to reach you: parcel 5521",
                            "<a href=\"https://www.post.example/redeliver/5521\"><img src=\"https://img.post.example/card.png\"></a>",
                            {kSignedCarrier}),
                       "links.textless_lure"),
            nullptr);
  // A bank's "we tried to call you" that says why, linking to its app store page.
  EXPECT_EQ(FindSignal(Scan("Bank <service@bank.example>", "We have been trying to reach you",
                            "<p>Our advisor Claire called you on Tuesday about the renewal of your home insurance. "
                            "Call her back at 01 23 45 67 89 or book a slot in the app.</p>"
                            "<a href=\"https://apps.store.example/bank\">App</a>"),
                       "links.textless_lure"),
            nullptr);
  // A dental practice's reminder sent through its booking service.
  EXPECT_EQ(FindSignal(Scan("Dr Martin <reminders@booking-service.example>", "Nous avons essayé de vous joindre",
                            "<p>Votre rendez-vous du jeudi 14 à 9h30 doit être confirmé. Appelez le cabinet ou "
                            "confirmez en ligne.</p><a href=\"https://cabinet-martin.example/rdv\">Confirmer</a>"),
                       "links.textless_lure"),
            nullptr);
}

TEST(TextlessLureTest, ABrandNamedOnlyInTheSubjectOrNameIsTheLure) {
  // Nothing but a brand's name over a picture linking to a stranger's site.
  std::vector<Signal> s = Scan("info <info@bookshop-mail.example>", "Binance Cybersecurity", kPictureToElsewhere);
  const Signal* sig = FindSignal(s, "links.textless_lure");
  ASSERT_NE(sig, nullptr);
  EXPECT_EQ(sig->weight, 18);
  EXPECT_NE(sig->explanation_en.find("naming Binance"), std::string::npos);
  EXPECT_NE(sig->explanation_fr.find("en nommant Binance"), std::string::npos);
  s = Scan("PayPal Service <no-reply@qz-mailer.example>", "Ref 2291", kPictureToElsewhere);
  sig = FindSignal(s, "links.textless_lure");
  ASSERT_NE(sig, nullptr);
  EXPECT_NE(sig->explanation_en.find("sender's name"), std::string::npos);
}

TEST(TextlessLureTest, ABrandPictureLinkingToTheBrandOrFromASignedShopIsQuiet) {
  // The picture leads to the brand's own site.
  EXPECT_EQ(FindSignal(Scan("Deals <deals@bulk-sender.example>", "Binance: new listings this week",
                            "<a href=\"https://www.binance.com/en/markets\"><img src=\"https://img.example-cdn.net/b.png\"></a>"),
                       "links.textless_lure"),
            nullptr);
  // A signed shop's picture sale naming a brand it sells, through an affiliate host.
  EXPECT_EQ(FindSignal(Scan("Shop <news@shop.example>", "Apple iPad: -15 % ce week-end",
                            "<a href=\"https://partner-deals.example-affiliate.net/ipad\"><img src=\"https://cdn.shop.example/i.jpg\"></a>",
                            {kSignedByShop}),
                       "links.textless_lure"),
            nullptr);
  // A feed digest's headline that names a brand further on is news about it.
  EXPECT_EQ(FindSignal(Scan("feed <rss@digest-relay.example>", "The new trailer comes out today on Netflix",
                            "<a href=\"https://www.news-aggregator.example/click/-2,8417\">https://www.news-aggregator.example/click/-2,8417</a>"),
                       "links.textless_lure"),
            nullptr);
  // No brand and no lure: a stranger's picture alone says nothing here.
  EXPECT_EQ(FindSignal(Scan("Team <team@bulk-sender.example>", "Unsere Frühlingsauswahl", kPictureToElsewhere),
                       "links.textless_lure"),
            nullptr);
}

TEST(TextlessLureTest, AClickCounterSparesOnlyASignedSender) {
  const char* const kCounter =
      "<a href=\"https://stats.counter-host.example/vt/wp-track.php?id=9\"><img src=\"https://img.example-cdn.net/p.png\"></a>";
  EXPECT_NE(FindSignal(Scan("Servicio <info@xq.bulk-sender.example>", "Tienes (1) paquete pendiente de entrega",
                            kCounter),
                       "links.textless_lure"),
            nullptr);
  const char* const kSignedFresh =
      "Authentication-Results: mx.example-corp.com; spf=pass smtp.mailfrom=fresh-domain.example; "
      "dkim=pass header.d=fresh-domain.example; dmarc=pass header.from=fresh-domain.example";
  EXPECT_EQ(FindSignal(Scan("Envios <info@fresh-domain.example>", "Tienes (1) paquete pendiente de entrega", kCounter,
                            {kSignedFresh}),
                       "links.textless_lure"),
            nullptr);
}

TEST(TextlessLureTest, PictographsInAHeadingAreNotText) {
  // "🔔 Mensaje importante para Ana 🔔" above the picture: four words.
  std::vector<Signal> s = Scan(
      "Aviso <info@xq.bulk-sender.example>", "Hola Ana, hemos estado tratando de comunicarnos con usted",
      "<h2>\xF0\x9F\x94\x94 Mensaje importante para Ana\xF0\x9F\x94\x94</h2>" + std::string(kPictureToElsewhere));
  EXPECT_NE(FindSignal(s, "links.textless_lure"), nullptr);
}

}  // namespace
}  // namespace phishscan
