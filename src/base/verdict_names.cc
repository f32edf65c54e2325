// Stable names of signs and labels, as they appear in JSON and headers.
#include "phishscan/report.h"
#include "phishscan/verdict.h"

namespace phishscan {

std::string_view SignName(Sign sign) {
  switch (sign) {
    case Sign::kSenderMismatch: return "sender_mismatch";
    case Sign::kGenericWording: return "generic_wording";
    case Sign::kCredentialRequest: return "credential_request";
    case Sign::kDeceptiveLink: return "deceptive_link";
    case Sign::kUrgency: return "urgency";
    case Sign::kFraudLure: return "fraud_lure";
    case Sign::kAuthentication: return "authentication";
    case Sign::kAttachment: return "attachment";
    case Sign::kStructure: return "structure";
  }
  return "structure";
}

std::string_view LabelName(Label label) {
  switch (label) {
    case Label::kClean: return "clean";
    case Label::kSuspicious: return "suspicious";
    case Label::kPhishing: return "phishing";
  }
  return "clean";
}

}  // namespace phishscan
