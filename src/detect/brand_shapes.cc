#include "detect/brand_shapes.h"

#include "base/text.h"
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
      names_.push_back({i, std::move(name), is_keyword, brands[i].strong});
    };
    for (const std::string& k : brands[i].keywords) add(CompactName(AsciiLower(k)), true);
    for (const std::string& d : brands[i].domains) add(AsciiLower(d.substr(0, d.find('.'))), false);
  }
  for (std::size_t i = 0; i < names_.size(); ++i) by_skeleton_.emplace(ConfusableSkeleton(names_[i].name), i);
}

const BrandName* BrandShapes::BySkeleton(std::string_view skeleton) const {
  auto it = by_skeleton_.find(std::string(skeleton));
  return it == by_skeleton_.end() ? nullptr : &names_[it->second];
}

}  // namespace phishscan
