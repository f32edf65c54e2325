#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "detect/detector.h"
#include "detect/detector_test_support.h"
#include "detect/test_mail.h"

namespace phishscan {
namespace {

using testing::FindSignal;
using testing::HasSignal;
using testing::RunDetector;
using testing::TestMail;

const Detector& BrandNamed() {
  static const std::unique_ptr<Detector> d = MakeBrandNamedDomainDetector();
  return *d;
}

constexpr char kAllFail[] =
    "Authentication-Results: mx.example-corp.com; spf=fail smtp.mailfrom=bancodobrasil.com.br; "
    "dkim=fail header.d=bancodobrasil.com.br; dmarc=fail header.from=bancodobrasil.com.br";

TestMail BankNotice(std::vector<std::string> headers) {
  TestMail m;
  m.from = "\"Banco Do Brasil\" <notificacoes@bancodobrasil.com.br>";
  m.subject = "Desbloqueie seu internet banking";
  m.headers = std::move(headers);
  m.text = "Prezado cliente, desbloqueie seu internet banking em https://bb-desbloqueio.example/acesso";
  return m;
}

TEST(BrandNamedDomainTest, BrandNamedDomainFailingDmarcIsForged) {
  std::vector<Signal> signals = RunDetector(BrandNamed(), BankNotice({kAllFail}).Build());
  const Signal* s = FindSignal(signals, "sender.brand_named_domain_forged");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->sign, Sign::kSenderMismatch);
  EXPECT_EQ(s->weight, 30);
  EXPECT_NE(s->explanation_en.find("bb.com.br"), std::string::npos);
  EXPECT_NE(s->explanation_fr.find("usurpée"), std::string::npos);
}

TEST(BrandNamedDomainTest, SpfFailWithoutDkimPassIsForgedToo) {
  TestMail m;
  m.from = "Bradesco <sac@infobradesco.com.br>";
  m.subject = "Bradesco: atualize seus dados";
  m.headers = {"Authentication-Results: mx.example-corp.com; spf=fail smtp.mailfrom=infobradesco.com.br; "
               "dkim=none; dmarc=none"};
  m.text = "Atualize seus dados.";
  EXPECT_TRUE(HasSignal(RunDetector(BrandNamed(), m.Build()), "sender.brand_named_domain_forged"));
}

TEST(BrandNamedDomainTest, DomainPassingDmarcMayBeTheBrandsOwn) {
  TestMail m = BankNotice({"Authentication-Results: mx.example-corp.com; spf=pass smtp.mailfrom=bancodobrasil.com.br; "
                           "dkim=pass header.d=bancodobrasil.com.br; dmarc=pass header.from=bancodobrasil.com.br"});
  EXPECT_FALSE(HasSignal(RunDetector(BrandNamed(), m.Build()), "sender.brand_named_domain_forged"));
}

TEST(BrandNamedDomainTest, MailingListsAndForwardersAreLeftAlone) {
  EXPECT_FALSE(HasSignal(RunDetector(BrandNamed(), BankNotice({kAllFail, "List-Id: <ex-alunos.lists.example.edu>"}).Build()),
                         "sender.brand_named_domain_forged"));
  // A list or forwarder that re-signed the message: its DKIM passes.
  EXPECT_FALSE(HasSignal(
      RunDetector(BrandNamed(), BankNotice({"Authentication-Results: mx.example-corp.com; spf=fail "
                                            "smtp.mailfrom=lists.example.edu; dkim=pass header.d=lists.example.edu; "
                                            "dmarc=fail header.from=bancodobrasil.com.br"})
                                    .Build()),
      "sender.brand_named_domain_forged"));
  // A forwarder's ARC seal recorded a pass on arrival.
  EXPECT_FALSE(HasSignal(
      RunDetector(BrandNamed(), BankNotice({kAllFail, "ARC-Authentication-Results: i=1; mx.forwarder.example; "
                                                      "dkim=pass header.d=bancodobrasil.com.br; dmarc=pass"})
                                    .Build()),
      "sender.brand_named_domain_forged"));
}

TEST(BrandNamedDomainTest, GenericBrandNamesDoNotMakeBrandDomains) {
  // "Orange" and "Free" are weak brands: ordinary words in domain names.
  TestMail m;
  m.from = "Orange <info@orangeconsulting-example.fr>";
  m.subject = "Orange: votre facture";
  m.headers = {"Authentication-Results: mx.example-corp.com; spf=fail smtp.mailfrom=orangeconsulting-example.fr; "
               "dmarc=fail header.from=orangeconsulting-example.fr"};
  m.text = "Votre facture est disponible.";
  EXPECT_FALSE(HasSignal(RunDetector(BrandNamed(), m.Build()), "sender.brand_named_domain_forged"));
}

TEST(BrandNamedDomainTest, DomainContainingANameTheMessageNeverClaimsIsNotEnough) {
  TestMail m;
  m.from = "Jardinerie Dupont <news@paypalmiers-example.fr>";
  m.subject = "Nos plantes de saison";
  m.headers = {"Authentication-Results: mx.example-corp.com; dmarc=fail header.from=paypalmiers-example.fr"};
  m.text = "Découvrez nos plantes de saison.";
  EXPECT_FALSE(HasSignal(RunDetector(BrandNamed(), m.Build()), "sender.brand_named_domain_forged"));
}

TEST(BrandNamedDomainTest, BrandsListedDomainIsLeftToTheAuthenticationDetector) {
  TestMail m;
  m.from = "PayPal <service@paypal.com>";
  m.subject = "PayPal: action required";
  m.headers = {"Authentication-Results: mx.example-corp.com; dmarc=fail header.from=paypal.com"};
  m.text = "Confirm your account.";
  EXPECT_FALSE(HasSignal(RunDetector(BrandNamed(), m.Build()), "sender.brand_named_domain_forged"));
}

TEST(BrandNamedDomainTest, NoAuthenticationResultsNoFinding) {
  EXPECT_FALSE(HasSignal(RunDetector(BrandNamed(), BankNotice({}).Build()), "sender.brand_named_domain_forged"));
}

}  // namespace
}  // namespace phishscan
