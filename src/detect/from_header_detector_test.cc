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

const Detector& FromHeader() {
  static const std::unique_ptr<Detector> d = MakeFromHeaderDetector();
  return *d;
}

// ---- malformed From ------------------------------------------------------

TEST(FromHeaderTest, FromWithoutTopLevelDomain) {
  for (const char* from : {"Correios <aviso830854@correios>", "AAA <support@aaa>",
                           "\"Mr. Fred\" <correo@protege.cll>", "Lowe's <crew@morningbrew>"}) {
    const auto signals = RunDetector(FromHeader(), Mail(std::string("From: ") + from + "\nTo: ana@example.com.br\n"));
    const Signal* s = FindSignal(signals, "sender.malformed_from");
    ASSERT_NE(s, nullptr) << from << ": " << Ids(signals);
    EXPECT_EQ(EvidenceValue(*s, "problem"), "no top-level domain") << from;
    EXPECT_EQ(s->sign, Sign::kStructure);
    ExpectExplained(*s);
  }
}

TEST(FromHeaderTest, FromWithoutDomainOrAddress) {
  for (const char* from : {"\"Facebook\" <>", "<AVln7mz.com>", "Aviso <61700@%detran.com.br>", "Rachid Ramiro"}) {
    const auto signals = RunDetector(FromHeader(), Mail(std::string("From: ") + from + "\nTo: bob@example.org\n"));
    EXPECT_TRUE(HasSignal(signals, "sender.malformed_from")) << from << ": " << Ids(signals);
  }
}

TEST(FromHeaderTest, RecipientsOwnLocalAddressIsNotMalformed) {
  const auto signals =
      RunDetector(FromHeader(), Mail("From: Ops <ops@intranet>\nTo: ops@intranet\nSubject: Cron report\n"));
  EXPECT_FALSE(HasSignal(signals, "sender.malformed_from")) << Ids(signals);
}

TEST(FromHeaderTest, NameCutOffByAComma) {
  const auto signals = RunDetector(
      FromHeader(), Mail("From: Nachricht von Lidl, <service@stayfriends.de>\nTo: jan@example.de\n"
                      "Subject: Herzlichen Glückwunsch\n"));
  const Signal* s = FindSignal(signals, "sender.malformed_from");
  ASSERT_NE(s, nullptr) << Ids(signals);
  EXPECT_EQ(EvidenceValue(*s, "problem"), "name without address");
  EXPECT_NE(s->explanation_en.find("comma"), std::string::npos) << s->explanation_en;
  EXPECT_NE(s->explanation_fr.find("virgule"), std::string::npos) << s->explanation_fr;
}

// ---- a name hiding a forged address ----------------------------------------

std::string AuthMail(const std::string& from, const std::string& auth) {
  return Mail("Authentication-Results: mx.example.net; " + auth + "\nFrom: " + from + "\nTo: jan@example.nl\n");
}

TEST(FromHeaderTest, NameHidingAnAddressThatFailsAuthentication) {
  for (const auto& [from, auth] : std::vector<std::pair<std::string, std::string>>{
           {"Das Team, <service@shop-example.de>", "spf=fail smtp.mailfrom=shop-example.de"},               // DE
           {"\"Votre conseill\xC3\xA8re\", contact@banque-example.fr", "dmarc=fail header.from=banque-example.fr"},  // FR
           {"Gratis cadeau!, <postbode@winkel-example.nl>", "spf=softfail smtp.mailfrom=winkel-example.nl"}}) {  // NL
    const auto signals = RunDetector(FromHeader(), AuthMail(from, auth));
    const Signal* s = FindSignal(signals, "sender.name_hides_forged_address");
    ASSERT_NE(s, nullptr) << from << ": " << Ids(signals);
    EXPECT_EQ(s->sign, Sign::kSenderMismatch);
    ExpectExplained(*s);
  }
}

TEST(FromHeaderTest, NameCutOffWithoutForgeryOrValidDomainIsOnlyMalformed) {
  for (const auto& [from, auth] : std::vector<std::pair<std::string, std::string>>{
           {"Das Team, <service@shop-example.de>", "spf=pass smtp.mailfrom=shop-example.de; dmarc=pass"},
           {"\"Das Team\", x@pot", "spf=fail smtp.mailfrom=pot; dmarc=fail"},      // anonymised, no domain
           {"Shop <news@shop-example.de>", "spf=fail smtp.mailfrom=shop-example.de"},  // well formed
           {"Das Team, <service@shop-example.de>", "spf=fail smtp.mailfrom=bounce-example.com"}}) {
    const auto signals = RunDetector(FromHeader(), AuthMail(from, auth));
    EXPECT_FALSE(HasSignal(signals, "sender.name_hides_forged_address")) << from << ": " << Ids(signals);
  }
}

// ---- a name hiding an address nobody vouched for -------------------------

