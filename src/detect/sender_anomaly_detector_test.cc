#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "detect/detector.h"
#include "detect/detector_test_support.h"

namespace phishscan {
namespace {

using testing::EvidenceValue;
using testing::ExpectExplained;
using testing::FindSignal;
using testing::HasSignal;
using testing::Ids;
using testing::Mail;
using testing::RunDetector;

const Detector& Anomaly() {
  static const std::unique_ptr<Detector> d = MakeSenderAnomalyDetector();
  return *d;
}

// ---- brand written with look-alike characters ---------------------------

TEST(SenderAnomalyTest, BrandSpelledWithLookAlikes) {
  struct Case {
    const char* name;
    const char* brand;
  };
  for (const Case& c : {Case{"Meta\xD0\x9C" "ask", "MetaMask"},            // Cyrillic М
                        Case{"Iedger Support", "Ledger"},                   // capital i for l
                        Case{"Micr0soft Billing", "Microsoft"},             // zero for o
                        Case{"Coin\xE2\x80\x8B" "base", "Coinbase"},        // zero-width space inside
                        Case{"X\xF3\xA0\x84\xB9" "finity", "Xfinity"},    // variation selector inside
                        Case{"Trust WaIIet", "Trust Wallet"}}) {           // capital i for l, two words
    const auto signals = RunDetector(
        Anomaly(), Mail(std::string("From: \"") + c.name + "\" <notice@shop-mailer.example>\nTo: bob@example.org\n"));
    const Signal* s = FindSignal(signals, "sender.disguised_brand_name");
    ASSERT_NE(s, nullptr) << c.name << ": " << Ids(signals);
    EXPECT_EQ(EvidenceValue(*s, "brand"), c.brand);
    EXPECT_GE(s->weight, 30);
    EXPECT_EQ(s->sign, Sign::kSenderMismatch);
    ExpectExplained(*s);
  }
}

TEST(SenderAnomalyTest, BrandSpeltApart) {
  struct Case {
    const char* name;
    const char* brand;
  };
  for (const Case& c : {Case{"C o i n b a s e", "Coinbase"},                       // letter by letter
                        Case{"Pay.Pal.", "PayPal"},                                 // a dot inside
                        Case{"Mercado_Pago Ofertas", "Mercado Pago"},              // underscore for a space
                        Case{"N.E.T.F.L.I.X Kundenservice", "Netflix"},            // DE
                        Case{"Co\xCC\xB7rreio\xCC\xB7s", "Correios"}}) {        // strike-through overlays (PT)
    const auto signals = RunDetector(
        Anomaly(), Mail(std::string("From: \"") + c.name + "\" <notice@shop-mailer.example>\nTo: bob@example.org\n"));
    const Signal* s = FindSignal(signals, "sender.disguised_brand_name");
    ASSERT_NE(s, nullptr) << c.name << ": " << Ids(signals);
    EXPECT_EQ(EvidenceValue(*s, "brand"), c.brand) << c.name;
    EXPECT_EQ(s->sign, Sign::kSenderMismatch);
    ExpectExplained(*s);
  }
}

TEST(SenderAnomalyTest, NamesWithInitialsOrDomainsAreNotSpeltApart) {
  for (const char* from : {"\"Booking.com\" <noreply@booking.com>", "\"Booking.com\" <reservations@hotel-lyon.example>",
                           "\"Amazon.de\" <versandbestaetigung@amazon.de>", "\"U.S. Bank\" <alerts@usbank.com>",
                           "\"A.I. Weekly\" <news@aiweekly.example>", "\"PayPal via Shopify\" <mailer@shopify.com>",
                           "\"Netflix\" <info@mailer.netflix.com>", "\"Jean-Luc D'Arcy\" <jl@example.fr>"}) {
    const auto signals = RunDetector(Anomaly(), Mail(std::string("From: ") + from + "\nTo: bob@example.org\n"));
    EXPECT_FALSE(HasSignal(signals, "sender.disguised_brand_name")) << from << ": " << Ids(signals);
  }
}

TEST(SenderAnomalyTest, PlainNamesAreNotDisguises) {
  for (const char* from : {"Microsoft <account-security-noreply@accountprotection.microsoft.com>",
                           "\"Ledger\" <hello@ledger.com>", "Ledger Support <x@shop-mailer.example>",
                           "\"\xD0\x9C\xD0\xB8\xD1\x85\xD0\xB0\xD0\xB8\xD0\xBB \xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xBE\xD0\xB2\" "
                           "<m.ivanov@example.ru>",                      // Михаил Иванов
                           "\"\xCE\x99\xCF\x89\xCE\xAC\xCE\xBD\xCE\xBD\xCE\xB7\xCF\x82\" <g@example.gr>",  // Ιωάννης
                           "\"Fran\xC3\xA7ois M\xC3\xBCller\" <fm@example.fr>", "Ines Ilona <ii@example.de>",
                           "\"Persil \xE2\x80\x93 Umfrage\" <umfrage@mailer.example>",
                           "\"TruGreen\xE2\x80\x93 Lawn Care\" <x@lawn-offers.example>"}) {
    const auto signals = RunDetector(Anomaly(), Mail(std::string("From: ") + from + "\nTo: bob@example.org\n"));
    EXPECT_FALSE(HasSignal(signals, "sender.disguised_brand_name")) << from << ": " << Ids(signals);
  }
}

TEST(SenderAnomalyTest, LookAlikeBrandFromItsOwnDomainIsNotReported) {
  const auto signals = RunDetector(
      Anomaly(), Mail("From: \"Micr0soft\" <news@microsoft.com>\nTo: bob@example.org\n"));
  EXPECT_FALSE(HasSignal(signals, "sender.disguised_brand_name")) << Ids(signals);
}

// ---- the reader's address shown -----------------------------------------

TEST(SenderAnomalyTest, RecipientAddressInSubjectInSeveralLanguages) {
  for (const char* subject : {"alice.martin@example.org, your reward is waiting",
                              "Hallo alice.martin@example.org: Sie wurden ausgew\xC3\xA4hlt!",
                              "alice.martin@example.org ! Vous avez gagn\xC3\xA9 une bo\xC3\xAEte myst\xC3\xA8re",
                              "Importante para alice.martin@example.org"}) {
    const auto signals = RunDetector(
        Anomaly(), Mail(std::string("From: Rewards <promo@offers.example>\nTo: alice.martin@example.org\nSubject: ") +
                        subject + "\n"));
    const Signal* s = FindSignal(signals, "sender.recipient_address_shown");
    ASSERT_NE(s, nullptr) << subject << ": " << Ids(signals);
    EXPECT_EQ(s->sign, Sign::kGenericWording);
    EXPECT_EQ(EvidenceValue(*s, "recipient"), "alice.martin@example.org");
    ExpectExplained(*s);
  }
}

TEST(SenderAnomalyTest, RecipientAddressAsSenderName) {
  const auto signals = RunDetector(
      Anomaly(), Mail("From: \"alice@example.org\" <x7@bulk.example>\nTo: alice@example.org\nSubject: Hi\n"));
  const Signal* s = FindSignal(signals, "sender.recipient_address_shown");
  ASSERT_NE(s, nullptr) << Ids(signals);
  EXPECT_NE(EvidenceValue(*s, "display_name"), "");
}

TEST(SenderAnomalyTest, AddressInSubjectThatIsNotTheReaders) {
  for (const char* subject : {"alice@example.org.evil.example", "Re: bob-alice@example.org",
                              "Your alice@example.org-2 export", "Weekly digest"}) {
    const auto signals = RunDetector(
        Anomaly(), Mail(std::string("From: Digest <d@news.example>\nTo: alice@example.org\nSubject: ") + subject + "\n"));
    EXPECT_FALSE(HasSignal(signals, "sender.recipient_address_shown")) << subject << ": " << Ids(signals);
  }
}

TEST(SenderAnomalyTest, ListsAndAuthenticatedServicesMayNameTheAddress) {
  const auto list = RunDetector(
      Anomaly(), Mail("From: Someone <s@example.net>\nTo: rpm-list@lists.example.net\n"
                      "List-Id: <rpm-list.lists.example.net>\nSubject: Re: rpm-list@lists.example.net moved\n"));
  EXPECT_FALSE(HasSignal(list, "sender.recipient_address_shown")) << Ids(list);
  const auto google = RunDetector(
      Anomaly(), Mail("Authentication-Results: mx.example.org; spf=pass smtp.mailfrom=accounts.google.com; "
                      "dkim=pass header.d=accounts.google.com; dmarc=pass header.from=accounts.google.com\n"
                      "From: Google <no-reply@accounts.google.com>\nTo: alice@example.org\n"
                      "Subject: Security alert for alice@example.org\n"));
  EXPECT_FALSE(HasSignal(google, "sender.recipient_address_shown")) << Ids(google);
  const auto saas = RunDetector(
      Anomaly(), Mail("Authentication-Results: mx.example.org; dkim=pass header.d=notify.tinysaas.io; "
                      "dmarc=pass header.from=tinysaas.io\n"
                      "From: TinySaaS <notify@tinysaas.io>\nTo: alice@example.org\n"
                      "Subject: Confirm your e-mail address alice@example.org\n"));
  EXPECT_FALSE(HasSignal(saas, "sender.recipient_address_shown")) << Ids(saas);
}

// ---- emoji, persona, lure ------------------------------------------------

TEST(SenderAnomalyTest, EmojiInSenderName) {
  const auto signals = RunDetector(
      Anomaly(), Mail("From: \"\xF0\x9F\x8E\xB0 Bonus Casino\" <lina_7@offers.example>\nTo: bob@example.org\n"));
  const Signal* s = FindSignal(signals, "sender.emoji_name");
  ASSERT_NE(s, nullptr) << Ids(signals);
  EXPECT_LE(s->weight, 8);
  ExpectExplained(*s);
  for (const char* from : {"\"Zo\xC3\xAB M\xC3\xBCller\" <zoe@example.de>", "Caf\xC3\xA9 du Port <cafe@example.fr>",
                           "\"ACME\xE2\x84\xA2 Support\" <help@acme.example>"}) {
    const auto none = RunDetector(Anomaly(), Mail(std::string("From: ") + from + "\nTo: bob@example.org\n"));
    EXPECT_FALSE(HasSignal(none, "sender.emoji_name")) << from << ": " << Ids(none);
  }
}

TEST(SenderAnomalyTest, TitledPersonaOnFreemailOrToHiddenRecipients) {
  const auto free = RunDetector(
      Anomaly(), Mail("From: \"Mrs. Mary Louis\" <marylouis332@gmail.com>\nTo: bob@example.org\n"));
  const Signal* s = FindSignal(free, "sender.titled_persona");
  ASSERT_NE(s, nullptr) << Ids(free);
  EXPECT_EQ(EvidenceValue(*s, "freemail"), "gmail.com");
  ExpectExplained(*s);
  const auto hidden = RunDetector(
      Anomaly(), Mail("From: Barrister Okafor <legal@chambers.example>\nTo: undisclosed-recipients:;\n"));
  EXPECT_TRUE(HasSignal(hidden, "sender.titled_persona")) << Ids(hidden);
}

TEST(SenderAnomalyTest, TitledPeopleWritingToYouAreFine) {
  for (const char* headers : {"From: \"Dr. Alice Martin\" <a.martin@hospital.example>\nTo: bob@example.org\n",
                              "From: \"Drew Carter\" <drew.carter@gmail.com>\nTo: bob@example.org\n",
                              "From: \"Mr. FoRK\" <fork_list@hotmail.com>\nTo: fork@xent.example\n"
                              "List-Id: <fork.xent.example>\n"}) {
    const auto signals = RunDetector(Anomaly(), Mail(headers));
    EXPECT_FALSE(HasSignal(signals, "sender.titled_persona")) << headers << Ids(signals);
  }
}

TEST(SenderAnomalyTest, LureAsSenderName) {
  for (const char* name : {"Herzlichen Gl\xC3\xBC" "ckwunsch!", "Today's Winner", "F\xC3\xA9licitations",
                           "Erfolgreich!", "Exklusive Chance auf einen \xC2\xA3" "500 Gutschein",
                           "$300 Visa Gift Card Promotion", "Bon d'achat de 250 \xE2\x82\xAC", "Premio 3999$"}) {
    const auto signals = RunDetector(
        Anomaly(), Mail(std::string("From: \"") + name + "\" <service@mailer.example>\nTo: bob@example.org\n"));
    const Signal* s = FindSignal(signals, "sender.lure_name");
    ASSERT_NE(s, nullptr) << name << ": " << Ids(signals);
    EXPECT_EQ(s->sign, Sign::kFraudLure);
    ExpectExplained(*s);
  }
  for (const char* from : {"Yahoo! <member-services@yahoo.com>", "Winnie Cooper <winnie@example.org>",
                           "Prizeman Consulting <info@prizeman.example>", "Lucky Brand <email@luckybrand.com>",
                           "Winners <winners@email.winners.ca>", "Lidl Plus <news@lidl.de>",
                           "Team 365 <hello@team365.example>", "Bureau 2025 <info@bureau.example>"}) {
    const auto none = RunDetector(Anomaly(), Mail(std::string("From: ") + from + "\nTo: bob@example.org\n"));
    EXPECT_FALSE(HasSignal(none, "sender.lure_name")) << from << ": " << Ids(none);
  }
}

TEST(SenderAnomalyTest, SenderOnACheapBulkTopLevelDomain) {
  const auto signals = RunDetector(
      Anomaly(), Mail("From: Harbor Freight <NEW_OFFRE_1_7444@b3ila3.aboutline.beauty>\nTo: bob@example.org\n"));
  const Signal* s = FindSignal(signals, "sender.suspicious_tld");
  ASSERT_NE(s, nullptr) << Ids(signals);
  EXPECT_EQ(EvidenceValue(*s, "tld"), "beauty");
  EXPECT_LE(s->weight, 8);
  ExpectExplained(*s);
  const auto ordinary = RunDetector(Anomaly(), Mail("From: Shop <orders@boutique.fr>\nTo: bob@example.org\n"));
  EXPECT_FALSE(HasSignal(ordinary, "sender.suspicious_tld")) << Ids(ordinary);
}

// ---- self-addressed ------------------------------------------------------

TEST(SenderAnomalyTest, AddressedToItsOwnSender) {
  const auto signals = RunDetector(
      Anomaly(), Mail("From: \"Jonathan Okons\" <test@bulk.example>\nTo: test@bulk.example\nSubject: PLEASE GET BACK\n"));
  const Signal* s = FindSignal(signals, "sender.self_addressed");
  ASSERT_NE(s, nullptr) << Ids(signals);
  EXPECT_LE(s->weight, 10);
  ExpectExplained(*s);
}

TEST(SenderAnomalyTest, ForgedFromTheReaderWithAnEnvelope) {
  Envelope envelope;
  envelope.rcpt_to = {"bob@example.org"};
  const auto signals = RunDetector(
      Anomaly(), Mail("From: bob@example.org\nTo: bob@example.org\nSubject: I know your password\n"), envelope);
  const Signal* s = FindSignal(signals, "sender.self_addressed");
  ASSERT_NE(s, nullptr) << Ids(signals);
  EXPECT_GE(s->weight, 15);
  EXPECT_NE(s->explanation_en.find("your own address"), std::string::npos) << s->explanation_en;
}

TEST(SenderAnomalyTest, SelfAddressedListsAndAuthenticatedMailAreFine) {
  const auto list = RunDetector(
      Anomaly(), Mail("From: Ron via USRP-users <usrp-users@lists.example.com>\nTo: usrp-users@lists.example.com\n"
                      "List-Id: <usrp-users.lists.example.com>\n"));
  EXPECT_FALSE(HasSignal(list, "sender.self_addressed")) << Ids(list);
  const auto note = RunDetector(
      Anomaly(), Mail("Authentication-Results: mx.example.org; dkim=pass header.d=example.org; "
                      "dmarc=pass header.from=example.org\nFrom: bob@example.org\nTo: bob@example.org\n"
                      "Subject: note to self\n"));
  EXPECT_FALSE(HasSignal(note, "sender.self_addressed")) << Ids(note);
}

// ---- modern legitimate mail ----------------------------------------------

TEST(SenderAnomalyTest, ModernLegitimateSendersRaiseNothing) {
  for (const char* headers :
       {"From: \"The Morning Brew\" <crew@morningbrew.com>\nTo: alice@example.org\nSubject: Tuesday's brew\n"
        "List-Unsubscribe: <https://morningbrew.com/u>\n",
        "From: Amazon.fr <confirmation-commande@amazon.fr>\nTo: alice@example.org\nSubject: Votre commande\n",
        "From: GitHub <notifications@github.com>\nTo: alice@example.org\nSubject: [org/repo] Fix build (#12)\n",
        "From: \"DHL Paket\" <noreply@dhl.de>\nTo: alice@example.org\nSubject: Ihre Sendung kommt heute\n",
        "From: \"Alice via Google Docs\" <drive-shares-dm-noreply@google.com>\nTo: bob@example.org\n"
        "Subject: Document shared with you\n",
        "From: \"Banco Ita\xC3\xBA\" <comunicado@itau.com.br>\nTo: ana@example.com.br\nSubject: Sua fatura chegou\n",
        "From: \"Shop\" <store+1234@t.shopifyemail.com>\nTo: alice@example.org\nSubject: Order #1001 confirmed\n"}) {
    const auto signals = RunDetector(Anomaly(), Mail(headers));
    EXPECT_TRUE(signals.empty()) << headers << Ids(signals);
  }
}

TEST(SenderAnomalyTest, HostileSenderNamesAreBounded) {
  std::string name(200000, 'A');
  for (std::size_t i = 0; i < name.size(); i += 7) name[i] = '!';
  std::string invisible;
  for (int i = 0; i < 20000; ++i) invisible += "\xF3\xA0\x84\xB9";
  for (const std::string& n : {name, invisible, std::string("\xFF\xFE\xC3", 3)}) {
    const auto signals =
        RunDetector(Anomaly(), Mail("From: \"" + n + "\" <x@bulk.example>\nTo: bob@example.org\nSubject: " + n + "\n"));
    for (const Signal& s : signals) EXPECT_LE(s.explanation_en.size(), 2000u) << s.id;
  }
}

}  // namespace
}  // namespace phishscan
