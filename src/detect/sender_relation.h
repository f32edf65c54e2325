// Which domains a message may plausibly send its reader to: the sender's own
// (From, and what the receiving server authenticated), a claimed brand's
// official domains, the same organisation under another TLD, the reader's own
// domain, and for an authenticated government sender the other sites of its
// country's government suffix (data/hosts/government.txt). A link elsewhere is
// "unrelated" — the seed's fourth sign.
#ifndef PHISHSCAN_DETECT_SENDER_RELATION_H_
#define PHISHSCAN_DETECT_SENDER_RELATION_H_

#include <string>
#include <string_view>
#include <vector>

#include "detect/brand_catalog.h"

namespace phishscan {

struct ScanContext;

// Built once per message by FillDerivedContext (ScanContext::sender_relation),
// after the brand claims it reads: detectors share that one.
class SenderRelation {
 public:
  explicit SenderRelation(const ScanContext& ctx);

  // The From registrable domain ("" when From has none).
  const std::string& from_domain() const { return from_domain_; }
  // The receiving server vouched for From (DMARC pass, or DKIM pass aligned
  // with From): the From domain is not forged.
  bool from_authenticated() const { return from_authenticated_; }

  // From, or a domain the receiving server authenticated (SPF/DKIM pass).
  bool IsSenderDomain(std::string_view registrable) const;
  // Any relation listed above.
  bool IsRelated(std::string_view registrable) const;
  // A brand the message speaks for that this domain does not belong to, or
  // nullptr.
  const Brand* ClaimedBrandNotOwning(std::string_view registrable) const;
  // Brands the message speaks for (display name, subject, copyright line or
  // sign-off, "your <brand> account", link text), each once. A brand merely
  // named in the body is not among them.
  const std::vector<const Brand*>& speaking_brands() const { return speaking_; }
  // A brand the message presents itself as in its sender name, subject or
  // copyright line, that this domain does not belong to, or nullptr.
  const Brand* SignedBrandNotOwning(std::string_view registrable) const;

 private:
  const ScanContext& ctx_;
  std::string from_domain_;
  std::vector<std::string> authenticated_;
  std::vector<const Brand*> mentioned_;  // every claim, also mere mentions
  std::vector<const Brand*> speaking_;
  std::vector<const Brand*> signed_;  // display name, subject, copyright line
  bool from_authenticated_ = false;
};

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_SENDER_RELATION_H_
