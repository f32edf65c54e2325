// One way to build a Signal, for every detector: the id, the sign it is
// evidence of and its weight first; the evidence and the two explanations
// either at once or filled in as the detector finds them.
#ifndef PHISHSCAN_DETECT_MAKE_SIGNAL_H_
#define PHISHSCAN_DETECT_MAKE_SIGNAL_H_

#include <string>
#include <utility>

#include "phishscan/verdict.h"

namespace phishscan {

inline Signal MakeSignal(std::string id, Sign sign, int weight) {
  Signal s;
  s.id = std::move(id);
  s.sign = sign;
  s.weight = weight;
  return s;
}

inline Signal MakeSignal(std::string id, Sign sign, int weight, Evidence evidence, std::string en,
                         std::string fr) {
  Signal s = MakeSignal(std::move(id), sign, weight);
  s.evidence = std::move(evidence);
  s.explanation_en = std::move(en);
  s.explanation_fr = std::move(fr);
  return s;
}

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_MAKE_SIGNAL_H_
