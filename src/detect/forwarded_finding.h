// A sender finding restated as a finding about a forwarded message: the
// evidence names the forwarded sender, the explanation says the claim is
// made by the message forwarded here, not by whoever forwarded it.
#ifndef PHISHSCAN_DETECT_FORWARDED_FINDING_H_
#define PHISHSCAN_DETECT_FORWARDED_FINDING_H_

#include "parse/message.h"
#include "phishscan/verdict.h"

namespace phishscan {

// Evidence "from" becomes "forwarded_from" (added first when absent),
// "forwarded_subject" and "forwarded_as" ("attached message" or "inline
// header") follow; "The message claims..." reads "The message forwarded
// here claims...", other explanations are introduced as being about it.
Signal AsForwardedFinding(Signal signal, const ForwardedOriginal& original);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_FORWARDED_FINDING_H_
