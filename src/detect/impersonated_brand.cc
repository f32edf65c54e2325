#include "detect/impersonated_brand.h"

#include <string>

#include "detect/disguised_sender_brand.h"
#include "detect/sender_relation.h"
#include "detect/subject_brand_voice.h"

namespace phishscan {

const Brand* ImpersonatedBrand(const ScanContext& ctx) {
  const BrandCatalog& catalog = ctx.knowledge.brands();
  const std::string& from_domain = ctx.message.from.registrable_domain;
  if (!from_domain.empty() &&
      (catalog.BrandOfDomain(from_domain) != nullptr || from_domain == ctx.recipient_registrable))
    return nullptr;
  const bool authenticated = ctx.sender_relation->from_authenticated();
  for (const ScanContext::BrandClaim& claim : ctx.brand_claims) {
    if (!claim.brand || catalog.IsOfficialDomain(*claim.brand, from_domain)) continue;
    if (claim.where == "display name" || claim.where == "copyright line") return claim.brand;
    if (claim.where != "subject") continue;
    if (!authenticated || SubjectOpensWithBrand(ctx.subject_normalized, *claim.brand)) return claim.brand;
  }
  const DisguisedBrand& disguised = DisguisedSenderBrandOf(ctx);
  if (disguised.brand != nullptr && !catalog.IsOfficialDomain(*disguised.brand, from_domain)) return disguised.brand;
  return nullptr;
}

}  // namespace phishscan
