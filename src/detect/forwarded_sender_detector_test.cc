#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>

#include "detect/detector.h"
#include "detect/detector_test_support.h"

namespace phishscan {
namespace {

using testing::FindSignal;
using testing::Ids;
using testing::RunDetector;

const Detector& Forwarded() {
  static const std::unique_ptr<Detector> d = MakeForwardedSenderDetector();
  return *d;
}

std::string Evidence(const Signal& s, std::string_view key) {
  for (const auto& [k, v] : s.evidence)
    if (k == key) return v;
  return "";
}

// A colleague on company.example forwards `block` (header block and text).
std::string ForwardedInline(std::string_view subject, std::string_view block) {
  return "From: Alice Martin <alice.martin@company.example>\nTo: abuse@company.example\n"
         "Subject: " + std::string(subject) + "\nMIME-Version: 1.0\n"
         "Content-Type: text/plain; charset=utf-8\n\n" + std::string(block);
}

TEST(ForwardedSender, BrandInForwardedSenderNameFromAnotherDomain) {
  const auto out = RunDetector(Forwarded(), ForwardedInline("FW: Your account has been limited",
      "Is this real?\n\n-----Original Message-----\nFrom: PayPal Service <service@pay-secure-check.example>\n"
      "Sent: Monday, March 3, 2025 10:12 AM\nTo: Alice Martin <alice.martin@company.example>\n"
      "Subject: Your account has been limited\n\nDear customer, confirm your details.\n"));
  const Signal* s = FindSignal(out, "sender.brand_domain_mismatch");
  ASSERT_NE(s, nullptr) << Ids(out);
  EXPECT_EQ(s->weight, 30);
  EXPECT_EQ(Evidence(*s, "forwarded_from"), "service@pay-secure-check.example");
  EXPECT_EQ(Evidence(*s, "from"), "");
  EXPECT_EQ(Evidence(*s, "forwarded_subject"), "Your account has been limited");
  EXPECT_EQ(Evidence(*s, "forwarded_as"), "inline header");
  EXPECT_EQ(s->explanation_en.rfind("The message forwarded here claims to come from PayPal", 0), 0u)
      << s->explanation_en;
  EXPECT_NE(s->explanation_en.find("but was sent from pay-secure-check.example"), std::string::npos);
  EXPECT_EQ(s->explanation_fr.rfind("Le message transféré ici se présente comme venant de PayPal", 0), 0u)
      << s->explanation_fr;
}

TEST(ForwardedSender, AttachedLureWithRandomAddressInGerman) {
  const std::string raw =
      "From: Max Weber <max.weber@firma.example>\nTo: it-sicherheit@firma.example\nSubject: WG: Konto gesperrt\n"
      "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"o\"\n\n"
      "--o\nContent-Type: text/plain; charset=utf-8\n\nBitte prüfen.\n"
      "--o\nContent-Type: message/rfc822\n\n"
      "From: Sparkasse Kundenservice <qxzvbtrw@konto-hilfe.example>\nTo: max.weber@firma.example\n"
      "Subject: Ihr Konto wurde gesperrt\nContent-Type: text/plain; charset=utf-8\n\nBestätigen Sie Ihre Daten.\n"
      "--o--\n";
  const auto out = RunDetector(Forwarded(), raw);
  const Signal* brand = FindSignal(out, "sender.brand_domain_mismatch");
  ASSERT_NE(brand, nullptr) << Ids(out);
  EXPECT_EQ(Evidence(*brand, "forwarded_as"), "attached message");
  const Signal* random = FindSignal(out, "sender.random_address");
  ASSERT_NE(random, nullptr) << Ids(out);
  EXPECT_EQ(Evidence(*random, "forwarded_from"), "qxzvbtrw@konto-hilfe.example");
  EXPECT_EQ(random->explanation_en.rfind("In the message forwarded here, the sender address", 0), 0u)
      << random->explanation_en;
  EXPECT_EQ(random->explanation_fr.rfind("Dans le message transféré ici, l'adresse", 0), 0u)
      << random->explanation_fr;
}

TEST(ForwardedSender, FreemailReplyToOfForwardedOriginalInFrench) {
  const auto out = RunDetector(Forwarded(), ForwardedInline("TR: Remboursement",
      "-------- Message transféré --------\nDe : Service Remboursement <remboursement@impots-dossier.example>\n"
      "Date : lun. 3 mars 2025 à 10:12\nRépondre à : dossier.remboursement@gmail.com\n"
      "À : alice.martin@company.example\nObjet : Votre remboursement\n\nMadame, Monsieur,\n"));
  const Signal* s = FindSignal(out, "sender.reply_to_mismatch");
  ASSERT_NE(s, nullptr) << Ids(out);
  EXPECT_EQ(Evidence(*s, "forwarded_from"), "remboursement@impots-dossier.example");
  EXPECT_EQ(Evidence(*s, "reply_to"), "dossier.remboursement@gmail.com");
}

TEST(ForwardedSender, GenuineNewsletterForwardedByAColleagueIsClean) {
  EXPECT_TRUE(RunDetector(Forwarded(), ForwardedInline("Fwd: Your Amazon.de order has shipped",
      "FYI\n\n---------- Forwarded message ---------\nFrom: Amazon.de <shipment-tracking@amazon.de>\n"
      "Date: Tue, Mar 4, 2025 at 9:01 AM\nSubject: Your Amazon.de order has shipped\n"
      "To: <alice.martin@company.example>\n\nYour package is on its way.\n")).empty());
  EXPECT_TRUE(RunDetector(Forwarded(), ForwardedInline("WG: Rechnung März",
      "Von: Netflix <info@mailer.netflix.com>\nGesendet: Dienstag, 4. März 2025 09:01\n"
      "An: alice.martin@company.example\nBetreff: Deine Rechnung\n\nDanke.\n")).empty());
}

TEST(ForwardedSender, ShopMailNamingACarrierInItsSubjectIsClean) {
  EXPECT_TRUE(RunDetector(Forwarded(), ForwardedInline("TR: Votre colis",
      "De : Boutique Lumière <commandes@boutique-lumiere.example>\nEnvoyé : mardi 4 mars 2025 09:01\n"
      "À : alice.martin@company.example\nObjet : Votre colis DHL est en route\n\nMerci.\n")).empty());
}

TEST(ForwardedSender, PersonalMailAndOwnThreadAreClean) {
  EXPECT_TRUE(RunDetector(Forwarded(), ForwardedInline("Fwd: photos",
      "---------- Forwarded message ---------\nFrom: Jean Dupont <jean.dupont@gmail.com>\n"
      "Date: Sat, Mar 1, 2025\nSubject: photos du week-end\nTo: <alice.martin@company.example>\n\nVoilà !\n"))
                  .empty());
  EXPECT_TRUE(RunDetector(Forwarded(), ForwardedInline("FW: budget",
      "From: IT Service Desk Team <helpdesk@company.example>\nSent: Monday\nTo: Alice\n"
      "Subject: budget\n\nsee attached\n")).empty());
  EXPECT_TRUE(RunDetector(Forwarded(), ForwardedInline("Re: lunch",
      "Yes!\n\nOn Mon, Mar 3, 2025 at 10:12 AM PayPal Fan <fan@random-club.example> wrote:\n> Lunch?\n"))
                  .empty());
}

}  // namespace
}  // namespace phishscan
