// The shapes of brand names a look-alike domain imitates, derived once per
// brand catalog: compact keywords ("office 365" -> "office365"), the labels of
// official domains, and their confusable skeletons. Computing skeletons costs
// an ICU call each, so the table is built once, with the engine's Knowledge,
// and shared by all scans.
#ifndef PHISHSCAN_DETECT_BRAND_SHAPES_H_
#define PHISHSCAN_DETECT_BRAND_SHAPES_H_

#include <cstddef>
#include <cstdint>
#include <span>
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
  uint64_t characters;  // CharacterSet(name), to reject far labels quickly
};

class BrandShapes {
 public:
  explicit BrandShapes(const BrandCatalog& catalog);

  const std::vector<BrandName>& names() const { return names_; }
  // A brand name whose confusable skeleton is `skeleton`, or nullptr.
  const BrandName* BySkeleton(std::string_view skeleton) const;

  // Indexes over the strong keywords (is_keyword && strong), so that a
  // detector looks at the few names a label can match rather than the whole
  // catalog. Each returns positions in names(), in ascending order unless
  // said otherwise.
  // Strong keywords exactly `name`.
  std::span<const std::size_t> StrongKeywordsNamed(std::string_view name) const;
  // Strong keywords starting with `prefix`, ordered by name then position.
  std::span<const std::size_t> StrongKeywordsStartingWith(std::string_view prefix) const;
  // Strong keywords whose length is within kMaxTypoEdits bytes of `length`:
  // the only ones a few edits can turn a string that long into.
  std::span<const std::size_t> StrongKeywordsNearLength(std::size_t length) const;

  static constexpr std::size_t kMaxTypoEdits = 2;

 private:
  struct ByName;

  std::vector<BrandName> names_;
  std::unordered_map<std::string, std::size_t> by_skeleton_;
  std::vector<std::size_t> strong_by_name_;                 // sorted by (name, position)
  std::vector<std::vector<std::size_t>> strong_near_length_;  // [length] -> positions
};


}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_BRAND_SHAPES_H_
