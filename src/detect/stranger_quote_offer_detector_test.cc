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

const Detector& QuoteOffer() {
  static const std::unique_ptr<Detector> d = MakeStrangerQuoteOfferDetector();
  return *d;
}

bool Fires(const TestMail& m) { return HasSignal(RunDetector(QuoteOffer(), m.Build()), "fraud.stranger_quote_offer"); }

// A quote broker writing as a health insurer, with a first-name subject.
TestMail HealthPlanBroker() {
  TestMail m;
  m.from = "Plano Hapvida <contato@cotacao-facil.example>";
  m.to = "rodrigo.lima@example.com.br";
  m.subject = "Rodrigo, proposta exclusiva no seu plano de saúde";
  m.html = "<p>Olá Rodrigo, reduza até 40% da sua mensalidade.</p>"
           "<p><a href=\"https://cotacao-facil.example/c/88\">Faça sua cotação grátis</a></p>";
  return m;
}

TEST(StrangerQuoteOfferTest, HealthPlanQuoteUnderAnInsurersName) {
  const auto signals = RunDetector(QuoteOffer(), HealthPlanBroker().Build());
  const Signal* s = FindSignal(signals, "fraud.stranger_quote_offer");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->sign, Sign::kFraudLure);
  EXPECT_EQ(s->weight, 18);
  EXPECT_EQ(EvidenceValue(*s, "brand"), "Hapvida");
  EXPECT_EQ(EvidenceValue(*s, "from_domain"), "cotacao-facil.example");
  EXPECT_NE(EvidenceValue(*s, "phrase").find("cotação"), std::string::npos);
  EXPECT_NE(s->explanation_en.find("cotacao-facil.example"), std::string::npos);
  EXPECT_NE(s->explanation_fr.find("devis"), std::string::npos);
}

// An organisation-like name the address shares nothing with, in several
// languages: solar, windows, energy, renovation subsidies.
TEST(StrangerQuoteOfferTest, BorrowedOrganisationNameInSeveralLanguages) {
  TestMail en;
  en.from = "Solar Savings Program Center <info@riverside-bakery.example>";
  en.subject = "Zero-cost panels for your roof";
  en.text = "See if you qualify and get your free solar quote today: https://riverside-bakery.example/q";
  const auto signals = RunDetector(QuoteOffer(), en.Build());
  const Signal* s = FindSignal(signals, "fraud.stranger_quote_offer");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(EvidenceValue(*s, "sender name"), "Solar Savings Program Center");

  TestMail fr;
  fr.from = "Programme Aide Rénovation Habitat <contact@cabinet-dentaire.example>";
  fr.subject = "30 secondes pour connaître votre éligibilité";
  fr.text = "Jusqu'à 70 % des frais pris en charge. Testez votre éligibilité : https://cabinet-dentaire.example/e";
  EXPECT_TRUE(Fires(fr));

  TestMail nl;
  nl.from = "Landelijk Energie Advies Punt <info@bloemen-express.example>";
  nl.subject = "Verzeker u van vaste, lage energietarieven";
  nl.text = "Controleer gratis of u in aanmerking komt: https://bloemen-express.example/check";
  EXPECT_TRUE(Fires(nl));

  TestMail es;
  es.from = "Programa Ahorro Energetico Hogar <info@clinica-veterinaria.example>";
  es.subject = "Placas solares sin inversión inicial";
  es.text = "Solicita tu presupuesto sin compromiso: https://clinica-veterinaria.example/p";
  EXPECT_TRUE(Fires(es));

  TestMail it;
  it.from = "Incentivi Casa Efficiente Italia <info@pizzeria-bella.example>";
  it.subject = "Nuovi infissi con lo sconto in fattura";
  it.text = "Verifica subito se hai diritto agli incentivi: https://pizzeria-bella.example/v";
  EXPECT_TRUE(Fires(it));

  TestMail de;
  de.from = "Photovoltaik Förderung Beratung Zentrum <service@reisebuero-sonne.example>";
  de.subject = "Solaranlage ohne Anschaffungskosten";
  de.text = "Jetzt kostenloses Angebot anfordern: https://reisebuero-sonne.example/a";
  EXPECT_TRUE(Fires(de));
}

