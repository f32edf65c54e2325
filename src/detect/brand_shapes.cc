#include "detect/brand_shapes.h"

#include <algorithm>

#include "base/text.h"
#include "detect/edit_distance.h"
#include "extract/confusables.h"

namespace phishscan {
namespace {

// Shorter names ("g", "me", "ya") coincide with ordinary labels.
constexpr std::size_t kMinNameBytes = 3;

// "office 365" -> "office365"; "" for keywords that are not a label's shape
// ("outlook.com", "1&1").
std::string CompactName(std::string_view keyword) {
  std::string out;
  for (char c : keyword) {
    if (c == ' ' || c == '-') continue;
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!ok) return "";
    out.push_back(c);
  }
  return out;
}

}  // namespace

BrandShapes::BrandShapes(const BrandCatalog& catalog) {
  const std::vector<Brand>& brands = catalog.brands();
  for (std::size_t i = 0; i < brands.size(); ++i) {
    auto add = [&](std::string name, bool is_keyword) {
      if (name.size() < kMinNameBytes) return;
      for (const BrandName& n : names_)
        if (n.brand_index == i && n.name == name) return;
      const uint64_t characters = CharacterSet(name);
      names_.push_back({i, std::move(name), is_keyword, brands[i].strong, characters});
    };
    for (const std::string& k : brands[i].keywords) add(CompactName(AsciiLower(k)), true);
    for (const std::string& d : brands[i].domains) add(AsciiLower(d.substr(0, d.find('.'))), false);
  }
  for (std::size_t i = 0; i < names_.size(); ++i) {
    by_skeleton_.emplace(ConfusableSkeleton(names_[i].name), i);
    if (!names_[i].is_keyword || !names_[i].strong) continue;
    strong_by_name_.push_back(i);
    const std::size_t length = names_[i].name.size();
    const std::size_t shortest = length > kMaxTypoEdits ? length - kMaxTypoEdits : 0;
    const std::size_t longest = length + kMaxTypoEdits;
    if (strong_near_length_.size() <= longest) strong_near_length_.resize(longest + 1);
    for (std::size_t near = shortest; near <= longest; ++near) strong_near_length_[near].push_back(i);
  }
  std::sort(strong_by_name_.begin(), strong_by_name_.end(), [this](std::size_t a, std::size_t b) {
    return names_[a].name != names_[b].name ? names_[a].name < names_[b].name : a < b;
  });
}

// Orders positions in names() by their name, against a name or a prefix.
struct BrandShapes::ByName {
  const std::vector<BrandName>& names;
  std::size_t prefix;  // bytes of a name compared; npos for the whole name
  std::string_view Key(std::size_t i) const { return std::string_view(names[i].name).substr(0, prefix); }
  bool operator()(std::size_t i, std::string_view s) const { return Key(i) < s; }
  bool operator()(std::string_view s, std::size_t i) const { return s < Key(i); }
};

std::span<const std::size_t> BrandShapes::StrongKeywordsNamed(std::string_view name) const {
  auto [lo, hi] = std::equal_range(strong_by_name_.begin(), strong_by_name_.end(), name,
                                   ByName{names_, std::string_view::npos});
  return {lo, hi};
}

std::span<const std::size_t> BrandShapes::StrongKeywordsStartingWith(std::string_view prefix) const {
  auto [lo, hi] =
      std::equal_range(strong_by_name_.begin(), strong_by_name_.end(), prefix, ByName{names_, prefix.size()});
  return {lo, hi};
}

std::span<const std::size_t> BrandShapes::StrongKeywordsNearLength(std::size_t length) const {
  if (length >= strong_near_length_.size()) return {};
  return strong_near_length_[length];
}

const BrandName* BrandShapes::BySkeleton(std::string_view skeleton) const {
  auto it = by_skeleton_.find(std::string(skeleton));
  return it == by_skeleton_.end() ? nullptr : &names_[it->second];
}

}  // namespace phishscan
