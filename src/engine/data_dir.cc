#include "engine/data_dir.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <vector>

namespace phishscan {
namespace {

bool HoldsData(const std::string& dir) {
  std::error_code ec;
  return std::filesystem::is_regular_file(std::filesystem::path(dir) / "brands.tsv", ec);
}

}  // namespace

StatusOr<std::string> ResolveDataDir(const std::string& explicit_dir) {
  if (!explicit_dir.empty()) {
    if (HoldsData(explicit_dir)) return explicit_dir;
    return Status(StatusCode::kNotFound,
                  "data folder '" + explicit_dir + "' has no brands.tsv");
  }
  std::vector<std::string> candidates;
  if (const char* env = std::getenv("PHISHSCAN_DATA"); env && *env) {
    if (HoldsData(env)) return std::string(env);
    return Status(StatusCode::kNotFound,
                  std::string("PHISHSCAN_DATA='") + env + "' has no brands.tsv");
  }
  candidates.push_back(PHISHSCAN_SOURCE_DATA_DIR);
  candidates.push_back(PHISHSCAN_DATA_INSTALL_DIR);
  for (const std::string& dir : candidates)
    if (HoldsData(dir)) return dir;
  return Status(StatusCode::kNotFound, "no data folder found (looked in " + candidates[0] +
                                           " and " + candidates[1] + "); use --data DIR");
}

}  // namespace phishscan
