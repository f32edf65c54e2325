#include "detect/sender_relation.h"

#include <algorithm>

#include "base/domain.h"
#include "detect/context.h"
#include "detect/host_labels.h"
#include "detect/trusted_auth_results.h"

namespace phishscan {
namespace {

std::string RegistrableOf(std::string_view domain_or_address) {
  std::string host = domain_or_address.find('@') != std::string_view::npos
                         ? DomainOfAddress(domain_or_address)
                         : HostToAscii(domain_or_address);
  return host.empty() ? std::string() : RegistrableDomain(host);
}

void AddOnce(std::vector<const Brand*>& brands, const Brand* brand) {
  if (std::find(brands.begin(), brands.end(), brand) == brands.end()) brands.push_back(brand);
}

// Where a claim shows the message speaking as the brand, rather than naming
// it in passing ("body", "subject mention").
bool SpeaksForBrand(std::string_view where) {
  return where != "body" && where != "subject mention";
}

std::string_view TopLevelDomain(std::string_view domain) {
  const std::size_t dot = domain.rfind('.');
  return dot == std::string_view::npos ? domain : domain.substr(dot + 1);
}

// Only a state registers under gouv.fr or gov.uk, so two sites there under the
// same country code belong to one administration: a tax office's notice
// pointing to the national fraud-report portal links to its own side.
bool SameGovernment(const Knowledge& knowledge, std::string_view a, std::string_view b) {
  return knowledge.IsGovernmentHost(a) && knowledge.IsGovernmentHost(b) && TopLevelDomain(a) == TopLevelDomain(b);
}

}  // namespace

SenderRelation::SenderRelation(const ScanContext& ctx) : ctx_(ctx) {
  const Mailbox& from = ctx.message.from;
  from_domain_ = !from.registrable_domain.empty() ? from.registrable_domain : RegistrableOf(from.domain);
  if (const AuthResults* ar = TrustedAuthResults(ctx.message)) {
    std::string spf = RegistrableOf(ar->spf_domain);
    std::string dkim = RegistrableOf(ar->dkim_domain);
    if (ResultIs(ar->spf, "pass") && !spf.empty()) authenticated_.push_back(spf);
    if (ResultIs(ar->dkim, "pass") && !dkim.empty()) authenticated_.push_back(dkim);
    from_authenticated_ = !from_domain_.empty() &&
                          (ResultIs(ar->dmarc, "pass") || (ResultIs(ar->dkim, "pass") && dkim == from_domain_));
  }
  for (const ScanContext::BrandClaim& claim : ctx.brand_claims) {
    if (claim.brand == nullptr) continue;
    AddOnce(mentioned_, claim.brand);
    if (SpeaksForBrand(claim.where)) AddOnce(speaking_, claim.brand);
    if (claim.where == "display name" || claim.where == "subject" || claim.where == "copyright line")
      AddOnce(signed_, claim.brand);
  }
}

bool SenderRelation::IsSenderDomain(std::string_view registrable) const {
  if (registrable.empty()) return false;
  return registrable == from_domain_ ||
         std::find(authenticated_.begin(), authenticated_.end(), registrable) != authenticated_.end();
}

bool SenderRelation::IsRelated(std::string_view registrable) const {
  if (registrable.empty()) return false;
  if (IsSenderDomain(registrable) || registrable == ctx_.recipient_registrable) return true;
  const BrandCatalog& catalog = ctx_.knowledge.brands();
  for (const Brand* brand : mentioned_)
    if (catalog.IsOfficialDomain(*brand, registrable)) return true;
  if (from_domain_.empty()) return false;
  if (from_authenticated_ && SameGovernment(ctx_.knowledge, from_domain_, registrable)) return true;
  const Brand* from_brand = catalog.BrandOfDomain(from_domain_);
  if (from_brand != nullptr && from_brand == catalog.BrandOfDomain(registrable)) return true;
  std::string_view label = OrganisationLabel(registrable);
  return label.size() >= kMinOrganisationLabel && label == OrganisationLabel(from_domain_);
}

namespace {

const Brand* FirstNotOwning(const std::vector<const Brand*>& brands, const BrandCatalog& catalog,
                            std::string_view registrable) {
  for (const Brand* brand : brands)
    if (!catalog.IsOfficialDomain(*brand, registrable)) return brand;
  return nullptr;
}

}  // namespace

const Brand* SenderRelation::ClaimedBrandNotOwning(std::string_view registrable) const {
  return FirstNotOwning(speaking_, ctx_.knowledge.brands(), registrable);
}

const Brand* SenderRelation::SignedBrandNotOwning(std::string_view registrable) const {
  return FirstNotOwning(signed_, ctx_.knowledge.brands(), registrable);
}

}  // namespace phishscan
