#include <gtest/gtest.h>

#include <string>

#include "detect/detector.h"
#include "detect/detector_test_support.h"
#include "detect/test_mail.h"

namespace phishscan {
namespace {

using testing::Describe;
using testing::EvidenceValue;
using testing::ExpectExplained;
using testing::FindSignal;
using testing::HasSignal;
using testing::RunDetector;
using testing::TestMail;

const Detector& Gapped() {
  static const std::unique_ptr<Detector> d = MakeGappedSiteAddressDetector();
  return *d;
}

TEST(GappedSiteAddressTest, FundedWalletLoginWithAGappedSite) {
  TestMail m;
  m.from = "Laura Pinto <l.pinto@studio-pinto.example>";
  m.subject = "Re: the details";
  m.text = "Hello, your wallet has been funded with 42.7 BTC. Log in with the details below.\n"
           "Website: Vaultacoin . net\nCustomer ID: 55120934\nPassword: rq7!mz22\n";
  std::vector<Signal> signals = RunDetector(Gapped(), m.Build());
  const Signal* s = FindSignal(signals, "links.gapped_site_address");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(s->sign, Sign::kDeceptiveLink);
  EXPECT_EQ(s->weight, 15);
  EXPECT_EQ(EvidenceValue(*s, "site"), "vaultacoin.net");
  ExpectExplained(*s);
}

TEST(GappedSiteAddressTest, InstructionToCloseTheGapWeighsMore) {
  TestMail m;
  m.from = "Pedro <pedro.alves@tecidos-alves.example>";
  m.subject = "Acesso";
  m.text = "Sua carteira foi financiada com 12 BTC. Site : Moedavault .com [REMOVE GAP] ID: 881204 Senha: k2v9pp1";
  std::vector<Signal> signals = RunDetector(Gapped(), m.Build());
  const Signal* s = FindSignal(signals, "links.gapped_site_address");
  ASSERT_NE(s, nullptr) << Describe(signals);
  EXPECT_EQ(s->weight, 20);
  EXPECT_EQ(EvidenceValue(*s, "instruction"), "close the gap");
}

// A shop's order mail names its site whole, as a link or as text.
TEST(GappedSiteAddressTest, SiteWrittenWholeIsClean) {
  TestMail m;
  m.from = "Atelier Nord <orders@atelier-nord.example>";
  m.subject = "Votre commande";
  m.text = "Merci pour votre commande. Site web : atelier-nord.example. Horaires : 9h-18h.\n"
           "Suivi : https://atelier-nord.example/suivi/4411";
  std::vector<Signal> signals = RunDetector(Gapped(), m.Build());
  EXPECT_FALSE(HasSignal(signals, "links.gapped_site_address")) << Describe(signals);
}

// A label followed by an ordinary sentence is no address.
TEST(GappedSiteAddressTest, LabelFollowedByASentenceIsClean) {
  TestMail m;
  m.from = "Event Team <team@summit-events.example>";
  m.subject = "Venue";
  m.text = "Site: Utrecht. De zaal is open vanaf 9 uur.\nPlatform: Windows. It runs on macOS too.";
  std::vector<Signal> signals = RunDetector(Gapped(), m.Build());
  EXPECT_FALSE(HasSignal(signals, "links.gapped_site_address")) << Describe(signals);
}

}  // namespace
}  // namespace phishscan
