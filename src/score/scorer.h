// Turns signals into a 0-100 score and a verdict. Combinations of signs weigh
// more than any one sign: a password request alone is an ordinary reset mail,
// a password request + an unrelated link + a claimed provider is not.
#ifndef PHISHSCAN_SCORE_SCORER_H_
#define PHISHSCAN_SCORE_SCORER_H_

#include <vector>

#include "phishscan/engine.h"
#include "phishscan/verdict.h"

namespace phishscan {

struct ScoreResult {
  int score = 0;
  Label label = Label::kClean;
};

// Sorts `signals` strongest first and scores them.
ScoreResult ScoreSignals(std::vector<Signal>& signals, const Thresholds& thresholds);

}  // namespace phishscan

#endif  // PHISHSCAN_SCORE_SCORER_H_
