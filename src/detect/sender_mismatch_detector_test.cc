#include <gtest/gtest.h>

#include <string>

#include "detect/detector.h"
#include "detect/detector_test_support.h"

namespace phishscan {
namespace {

using testing::EvidenceValue;
using testing::FindSignal;
using testing::HasSignal;
using testing::Ids;
using testing::Mail;
using testing::ReadFileOrEmpty;
using testing::RunDetector;

const Detector& Sender() {
  static const std::unique_ptr<Detector> d = MakeSenderMismatchDetector();
  return *d;
}

std::string ToCrlf(std::string_view lf) {
  std::string out;
  for (char c : lf) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

int MaxWeight(const std::vector<Signal>& signals) {
  int w = 0;
  for (const Signal& s : signals) w = std::max(w, s.weight);
  return w;
}

// ---- the samples -------------------------------------------------------

void ExpectLureSignals(const std::string& raw, std::string_view from_domain) {
  const auto signals = RunDetector(Sender(), raw);
  const Signal* brand = FindSignal(signals, "sender.brand_domain_mismatch");
  ASSERT_NE(brand, nullptr) << Ids(signals);
  EXPECT_GE(brand->weight, 25);
  EXPECT_EQ(EvidenceValue(*brand, "brand"), "cPanel");
  EXPECT_EQ(EvidenceValue(*brand, "from_domain"), from_domain);
  EXPECT_NE(brand->explanation_en.find("cPanel"), std::string::npos);
  EXPECT_NE(brand->explanation_en.find(std::string(from_domain)), std::string::npos);
  EXPECT_NE(brand->explanation_fr.find("n'est pas un domaine de cPanel"), std::string::npos);

  const Signal* reply = FindSignal(signals, "sender.reply_to_mismatch");
  ASSERT_NE(reply, nullptr) << Ids(signals);
  EXPECT_EQ(reply->weight, 25);
  EXPECT_EQ(EvidenceValue(*reply, "reply_to_freemail"), "gmail.com");

  EXPECT_TRUE(HasSignal(signals, "sender.mail_service_impersonation")) << Ids(signals);
  for (const Signal& s : signals) {
    EXPECT_EQ(s.sign, Sign::kSenderMismatch);
    EXPECT_FALSE(s.explanation_en.empty());
    EXPECT_FALSE(s.explanation_fr.empty());
  }
}

TEST(SenderMismatchTest, SeedLureExample) {
  const std::string raw = ReadFileOrEmpty(PHISHSCAN_SOURCE_DIR "/examples/imap-auth-lure.eml");
  ASSERT_FALSE(raw.empty());
  ExpectLureSignals(raw, "qz-webhostmail.top");
}

TEST(SenderMismatchTest, SeedLureSharedSample) {
  const std::string raw = ReadFileOrEmpty(PHISHSCAN_SHARED_DIR "/samples/imap-auth-lure.eml");
  if (raw.empty()) GTEST_SKIP() << "shared sample missing";
  ExpectLureSignals(raw, "kx-hostingmail.top");
}

void ExpectHostNoticeQuiet(const std::string& raw) {
  const auto signals = RunDetector(Sender(), raw);
  EXPECT_FALSE(HasSignal(signals, "sender.brand_domain_mismatch")) << Ids(signals);
  EXPECT_LE(MaxWeight(signals), 10) << Ids(signals);
}

TEST(SenderMismatchTest, HostingQuotaNoticeIsNotABrandMismatch) {
  const std::string raw = ReadFileOrEmpty(PHISHSCAN_SOURCE_DIR "/examples/hosting-quota-notice.fr.eml");
  ASSERT_FALSE(raw.empty());
  ExpectHostNoticeQuiet(raw);
  const std::string shared = ReadFileOrEmpty(PHISHSCAN_SHARED_DIR "/samples/hosting-quota-notice.fr.eml");
  if (shared.empty()) GTEST_SKIP() << "shared sample missing";
  ExpectHostNoticeQuiet(shared);
}

TEST(SenderMismatchTest, HostNoticeAboutTheReadersDomainInEnglish) {
  const auto signals = RunDetector(
      Sender(), Mail("From: \"cPanel on example-corp.com\" <cpanel@server1.host-provider.example>\n"
                     "To: webmaster@example-corp.com\nSubject: [example-corp.com] Disk usage warning\n",
                     "The account \"example\" (example-corp.com) uses 8.1 GB of its 10 GB disk quota.\n"
                     "No action is required right now.\n\nCopyright\u00a9 2025 cPanel, L.L.C.\n"));
  EXPECT_FALSE(HasSignal(signals, "sender.brand_domain_mismatch")) << Ids(signals);
  EXPECT_LE(MaxWeight(signals), 10) << Ids(signals);
}

TEST(SenderMismatchTest, ReadersDomainInsideALinkDoesNotExcuseAClaim) {
  const auto signals = RunDetector(
      Sender(), Mail("From: Webmail <notice@mail-notice.example>\nTo: alice@example-corp.com\n"
                     "Subject: Mail account notice\n",
                     "Sign in at https://portal.login-check.example/?domain=example-corp.com today.\n\n"
                     "Copyright\u00a9 2025 cPanel, L.L.C.\n"));
  const Signal* s = FindSignal(signals, "sender.brand_domain_mismatch");
  ASSERT_NE(s, nullptr) << Ids(signals);
  EXPECT_EQ(EvidenceValue(*s, "brand"), "cPanel");
}

TEST(SenderMismatchTest, LegitimateSamplesAreQuiet) {
  for (const char* path : {PHISHSCAN_SOURCE_DIR "/examples/password-reset.eml",
                           PHISHSCAN_SOURCE_DIR "/examples/newsletter.eml",
                           PHISHSCAN_SHARED_DIR "/samples/github-password-reset.eml"}) {
    const std::string raw = ReadFileOrEmpty(path);
    if (raw.empty()) continue;
    const auto signals = RunDetector(Sender(), raw);
    EXPECT_TRUE(signals.empty()) << path << ": " << Ids(signals);
  }
}

TEST(SenderMismatchTest, LfAndCrlfGiveTheSameSignals) {
  for (const char* path : {PHISHSCAN_SOURCE_DIR "/examples/imap-auth-lure.eml",
                           PHISHSCAN_SOURCE_DIR "/examples/hosting-quota-notice.fr.eml",
                           PHISHSCAN_SOURCE_DIR "/examples/password-reset.eml",
                           PHISHSCAN_SOURCE_DIR "/examples/newsletter.eml",
                           PHISHSCAN_SHARED_DIR "/samples/imap-auth-lure.eml",
                           PHISHSCAN_SHARED_DIR "/samples/hosting-quota-notice.fr.eml",
                           PHISHSCAN_SHARED_DIR "/samples/github-password-reset.eml"}) {
    const std::string raw = ReadFileOrEmpty(path);
    if (raw.empty()) continue;
    const auto lf = RunDetector(Sender(), raw);
    const auto crlf = RunDetector(Sender(), ToCrlf(raw));
    ASSERT_EQ(lf.size(), crlf.size()) << path;
    for (std::size_t i = 0; i < lf.size(); ++i) {
      EXPECT_EQ(lf[i].id, crlf[i].id) << path;
      EXPECT_EQ(lf[i].weight, crlf[i].weight) << path;
      EXPECT_EQ(lf[i].evidence, crlf[i].evidence) << path;
    }
  }
}

// ---- (a) brand claims ----------------------------------------------------

TEST(SenderMismatchTest, BrandInDisplayNameFromForeignDomain) {
  const auto signals = RunDetector(
      Sender(), Mail("From: \"PayPal\" <service@secure-pp-center.example>\nTo: alice@example.org\n"
                     "Subject: Account notice\n",
                     "Hello,\nplease review your recent activity.\n"));
  const Signal* s = FindSignal(signals, "sender.brand_domain_mismatch");
  ASSERT_NE(s, nullptr) << Ids(signals);
  EXPECT_GE(s->weight, 30);
  EXPECT_EQ(EvidenceValue(*s, "display name"), "PayPal");
  EXPECT_NE(EvidenceValue(*s, "official_domains").find("paypal.com"), std::string::npos);
}

// `"PayPal", x@y`: the parser recovers the name mail programs show, so a
// From cut by a comma is judged like the well-formed line it imitates.
TEST(SenderMismatchTest, BrandInNameCutOffByACommaIsJudged) {
  for (const char* from : {"\"PayPal\", service@secure-pp-center.example",
                           "\"PayPal\", <>, Office, service@secure-pp-center.example"}) {
    const auto signals = RunDetector(
        Sender(), Mail("From: " + std::string(from) + "\nTo: alice@example.org\nSubject: Account notice\n",
                       "Hello,\nplease review your recent activity.\n"));
    const Signal* s = FindSignal(signals, "sender.brand_domain_mismatch");
    ASSERT_NE(s, nullptr) << from << ": " << Ids(signals);
    EXPECT_EQ(EvidenceValue(*s, "display name"), "PayPal");
  }
}

TEST(SenderMismatchTest, BrandNameCutOffByACommaFromItsOwnDomainIsQuiet) {
  const auto signals = RunDetector(
      Sender(), Mail("From: \"PayPal\", service@paypal.com\nTo: alice@example.org\nSubject: Receipt\n",
                     "Hello,\nyour receipt is available in your account.\n"));
  EXPECT_FALSE(HasSignal(signals, "sender.brand_domain_mismatch")) << Ids(signals);
}

TEST(SenderMismatchTest, BrandInSubjectFrench) {
  const auto signals = RunDetector(
      Sender(), Mail("From: Service Client <noreply@info-colis-suivi.example>\nTo: luc@exemple.fr\n"
                     "Subject: Chronopost : votre colis est en attente\n",
                     "Bonjour,\nvotre colis n'a pas pu être livré.\n"));
  const Signal* s = FindSignal(signals, "sender.brand_domain_mismatch");
  ASSERT_NE(s, nullptr) << Ids(signals);
  EXPECT_EQ(s->weight, 25);
  EXPECT_NE(s->explanation_fr.find("dans l'objet"), std::string::npos) << s->explanation_fr;
}

TEST(SenderMismatchTest, BrandInGermanFooter) {
  const auto signals = RunDetector(
      Sender(), Mail("From: Kundenservice <info@konto-hilfe.example>\nTo: jan@beispiel.de\n"
                     "Subject: Wichtige Mitteilung\n",
                     "Guten Tag,\nbitte bestätigen Sie Ihre Daten.\n\nIhr Sparkasse-Team\n"));
  const Signal* s = FindSignal(signals, "sender.brand_domain_mismatch");
  ASSERT_NE(s, nullptr) << Ids(signals);
  EXPECT_EQ(EvidenceValue(*s, "brand"), "Sparkasse");
  EXPECT_GE(s->weight, 25);
}

TEST(SenderMismatchTest, BrandInPortugueseAndSpanishMail) {
  const auto pt = RunDetector(
      Sender(), Mail("From: \"Nubank\" <alerta@nu-seguranca.example>\nTo: joao@exemplo.com.br\n"
                     "Subject: Atualize seus dados\n",
                     "Olá,\nidentificamos uma atividade incomum.\n"));
  EXPECT_TRUE(HasSignal(pt, "sender.brand_domain_mismatch")) << Ids(pt);
  const auto es = RunDetector(
      Sender(), Mail("From: \"BBVA Seguridad\" <avisos@bbva-clientes.example>\nTo: maria@ejemplo.es\n"
                     "Subject: Aviso de seguridad\n",
                     "Estimado cliente,\nsu cuenta requiere verificación.\n"));
  EXPECT_TRUE(HasSignal(es, "sender.brand_domain_mismatch")) << Ids(es);
}

TEST(SenderMismatchTest, OfficialDomainsDoNotFire) {
  for (const char* from : {"\"PayPal\" <service@paypal.com>", "\"PayPal\" <service@mail.paypal.co.uk>",
                           "\"Microsoft account team\" <account-security-noreply@accountprotection.microsoft.com>"}) {
    const auto signals = RunDetector(
        Sender(), Mail("From: " + std::string(from) + "\nTo: alice@example.org\nSubject: Notice\n",
                       "Thanks,\nThe PayPal Team\n"));
    EXPECT_FALSE(HasSignal(signals, "sender.brand_domain_mismatch")) << from << ": " << Ids(signals);
  }
}

TEST(SenderMismatchTest, BrandNamedOnlyInTheTextIsWeak) {
  const auto signals = RunDetector(
      Sender(), Mail("From: Example Bakery <news@example-bakery.com>\nTo: alice@example.org\n"
                     "Subject: Our winter menu\n",
                     "Hello Alice,\nyou can now order online and pay with PayPal or by card.\n"));
  EXPECT_LE(MaxWeight(signals), 6) << Ids(signals);
}

TEST(SenderMismatchTest, OwnOrganisationIsNotAMismatch) {
  const auto signals = RunDetector(
      Sender(), Mail("From: \"Microsoft 365 admin\" <it@example-corp.com>\nTo: alice@example-corp.com\n"
                     "Subject: Microsoft 365 migration on Friday\n",
                     "Hi all,\nwe move the mailboxes to Microsoft 365 on Friday.\n"));
  EXPECT_TRUE(signals.empty()) << Ids(signals);
}

TEST(SenderMismatchTest, KnownBrandMentioningAnotherBrandInText) {
  const auto signals = RunDetector(
      Sender(), Mail("From: eBay <ebay@ebay.com>\nTo: alice@example.org\nSubject: Your order\n",
                     "Your payment with PayPal was received.\n\nThe PayPal Team is not involved.\n"));
  EXPECT_FALSE(HasSignal(signals, "sender.brand_domain_mismatch")) << Ids(signals);
}

// ---- (b) mail-service voice ------------------------------------------------

TEST(SenderMismatchTest, MailServiceVoiceFromElsewhere) {
  struct Case {
    const char* subject;
    const char* body;
  } cases[] = {
      {"Mailbox storage full", "Your mailbox is full. Incoming messages are held.\n"},
      {"Boîte aux lettres pleine", "Votre boîte aux lettres a atteint son quota de stockage.\n"},
      {"Postfach voll", "Ihr Postfach ist voll. Neue Nachrichten werden zurückgehalten.\n"},
      {"Caixa de correio cheia", "Sua caixa de correio está cheia.\n"},
      {"Buzón lleno", "Su buzón de correo está lleno.\n"},
  };
  for (const Case& c : cases) {
    const auto signals = RunDetector(
        Sender(), Mail("From: Mail Server <notice@quota-alerts.example>\nTo: alice@example-corp.com\n"
                       "Subject: " + std::string(c.subject) + "\n",
                       c.body));
    const Signal* s = FindSignal(signals, "sender.mail_service_impersonation");
    ASSERT_NE(s, nullptr) << c.subject << ": " << Ids(signals);
    EXPECT_GE(s->weight, 15);
    EXPECT_EQ(EvidenceValue(*s, "recipient_domain"), "example-corp.com");
  }
}

TEST(SenderMismatchTest, MailServiceVoiceFromTheRecipientsDomain) {
  const auto signals = RunDetector(
      Sender(), Mail("From: IT <postmaster@example-corp.com>\nTo: alice@example-corp.com\n"
                     "Subject: Mailbox storage full\n",
                     "Your mailbox is full. Please archive old messages.\n"));
  EXPECT_TRUE(signals.empty()) << Ids(signals);
}

// ---- (c) display name ----------------------------------------------------

TEST(SenderMismatchTest, DisplayNameShowsAnotherAddress) {
  const auto signals = RunDetector(
      Sender(), Mail("From: \"support@paypal.com\" <x@evil.example>\nTo: alice@example.org\n", "x\n"));
  const Signal* s = FindSignal(signals, "sender.display_name_address");
  ASSERT_NE(s, nullptr) << Ids(signals);
  EXPECT_EQ(s->weight, 25);
  EXPECT_EQ(EvidenceValue(*s, "shown_address"), "support@paypal.com");
}

TEST(SenderMismatchTest, DisplayNameShowsAnotherDomain) {
  const auto signals = RunDetector(
      Sender(), Mail("From: \"amazon.de Kundenservice\" <info@kundenservice-de.example>\nTo: a@example.org\n",
                     "x\n"));
  const Signal* s = FindSignal(signals, "sender.display_name_address");
  ASSERT_NE(s, nullptr) << Ids(signals);
  EXPECT_EQ(EvidenceValue(*s, "shown_domain"), "amazon.de");
}

TEST(SenderMismatchTest, PublicationNamedLikeADomainIsOnlyCorroboration) {
  const auto signals = RunDetector(
      Sender(), Mail("From: \"Tech News.com Daily\" <daily@newsletter.publisher.example>\nTo: a@example.org\n",
                     "x\n"));
  EXPECT_TRUE(signals.empty()) << Ids(signals);
}

TEST(SenderMismatchTest, NameOpeningWithAnUnrelatedDomainIsAClaim) {
  for (const char* from : {"\"Stellar.org Team\" <no-reply@hermanos-example.com.co>",          // EN
                           "\"Shop.com Rewards\" <rewards@mailer-promo.example>",              // EN
                           "\"Booking.com Angebote\" <angebote@ferien-example.de>",            // DE
                           "\"impots.gouv.fr Remboursement\" <avis@service-example.fr>",       // FR
                           "\"Correios.com.br Rastreamento\" <aviso@entregas-example.com>"}) {  // PT
    const auto signals = RunDetector(Sender(), Mail("From: " + std::string(from) + "\nTo: a@example.org\n", "x\n"));
    const Signal* s = FindSignal(signals, "sender.display_name_address");
    ASSERT_NE(s, nullptr) << from << ": " << Ids(signals);
    EXPECT_EQ(s->weight, 15) << from;
    EXPECT_FALSE(EvidenceValue(*s, "shown_domain").empty());
  }
}

TEST(SenderMismatchTest, NameOpeningWithARelatedDomainOrViaAPlatform) {
  for (const char* from : {"\"Shop.de\" <noreply@shop-mail.de>",                  // the shop's own mail domain
                           "\"Amazon.de\" <versandbestaetigung@amazon.com>",      // the same brand
                           "\"Atelier.fr via Marketplace\" <seller@notify.market-example.com>",
                           "\"Gazette.com Daily\" <Online#3.2034.k8-x@newsletter.publisher-example.com>",
                           "\"Cartoons.com\" <2.20576.84-Rv8hL.1@mail4.parent-media.example>"}) {
    const auto signals = RunDetector(Sender(), Mail("From: " + std::string(from) + "\nTo: a@example.org\n", "x\n"));
    EXPECT_TRUE(signals.empty()) << from << ": " << Ids(signals);
  }
}

TEST(SenderMismatchTest, DisplayNameWithItsOwnDomainOrNoDomain) {
  for (const char* from : {"\"Booking.com\" <noreply@mailer.booking.com>", "\"Mr.Smith\" <smith@example.net>",
                           "\"J.R.R. Fan Club\" <club@example.net>", "\"Dr. Alice Martin\" <am@example.net>"}) {
    const auto signals =
        RunDetector(Sender(), Mail("From: " + std::string(from) + "\nTo: a@example.org\n", "x\n"));
    EXPECT_FALSE(HasSignal(signals, "sender.display_name_address")) << from << ": " << Ids(signals);
  }
}

TEST(SenderMismatchTest, DisplayNamePosesAsTheRecipientsOrganisation) {
  const auto signals = RunDetector(
      Sender(), Mail("From: \"example-corp.com Webmail Admin\" <admin@mailer-cloud.example>\n"
                     "To: alice@example-corp.com\n",
                     "x\n"));
  const Signal* s = FindSignal(signals, "sender.display_name_recipient_org");
  ASSERT_NE(s, nullptr) << Ids(signals);
  EXPECT_EQ(s->weight, 25);
  EXPECT_FALSE(HasSignal(signals, "sender.display_name_address")) << Ids(signals);

  const auto label = RunDetector(
      Sender(), Mail("From: \"Example-Corp IT Support\" <it@helpdesk-portal.example>\n"
                     "To: alice@example-corp.com\n",
                     "x\n"));
  EXPECT_TRUE(HasSignal(label, "sender.display_name_recipient_org")) << Ids(label);
}

// ---- (d) Reply-To ----------------------------------------------------------

TEST(SenderMismatchTest, ReplyToFreemail) {
  const auto signals = RunDetector(
      Sender(), Mail("From: Accounts <accounts@supplier.example>\nReply-To: supplier.accounts@outlook.com\n"
                     "To: alice@example.org\n",
                     "Please see the attached invoice.\n"));
  const Signal* s = FindSignal(signals, "sender.reply_to_mismatch");
  ASSERT_NE(s, nullptr) << Ids(signals);
  EXPECT_EQ(s->weight, 25);
}

TEST(SenderMismatchTest, ReplyToThatIsOrdinary) {
  const char* headers[] = {
      // back to the list the message was sent to
      "From: Bob <bob@example.net>\nReply-To: dev-list@lists.example.org\nTo: dev-list@lists.example.org\n",
      // same organisation
      "From: News <news@shop.example>\nReply-To: help@support.shop.example\nTo: a@example.org\n",
      // the reader's own organisation
      "From: Jira <jira@tracker.example>\nReply-To: bob@example-corp.com\nTo: alice@example-corp.com\n",
  };
  for (const char* h : headers) {
    const auto signals = RunDetector(Sender(), Mail(h, "x\n"));
    EXPECT_FALSE(HasSignal(signals, "sender.reply_to_mismatch")) << h << Ids(signals);
  }
}

TEST(SenderMismatchTest, ReplyToAnotherCompanyOnlyCorroborates) {
  const auto alone = RunDetector(
      Sender(), Mail("From: News <news@shop.example>\nReply-To: care@helpdesk-vendor.example\nTo: a@example.org\n",
                     "x\n"));
  EXPECT_TRUE(alone.empty()) << Ids(alone);
  const auto with_claim = RunDetector(
      Sender(), Mail("From: \"PayPal\" <news@shop.example>\nReply-To: care@helpdesk-vendor.example\n"
                     "To: a@example.org\n",
                     "x\n"));
  const Signal* s = FindSignal(with_claim, "sender.reply_to_mismatch");
  ASSERT_NE(s, nullptr) << Ids(with_claim);
  EXPECT_LE(s->weight, 10);
}

// Dropbox and Google Drive send a member's share as "Marta Ruiz (via
// Dropbox)" and put Marta's own address in Reply-To. Unauthenticated, or
// replying to someone the sender name does not name, it stays a diversion.
TEST(SenderMismatchTest, PlatformReplyingToTheMemberItNamesOnlyCorroborates) {
  const std::string auth =
      "Authentication-Results: mx.example.org; spf=pass smtp.mailfrom=email.dropbox.com; "
      "dkim=pass header.d=dropbox.com; dmarc=pass header.from=dropbox.com\n";
  const std::string share =
      "From: \"Marta Ruiz (via Dropbox)\" <no-reply@dropbox.com>\n"
      "Reply-To: Marta Ruiz <marta.ruiz.fotografia@gmail.com>\nTo: pablo@example.org\n";
  const auto relayed = RunDetector(Sender(), Mail(auth + share, "Marta te ha invitado a ver una carpeta.\n"));
  const Signal* s = FindSignal(relayed, "sender.reply_to_mismatch");
  if (s != nullptr) {
    EXPECT_LE(s->weight, 10) << Ids(relayed);  // corroborating only
  }

  const auto unauthenticated = RunDetector(Sender(), Mail(share, "Marta te ha invitado a ver una carpeta.\n"));
  s = FindSignal(unauthenticated, "sender.reply_to_mismatch");
  ASSERT_NE(s, nullptr) << Ids(unauthenticated);
  EXPECT_EQ(s->weight, 25);

  const auto other_person = RunDetector(
      Sender(), Mail(auth +
                         "From: \"Marta Ruiz (via Dropbox)\" <no-reply@dropbox.com>\n"
                         "Reply-To: Billing Department <billing.dept.refunds@gmail.com>\nTo: pablo@example.org\n",
                     "Marta te ha invitado a ver una carpeta.\n"));
  s = FindSignal(other_person, "sender.reply_to_mismatch");
  ASSERT_NE(s, nullptr) << Ids(other_person);
  EXPECT_EQ(s->weight, 25);
}

TEST(SenderMismatchTest, ListReflectingAPostIsNotADiversion) {
  // A list that rewrites From to itself puts the poster in Reply-To.
  const auto signals = RunDetector(
      Sender(), Mail("From: \"Bob via dev\" <dev@lists.example.org>\nReply-To: bob.dev@gmail.com\n"
                     "To: dev@lists.example.org\n",
                     "x\n"));
  EXPECT_TRUE(signals.empty()) << Ids(signals);
}

// ---- (e) envelope and Sender ----------------------------------------------

TEST(SenderMismatchTest, EnvelopeMismatchAloneIsSilent) {
  const auto signals = RunDetector(
      Sender(), Mail("Return-Path: <bounce-123@esp-bounces.example>\nSender: bounce@esp-bounces.example\n"
                     "From: Shop <news@shop.example>\nTo: a@example.org\n",
                     "Our new catalogue.\n"));
  EXPECT_TRUE(signals.empty()) << Ids(signals);
}

TEST(SenderMismatchTest, EnvelopeMismatchCorroborates) {
  Envelope env;
  env.mail_from = "x@bulk-sender.example";
  env.rcpt_to = {"alice@example.org"};
  const auto signals = RunDetector(
      Sender(), Mail("Return-Path: <ignored@shop.example>\nFrom: \"PayPal\" <service@pp-help.example>\n"
                     "To: alice@example.org\n",
                     "x\n"),
      env);
  const Signal* s = FindSignal(signals, "sender.envelope_mismatch");
  ASSERT_NE(s, nullptr) << Ids(signals);
  EXPECT_LE(s->weight, 5);
  EXPECT_EQ(EvidenceValue(*s, "envelope_from"), "x@bulk-sender.example");
}

// ---- (f) role name on freemail, several From --------------------------------

TEST(SenderMismatchTest, RoleNameOnFreemail) {
  for (const char* name : {"Webmail Support", "IT Helpdesk", "Administrator", "Service Desk",
                           "Support Technique", "Kundenservice", "Soporte", "Suporte"}) {
    const auto signals = RunDetector(
        Sender(), Mail("From: \"" + std::string(name) + "\" <desk.team2025@gmail.com>\nTo: a@example.org\n",
                       "x\n"));
    const Signal* s = FindSignal(signals, "sender.role_name_freemail");
    ASSERT_NE(s, nullptr) << name << ": " << Ids(signals);
    EXPECT_EQ(s->weight, 20);
  }
}

TEST(SenderMismatchTest, PersonOnFreemailIsFine) {
  const auto signals = RunDetector(
      Sender(), Mail("From: \"Alice Martin\" <alice.martin@gmail.com>\nTo: bob@example.org\n", "x\n"));
  EXPECT_TRUE(signals.empty()) << Ids(signals);
}

TEST(SenderMismatchTest, SeveralFromAddresses) {
  const auto signals = RunDetector(
      Sender(), Mail("From: a@one.example, b@two.example\nTo: c@example.org\n", "x\n"));
  EXPECT_TRUE(HasSignal(signals, "sender.multiple_from")) << Ids(signals);
}

TEST(SenderMismatchTest, BrandAsADomainlessAddress) {
  const auto signals = RunDetector(
      Sender(), Mail("From: <DHL>\nTo: luc@exemple.fr\nSubject: Votre colis est en attente\n",
                     "Bonjour, votre colis n'a pas pu être livré.\n"));
  const Signal* s = FindSignal(signals, "sender.brand_domain_mismatch");
  ASSERT_NE(s, nullptr) << Ids(signals);
  EXPECT_EQ(EvidenceValue(*s, "from_domain"), "(none)");
  EXPECT_NE(s->explanation_en.find("without any domain"), std::string::npos) << s->explanation_en;
}

TEST(SenderMismatchTest, BrandWordBeforeTheRealAddress) {
  // "From: DHL, <x@...>" parses as a domainless "DHL" and the real address.
  const auto signals = RunDetector(
      Sender(), Mail("From: DHL, <info@parcel-notice.example>\nTo: luc@exemple.fr\nSubject: Livraison\n",
                     "Bonjour, votre colis est en attente.\n"));
  const Signal* s = FindSignal(signals, "sender.brand_domain_mismatch");
  ASSERT_NE(s, nullptr) << Ids(signals);
  EXPECT_EQ(EvidenceValue(*s, "from_domain"), "parcel-notice.example");
}

TEST(SenderMismatchTest, TrademarkSignGluedToTheBrand) {
  const auto signals = RunDetector(
      Sender(), Mail("From: \"McAfee\u2122 Support\" <renew@protect-renewal.example>\nTo: a@example.org\n"
                     "Subject: Ihr Schutz ist abgelaufen\n",
                     "Ihr Abonnement ist abgelaufen.\n"));
  const Signal* s = FindSignal(signals, "sender.brand_domain_mismatch");
  ASSERT_NE(s, nullptr) << Ids(signals);
  EXPECT_EQ(EvidenceValue(*s, "brand"), "McAfee");
}

TEST(SenderMismatchTest, MissingFromDoesNotCrash) {
  const auto signals = RunDetector(Sender(), Mail("To: c@example.org\nSubject: PayPal\n", "x\n"));
  EXPECT_FALSE(HasSignal(signals, "sender.brand_domain_mismatch"));
}

TEST(SenderMismatchTest, NameCutOffByACommaIsNotSeveralSenders) {
  const auto signals = RunDetector(
      Sender(), Mail("From: Temu, <service@stayfriends.de>\nTo: jan@example.de\nSubject: Ihr Geschenk\n", "x\n"));
  EXPECT_FALSE(HasSignal(signals, "sender.multiple_from")) << Ids(signals);
  const Signal* s = FindSignal(signals, "sender.brand_domain_mismatch");
  ASSERT_NE(s, nullptr) << Ids(signals);
  EXPECT_EQ(EvidenceValue(*s, "brand"), "Temu");
}

TEST(SenderMismatchTest, ModernImpersonatedBrandsInTheSenderName) {
  struct Case {
    const char* from;
    const char* brand;
  };
  for (const Case& c : {Case{"\"Tesla\" <tesla@dollheart.net>", "Tesla"},
                        Case{"\"LOUIS VUITTON\" <info@random.group>", "Louis Vuitton"},
                        Case{"Bitget Airdrop <autonotification@sarasalonsoft.nl>", "Bitget"},
                        Case{"\"CVS Team\" <info@zhishangmingzhan.com>", "CVS"},
                        Case{"Ripple <xrp@dmi-ida.org>", "Ripple"},
                        Case{"PepeBinance <pepe2@o1su91b.onmicrosoft.com>", "Binance"},
                        Case{"MidnightNetwork <midnight@hosting-bindu.example>", "Midnight Network"},
                        Case{"\"FTXTeam.\" <qplvww@obus.example>", "FTX"},
                        Case{"DeBank <kappa@uminchu.example>", "DeBank"},
                        Case{"Decrypt-Media <info@pianos-kalay.example>", "Decrypt Media"},
                        Case{"Arbitrum <support@dreamhost.com>", "Arbitrum"},
                        Case{"KaratDAO <marketing@shipping-makmur.example>", "KaratDAO"},
                        Case{"Bisq <team@bulletin-news.example>", "Bisq"},
                        Case{"Atendimento Serasa <contato@limpa-nome.com.br>", "Serasa"},
                        Case{"Service client Carrefour <info@promo-client.fr>", "Carrefour"}}) {
    const auto signals = RunDetector(
        Sender(), Mail(std::string("From: ") + c.from + "\nTo: ana@example.org\nSubject: Hello\n", "x\n"));
    const Signal* s = FindSignal(signals, "sender.brand_domain_mismatch");
    ASSERT_NE(s, nullptr) << c.from << ": " << Ids(signals);
    EXPECT_EQ(EvidenceValue(*s, "brand"), c.brand) << c.from;
    EXPECT_GE(s->weight, 30) << c.from;
  }
}

TEST(SenderMismatchTest, ModernBrandsWritingFromTheirOwnDomains) {
  for (const char* from : {"Lidl <newsletter@mailing.lidl.de>", "Walgreens <walgreens@em.walgreens.com>",
                           "Tesla <no-reply@tesla.com>", "The Home Depot <HomeDepot@order.homedepot.com>",
                           "KLM Royal Dutch Airlines <noreply@klm.com>", "ADAC e.V. <newsletter@adac.de>",
                           "Shopee <info@mail.shopee.com.br>", "Detran SP <noreply@detran.sp.gov.br>",
                           "Medicare <medicare@subscriptions.cms.hhs.gov>", "Uniswap Labs <hello@uniswap.org>",
                           "Decrypt <newsletter@decrypt.co>", "Arbitrum Foundation <news@arbitrum.foundation>",
                           "DeBank <hello@debank.com>", "Bisq <contact@bisq.network>",
                           "Midnight Network <news@midnight.network>", "FTX Team <support@ftx.com>",
                           "\"Lowe's\" <Lowes@e.lowes.com>", "Albert Heijn <nieuwsbrief@mail.ah.nl>"}) {
    const auto signals = RunDetector(
        Sender(), Mail(std::string("From: ") + from + "\nTo: ana@example.org\nSubject: Your order\n", "x\n"));
    EXPECT_FALSE(HasSignal(signals, "sender.brand_domain_mismatch")) << from << ": " << Ids(signals);
  }
}

// ---- public bodies and banks across the languages ----------------------------

struct Notice {
  const char* from;
  const char* subject;
  const char* body;
  const char* brand;
};

// Forged notices as the lures write them; each names its organisation in the
// sender name or in a subject addressed to the reader.
constexpr Notice kForgedNotices[] = {
    {"URSSAF <recouvrement@urssaf-regularisation.example>", "Régularisation de vos cotisations",
     "Madame, Monsieur,\nun solde de 412,00 EUR reste dû. Réglez-le avant le 30 pour éviter une majoration.\n",
     "URSSAF"},
    {"ARD ZDF Beitragsservice <info@beitrag-zahlung.example>", "Zahlungserinnerung",
     "Guten Tag,\nIhr Rundfunkbeitrag konnte nicht abgebucht werden. Bitte aktualisieren Sie Ihre Bankdaten.\n",
     "ARD ZDF Beitragsservice"},
    {"Segurança Social Direta <avisos@seg-reembolso.example>", "Reembolso pendente",
     "Caro contribuinte,\ntem um reembolso de 286,40 EUR. Confirme o seu IBAN para o receber.\n", "Segurança Social"},
    {"DGT <notificaciones@multas-trafico.example>", "Su multa de tráfico pendiente de pago",
     "Estimado conductor,\nsu vehículo ha sido sancionado. Pague antes de 48 horas para evitar recargos.\n", "DGT"},
    {"Agenzia delle Entrate-Riscossione <avvisi@cartelle-pagamento.example>", "Avviso di pagamento",
     "Gentile contribuente,\nrisulta una cartella non pagata. Regolarizzi la sua posizione entro 5 giorni.\n",
     "Agenzia delle Entrate"},
    {"RDW <service@kenteken-controle.example>", "Uw APK-herinnering",
     "Beste klant,\nuw voertuig staat geregistreerd zonder geldige keuring. Betaal de boete via de link.\n", "RDW"},
    {"Bank Austria <sicherheit@konto-freigabe.example>", "Ihr Konto wurde eingeschränkt",
     "Sehr geehrter Kunde,\nbitte bestätigen Sie Ihre Identität, um Ihr Konto wieder freizugeben.\n",
     "Bank Austria"},
    {"Westpac <alerts@westpac-verify.example>", "Your account has been suspended",
     "Dear customer,\nwe detected unusual sign-in activity. Verify your details today.\n", "Westpac"},
};

TEST(SenderMismatchTest, ForgedPublicBodyAndBankNoticesInSeveralLanguages) {
  for (const Notice& n : kForgedNotices) {
    const auto signals = RunDetector(
        Sender(), Mail(std::string("From: ") + n.from + "\nTo: ana@example.org\nSubject: " + n.subject + "\n", n.body));
    const Signal* s = FindSignal(signals, "sender.brand_domain_mismatch");
    ASSERT_NE(s, nullptr) << n.from << ": " << Ids(signals);
    EXPECT_EQ(EvidenceValue(*s, "brand"), n.brand) << n.from;
    EXPECT_GE(s->weight, 30) << n.from;
    EXPECT_NE(s->explanation_fr.find(n.brand), std::string::npos) << s->explanation_fr;
  }
}

TEST(SenderMismatchTest, ThoseOrganisationsWritingFromTheirOwnDomains) {
  for (const char* from :
       {"URSSAF <ne-pas-repondre@info.urssaf.fr>", "ARD ZDF Beitragsservice <service@rundfunkbeitrag.de>",
        "Segurança Social <noreply@seg-social.pt>", "DGT <notificaciones@dgt.es>",
        "Agenzia delle Entrate-Riscossione <noreply@agenziaentrateriscossione.gov.it>", "RDW <noreply@rdw.nl>",
        "Bank Austria <service@bankaustria.at>", "Westpac <alerts@westpac.com.au>",
        "DVLA <noreply@notifications.service.gov.uk>", "HM Revenue and Customs <noreply@tax.service.gov.uk>",
        "Raiffeisenbank <info@raiffeisen.at>", "Royal Bank of Scotland <info@rbs.co.uk>",
        "Correos Express <envios@correosexpress.com>"}) {
    const auto signals = RunDetector(
        Sender(), Mail(std::string("From: ") + from + "\nTo: ana@example.org\nSubject: Your account notice\n",
                       "Hello,\nyour statement is available.\n"));
    EXPECT_FALSE(HasSignal(signals, "sender.brand_domain_mismatch")) << from << ": " << Ids(signals);
  }
}

// Modern legitimate mail names banks, carriers, payment methods and public
// bodies in passing: none of that is a claim to be them.
TEST(SenderMismatchTest, BrandsNamedInPassingByModernLegitimateMail) {
  struct Case {
    const char* headers;
    const char* body;
  };
  for (const Case& c : {
           Case{"From: La Boutique du Thé <news@boutique-the.example>\nSubject: Nouveautés de l'hiver\n",
                "Livraison en point relais Mondial Relay ou Colis Privé. Payez avec Paylib ou par carte.\n"},
           Case{"From: Fahrradladen Huber <info@fahrrad-huber.example>\nSubject: Neue Modelle 2025\n",
                "Sammeln Sie PAYBACK Punkte, zahlen Sie mit Klarna. Versand mit DHL oder Hermes.\n"},
           Case{"From: Loja Verde <ola@loja-verde.example>\nSubject: Novidades da semana\n",
                "Pague com MB WAY ou Multibanco. Entregas pelos CTT em 48 horas.\n"},
           Case{"From: Fietsenwinkel <nieuws@fietsen.example>\nSubject: Onze voorjaarsactie\n",
                "Betaal met Bancontact of iDEAL. Wij versturen met PostNL en bpost.\n"},
           Case{"From: Ledger & Co Accountants <news@ledger-accountants.example>\n"
                "Subject: What the new URSSAF and HMRC rules mean in 2025\n",
                "Our advisers explain the changes to Making Tax Digital and to URSSAF contributions.\n"},
           Case{"From: Marie Desjardins <marie.desjardins@example.org>\nSubject: Photos du week-end\n",
                "Salut !\nVoici les photos. On s'est bien amusés chez Hema et Coles.\n"},
           Case{"From: Hema Patel <hema.patel@example.org>\nSubject: Lunch on Friday?\n",
                "Hi,\nshall we meet near the Boots pharmacy at noon?\n"}}) {
    const auto signals = RunDetector(Sender(), Mail(std::string(c.headers) + "To: ana@example.org\n", c.body));
    EXPECT_FALSE(HasSignal(signals, "sender.brand_domain_mismatch")) << c.headers << Ids(signals);
    EXPECT_LE(MaxWeight(signals), 6) << c.headers << Ids(signals);
  }
}

}  // namespace
}  // namespace phishscan

namespace phishscan {
namespace {

// A shop that proves its own domain and names the carrier in the subject is
// not claiming to be the carrier; the same subject from an unauthenticated
// sender keeps its weight.
TEST(SenderMismatchTest, AuthenticatedThirdPartyNamingABrandInTheSubject) {
  const std::string headers =
      "From: Buchhandlung Beispiel <service@buchhandlung-beispiel.de>\nTo: lena@gmx.de\n"
      "Subject: Ihre Bestellung ist mit DHL unterwegs\n";
  const std::string body = "Ihre Bestellung hat unser Lager verlassen.\n";
  const Signal* plain = nullptr;
  std::vector<Signal> unauthenticated = RunDetector(Sender(), Mail(headers, body));
  plain = FindSignal(unauthenticated, "sender.brand_domain_mismatch");
  ASSERT_NE(plain, nullptr);
  EXPECT_EQ(plain->weight, 25);

  std::vector<Signal> authenticated = RunDetector(
      Sender(), Mail("Authentication-Results: mx.gmx.net; dkim=pass header.d=buchhandlung-beispiel.de; "
                     "dmarc=pass header.from=buchhandlung-beispiel.de\n" + headers, body));
  const Signal* noted = FindSignal(authenticated, "sender.brand_domain_mismatch");
  ASSERT_NE(noted, nullptr);
  EXPECT_EQ(noted->weight, 6);  // named further on: a note, not a strong sign

  // Opening the subject, the brand speaks: "DHL: ..." from a signed stranger.
  std::vector<Signal> opening = RunDetector(
      Sender(), Mail("Authentication-Results: mx.gmx.net; dkim=pass header.d=buchhandlung-beispiel.de; "
                     "dmarc=pass header.from=buchhandlung-beispiel.de\n"
                     "From: Buchhandlung Beispiel <service@buchhandlung-beispiel.de>\nTo: lena@gmx.de\n"
                     "Subject: DHL: Ihre Sendung wartet auf Zollgebühren\n", body));
  const Signal* speaking = FindSignal(opening, "sender.brand_domain_mismatch");
  ASSERT_NE(speaking, nullptr);
  EXPECT_EQ(speaking->weight, 12);

  // A brand in the sender name is a claim whoever signs the mail.
  std::vector<Signal> named = RunDetector(
      Sender(), Mail("Authentication-Results: mx.gmx.net; dmarc=pass header.from=paket-info.example.com\n"
                     "From: DHL Paket <info@paket-info.example.com>\nTo: lena@gmx.de\nSubject: Zustellung\n", body));
  const Signal* claim = FindSignal(named, "sender.brand_domain_mismatch");
  ASSERT_NE(claim, nullptr);
  EXPECT_GE(claim->weight, 30);
}

}  // namespace
}  // namespace phishscan
