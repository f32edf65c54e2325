// Brands and services that phishing impersonates, with their official
// domains. Loaded from data/brands.tsv (and user files) without recompiling.
#ifndef PHISHSCAN_DETECT_BRAND_CATALOG_H_
#define PHISHSCAN_DETECT_BRAND_CATALOG_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "phishscan/status.h"

namespace phishscan {

struct Brand {
  std::string name;                   // display name: "PayPal"
  std::string category;               // "payment", "bank", "mail", "hosting", "parcel", ...
  std::vector<std::string> domains;   // official registrable domains: "paypal.com", "paypal.fr"
  std::vector<std::string> keywords;  // lower-case names as written in mail: "paypal"
  bool strong = true;  // false: keyword is also a common word ("orange", "chase"); only
                       // counts in the display name, subject, a copyright line or "<kw> account"
};

struct BrandMention {
  std::size_t brand_index;
  std::string_view keyword;  // which keyword matched
  std::size_t start, end;    // offsets in the searched text
};

class BrandCatalog {
 public:
  // File format: name<TAB>category<TAB>domains(comma)<TAB>keywords(comma)[<TAB>weak]
  static StatusOr<std::unique_ptr<BrandCatalog>> Load(const std::vector<std::string>& files);
  ~BrandCatalog();

  const std::vector<Brand>& brands() const { return brands_; }
  // Whole-word, case-insensitive keyword occurrences in normalised text.
  std::vector<BrandMention> FindMentions(std::string_view normalized_text) const;
  // True when `registrable_domain` is one of the brand's official domains
  // (or the brand's keyword is the domain's first label, e.g. paypal.co.uk).
  bool IsOfficialDomain(const Brand& brand, std::string_view registrable_domain) const;
  // Brand owning this registrable domain, or nullptr.
  const Brand* BrandOfDomain(std::string_view registrable_domain) const;

 private:
  BrandCatalog() = default;
  std::vector<Brand> brands_;
  struct Index;
  std::unique_ptr<Index> index_;
};

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_BRAND_CATALOG_H_
