#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>

#include "detect/detector.h"
#include "detect/detector_test_support.h"

namespace phishscan {
namespace {

using testing::EvidenceValue;
using testing::FindSignal;
using testing::HasSignal;
using testing::Ids;
using testing::RunDetector;

const Detector& Identity() {
  static const std::unique_ptr<Detector> d = MakeSenderIdentityDetector();
  return *d;
}

std::string Mail(std::string_view from, std::string_view extra_headers = "") {
  return "From: " + std::string(from) + "\nTo: reader@example-corp.com\nSubject: Hello\n" + std::string(extra_headers) +
         "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nHello.\n";
}

std::vector<Signal> ScanFrom(std::string_view from, std::string_view extra_headers = "") {
  return RunDetector(Identity(), Mail(from, extra_headers));
}

void ExpectExplained(const Signal& s) {
  EXPECT_FALSE(s.evidence.empty()) << s.id;
  EXPECT_FALSE(s.explanation_en.empty()) << s.id;
  EXPECT_FALSE(s.explanation_fr.empty()) << s.id;
  EXPECT_NE(s.explanation_en, s.explanation_fr) << s.id;
  EXPECT_EQ(s.sign, Sign::kSenderMismatch);
}

// ---- random addresses ---------------------------------------------------------

TEST(SenderIdentity, RandomLocalPart) {
  const auto out = ScanFrom("Garden Offers <xbtgwfjd@meadow-supplies.example>");
  const Signal* s = FindSignal(out, "sender.random_address");
  ASSERT_NE(s, nullptr) << Ids(out);
  ExpectExplained(*s);
  EXPECT_EQ(s->weight, 15);
  EXPECT_NE(s->explanation_en.find("xbtgwfjd"), std::string::npos);
}

TEST(SenderIdentity, MixedCaseLocalPart) {
  EXPECT_TRUE(HasSignal(ScanFrom("Hair Care <renewKyPq@valley-clan.example>"), "sender.random_address"));
  EXPECT_TRUE(HasSignal(ScanFrom("Window Deals <7hAxPe@riverbank.example>"), "sender.random_address"));
}

TEST(SenderIdentity, RandomDomainLabel) {
  const auto out = ScanFrom("Support <contact@zvbqnmtrkx.com>");
  const Signal* s = FindSignal(out, "sender.random_address");
  ASSERT_NE(s, nullptr) << Ids(out);
  EXPECT_NE(s->explanation_fr.find("zvbqnmtrkx"), std::string::npos);
  EXPECT_TRUE(HasSignal(ScanFrom("Paket <info@plkdfrtvqo.parcel-news.example>"), "sender.random_address"));
  EXPECT_TRUE(HasSignal(ScanFrom("Klantenservice <contact@pqxdk.helpdesk-portal.example>"), "sender.random_address"));
}

TEST(SenderIdentity, HostSpeltOutLetterByLetter) {
  const auto out = ScanFrom("Deals <offers@s.u.p.p.o.r.t.relay-hub.example>");
  const Signal* s = FindSignal(out, "sender.random_address");
  ASSERT_NE(s, nullptr) << Ids(out);
  EXPECT_NE(s->explanation_en.find("s.u.p.p.o.r.t"), std::string::npos) << s->explanation_en;
  EXPECT_NE(s->explanation_en.find("one letter at a time"), std::string::npos) << s->explanation_en;
  EXPECT_NE(s->explanation_fr.find("lettre par lettre"), std::string::npos) << s->explanation_fr;
  EXPECT_TRUE(HasSignal(ScanFrom("Deals <offers@a.b.c.d.e.42.relay-hub.example>"), "sender.random_address"));
  // Or within one label, letters joined by hyphens.
  const auto hyphens = ScanFrom("Cosy Sheets Team <offers@mail.k-r-a-v-e-l-o.example>");
  ASSERT_NE(s = FindSignal(hyphens, "sender.random_address"), nullptr) << Ids(hyphens);
  EXPECT_EQ(EvidenceValue(*s, "random"), "k-r-a-v-e-l-o");
  // Hyphenated names join words or a one-letter prefix.
  for (const char* from : {"T <service@t-online.example>", "Energie <info@e-on.example>",
                           "XYZ <info@x-y-z.example>", "Shop <news@a-b-c-shop.example>"})
    EXPECT_FALSE(HasSignal(ScanFrom(from), "sender.random_address")) << from;
  // One or two short labels are ordinary mail hosts ("e.", "o.", "t.").
  EXPECT_TRUE(ScanFrom("Harbor Outfitters <news@e.harboroutfitters.com>").empty());
  EXPECT_TRUE(ScanFrom("Shop <store@t.e.shop-mailer.example>").empty());
}

TEST(SenderIdentity, RandomFreemailAddressUnderAPersonalName) {
  EXPECT_TRUE(HasSignal(ScanFrom("Maria Lopez <vkqzrwpt@gmail.com>"), "sender.random_address"));
}

// ---- name and address --------------------------------------------------------

TEST(SenderIdentity, OrganisationNameUnrelatedToAddress) {
  const auto out = ScanFrom("Home Window Offers <info@lincoln-school.example>");
  const Signal* s = FindSignal(out, "sender.name_address_mismatch");
  ASSERT_NE(s, nullptr) << Ids(out);
  ExpectExplained(*s);
  EXPECT_EQ(s->weight, 10);
  EXPECT_FALSE(HasSignal(out, "sender.random_address"));
}

TEST(SenderIdentity, SloganNameUnrelatedToAddress) {
  EXPECT_TRUE(HasSignal(ScanFrom("\"Congratulations - Reward Details Inside\" <news@harbor-dental.example>"),
                        "sender.name_address_mismatch"));
}

TEST(SenderIdentity, PersonalNamesAreNotCompared) {
  // People write from addresses that do not spell their names.
  EXPECT_TRUE(ScanFrom("Jean Dupont <contact@acme-conseil.fr>").empty());
  EXPECT_TRUE(ScanFrom("Jean-Pierre Martin <secretariat@cabinet-avocats-lyon.fr>").empty());
  EXPECT_TRUE(ScanFrom("Anne-Sophie Müller <buchhaltung@stadtwerke-example.de>").empty());
  EXPECT_TRUE(ScanFrom("Robert Smith <coolbob@fastmail.example>").empty());
  EXPECT_TRUE(ScanFrom("Ana Maria Souza Lima <ana.lima77@uol.com.br>").empty());
}

TEST(SenderIdentity, MailingListsAreNotCompared) {
  const std::string_view from = "Radio Amateur Builders Club <announce@lists.example.org>";
  EXPECT_TRUE(HasSignal(ScanFrom(from), "sender.name_address_mismatch"));
  EXPECT_TRUE(ScanFrom(from, "List-Id: <ham.lists.example.org>\n").empty());
}

// A product or offer name over a mailbox drawn from a list of people.
TEST(SenderIdentity, ProductNameOverANameAndSerialMailbox) {
  for (std::string_view from : {
           "Hearing Helper <rosalind_okafor_48213@kx3.mail-offers.example>",   // EN, two-word product
           "PhotoSafe <Lindqvist_Omar_7731@a.b.c.d.e.f.deals-hub.example>",    // one word
           "Gagnant du jour ! <margot.vidal.20931@promo-lettre.example>",      // FR
           "Gutschein Aktion <keller_jana_55102@angebot-post.example>",        // DE
           "Oferta Exclusiva <lucia_ferreira_3385@promo-dia.example>",       // ES/PT
       }) {
    const auto out = ScanFrom(from);
    const Signal* s = FindSignal(out, "sender.name_address_mismatch");
    ASSERT_NE(s, nullptr) << from << " -> " << Ids(out);
    ExpectExplained(*s);
    EXPECT_EQ(s->weight, 20) << from;
    EXPECT_NE(s->explanation_en.find("serial number"), std::string::npos);
  }
}

TEST(SenderIdentity, AListIdDoesNotExcuseANameAndSerialMailbox) {
  EXPECT_TRUE(HasSignal(ScanFrom("Hearing Helper <rosalind_okafor_48213@kx3.mail-offers.example>",
                                 "List-Id: <x7Qa.mailer.local>\n"),
                        "sender.name_address_mismatch"));
}

TEST(SenderIdentity, NameAndSerialMailboxOfThePersonNamedIsFine) {
  EXPECT_TRUE(ScanFrom("Rosalind Okafor <rosalind_okafor_48213@uni-campus.example>").empty());
  EXPECT_TRUE(ScanFrom("Brian Diaz <brian.diaz.476@my.state-college.example>").empty());
  EXPECT_TRUE(ScanFrom("John Smith <john.smith84@gmail.com>").empty());
  EXPECT_TRUE(ScanFrom("Bakery Anna <anna_schmidt_1985@gmail.com>").empty());  // a personal mailbox
  // Role mailboxes numbered per order or customer are not people.
  EXPECT_TRUE(ScanFrom("Boutique Soleil <order_confirm_20931@boutique-soleil.example>").empty());
  EXPECT_TRUE(ScanFrom("Kaufhaus Nord <kunden_service_123@kaufhaus-nord.example>").empty());
}

TEST(SenderIdentity, PeopleWritingThroughAPlatformAreNotCompared) {
  EXPECT_TRUE(ScanFrom("Stephen from Ironwood Tabletop <creator+3244@o.campaigns-platform.example>").empty());
  EXPECT_TRUE(ScanFrom("Atelier Rose via Market Square Shops <seller@notify.market-square.example>").empty());
  EXPECT_TRUE(ScanFrom("Claudia von Kleine Buchhandlung <post@newsletter-dienst.example>").empty());
}

// ---- legitimate modern mail stays clean ---------------------------------------

TEST(SenderIdentity, EspNewslettersAndTransactionalMailAreClean) {
  for (std::string_view from : {
           // EN
           "The Morning Digest Team <newsletter@morningdigest.com>",
           "Acme Outdoor Gear <hello@mail.acmeoutdoor.com>",
           "Riverside Public Library <noreply@riversidelibrary.org>",
           "Northwind Bank Alerts <alerts@notify.northwindbank.com>",
           "Your Parcel Delivery Update <tracking@em1234.parcelpro.com>",
           "Bluebird Coffee Roasters <orders@bluebirdcoffee.com>",
           "Figma Community Digest <no-reply+abc123@email.figma.com>",
           "Stripe Receipts <receipts+acct_1Nx8@stripe.com>",
           "Harbor Outfitters <news@mktg.harboroutfitters.com>",
           "Lumen Studio Weekly <hello@smtpout.lumenstudio.co.uk>",
           "Pinecrest Credit Union <alerts@ealerts.pinecrestcu.org>",
           "Orbital SaaS Billing <billing@sfmc.orbitalsaas.io>",
           "Brightwave Customer Success <bounce-8234-17@mc.brightwave.io>",
           // FR
           "Boulangerie Dupont et Fils <contact@boulangerie-dupont.fr>",
           "Mairie de Villeurbanne Actualités <lettre@mairie-villeurbanne.fr>",
           "Caisse d'Epargne Île-de-France <ne-pas-repondre@ce.fr>",
           "Université de Strasbourg <noreply@unistra.fr>",
           // DE
           "Sparkasse Köln Bonn <service@sparkasse-koeln-bonn.de>",
           "Deutsche Bahn Reiseauskunft <noreply@bahn.de>",
           "Bäckerei Müller Newsletter <info@baeckerei-mueller.de>",
           // ES
           "Banco Bilbao Vizcaya Argentaria <info@bbva.es>",
           "Librería El Sótano Boletín <boletin@libreriaelsotano.es>",
           // PT
           "Farmácia São João <encomendas@farmaciasaojoao.pt>",
           "Livraria Cultura Ofertas <ofertas@livrariacultura.com.br>",
           // NL
           "Bakkerij van den Berg <info@bakkerijvandenberg.nl>",
           "Gemeente Utrecht Nieuwsbrief <nieuwsbrief@utrecht.nl>",
           // IT
           "Libreria Feltrinelli Novità <newsletter@lafeltrinelli.it>",
           "Comune di Bologna Notizie <notizie@comune.bologna.it>",
           // personal
           "Marie Lefèvre <marie.lefevre@gmail.com>",
           "Jan de Vries <jdevries@ziggo.nl>",
           "Krzysztof Wróblewski <k.wroblewski@example.pl>",
           // modern ESP and shop senders
           "Brand <news@e.brand.com>",
           "Shop <noreply@shop-mail.de>",
           "Stephen from Brand <creator+3244@o.campaigns-platform.com>",
       }) {
    const auto out = ScanFrom(from);
    EXPECT_TRUE(out.empty()) << from << " -> " << Ids(out);
  }
}

// Whole messages as ESPs send them: the bounce address, DKIM domain and
// Message-ID belong to the ESP, the From to the sender.
TEST(SenderIdentity, EspRoutedMessagesAreClean) {
  const std::string_view cases[][2] = {
      // Mailchimp
      {"Maison Lenoir Paris <bonjour@maisonlenoir.fr>",
       "Return-Path: <bounce-mc.us5_4123.55-reader=example-corp.com@mail88.suw121.mcsv.net>\n"
       "DKIM-Signature: v=1; a=rsa-sha256; d=mcsv.net; s=k2; b=abc\n"},
      // SendGrid on a branded subdomain
      {"Keller Fahrradladen Zürich <info@em5521.keller-velo.ch>",
       "Return-Path: <bounces+1234-ab12-reader=example-corp.com@em5521.keller-velo.ch>\n"},
      // Salesforce Marketing Cloud
      {"Viajes Sol y Mar Ofertas <ofertas@e.viajessolymar.es>",
       "Return-Path: <bounce-48_HTML-1234567-98765-7007012-1@bounce.s7.exacttarget.com>\n"},
      // Brevo
      {"Tuinwinkel De Groene Vingers <nieuws@degroenevingers.nl>",
       "Sender: degroenevingers@sendinblue.com\nReturn-Path: <bounces-12@sendinblue.com>\n"},
      // A delivery notification and a bank
      {"Entregas Rápidas Portugal <notificacoes@entregasrapidas.pt>", ""},
      {"Banca Popolare del Lago <avvisi@bancapopolaredellago.it>", ""},
  };
  for (const auto& c : cases) {
    const auto out = ScanFrom(c[0], c[1]);
    EXPECT_TRUE(out.empty()) << c[0] << " -> " << Ids(out);
  }
}

TEST(SenderIdentity, BrandRelayAliasesAreNotJudged) {
  EXPECT_TRUE(ScanFrom("Vendeur Marketplace <k8bnvqwrtzpxs@marketplace.amazon.fr>").empty());
  EXPECT_TRUE(HasSignal(ScanFrom("Vendeur Marketplace <k8bnvqwrtzpxs@marketplace.shop-relay.example>"),
                        "sender.random_address"));
}

TEST(SenderIdentity, TrackingIdAddressesAreNotComparedWithTheName) {
  EXPECT_TRUE(
      ScanFrom("Weekly Gadget Review Digest <msg#4.20117.c3-q7Lm2x.1@mailer.publisher-network.example>").empty());
}

TEST(SenderIdentity, PerRecipientMailerHostsAreNotJudged) {
  EXPECT_TRUE(ScanFrom("Corner Shop <shop@qkx7.rtmbvz.pqxdk.reply.mailer-route.example>").empty());
  EXPECT_TRUE(HasSignal(ScanFrom("Corner Shop <shop@pqxdk.reply.mailer-route.example>"), "sender.random_address"));
}

TEST(SenderIdentity, MachineMadeLocalPartsAreNotJudged) {
  EXPECT_TRUE(ScanFrom("Shop News <msprvs1=20012abcXyZq=bounces-12@shop.example>").empty());
  EXPECT_TRUE(ScanFrom("Shop News <shop.news#3.20471.b9-LhVolp59dUxVpsRR.1@shopnews.example>").empty());
  EXPECT_TRUE(ScanFrom("Shop News <news+QxZvKp@shopnews.example>").empty());
}

TEST(SenderIdentity, BrokenFromIsLeftToOtherDetectors) {
  EXPECT_TRUE(ScanFrom("Home Window Offers").empty());
  EXPECT_TRUE(ScanFrom("Home Window Offers <xbtgwfjd>").empty());
}

}  // namespace
}  // namespace phishscan
