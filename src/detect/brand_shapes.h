// The shapes of brand names a look-alike domain imitates, derived once per
// brand catalog: compact keywords ("office 365" -> "office365"), the labels of
// official domains, and their confusable skeletons. Computing skeletons costs
// an ICU call each, so the table is built once, with the engine's Knowledge,
// and shared by all scans.
#ifndef PHISHSCAN_DETECT_BRAND_SHAPES_H_
#define PHISHSCAN_DETECT_BRAND_SHAPES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "detect/brand_catalog.h"

namespace phishscan {

struct BrandName {
  std::size_t brand_index;
  std::string name;  // ASCII lower case, no spaces: "paypal", "microsoft365"
  bool is_keyword;   // a name people write (vs only an official domain's label)
  bool strong;       // the brand's keywords are not ordinary words
};

class BrandShapes {
 public:
  explicit BrandShapes(const BrandCatalog& catalog);

  const std::vector<BrandName>& names() const { return names_; }
  // A brand name whose confusable skeleton is `skeleton`, or nullptr.
  const BrandName* BySkeleton(std::string_view skeleton) const;

 private:
  std::vector<BrandName> names_;
  std::unordered_map<std::string, std::size_t> by_skeleton_;
};


}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_BRAND_SHAPES_H_