TEST(FromHeaderTest, NameHidingAnAddressTheServerDidNotVerify) {
  for (const auto& [from, auth] : std::vector<std::pair<std::string, std::string>>{
           {"\"Exclusive offer\", service@friends-platform.example.eu",
            "spf=pass smtp.mailfrom=relay-k7.example.com; dkim=none; dmarc=none"},  // EN
           {"Entdecken Sie 70% Rabatt - Das Team, <service@freunde-example.de>",
            "spf=none; dkim=none; dmarc=none"},  // DE
           {"\"Assurance emprunteur\", <info@meteo-example.fr>",
            "spf=pass smtp.mailfrom=autre-envoi.example.com; dkim=pass header.d=autre-envoi.example.com"}}) {  // FR
    const auto signals = RunDetector(FromHeader(), AuthMail(from, auth));
    const Signal* s = FindSignal(signals, "sender.name_hides_unverified_address");
    ASSERT_NE(s, nullptr) << from << ": " << Ids(signals);
    EXPECT_EQ(s->sign, Sign::kSenderMismatch);
    EXPECT_LT(s->weight, 25);  // weaker than a forged address
    EXPECT_FALSE(HasSignal(signals, "sender.name_hides_forged_address")) << from;
    EXPECT_FALSE(EvidenceValue(*s, "address").empty());
    ExpectExplained(*s);
  }
}

TEST(FromHeaderTest, NameCutOffBeforeAVerifiedAddressIsOnlyMalformed) {
  for (const auto& [from, auth] : std::vector<std::pair<std::string, std::string>>{
           {"Das Team, <service@shop-example.de>", "spf=pass smtp.mailfrom=news.shop-example.de"},
           {"Das Team, <service@shop-example.de>",
            "spf=pass smtp.mailfrom=esp.example.com; dkim=pass header.d=shop-example.de"},
           {"\"Le magasin\", <bonjour@magasin-example.fr>",
            "spf=pass smtp.mailfrom=esp.example.com; dmarc=bestguesspass"}}) {
    const auto signals = RunDetector(FromHeader(), AuthMail(from, auth));
    EXPECT_FALSE(HasSignal(signals, "sender.name_hides_unverified_address")) << from << ": " << Ids(signals);
    EXPECT_TRUE(HasSignal(signals, "sender.malformed_from")) << from;
  }
  // Without an authentication result nothing is known about the address.
  const auto signals =
      RunDetector(FromHeader(), Mail("From: Das Team, <service@shop-example.de>\nTo: jan@example.de\n"));
  EXPECT_FALSE(HasSignal(signals, "sender.name_hides_unverified_address")) << Ids(signals);
}

TEST(FromHeaderTest, OrdinarySendersAreWellFormed) {
  for (const char* from : {"Kevin Williams <kevin.williams@vastech.co.za>", "GitHub <noreply@github.com>",
                           "\"Doe, John\" <john.doe@example.co.uk>", "Preview <bot@my-app.pages.dev>",
                           "(Smith, John) <js@example.com>",
                           "Amazon.de <versandbestaetigung@amazon.de>", "noreply@accounts.google.com",
                           "anna@example.org, ben@example.org"}) {
    const auto signals = RunDetector(FromHeader(), Mail(std::string("From: ") + from + "\nTo: bob@example.org\n"));
    EXPECT_FALSE(HasSignal(signals, "sender.malformed_from")) << from << ": " << Ids(signals);
  }
}

// ---- modern legitimate mail ----------------------------------------------

TEST(FromHeaderTest, ModernLegitimateFromLinesRaiseNothing) {
  for (const char* from : {"\"Stephen from Example\" <creator+3244@o.campaigns-platform.com>",
                           "\"M\xC3\xBCller, Anna\" <anna.mueller@example.de>", "Shop <noreply@shop-mail.de>",
                           "=?UTF-8?Q?Caf=C3=A9_du_Coin?= <bonjour@cafe-du-coin.fr>"}) {
    const auto signals = RunDetector(FromHeader(), Mail(std::string("From: ") + from + "\nTo: bob@example.org\n"));
    EXPECT_TRUE(signals.empty()) << from << ": " << Ids(signals);
  }
}

TEST(FromHeaderTest, HostileFromLinesAreBounded) {
  std::string commas(200000, ',');
  std::string quotes(200000, '"');
  for (const std::string& n : {commas, quotes, std::string("\xFF\xFE\xC3", 3)}) {
    const auto signals = RunDetector(FromHeader(), Mail("From: " + n + " <x@bulk.example>\nTo: bob@example.org\n"));
    for (const Signal& s : signals) EXPECT_LE(s.explanation_en.size(), 2000u) << s.id;
  }
}

// The parser recovers the displayed sender of a From cut by a comma; the
// malformation itself is still this detector's single finding.
TEST(FromHeaderTest, RecoveredSenderStillReportsTheMalformationOnce) {
  const auto signals = RunDetector(
      FromHeader(), Mail("From: \"Votre colis\", suivi@envois-rapides.example\nTo: a@example.org\n"
                         "Subject: Colis\n"));
  int count = 0;
  for (const Signal& s : signals) count += s.id == "sender.malformed_from";
  EXPECT_EQ(count, 1) << Ids(signals);
  const Signal* s = FindSignal(signals, "sender.malformed_from");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(EvidenceValue(*s, "problem"), "name without address");
}

}  // namespace
}  // namespace phishscan
