// A detector looks for one sign and reports signals with their evidence and
// a plain-language explanation in English and French. Detectors are
// stateless and const: one instance serves every thread.
#ifndef PHISHSCAN_DETECT_DETECTOR_H_
#define PHISHSCAN_DETECT_DETECTOR_H_

#include <memory>
#include <string_view>
#include <vector>

#include "detect/context.h"
#include "phishscan/verdict.h"

namespace phishscan {

class Detector {
 public:
  virtual ~Detector() = default;
  virtual std::string_view name() const = 0;
  virtual void Run(const ScanContext& ctx, std::vector<Signal>& out) const = 0;
};

// Every shipped detector, in a fixed order.
std::vector<std::unique_ptr<Detector>> AllDetectors();

// Factories, one per detector file.
std::unique_ptr<Detector> MakeSenderMismatchDetector();
std::unique_ptr<Detector> MakeGenericWordingDetector();
std::unique_ptr<Detector> MakeCredentialRequestDetector();
std::unique_ptr<Detector> MakeDeceptiveLinkDetector();
std::unique_ptr<Detector> MakeUrgencyDetector();
std::unique_ptr<Detector> MakeFraudLureDetector();
std::unique_ptr<Detector> MakeAuthenticationDetector();
std::unique_ptr<Detector> MakeLookalikeDomainDetector();
std::unique_ptr<Detector> MakeAttachmentDetector();
std::unique_ptr<Detector> MakeStructureDetector();
std::unique_ptr<Detector> MakeFromHeaderDetector();
std::unique_ptr<Detector> MakeSenderAnomalyDetector();
std::unique_ptr<Detector> MakeScamOfferDetector();
std::unique_ptr<Detector> MakeObfuscationDetector();
std::unique_ptr<Detector> MakeSenderIdentityDetector();
std::unique_ptr<Detector> MakeStrangerWindfallDetector();
std::unique_ptr<Detector> MakeCryptoRewardSenderDetector();
std::unique_ptr<Detector> MakeCryptoBrandLureDetector();
std::unique_ptr<Detector> MakeCoinNameSenderDetector();
std::unique_ptr<Detector> MakeDatingNameSenderDetector();
std::unique_ptr<Detector> MakeCasinoNameSenderDetector();
std::unique_ptr<Detector> MakeInstitutionLureDetector();
std::unique_ptr<Detector> MakePitchNameSenderDetector();
std::unique_ptr<Detector> MakeRewardNameSenderDetector();
std::unique_ptr<Detector> MakeForwardedSenderDetector();
std::unique_ptr<Detector> MakeBrandGiveawayDetector();
std::unique_ptr<Detector> MakeStrangerGiftCardDetector();
std::unique_ptr<Detector> MakeBrandNamedDomainDetector();
std::unique_ptr<Detector> MakePlatformRelayedLureDetector();
std::unique_ptr<Detector> MakeHandedCredentialsDetector();
std::unique_ptr<Detector> MakeTextlessLureDetector();
std::unique_ptr<Detector> MakeLegalSummonsDetector();
std::unique_ptr<Detector> MakeAccountNamePayoutDetector();
std::unique_ptr<Detector> MakeDisposableSharerDetector();
std::unique_ptr<Detector> MakeDisguisedBrandDetector();
std::unique_ptr<Detector> MakePrivateReplyDetector();
std::unique_ptr<Detector> MakePrivateLenderDetector();
std::unique_ptr<Detector> MakeUnprovenBrandSenderDetector();
std::unique_ptr<Detector> MakeTrustClaimDetector();
std::unique_ptr<Detector> MakeImpersonatedAlertDetector();
std::unique_ptr<Detector> MakeChatHandoffDetector();
std::unique_ptr<Detector> MakeGappedSiteAddressDetector();
std::unique_ptr<Detector> MakeCryptoBrandHostDetector();
std::unique_ptr<Detector> MakeCampaignTagDetector();
std::unique_ptr<Detector> MakeBounceDomainDetector();
std::unique_ptr<Detector> MakeShortenedOptOutDetector();
std::unique_ptr<Detector> MakePhoneOnlyReceiptDetector();
std::unique_ptr<Detector> MakeCelebrityBaitDetector();
std::unique_ptr<Detector> MakeStrangerQuoteOfferDetector();
std::unique_ptr<Detector> MakeGeneratedMessageIdDetector();

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_DETECTOR_H_
