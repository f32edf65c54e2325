// Evidence as a reader should see it. Detectors append one set of pairs per
// finding, so a repeated finding repeats identical pairs; those say nothing
// new and are shown once.
#ifndef PHISHSCAN_REPORT_EVIDENCE_H_
#define PHISHSCAN_REPORT_EVIDENCE_H_

#include "phishscan/verdict.h"

namespace phishscan {

// `evidence` in order without the pairs (same key and value) seen before.
Evidence DistinctEvidence(const Evidence& evidence);

}  // namespace phishscan

#endif  // PHISHSCAN_REPORT_EVIDENCE_H_
