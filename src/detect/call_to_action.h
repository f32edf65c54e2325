// Whether a link's visible text asks the reader to act ("AUTHENTICATE IMAP",
// "Verify now", "Log in", "Cliquez ici", "Jetzt bestätigen"): a button or
// a few imperative words rather than a URL, a title or a sentence.
#ifndef PHISHSCAN_DETECT_CALL_TO_ACTION_H_
#define PHISHSCAN_DETECT_CALL_TO_ACTION_H_

#include "detect/phrase_matcher.h"
#include "extract/extraction.h"

namespace phishscan {

// True for anchors matching a call_to_action phrase (also in a longer
// sentence), short anchors matching credential/document/payment wording or
// starting with an account verb, buttons written in capitals, and — when
// `presented_as_another_brand` (the message presents itself as a brand the
// link does not belong to) — any anchor of four words or fewer.
bool IsCallToAction(const Link& link, const PhraseMatcher& phrases, bool presented_as_another_brand);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_CALL_TO_ACTION_H_
