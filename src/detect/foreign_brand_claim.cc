#include "detect/foreign_brand_claim.h"

#include "detect/brand_catalog.h"
#include "detect/knowledge.h"

namespace phishscan {

const ScanContext::BrandClaim* FirstForeignBrandClaim(const ScanContext& ctx, std::string_view from_domain) {
  const BrandCatalog& catalog = ctx.knowledge.brands();
  if (catalog.BrandOfDomain(from_domain) != nullptr) return nullptr;
  for (const ScanContext::BrandClaim& claim : ctx.brand_claims)
    if (claim.brand != nullptr && !catalog.IsOfficialDomain(*claim.brand, from_domain)) return &claim;
  return nullptr;
}

}  // namespace phishscan
