// Links every bulk mail carries to manage the mailing itself rather than
// what the mail is about: unsubscribe, preferences, the web version. They
// legitimately carry the reader's address, and a receipt that has nothing
// else to click offers no way to manage the order it tells of.
#ifndef PHISHSCAN_DETECT_LIST_LINK_H_
#define PHISHSCAN_DETECT_LIST_LINK_H_

#include "extract/extraction.h"

namespace phishscan {

// True when the link's URL or visible text names an unsubscribe, opt-out,
// preferences or web-version page (English, French, German, Spanish words).
bool IsListManagementLink(const Link& link);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_LIST_LINK_H_
