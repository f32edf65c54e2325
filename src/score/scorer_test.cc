#include "score/scorer.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

Signal Make(std::string id, Sign sign, int weight) {
  Signal s;
  s.id = std::move(id);
  s.sign = sign;
  s.weight = weight;
  return s;
}

TEST(ScorerTest, NoSignalsIsClean) {
  std::vector<Signal> none;
  ScoreResult r = ScoreSignals(none, Thresholds{});
  EXPECT_EQ(r.score, 0);
  EXPECT_EQ(r.label, Label::kClean);
}

TEST(ScorerTest, PasswordRequestAloneIsNotPhishing) {
  std::vector<Signal> s = {Make("credential.request", Sign::kCredentialRequest, 25)};
  ScoreResult r = ScoreSignals(s, Thresholds{});
  EXPECT_NE(r.label, Label::kPhishing);
}

TEST(ScorerTest, CombinationOfSignsIsPhishing) {
  std::vector<Signal> s = {Make("credential.request", Sign::kCredentialRequest, 25),
                           Make("links.cta_unrelated_domain", Sign::kDeceptiveLink, 30),
                           Make("sender.brand_domain_mismatch", Sign::kSenderMismatch, 30)};
  ScoreResult r = ScoreSignals(s, Thresholds{});
  EXPECT_EQ(r.label, Label::kPhishing);
  EXPECT_GE(r.score, 80);
}

TEST(ScorerTest, ManySignalsOfOneSignAreDamped) {
  std::vector<Signal> one = {Make("urgency.threat", Sign::kUrgency, 20)};
  std::vector<Signal> many;
  for (int i = 0; i < 20; ++i) many.push_back(Make("urgency.threat", Sign::kUrgency, 20));
  int single = ScoreSignals(one, Thresholds{}).score;
  ScoreResult r = ScoreSignals(many, Thresholds{});
  EXPECT_GT(r.score, single);
  EXPECT_NE(r.label, Label::kPhishing);  // one sign, however repeated, is capped
}

TEST(ScorerTest, CorroborationAloneStaysLow) {
  std::vector<Signal> s = {Make("auth.spf_fail", Sign::kAuthentication, 20),
                           Make("auth.dmarc_fail", Sign::kAuthentication, 30),
                           Make("structure.hidden_text", Sign::kStructure, 20)};
  ScoreResult r = ScoreSignals(s, Thresholds{});
  EXPECT_EQ(r.label, Label::kClean);
  EXPECT_LT(r.score, 25);
}

TEST(ScorerTest, CorroborationReinforcesAContentSign) {
  std::vector<Signal> content = {Make("links.cta_unrelated_domain", Sign::kDeceptiveLink, 25)};
  std::vector<Signal> both = content;
  both.push_back(Make("auth.dmarc_fail", Sign::kAuthentication, 20));
  std::vector<Signal> weak = content;
  weak.push_back(Make("auth.none", Sign::kAuthentication, 4));
  int alone = ScoreSignals(content, Thresholds{}).score;
  int reinforced = ScoreSignals(both, Thresholds{}).score;
  int barely = ScoreSignals(weak, Thresholds{}).score;
  // 25 + 20 + the bonus of one more independent sign, against 25 + 4.
  EXPECT_EQ(reinforced, 60);
  EXPECT_EQ(barely, 38);
  EXPECT_GT(barely, alone);
}

TEST(ScorerTest, SortsStrongestFirstAndRespectsThresholds) {
  std::vector<Signal> s = {Make("a", Sign::kUrgency, 5), Make("b", Sign::kDeceptiveLink, 40)};
  Thresholds strict{10, 20};
  ScoreResult r = ScoreSignals(s, strict);
  EXPECT_EQ(s.front().id, "b");
  EXPECT_EQ(r.label, Label::kPhishing);
}

TEST(ScorerTest, ScoreIsBounded) {
  std::vector<Signal> s;
  for (int i = 0; i < 200; ++i) s.push_back(Make("x", static_cast<Sign>(i % 9), 100));
  ScoreResult r = ScoreSignals(s, Thresholds{});
  EXPECT_LE(r.score, 100);
  EXPECT_GE(r.score, 0);
}

}  // namespace
}  // namespace phishscan
