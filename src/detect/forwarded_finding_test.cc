#include "detect/forwarded_finding.h"

#include <gtest/gtest.h>

#include "detect/make_signal.h"

namespace phishscan {
namespace {

ForwardedOriginal Original(bool attached) {
  ForwardedOriginal o;
  o.from.address = "service@pay-check.example";
  o.subject = "Account limited";
  o.attached = attached;
  return o;
}

TEST(ForwardedFinding, FromBecomesForwardedFromAndClaimIsRestated) {
  Signal s = MakeSignal("sender.brand_domain_mismatch", Sign::kSenderMismatch, 30,
                        {{"brand", "PayPal"}, {"from", "service@pay-check.example"}},
                        "The message claims to come from PayPal but was sent from pay-check.example.",
                        "Le message se présente comme venant de PayPal mais a été envoyé depuis pay-check.example.");
  const Signal f = AsForwardedFinding(s, Original(false));
  ASSERT_EQ(f.evidence.size(), 4u);
  EXPECT_EQ(f.evidence[1].first, "forwarded_from");
  EXPECT_EQ(f.evidence[2], (std::pair<std::string, std::string>{"forwarded_subject", "Account limited"}));
  EXPECT_EQ(f.evidence[3], (std::pair<std::string, std::string>{"forwarded_as", "inline header"}));
  EXPECT_EQ(f.explanation_en, "The message forwarded here claims to come from PayPal but was sent from pay-check.example.");
  EXPECT_EQ(f.explanation_fr,
            "Le message transféré ici se présente comme venant de PayPal mais a été envoyé depuis pay-check.example.");
  EXPECT_EQ(f.weight, 30);
  EXPECT_EQ(f.id, s.id);
}

TEST(ForwardedFinding, OtherExplanationsAreIntroducedAndSenderAdded) {
  Signal s = MakeSignal("sender.titled_persona", Sign::kSenderMismatch, 10, {{"display_name", "Dr. X"}},
                        "The sender presents itself with a title.", "L'expéditeur se présente avec un titre.");
  const Signal f = AsForwardedFinding(s, Original(true));
  EXPECT_EQ(f.evidence.front(), (std::pair<std::string, std::string>{"forwarded_from", "service@pay-check.example"}));
  EXPECT_EQ(f.evidence.back().second, "attached message");
  EXPECT_EQ(f.explanation_en, "In the message forwarded here, the sender presents itself with a title.");
  EXPECT_EQ(f.explanation_fr, "Dans le message transféré ici, l'expéditeur se présente avec un titre.");
}

}  // namespace
}  // namespace phishscan
