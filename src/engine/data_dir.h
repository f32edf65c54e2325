// Finding the data folder (brands, phrases, host lists) the engine loads.
#ifndef PHISHSCAN_ENGINE_DATA_DIR_H_
#define PHISHSCAN_ENGINE_DATA_DIR_H_

#include <string>

#include "phishscan/status.h"

namespace phishscan {

// The first of: `explicit_dir`, $PHISHSCAN_DATA, the source tree's data/
// (a development build), the install location — that holds brands.tsv.
StatusOr<std::string> ResolveDataDir(const std::string& explicit_dir);

}  // namespace phishscan

#endif  // PHISHSCAN_ENGINE_DATA_DIR_H_
