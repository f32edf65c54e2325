// One signal per finding per message: when several links or attachments
// show the same problem, the worst few become the evidence and the worst one
// is named in the explanation.
#ifndef PHISHSCAN_DETECT_FINDING_EXAMPLES_H_
#define PHISHSCAN_DETECT_FINDING_EXAMPLES_H_

#include <string>
#include <vector>

#include "phishscan/verdict.h"

namespace phishscan {

// One offending item (a link, an attachment) of a finding.
struct FindingExample {
  int weight = 0;
  Evidence evidence;
  std::string en, fr;  // a sentence naming this item
};

enum class FindingItem { kLink, kAttachment };

// Appends one signal built from the (up to three) heaviest examples; nothing
// when `examples` is empty. Each further example adds a little weight, up to
// `max_weight`; the explanation says how many other items do the same.
void EmitFinding(std::string id, Sign sign, FindingItem item, int max_weight,
                 std::vector<FindingExample> examples, std::vector<Signal>& out);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_FINDING_EXAMPLES_H_
