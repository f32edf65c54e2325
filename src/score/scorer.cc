// Scoring: signals are grouped by sign, each sign's strength is its strongest
// signal plus a damped share of the others (ten phrases of urgency are not ten
// times the evidence), and distinct signs reinforce each other. The total is
// squashed onto 0..100 so that no sum of weak hints reaches certainty.
#include "score/scorer.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace phishscan {
namespace {

constexpr std::size_t kSignCount = static_cast<std::size_t>(Sign::kStructure) + 1;

// How much the non-strongest signals of one sign add, and the cap of a sign:
// one sign alone, however often repeated, scores 53, below the default
// phishing threshold (55).
constexpr double kSecondaryShare = 0.5;
constexpr double kSignCap = 45.0;
// A sign counts towards the combination bonus from this strength on.
constexpr double kComboMinStrength = 10.0;
constexpr double kComboBonusPerSign = 10.0;
// Authentication and structure results only corroborate: on their own they
// describe how mail was sent, not what it asks of the reader.
constexpr double kCorroborationCapAlone = 15.0;
// Once the content gives a reason for suspicion, a strong finding about how
// the mail was sent (a forged or malformed sender, failed authentication) is
// independent evidence and reinforces it like another sign would.
constexpr double kCorroborationBonus = 10.0;
// Scale of the squashing curve: a total of kScale gives 63/100.
constexpr double kScale = 60.0;

bool IsCorroborating(Sign sign) { return sign == Sign::kAuthentication || sign == Sign::kStructure; }

}  // namespace

ScoreResult ScoreSignals(std::vector<Signal>& signals, const Thresholds& thresholds) {
  std::stable_sort(signals.begin(), signals.end(),
                   [](const Signal& a, const Signal& b) { return a.weight > b.weight; });

  std::array<double, kSignCount> strongest{};
  std::array<double, kSignCount> rest{};
  for (const Signal& s : signals) {
    auto i = static_cast<std::size_t>(s.sign);
    double w = std::clamp(s.weight, 0, 100);
    if (w > strongest[i]) {
      rest[i] += strongest[i];
      strongest[i] = w;
    } else {
      rest[i] += w;
    }
  }

  double content = 0, corroboration = 0;
  int strong_signs = 0, strong_corroborations = 0;
  for (std::size_t i = 0; i < kSignCount; ++i) {
    double strength = std::min(kSignCap, strongest[i] + kSecondaryShare * rest[i]);
    if (IsCorroborating(static_cast<Sign>(i))) {
      corroboration += strength;
      if (strength >= kComboMinStrength) ++strong_corroborations;
    } else {
      content += strength;
      if (strength >= kComboMinStrength) ++strong_signs;
    }
  }
  double total = content + corroboration;
  if (strong_signs == 0) {
    total = content + std::min(corroboration, kCorroborationCapAlone);
  } else {
    total += kComboBonusPerSign * (strong_signs - 1) + kCorroborationBonus * strong_corroborations;
  }

  ScoreResult result;
  result.score = static_cast<int>(std::lround(100.0 * (1.0 - std::exp(-total / kScale))));
  if (result.score >= thresholds.phishing) {
    result.label = Label::kPhishing;
  } else if (result.score >= thresholds.suspicious) {
    result.label = Label::kSuspicious;
  }
  return result;
}

}  // namespace phishscan
