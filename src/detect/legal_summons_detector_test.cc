#include <gtest/gtest.h>

#include <string>

#include "detect/detector.h"
#include "detect/detector_test_support.h"
#include "detect/test_mail.h"

namespace phishscan {
namespace {

using testing::Describe;
using testing::EvidenceValue;
using testing::FindSignal;
using testing::RunDetector;
using testing::TestMail;

const Detector& Summons() {
  static const std::unique_ptr<Detector> d = MakeLegalSummonsDetector();
  return *d;
}

TEST(LegalSummonsTest, PortugueseElectronicSummonsLinkingToAStrangersSite) {
  TestMail m;
  m.from = "Tribunal de Justiça <notificacao@avisos-processo.example>";
  m.subject = "Intimação eletrônica - processo 0006524-31.2025";
  m.html =
      "<p>Prezado(a), consta uma intimação eletrônica em seu nome.</p>"
      "<p>Processo judicial aberto em seu nome. <a href=\"https://visualizar-processo.example/ver?id=88\">"
      "VISUALIZAR PROCESSO</a></p>";
  std::vector<Signal> signals = RunDetector(Summons(), m.Build());
  const Signal* s = FindSignal(signals, "fraud.legal_summons");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(s->sign, Sign::kFraudLure);
  EXPECT_EQ(EvidenceValue(*s, "host"), "visualizar-processo.example");
  EXPECT_EQ(EvidenceValue(*s, "phrase"), "intimação eletrônica");
  // Subject and a second phrase in the body: the whole message is the story.
  EXPECT_EQ(s->weight, 34);
  EXPECT_NE(s->explanation_en.find("summoned or sued"), std::string::npos);
  EXPECT_NE(s->explanation_fr.find("convoqué ou poursuivi"), std::string::npos);
}

TEST(LegalSummonsTest, PortugueseWrittenWithoutAccents) {
  TestMail m;
  m.from = "Intimacao <tribunal1019@avisos.example>";
  m.subject = "Acao tributaria";
  m.text = "Tribunal de Justica Federal. Tipo de distribuicao: intimacao judicial. Visualize: "
           "https://processos-online.example/ver";
  const std::vector<Signal> signals = RunDetector(Summons(), m.Build());
  const Signal* s = FindSignal(signals, "fraud.legal_summons");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->weight, 24);
}

TEST(LegalSummonsTest, EnglishSubpoenaInAnAttachedWebPage) {
  TestMail m;
  m.from = "Court Clerk <clerk@county-filings.example>";
  m.subject = "Notice";
  m.text = "A lawsuit has been filed against you. Open the attached court summons for the hearing date.";
  m.files.push_back({"Summons_4471.html", "text/html", "<html><body>loading</body></html>"});
  std::vector<Signal> signals = RunDetector(Summons(), m.Build());
  const Signal* s = FindSignal(signals, "fraud.legal_summons");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(EvidenceValue(*s, "attachment"), "Summons_4471.html");
  EXPECT_EQ(s->weight, 24 + 4 + 6);
}

TEST(LegalSummonsTest, FrenchPoliceSummonsFromAFreeMailbox) {
  TestMail m;
  m.from = "Brigade de protection <brigade.protection.mineurs@gmail.com>";
  m.subject = "Convocation judiciaire";
  m.text = "Vous êtes convoqué à comparaître devant le tribunal. Répondez sous 72 heures avec vos justifications.";
  const std::vector<Signal> signals = RunDetector(Summons(), m.Build());
  const Signal* s = FindSignal(signals, "fraud.legal_summons");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(EvidenceValue(*s, "from"), "brigade.protection.mineurs@gmail.com");
}

TEST(LegalSummonsTest, OtherLanguages) {
  const struct {
    const char* subject;
    const char* text;
  } cases[] = {
      {"Gerichtliche Vorladung", "Gegen Sie wurde eine Klage eingereicht. Unterlagen: https://akte-online.example/a"},
      {"Notificación judicial", "Existe una demanda en su contra. Ver documento: https://expediente.example/d"},
      {"Dagvaarding", "Er is een rechtszaak tegen u gestart. Bekijk de dagvaarding: https://dossier-nl.example/b"},
      {"Atto giudiziario", "Procedimento penale a suo carico. Scarica l'atto: https://fascicolo.example/c"},
  };
  for (const auto& c : cases) {
    TestMail m;
    m.from = "Ufficio <avvisi@uffici-notifiche.example>";
    m.subject = c.subject;
    m.text = c.text;
    EXPECT_NE(FindSignal(RunDetector(Summons(), m.Build()), "fraud.legal_summons"), nullptr) << c.subject;
  }
}

TEST(LegalSummonsTest, CourtPortalNoticeOnTheSendersOwnSiteIsLeftAlone) {
  TestMail m;
  m.from = "e-Justice <notificacoes@tribunal-exemplo.jus.br>";
  m.headers.push_back(
      "Authentication-Results: mx.example-corp.com; dkim=pass header.d=tribunal-exemplo.jus.br; "
      "dmarc=pass header.from=tribunal-exemplo.jus.br");
  m.subject = "Intimação eletrônica disponível";
  m.text = "Há uma intimação eletrônica disponível no portal: https://pje.tribunal-exemplo.jus.br/consulta";
  EXPECT_EQ(FindSignal(RunDetector(Summons(), m.Build()), "fraud.legal_summons"), nullptr);
}

TEST(LegalSummonsTest, NewsAboutALawsuitIsNotASummons) {
  TestMail m;
  m.from = "Tech Weekly <news@techweekly.example>";
  m.subject = "This week: the committee subpoena and a lawsuit against a chip maker";
  m.text = "The committee issued a subpoena to the company. A lawsuit was filed against the chip maker on "
           "Monday. Read more: https://www.reporting-partner.example/story";
  EXPECT_EQ(FindSignal(RunDetector(Summons(), m.Build()), "fraud.legal_summons"), nullptr);
}

TEST(LegalSummonsTest, SummonsWordingWithNoWayToOpenAnythingIsLeftAlone) {
  TestMail m;
  m.from = "Cabinet Martin Avocats <secretariat@martin-avocats.example>";
  m.subject = "Assignation en justice - dossier Dupont";
  m.text = "Maître, veuillez trouver ci-dessous le calendrier de l'assignation en justice de notre client.";
  EXPECT_EQ(FindSignal(RunDetector(Summons(), m.Build()), "fraud.legal_summons"), nullptr);
}

}  // namespace
}  // namespace phishscan
