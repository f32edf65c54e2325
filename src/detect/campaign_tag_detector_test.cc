#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "detect/detector.h"
#include "detect/detector_test_support.h"
#include "detect/test_mail.h"

namespace phishscan {
namespace {

using testing::EvidenceValue;
using testing::FindSignal;
using testing::RunDetector;
using testing::TestMail;

const Detector& CampaignTag() {
  static const std::unique_ptr<Detector> d = MakeCampaignTagDetector();
  return *d;
}

std::vector<Signal> Scan(const std::string& from, const std::string& subject) {
  TestMail m;
  m.from = from;
  m.subject = subject;
  m.html = "<a href=\"https://offer.example-lure.top/r/1\"><img src=\"https://img.example-cdn.net/b.png\"></a>";
  return RunDetector(CampaignTag(), m.Build());
}

TEST(CampaignTagDetectorTest, ACodeGluedToTheNameAndTheSubject) {
  const char* const cases[][2] = {
      {"\"Zonnepanelen Advies...QkdP\" <newsletters.mTrw@bulk-relay.example>", "Bespaar op uw energie..QkdP"},  // NL
      {"\"Paketdienst Info .XWRTKQ\" <info@paket-relay.example>", "Ihr Paket wartet .XWRTKQ"},                 // DE
      {"\"Service Colis  .TRZBW\" <contact@colis-relay.example>", "Votre colis est en attente TRZBW"},           // FR
      {"\"Premios Club .....KX417\" <promo@premios-relay.example>", "Ha ganado un premio KX417"},               // ES
  };
  for (const auto& c : cases) {
    std::vector<Signal> s = Scan(c[0], c[1]);
    const Signal* sig = FindSignal(s, "sender.campaign_tag");
    ASSERT_NE(sig, nullptr) << c[0];
    EXPECT_EQ(sig->sign, Sign::kSenderMismatch);
    EXPECT_EQ(sig->weight, 20) << c[0];
    EXPECT_EQ(EvidenceValue(*sig, "also in"), "subject");
    EXPECT_FALSE(sig->explanation_en.empty());
    EXPECT_FALSE(sig->explanation_fr.empty());
  }
}

TEST(CampaignTagDetectorTest, ACodeInTheNameAloneWeighsLess) {
  std::vector<Signal> s = Scan("\"Energia Facile ..bdaQ\" <offerte@energia-relay.example>", "Risparmia sulla bolletta");
  const Signal* sig = FindSignal(s, "sender.campaign_tag");
  ASSERT_NE(sig, nullptr);
  EXPECT_EQ(sig->weight, 15);
  EXPECT_EQ(EvidenceValue(*sig, "in"), "sender name");
}

TEST(CampaignTagDetectorTest, ACodeInTheAddress) {
  std::vector<Signal> s = Scan("\"Poupança Energia\" <newsletters.RVNw@bulk-relay.example>", "Poupe na sua fatura");
  const Signal* sig = FindSignal(s, "sender.campaign_tag");
  ASSERT_NE(sig, nullptr);
  EXPECT_EQ(sig->weight, 10);
  EXPECT_EQ(EvidenceValue(*sig, "in"), "address");
  EXPECT_NE(sig->explanation_fr.find("L'adresse"), std::string::npos);

  s = Scan("\"Poupança Energia\" <newsletters.RVNw@bulk-relay.example>", "Poupe na sua fatura RVNw..RVNw");
  sig = FindSignal(s, "sender.campaign_tag");
  ASSERT_NE(sig, nullptr);
  EXPECT_EQ(sig->weight, 15);
}

TEST(CampaignTagDetectorTest, AnOfferSerialAsTheWholeAddress) {
  std::vector<Signal> s = Scan("\"Lenzuola Fresche\" <TOP_OFFER_3_50217@relay7.offer-hub.example>",
                               "Dormi meglio questa estate");
  const Signal* sig = FindSignal(s, "sender.campaign_tag");
  ASSERT_NE(sig, nullptr);
  EXPECT_EQ(EvidenceValue(*sig, "code"), "TOP_OFFER_3_50217");
  EXPECT_EQ(sig->weight, 10);
}

TEST(CampaignTagDetectorTest, LegitimateSendersShowNames) {
  const char* const cases[][2] = {
      // Ticketing and code platforms route replies through a token; the
      // reference shown in the subject is a number, the name a name.
      {"\"Acme Support\" <support+id48213@acme.zendesk.example>", "[Acme] Re: Ticket #48213 - refund request"},
      {"\"Mona Lisa\" <reply+AB12CDEF34@reply.github.example>", "Re: [acme/widgets] Fix parser (PR #902)"},
      {"\"M.A. DeSouza\" <bk@pobox.example>", "Re: course notes"},
      {"\"Zalando\" <info@mail.zalando.example>", "Nur heute: -20 % auf Sneaker .SALE"},
      {"\"Jean DUPONT\" <jean.DUPONT@orange.example>", "Réunion de jeudi"},
      {"\"Anna McKay\" <anna.McKay@firm.example>", "Contract draft v2.1"},
      {"\"Stadtwerke Musterstadt\" <service@stadtwerke.example>", "Ihre Rechnung Nr. 2025-04711"},
      {"\"Servizio Clienti\" <NO_REPLY@banca-esempio.example>", "Estratto conto di ottobre"},
  };
  for (const auto& c : cases) {
    std::vector<Signal> s = Scan(c[0], c[1]);
    EXPECT_EQ(FindSignal(s, "sender.campaign_tag"), nullptr) << c[0];
  }
}

}  // namespace
}  // namespace phishscan
