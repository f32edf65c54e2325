// libmilter's callback table, bound to the one MilterService of the process.
#ifndef PHISHSCAN_MILTER_MILTER_CALLBACKS_H_
#define PHISHSCAN_MILTER_MILTER_CALLBACKS_H_

#include <libmilter/mfapi.h>

namespace phishscan {

class MilterService;

// The filter description to hand to smfi_register; every callback works on
// behalf of `service`.
struct smfiDesc FilterDescriptionFor(MilterService* service);

}  // namespace phishscan

#endif  // PHISHSCAN_MILTER_MILTER_CALLBACKS_H_
