#include <gtest/gtest.h>

#include <string>

#include "detect/base64.h"
#include "detect/detector.h"
#include "detect/detector_test_support.h"
#include "detect/test_mail.h"

namespace phishscan {
namespace {

using testing::Describe;
using testing::EvidenceValue;
using testing::FindSignal;
using testing::HasSignal;
using testing::ReadFileOrEmpty;
using testing::RunDetector;
using testing::TestMail;

const Detector& Links() {
  static const std::unique_ptr<Detector> d = MakeDeceptiveLinkDetector();
  return *d;
}

bool HasLinksSignal(const std::vector<Signal>& signals) {
  for (const Signal& s : signals)
    if (s.sign == Sign::kDeceptiveLink) return true;
  return false;
}

void ExpectSeedLureFindings(const std::string& raw, std::string_view address, std::string_view label) {
  std::vector<Signal> signals = RunDetector(Links(), raw);
  const Signal* cta = FindSignal(signals, "links.cta_unrelated_domain");
  ASSERT_NE(cta, nullptr) << Describe(signals);
  EXPECT_EQ(cta->sign, Sign::kDeceptiveLink);
  EXPECT_GE(cta->weight, 25);
  EXPECT_EQ(EvidenceValue(*cta, "link text"), "AUTHENTICATE IMAP");
  EXPECT_TRUE(EvidenceValue(*cta, "host").ends_with("imap-auth-portal.pages.dev")) << EvidenceValue(*cta, "host");
  EXPECT_EQ(EvidenceValue(*cta, "claimed brand"), "cPanel");
  EXPECT_NE(cta->explanation_en.find("\"AUTHENTICATE IMAP\" leads to imap-auth-portal.pages.dev"), std::string::npos)
      << cta->explanation_en;
  EXPECT_NE(cta->explanation_en.find("free hosting"), std::string::npos);
  EXPECT_NE(cta->explanation_fr.find("« AUTHENTICATE IMAP » mène à imap-auth-portal.pages.dev"), std::string::npos)
      << cta->explanation_fr;
  EXPECT_NE(cta->explanation_fr.find("cPanel"), std::string::npos);

  EXPECT_TRUE(HasSignal(signals, "links.free_hosting")) << Describe(signals);

  const Signal* recipient = FindSignal(signals, "links.recipient_in_url");
  ASSERT_NE(recipient, nullptr) << Describe(signals);
  EXPECT_EQ(EvidenceValue(*recipient, "recipient address"), address);
  EXPECT_EQ(EvidenceValue(*recipient, "address written"), "percent-encoded");
  EXPECT_EQ(EvidenceValue(*recipient, "host label"), label);
  EXPECT_GE(recipient->weight, 30);
}

TEST(DeceptiveLinkTest, RepoSeedLure) {
  std::string raw = ReadFileOrEmpty(PHISHSCAN_SOURCE_DIR "/examples/imap-auth-lure.eml");
  ASSERT_FALSE(raw.empty());
  ExpectSeedLureFindings(raw, "alice.martin@example-corp.com", "example-corp-com");
}

TEST(DeceptiveLinkTest, SharedSeedLure) {
  std::string raw = ReadFileOrEmpty(PHISHSCAN_SHARED_DIR "/samples/imap-auth-lure.eml");
  if (raw.empty()) GTEST_SKIP() << "shared sample missing";
  ExpectSeedLureFindings(raw, "j.martin@dupont-avocats.fr", "dupont-avocats-fr");
}

TEST(DeceptiveLinkTest, LegitimateExamplesStayQuiet) {
  for (const char* name : {"newsletter.eml", "password-reset.eml", "hosting-quota-notice.fr.eml"}) {
    std::string raw = ReadFileOrEmpty(std::string(PHISHSCAN_SOURCE_DIR "/examples/") + name);
    ASSERT_FALSE(raw.empty()) << name;
    std::vector<Signal> signals = RunDetector(Links(), raw);
    EXPECT_FALSE(HasLinksSignal(signals)) << name << "\n" << Describe(signals);
  }
  for (const char* name : {"github-password-reset.eml", "hosting-quota-notice.fr.eml"}) {
    std::string raw = ReadFileOrEmpty(std::string(PHISHSCAN_SHARED_DIR "/samples/") + name);
    if (raw.empty()) continue;
    std::vector<Signal> signals = RunDetector(Links(), raw);
    EXPECT_FALSE(HasLinksSignal(signals)) << name << "\n" << Describe(signals);
  }
}

TEST(DeceptiveLinkTest, ShownDomainDiffersFromRealOne) {
  TestMail m;
  m.from = "PayPal <service@paypal-notice.example>";
  m.html = "<p>Your statement is ready.</p><p><a href=\"https://secure-login.example.net/ppl\">www.paypal.com</a></p>";
  std::vector<Signal> signals = RunDetector(Links(), m.Build());
  const Signal* s = FindSignal(signals, "links.shown_url_mismatch");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(EvidenceValue(*s, "shown domain"), "paypal.com");
  EXPECT_EQ(EvidenceValue(*s, "registrable domain"), "example.net");
  EXPECT_GE(s->weight, 30);  // the shown domain is a brand's
  EXPECT_NE(s->explanation_fr.find("« www.paypal.com »"), std::string::npos);
}

TEST(DeceptiveLinkTest, ImageMapOverALinkedPictureIsADecoy) {
  // A bank's picture wrapped in a link to the bank, with an image map whose
  // area sends the click to a numeric host written in percent-escapes.
  TestMail m;
  m.from = "Harbour Savings <support@harbour-savings.example>";
  m.subject = "Kontobestätigung erforderlich";
  m.html = "<a href=\"https://www.harbour-savings.example/konto/bestaetigen\"><map name=\"FPMap0\">"
           "<area coords=\"0, 0, 640, 420\" shape=\"rect\" "
           "href=\"http://%31%39%38%2E%35%31%2E%31%30%30%2E%39:%38%37/%73%74/\"></map>"
           "<img src=\"cid:part1@harbour-savings.example\" usemap=\"#FPMap0\"></a>";
  std::vector<Signal> signals = RunDetector(Links(), m.Build());
  const Signal* s = FindSignal(signals, "links.image_map_decoy");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(EvidenceValue(*s, "decoy domain"), "harbour-savings.example");
  EXPECT_EQ(EvidenceValue(*s, "host"), "198.51.100.9");
  EXPECT_GE(s->weight, 25);
  EXPECT_NE(s->explanation_fr.find("carte d'image"), std::string::npos);
  EXPECT_TRUE(HasSignal(signals, "links.ip_literal")) << Describe(signals);
}

TEST(DeceptiveLinkTest, ImageMapOnTheSendersOwnSiteIsNoDecoy) {
  // A shop's banner: the link and every area lead to the shop itself.
  TestMail m;
  m.from = "Boutique Exemple <news@boutique-exemple.fr>";
  m.html = "<a href=\"https://www.boutique-exemple.fr/soldes\"><img src=\"https://cdn.boutique-exemple.fr/b.png\" "
           "usemap=\"#banner\"></a><map name=\"banner\">"
           "<area href=\"https://www.boutique-exemple.fr/femme\" alt=\"Femme\">"
           "<area href=\"https://shop.boutique-exemple.fr/homme\" alt=\"Homme\"></map>";
  std::vector<Signal> signals = RunDetector(Links(), m.Build());
  EXPECT_FALSE(HasSignal(signals, "links.image_map_decoy")) << Describe(signals);
}

TEST(DeceptiveLinkTest, LinkNamedAfterTheSenderLeadsElsewhere) {
  TestMail m;
  m.from = "Harbour Savings Bank <alerts@harbour-savings.example>";
  m.html = "<p>Cher client, veuillez consulter votre espace.</p>"
           "<p><a href=\"http://portal.unrelated-host.example:8080/logon/\">Harbour Savings Online Banking</a></p>";
  std::vector<Signal> signals = RunDetector(Links(), m.Build());
  const Signal* s = FindSignal(signals, "links.cta_unrelated_domain");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(EvidenceValue(*s, "link text"), "Harbour Savings Online Banking");
  EXPECT_EQ(EvidenceValue(*s, "registrable domain"), "unrelated-host.example");
}

TEST(DeceptiveLinkTest, LinkNamedAfterTheSenderToASiteOfThatName) {
  // A newsletter sent through its publisher's mailer links to the site its
  // name names; an authenticated sender's links are its own business.
  TestMail m;
  m.from = "Harbour Gazette <editor@publisher-mailer.example>";
  m.html = "<p><a href=\"https://www.harbourgazette.example/today\">Harbour Gazette</a></p>";
  EXPECT_FALSE(HasSignal(RunDetector(Links(), m.Build()), "links.cta_unrelated_domain"));

  TestMail signed_mail;
  signed_mail.from = "Harbour Gazette <editor@harbour-gazette.example>";
  signed_mail.headers = {"Authentication-Results: mx.example.com; dkim=pass header.d=harbour-gazette.example; "
                         "dmarc=pass header.from=harbour-gazette.example"};
  signed_mail.html = "<p><a href=\"https://amxe.example/uxz7-oncz2hit\">Harbour Gazette on social media</a></p>";
  EXPECT_FALSE(HasSignal(RunDetector(Links(), signed_mail.Build()), "links.cta_unrelated_domain"));
}

TEST(DeceptiveLinkTest, AuthenticatedSendersMailingPlatformIsItsOwn) {
  // A foundation's newsletter sent and click-counted by its mailing service:
  // the Return-Path and every link are on the service's domain.
  TestMail m;
  m.from = "Stiftung Beispiel <kommunikation@stiftung-beispiel.de>";
  m.headers = {"Return-Path: <return+ab12-cd34@mailplatform-beispiel.net>"};
  m.html = "<p><a href=\"https://mailplatform-beispiel.net/ab12-cd34-1\">stiftung-beispiel.de</a></p>"
           "<p><a href=\"https://mailplatform-beispiel.net/ab12-cd34-2\">Programm ansehen</a></p>"
           "<p><a href=\"https://mailplatform-beispiel.net/ab12-cd34-3\">Twitter</a></p>";
  TestMail signed_mail = m;
  signed_mail.headers.push_back("Authentication-Results: mx.example.net; dkim=pass header.d=stiftung-beispiel.de");
  std::vector<Signal> signals = RunDetector(Links(), signed_mail.Build());
  EXPECT_FALSE(HasLinksSignal(signals)) << Describe(signals);
  // Unauthenticated, the same links are a mismatch: anyone can write that From.
  EXPECT_TRUE(HasSignal(RunDetector(Links(), m.Build()), "links.shown_url_mismatch"));
}

TEST(DeceptiveLinkTest, SchemeAndWwwDifferencesAreNotMismatches) {
  TestMail m;
  m.from = "Example <news@example.org>";
  m.html = "<a href=\"http://www.example.org/a\">https://example.org/a</a> "
           "<a href=\"https://shop.example.org/\">example.org</a>";
  EXPECT_FALSE(HasLinksSignal(RunDetector(Links(), m.Build())));
}

TEST(DeceptiveLinkTest, UnwrapsRedirectorsBeforeJudging) {
  TestMail m;
  m.html = "<a href=\"https://www.google.com/url?q=https%3A%2F%2Fverify.evil-portal.example%2Flogin&amp;sa=D\">"
           "Verify now</a>";
  std::vector<Signal> signals = RunDetector(Links(), m.Build());
  const Signal* s = FindSignal(signals, "links.cta_unrelated_domain");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(EvidenceValue(*s, "host"), "verify.evil-portal.example");
  EXPECT_EQ(EvidenceValue(*s, "unwrapped from"), "www.google.com");
}

TEST(DeceptiveLinkTest, CallsToActionInFiveLanguages) {
  const std::pair<const char*, const char*> kCases[] = {
      {"en", "Click here"},         {"fr", "Cliquez ici"},         {"de", "Jetzt bestätigen"},
      {"es", "Verificar ahora"},    {"pt", "Clique aqui"},         {"en", "Log in"},
      {"fr", "Connectez-vous"},     {"de", "Anmelden"},            {"es", "Iniciar sesión"},
      {"pt", "Acessar minha conta"}};
  for (const auto& [lang, text] : kCases) {
    TestMail m;
    m.html = std::string("<p>Message.</p><a href=\"https://account-check.verify-portal.net/\">") + text + "</a>";
    std::vector<Signal> signals = RunDetector(Links(), m.Build());
    EXPECT_TRUE(HasSignal(signals, "links.cta_unrelated_domain")) << lang << ": " << text;
  }
}

TEST(DeceptiveLinkTest, LongerButtonSentencesAndBrandedMessages) {
  TestMail pt;
  pt.html = "<a href=\"https://liberacao.encomenda-taxa.com.ua/pagar\">Clique aqui para efetuar o pagamento e "
            "liberar a sua encomenda</a>";
  EXPECT_TRUE(HasSignal(RunDetector(Links(), pt.Build()), "links.cta_unrelated_domain"));

  // A short, ordinary anchor counts when the message presents itself as a
  // brand and the link leaves the brand's domains.
  TestMail branded;
  branded.from = "PayPal <service@notice-mail.example>";
  branded.subject = "PayPal: your account review";
  branded.html = "<p>Please review your account.</p><a href=\"https://review-center.example-site.net/\">Get started</a>";
  EXPECT_TRUE(HasSignal(RunDetector(Links(), branded.Build()), "links.cta_unrelated_domain"));
  TestMail unbranded = branded;
  unbranded.from = "Club <news@club.example>";
  unbranded.subject = "Spring meeting";
  EXPECT_FALSE(HasSignal(RunDetector(Links(), unbranded.Build()), "links.cta_unrelated_domain"));
}

TEST(DeceptiveLinkTest, CallToActionToTheSenderOrTheBrandIsFine) {
  TestMail own;
  own.from = "Example Shop <orders@example-shop.com>";
  own.html = "<a href=\"https://www.example-shop.com/account\">Log in</a>";
  EXPECT_FALSE(HasLinksSignal(RunDetector(Links(), own.Build())));

  // Claims PayPal and links to PayPal: nothing deceptive about the link.
  TestMail brand;
  brand.from = "PayPal <service@mail.example.org>";
  brand.html = "<p>Your PayPal account statement.</p><a href=\"https://www.paypal.com/signin\">Log in</a>";
  EXPECT_FALSE(HasSignal(RunDetector(Links(), brand.Build()), "links.cta_unrelated_domain"));

  // Ordinary link wording is not a call to action.
  TestMail plain;
  plain.html = "<p>Slides: <a href=\"https://talks.example.net/2025\">the slides of the talk</a></p>";
  EXPECT_FALSE(HasLinksSignal(RunDetector(Links(), plain.Build())));
}

TEST(DeceptiveLinkTest, UrlPrintedAsTextInHtmlIsJudged) {
  // The lure's only link is written in the HTML body, with no anchor.
  TestMail m;
  m.from = "Service Client <support@parcel-desk.example>";
  m.html = "<p>Votre colis est en attente. Confirmez la livraison ici : "
           "https://colis-confirmation.pages.dev/suivi?id=8812</p>";
  std::vector<Signal> signals = RunDetector(Links(), m.Build());
  const Signal* s = FindSignal(signals, "links.free_hosting");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(EvidenceValue(*s, "host"), "colis-confirmation.pages.dev");
  // What it shows is where it goes: never a mismatch with itself.
  EXPECT_FALSE(HasSignal(signals, "links.shown_url_mismatch")) << Describe(signals);
}

TEST(DeceptiveLinkTest, NewsletterPrintingItsOwnAddressStaysQuiet) {
  TestMail m;
  m.from = "Fahrradladen Nord <news@fahrradladen-nord.example>";
  m.to = "kunde@example-corp.com";
  m.html = "<h1>Frühjahrs-Sale</h1><p><a href=\"https://www.fahrradladen-nord.example/sale\">Jetzt ansehen</a></p>"
           "<p>Sie erhalten diesen Newsletter als Kunde von www.fahrradladen-nord.example.<br>"
           "Impressum: https://www.fahrradladen-nord.example/impressum<br>"
           "Abmelden: https://www.fahrradladen-nord.example/newsletter/abmelden?e=kunde%40example-corp.com</p>";
  std::vector<Signal> signals = RunDetector(Links(), m.Build());
  EXPECT_FALSE(HasLinksSignal(signals)) << Describe(signals);
}

TEST(DeceptiveLinkTest, IpLiteralHosts) {
  TestMail m;
  m.html = "<a href=\"http://203.0.113.7/owa/login.php\">Outlook Web App</a>";
  std::vector<Signal> signals = RunDetector(Links(), m.Build());
  const Signal* s = FindSignal(signals, "links.ip_literal");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_NE(s->explanation_en.find("203.0.113.7"), std::string::npos);

  TestMail lab;
  lab.text = "The device answers at http://192.168.10.2/ after boot.";
  EXPECT_FALSE(HasSignal(RunDetector(Links(), lab.Build()), "links.ip_literal"));
}

TEST(DeceptiveLinkTest, UserinfoTrick) {
  TestMail m;
  m.html = "<a href=\"https://www.paypal.com@login-check.example.net/\">Open</a>";
  std::vector<Signal> signals = RunDetector(Links(), m.Build());
  const Signal* s = FindSignal(signals, "links.userinfo_trick");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(s->weight, 30);
  EXPECT_EQ(EvidenceValue(*s, "text before @"), "www.paypal.com");
}

TEST(DeceptiveLinkTest, ConfusableHost) {
  TestMail m;
  m.html = "<a href=\"https://xn--pypal-4ve.com/signin\">Open your account</a>";
  std::vector<Signal> signals = RunDetector(Links(), m.Build());
  EXPECT_TRUE(HasSignal(signals, "links.confusable_host") || HasSignal(signals, "links.punycode_host"))
      << Describe(signals);
}

TEST(DeceptiveLinkTest, RecipientAddressBase64Encoded) {
  TestMail m;
  m.to = "Jean Martin <j.martin@dupont-avocats.fr>";
  m.html = "<a href=\"https://docs-review.example.net/view?id=" + Base64EncodeUnpadded("j.martin@dupont-avocats.fr") +
           "\">Voir le document</a>";
  std::vector<Signal> signals = RunDetector(Links(), m.Build());
  const Signal* s = FindSignal(signals, "links.recipient_in_url");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(EvidenceValue(*s, "address written"), "base64-encoded");
}

TEST(DeceptiveLinkTest, RecipientOnlyInAWrapperOrUnsubscribeIsNotCounted) {
  TestMail m;
  m.to = "j.martin@dupont-avocats.fr";
  // SafeLinks carries the reader's address in its own data; the target does not.
  m.html = "<a href=\"https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.example.org%2F&amp;"
           "data=05%7C01%7Cj.martin%40dupont-avocats.fr\">agenda</a>"
           "<a href=\"https://esp.example.net/unsubscribe?email=j.martin%40dupont-avocats.fr\">Unsubscribe</a>";
  EXPECT_FALSE(HasSignal(RunDetector(Links(), m.Build()), "links.recipient_in_url"));
}

TEST(DeceptiveLinkTest, RecipientOrganisationInAForeignHost) {
  TestMail m;
  m.to = "compta@boulangerie-durand.fr";
  m.html = "<p>Votre messagerie expire.</p>"
           "<a href=\"https://boulangerie-durand-fr.mail-upgrade.example.net/\">Mettre à jour</a>";
  std::vector<Signal> signals = RunDetector(Links(), m.Build());
  const Signal* s = FindSignal(signals, "links.recipient_in_url");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(EvidenceValue(*s, "host label"), "boulangerie-durand-fr");
  EXPECT_NE(s->explanation_fr.find("le nom de votre organisation"), std::string::npos);

  // The organisation's own pages on a shared platform are not a trick.
  TestMail own;
  own.to = "dev@ettus-lab.org";
  own.text = "Docs: https://ettus-lab.github.io/manual/";
  EXPECT_FALSE(HasSignal(RunDetector(Links(), own.Build()), "links.recipient_in_url"));
}

TEST(DeceptiveLinkTest, RecipientAddressInAQueryParameter) {
  TestMail m;
  m.to = "Kees de Vries <k.devries@lindqvist-bouw.nl>";
  m.html = "<p>Uw mailbox is bijna vol.</p>"
           "<a href=\"https://mailbox-upgrade.example/verify?user=k.devries@lindqvist-bouw.nl&amp;lang=nl\">"
           "Nu upgraden</a>";
  std::vector<Signal> signals = RunDetector(Links(), m.Build());
  const Signal* s = FindSignal(signals, "links.recipient_in_url");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(EvidenceValue(*s, "address written"), "as written");
  EXPECT_NE(s->explanation_en.find("your address (k.devries@lindqvist-bouw.nl)"), std::string::npos);
}

TEST(DeceptiveLinkTest, RecipientDomainAsSubdomainOrQueryOfTheHost) {
  TestMail m;
  m.to = "it@acme-corp.com";
  m.html = "<p>Your password expires today.</p>"
           "<a href=\"https://acme-corp.com.login-portal.example/\">Keep my password</a>";
  std::vector<Signal> signals = RunDetector(Links(), m.Build());
  const Signal* s = FindSignal(signals, "links.recipient_in_url");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(EvidenceValue(*s, "host label"), "acme-corp.com");

  TestMail query;
  query.to = "it@acme-corp.com";
  query.html = "<p>Votre mot de passe expire.</p>"
               "<a href=\"https://webmail-sso.example/auth?domain=acme-corp.com\">Conserver</a>";
  signals = RunDetector(Links(), query.Build());
  s = FindSignal(signals, "links.recipient_in_url");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(EvidenceValue(*s, "path or query value"), "acme-corp.com");
  EXPECT_NE(s->explanation_fr.find("le nom de votre organisation (acme-corp.com)"), std::string::npos);
}

TEST(DeceptiveLinkTest, ShopSharingAWordWithTheRecipientsCompanyIsNotARecipientTrace) {
  // A Dutch web shop's newsletter to a reader at example.net, sent through a
  // mailing service: the shop's name shares the word "example".
  TestMail m;
  m.from = "Example Shop <nieuwsbrief@mailer.example-shop.nl>";
  m.to = "kees@example.net";
  m.html = "<p>Deze week 20% korting.</p>"
           "<a href=\"https://www.example-shop.nl/aanbiedingen?utm_source=nieuwsbrief\">Bekijk de aanbiedingen</a>"
           "<a href=\"https://example-shop-cdn.example/example/banner.html\">Bekijk online</a>"
           "<a href=\"https://example-shop.shop-platform.example/account\">Mijn account</a>";
  EXPECT_FALSE(HasSignal(RunDetector(Links(), m.Build()), "links.recipient_in_url"));
}

TEST(DeceptiveLinkTest, FreemailRecipientHasNoOrganisation) {
  TestMail m;
  m.to = "marie.dupont@orange.fr";
  m.html = "<a href=\"https://orange-fr.offres-mobiles.example/promo?domain=orange.fr\">Voir l'offre</a>";
  EXPECT_FALSE(HasSignal(RunDetector(Links(), m.Build()), "links.recipient_in_url"));
  TestMail gmx;
  gmx.to = "jonas@gmx.de";
  gmx.html = "<a href=\"https://gmx-de.postfach-hilfe.example/\">Postfach prüfen</a>";
  EXPECT_FALSE(HasSignal(RunDetector(Links(), gmx.Build()), "links.recipient_in_url"));
}

TEST(DeceptiveLinkTest, NewsletterLinksCarryingTheRecipientAreNotTraces) {
  // Unsubscribe and preference links carry the reader's address by design,
  // in several languages.
  TestMail m;
  m.from = "Librairie du Port <lettre@librairie-du-port.example>";
  m.to = "j.martin@dupont-avocats.fr";
  m.html = "<p>Nos nouveautés de la semaine.</p>"
           "<a href=\"https://list.esp-mailer.example/u/desabonner?e=j.martin%40dupont-avocats.fr\">Se désabonner</a>"
           "<a href=\"https://list.esp-mailer.example/preferences?e=j.martin%40dupont-avocats.fr\">Gérer mes préférences</a>"
           "<a href=\"https://esp.example.net/abmelden?email=j.martin@dupont-avocats.fr\">Abmelden</a>";
  std::vector<Signal> signals = RunDetector(Links(), m.Build());
  EXPECT_FALSE(HasSignal(signals, "links.recipient_in_url")) << Describe(signals);
}

TEST(DeceptiveLinkTest, ShortenerInMailSignedWithABrandBySomeoneElseWeighsMore) {
  TestMail m;
  m.from = "Binance <no_reply@hostel-bookings.example>";
  m.subject = "Staking has launched on the main network";
  m.html = "<p>Stake your XLM today.</p><a href=\"https://bit.ly/3xYzQw\">Start staking</a>";
  std::vector<Signal> signals = RunDetector(Links(), m.Build());
  const Signal* s = FindSignal(signals, "links.shortener");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(s->weight, 20);
  EXPECT_EQ(EvidenceValue(*s, "claimed brand"), "Binance");
  EXPECT_EQ(EvidenceValue(*s, "sender domain"), "hostel-bookings.example");
  EXPECT_NE(s->explanation_fr.find("au nom de Binance"), std::string::npos);

  // The brand's own mail through a shortener hides nothing about who sends it.
  m.from = "Binance <no_reply@binance.com>";
  m.headers = {"Authentication-Results: mx.example-corp.com; dkim=pass header.d=binance.com; "
               "dmarc=pass header.from=binance.com"};
  signals = RunDetector(Links(), m.Build());
  s = FindSignal(signals, "links.shortener");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(s->weight, 8);

  // Nor does an authenticated shop's shortened link in mail that speaks for
  // no brand.
  m.from = "Bakery <news@bakery-town.example>";
  m.headers = {"Authentication-Results: mx.example-corp.com; dkim=pass header.d=bakery-town.example; "
               "dmarc=pass header.from=bakery-town.example"};
  m.subject = "Winter menu";
  signals = RunDetector(Links(), m.Build());
  s = FindSignal(signals, "links.shortener");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(s->weight, 8);
}

TEST(DeceptiveLinkTest, EveryLinkShortenedByAThrowawaySenderWeighsMore) {
  TestMail m;
  m.from = "House Buyers <dana_reed_48213@a.b.c.d.7.offers-hub.example>";
  m.subject = "Sell your house fast";
  m.html = "<p>Get a cash offer today.</p><a href=\"https://bit.ly/4kQz9Xw\">Get my offer</a>"
           "<a href=\"https://t.co/Zq81LmNpRt\">Unsubscribe</a>";
  std::vector<Signal> signals = RunDetector(Links(), m.Build());
  const Signal* s = FindSignal(signals, "links.shortener");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_GE(s->weight, 20);
  EXPECT_EQ(EvidenceValue(*s, "links shortened"), "all 2");
  EXPECT_NE(s->explanation_en.find("All 2 links of the message are shortened"), std::string::npos) << s->explanation_en;
  EXPECT_NE(s->explanation_fr.find("Les 2 liens du message sont tous raccourcis"), std::string::npos);

  // One link to a site of its own shows where the sender lives.
  m.html += "<a href=\"https://www.offers-hub.example/privacy\">Privacy</a>";
  signals = RunDetector(Links(), m.Build());
  s = FindSignal(signals, "links.shortener");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_LT(s->weight, 20);
}

TEST(DeceptiveLinkTest, ShortenedLinksOfTheShortenersOwnServiceStayWeak) {
  // X's notifications link every post through t.co.
  TestMail m;
  m.from = "X <notify@x.com>";
  m.subject = "Nouveaux posts de personnes que vous suivez";
  m.headers = {"Authentication-Results: mx.example-corp.com; spf=pass smtp.mailfrom=x.com; dkim=pass header.d=x.com; "
               "dmarc=pass header.from=x.com"};
  m.html = "<a href=\"https://t.co/AbCdEf12\">Voir le post</a> <a href=\"https://t.co/GhIjKl34\">Répondre</a>";
  std::vector<Signal> signals = RunDetector(Links(), m.Build());
  const Signal* s = FindSignal(signals, "links.shortener");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_LT(s->weight, 20);
  EXPECT_EQ(EvidenceValue(*s, "links shortened"), "");

  // The same from twitter.com, even without an authentication verdict.
  m.from = "Twitter <info@twitter.com>";
  m.headers.clear();
  signals = RunDetector(Links(), m.Build());
  s = FindSignal(signals, "links.shortener");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_LT(s->weight, 20);
}

TEST(DeceptiveLinkTest, GarbledIdnHostWeighsMoreThanAGenuineOne) {
  TestMail m;
  m.html = "<a href=\"http://xn--nd77k23g3c-h9a8p25b.rentals.example/r1.php?a=1\">Win tickets</a>";
  std::vector<Signal> signals = RunDetector(Links(), m.Build());
  const Signal* s = FindSignal(signals, "links.garbled_idn_host");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(s->weight, 20);
  EXPECT_EQ(EvidenceValue(*s, "garbled label"), "ðnd77ÿk2œ3g3c");
  EXPECT_NE(s->explanation_en.find("no language writes together"), std::string::npos) << s->explanation_en;
  EXPECT_NE(s->explanation_fr.find("aucune langue"), std::string::npos) << s->explanation_fr;
  EXPECT_FALSE(HasSignal(signals, "links.punycode_host")) << Describe(signals);

  for (const char* host : {"xn--mnchen-3ya.de", "xn--bcher-kva.de", "xn--espaol-zwa.com", "xn--hxargifdar.gr",
                           "xn--wgv71a119e.jp"}) {
    m.html = std::string("<a href=\"https://") + host + "/\">Ouvrir</a>";
    signals = RunDetector(Links(), m.Build());
    EXPECT_FALSE(HasSignal(signals, "links.garbled_idn_host")) << host << Describe(signals);
    const Signal* idn = FindSignal(signals, "links.punycode_host");
    if (idn != nullptr) {
      EXPECT_LE(idn->weight, 10) << host;
    }
  }
}

TEST(DeceptiveLinkTest, HostListsAreSeparateFindings) {
  TestMail m;
  m.html = "<a href=\"https://bit.ly/3xYz\">voir</a> <a href=\"https://forms.gle/AbCd\">formulaire</a> "
           "<a href=\"https://ipfs.io/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi\">doc</a>";
  std::vector<Signal> signals = RunDetector(Links(), m.Build());
  EXPECT_TRUE(HasSignal(signals, "links.shortener")) << Describe(signals);
  EXPECT_TRUE(HasSignal(signals, "links.form_service")) << Describe(signals);
  EXPECT_TRUE(HasSignal(signals, "links.ipfs")) << Describe(signals);
  std::vector<Signal> tld = RunDetector(Links(), "From: a@example.org\r\n\r\nhttps://secure-update.top/a\r\n");
  EXPECT_TRUE(HasSignal(tld, "links.suspicious_tld")) << Describe(tld);
  for (const Signal& s : signals) EXPECT_LE(s.weight, 25) << s.id;
}

TEST(DeceptiveLinkTest, MetaRefreshToAnotherDomain) {
  TestMail m;
  m.html = "<html><head><meta http-equiv=\"refresh\" content=\"0; url=https://landing.evil-site.example/\"></head>"
           "<body>Loading...</body></html>";
  std::vector<Signal> signals = RunDetector(Links(), m.Build());
  const Signal* s = FindSignal(signals, "links.meta_refresh");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(EvidenceValue(*s, "registrable domain"), "evil-site.example");
}

TEST(DeceptiveLinkTest, BrandClaimWithAllLinksElsewhere) {
  TestMail m;
  m.from = "Service Client <info@notice-center.example>";
  m.subject = "Votre compte PayPal";
  m.html = "<p>Votre compte PayPal est limité.</p>"
           "<a href=\"https://pp-resolution.example.net/a\">Centre de résolution</a>"
           "<a href=\"https://pp-resolution.example.net/b\">Aide</a>"
           "<a href=\"https://pp-resolution.example.net/c\">Confidentialité</a>";
  std::vector<Signal> signals = RunDetector(Links(), m.Build());
  const Signal* s = FindSignal(signals, "links.brand_links_unrelated");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(EvidenceValue(*s, "claimed brand"), "PayPal");
  EXPECT_NE(s->explanation_fr.find("PayPal"), std::string::npos);

  // The brand's real addresses printed in a copied footer are not where the
  // message sends the reader.
  m.html += "<p>https://www.paypal.com/fr/webapps/mpp/ua/privacy-full https://www.paypal.com/fr/smarthelp/home "
            "https://www.paypal.com/fr/security</p>";
  signals = RunDetector(Links(), m.Build());
  EXPECT_TRUE(HasSignal(signals, "links.brand_links_unrelated")) << Describe(signals);
}

TEST(DeceptiveLinkTest, OneSignalPerFindingWithTheWorstExamples) {
  TestMail m;
  std::string html;
  for (int i = 0; i < 6; ++i)
    html += "<a href=\"https://site" + std::to_string(i) + ".pages.dev/\">Verify now</a>";
  m.html = html;
  std::vector<Signal> signals = RunDetector(Links(), m.Build());
  int cta = 0;
  std::size_t hosts = 0;
  for (const Signal& s : signals) {
    if (s.id != "links.cta_unrelated_domain") continue;
    ++cta;
    for (const auto& [k, v] : s.evidence) hosts += k == "host";
  }
  EXPECT_EQ(cta, 1);
  EXPECT_EQ(hosts, 3u);
}

TEST(DeceptiveLinkTest, MalformedLinksDoNotCrash) {
  TestMail m;
  m.html = "<a href=\"https://\">x</a><a href=\"http://[::1\">y</a><a href=\"https://a@\">z</a>"
           "<a href=\"https://www.google.com/url?q=%\">Verify now</a><a>no href</a>";
  RunDetector(Links(), m.Build());
  RunDetector(Links(), "");
  RunDetector(Links(), "From: x\r\n\r\n<a href=\"https://evil.example/\">Log in</a>");
}

}  // namespace
}  // namespace phishscan