// Insurers, comparison sites, installers and energy suppliers offer quotes
// and eligibility checks from domains bearing their own names.
TEST(StrangerQuoteOfferTest, OwnNameOnOwnDomainIsNoLure) {
  TestMail insurer;
  insurer.from = "Allianz <service@allianz.de>";
  insurer.subject = "Ihre Kfz-Versicherung: jetzt Angebot anfordern";
  insurer.text = "Fordern Sie jetzt ein kostenloses Angebot an: https://www.allianz.de/auto";
  EXPECT_FALSE(Fires(insurer));

  TestMail comparison;
  comparison.from = "Compare Home Insurance Quotes <newsletter@comparehomeinsurancequotes.example>";
  comparison.subject = "Renewal coming up? Compare quotes in minutes";
  comparison.text = "Get your free quote from 40 insurers: https://comparehomeinsurancequotes.example/home";
  EXPECT_FALSE(Fires(comparison));

  TestMail installer;
  installer.from = "Sunwise Solar Installers <news@sunwise-solar.example>";
  installer.subject = "Spring newsletter: batteries, tariffs and a free quote";
  installer.text = "Book your free home assessment: https://sunwise-solar.example/book";
  EXPECT_FALSE(Fires(installer));

  // An insurer's agent writing under the insurer's name and its own, which
  // its domain carries.
  TestMail agent_office;
  agent_office.from = "Allianz Agentur Brandstetter <info@versicherungsbuero-brandstetter.example>";
  agent_office.subject = "Kfz-Versicherung 2026";
  agent_office.text = "Gern erstellen wir Ihnen ein individuelles Angebot: Angebot anfordern unter "
                      "https://versicherungsbuero-brandstetter.example/kfz";
  EXPECT_FALSE(Fires(agent_office));

  // A person writing from their firm's domain: two words are a person's name.
  TestMail agent;
  agent.from = "Marta Oliveira <marta@corretora-atlantico.example>";
  agent.subject = "Sua cotação de seguro auto";
  agent.text = "Conforme conversamos, segue a cotação. Faça sua simulação no link: https://corretora-atlantico.example/s";
  EXPECT_FALSE(Fires(agent));

  // A local agent of a national insurer, the domain named after the agent
  // as one word: first and last name written together.
  for (const char* from : {"State Farm - Jane Doe Agency <jane@janedoeinsures.example>",
                           "Allstate Insurance | Mike Brown <office@mikebrownagency.example>"}) {
    TestMail local_agent;
    local_agent.from = from;
    local_agent.subject = "Is your home covered for winter storms?";
    local_agent.text = "As your local agent, I can review your policies. Get a free quote: "
                       "https://www.janedoeinsures.example/quote";
    EXPECT_FALSE(Fires(local_agent)) << from;
  }
}

// A broker's domain that shares one product word with the borrowed name is
// not the sender's own name.
TEST(StrangerQuoteOfferTest, OneSharedProductWordIsNotTheSendersName) {
  TestMail broker = HealthPlanBroker();
  broker.from = "Plano Saude Hapvida <contato@coteplanosaude.example>";
  EXPECT_TRUE(Fires(broker));
}

// A borrowed name without any quote or eligibility bait is the sender
// detectors' finding alone.
TEST(StrangerQuoteOfferTest, BorrowedNameWithoutQuoteWordingIsNotThisSign) {
  TestMail m = HealthPlanBroker();
  m.html = "<p>Olá Rodrigo, veja as novidades da rede credenciada.</p>";
  EXPECT_FALSE(Fires(m));
}

// Mail to the sender's own organisation is internal, whatever it is called.
TEST(StrangerQuoteOfferTest, OwnOrganisationIsNoLure) {
  TestMail m;
  m.from = "Facilities Energy Savings Committee <facilities@example-corp.com>";
  m.to = "staff@example-corp.com";
  m.subject = "Free quote for the new windows";
  m.text = "We asked for a free quote for the east wing windows.";
  EXPECT_FALSE(Fires(m));
}

}  // namespace
}  // namespace phishscan
