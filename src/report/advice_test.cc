#include <gtest/gtest.h>

#include <string>

#include "phishscan/report.h"

namespace phishscan {
namespace {

bool Has(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

TEST(AdviceTest, PhishingFollowsTheSeed) {
  const std::string_view en = Advice(Label::kPhishing, Lang::kEn);
  EXPECT_TRUE(Has(en, "Do not click"));
  EXPECT_TRUE(Has(en, "do not enter anything"));
  EXPECT_TRUE(Has(en, "change it at once"));
  EXPECT_TRUE(Has(en, "typed by hand"));
  EXPECT_TRUE(Has(en, "everywhere you reused it"));
  EXPECT_TRUE(Has(en, "forwarding rules"));
  EXPECT_TRUE(Has(en, "IT or security team"));
  EXPECT_TRUE(Has(en, "just delete it"));
  EXPECT_FALSE(Has(en, "supposed sender"));
}

TEST(AdviceTest, SuspiciousAddsCheckingWithTheSender) {
  EXPECT_TRUE(Has(Advice(Label::kSuspicious, Lang::kEn), "supposed sender"));
  EXPECT_TRUE(Has(Advice(Label::kSuspicious, Lang::kEn), "change it at once"));
  EXPECT_TRUE(Has(Advice(Label::kSuspicious, Lang::kFr), "l'expéditeur supposé"));
}

TEST(AdviceTest, Clean) {
  EXPECT_EQ(Advice(Label::kClean, Lang::kEn),
            "No sign of phishing was found. Stay careful with unexpected requests.");
  EXPECT_TRUE(Has(Advice(Label::kClean, Lang::kFr), "Aucun signe d'hameçonnage"));
}

TEST(AdviceTest, FrenchPhishing) {
  const std::string_view fr = Advice(Label::kPhishing, Lang::kFr);
  EXPECT_TRUE(Has(fr, "Ne cliquez pas"));
  EXPECT_TRUE(Has(fr, "changez-le immédiatement"));
  EXPECT_TRUE(Has(fr, "réutilisé"));
  EXPECT_TRUE(Has(fr, "règles de transfert"));
  EXPECT_TRUE(Has(fr, "service informatique"));
  EXPECT_TRUE(Has(fr, "supprimez-le"));
}

}  // namespace
}  // namespace phishscan
