// The disguised-brand detector (obfuscation.disguised_brand): declared apart
// from detector.h so that adding it does not rebuild every detector.
#ifndef PHISHSCAN_DETECT_DISGUISED_BRAND_DETECTOR_H_
#define PHISHSCAN_DETECT_DISGUISED_BRAND_DETECTOR_H_

#include <memory>

#include "detect/detector.h"

namespace phishscan {

std::unique_ptr<Detector> MakeDisguisedBrandDetector();

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_DISGUISED_BRAND_DETECTOR_H_
