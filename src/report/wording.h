// The words a person reads in a report: the verdict and one plain-language
// heading per sign, in each report language.
#ifndef PHISHSCAN_REPORT_WORDING_H_
#define PHISHSCAN_REPORT_WORDING_H_

#include <string_view>

#include "phishscan/verdict.h"

namespace phishscan {

// "PHISHING" / "HAMEÇONNAGE", "SUSPICIOUS" / "SUSPECT", "CLEAN" / "SAIN".
std::string_view VerdictWord(Label label, Lang lang);

// "The sender is not who it claims to be" / "L'expéditeur n'est pas celui
// qu'il prétend être", ...
std::string_view SignHeading(Sign sign, Lang lang);

// The signal's explanation in `lang`, else in the other language, else its
// id: a signal is never shown without words.
std::string_view SignalExplanation(const Signal& signal, Lang lang);

}  // namespace phishscan

#endif  // PHISHSCAN_REPORT_WORDING_H_
