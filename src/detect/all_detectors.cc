// The shipped detector set, in the order signals are reported: the seed's
// five signs first, then the other fraud families and message checks.
#include <memory>
#include <vector>

#include "detect/detector.h"

namespace phishscan {

std::vector<std::unique_ptr<Detector>> AllDetectors() {
  std::vector<std::unique_ptr<Detector>> detectors;
  detectors.push_back(MakeSenderMismatchDetector());
  detectors.push_back(MakeGenericWordingDetector());
  detectors.push_back(MakeCredentialRequestDetector());
  detectors.push_back(MakeDeceptiveLinkDetector());
  detectors.push_back(MakeUrgencyDetector());
  detectors.push_back(MakeFraudLureDetector());
  detectors.push_back(MakeAuthenticationDetector());
  detectors.push_back(MakeLookalikeDomainDetector());
  detectors.push_back(MakeAttachmentDetector());
  detectors.push_back(MakeStructureDetector());
  detectors.push_back(MakeFromHeaderDetector());
  detectors.push_back(MakeSenderAnomalyDetector());
  detectors.push_back(MakeScamOfferDetector());
  detectors.push_back(MakeObfuscationDetector());
  detectors.push_back(MakeDisguisedBrandDetector());
  detectors.push_back(MakeSenderIdentityDetector());
  detectors.push_back(MakeStrangerWindfallDetector());
  detectors.push_back(MakeCryptoRewardSenderDetector());
  detectors.push_back(MakeCryptoBrandLureDetector());
  detectors.push_back(MakeCoinNameSenderDetector());
  detectors.push_back(MakeDatingNameSenderDetector());
  detectors.push_back(MakeCasinoNameSenderDetector());
  detectors.push_back(MakeInstitutionLureDetector());
  detectors.push_back(MakePitchNameSenderDetector());
  detectors.push_back(MakeRewardNameSenderDetector());
  detectors.push_back(MakeForwardedSenderDetector());
  detectors.push_back(MakeBrandGiveawayDetector());
  detectors.push_back(MakeStrangerGiftCardDetector());
  detectors.push_back(MakeBrandNamedDomainDetector());
  detectors.push_back(MakePlatformRelayedLureDetector());
  detectors.push_back(MakeHandedCredentialsDetector());
  detectors.push_back(MakeTextlessLureDetector());
  detectors.push_back(MakeLegalSummonsDetector());
  detectors.push_back(MakePrivateReplyDetector());
  detectors.push_back(MakePrivateLenderDetector());
  detectors.push_back(MakeAccountNamePayoutDetector());
  detectors.push_back(MakeDisposableSharerDetector());
  detectors.push_back(MakeUnprovenBrandSenderDetector());
  detectors.push_back(MakeTrustClaimDetector());
  detectors.push_back(MakeImpersonatedAlertDetector());
  detectors.push_back(MakeChatHandoffDetector());
  detectors.push_back(MakeGappedSiteAddressDetector());
  detectors.push_back(MakeCryptoBrandHostDetector());
  detectors.push_back(MakeCampaignTagDetector());
  detectors.push_back(MakeBounceDomainDetector());
  detectors.push_back(MakeShortenedOptOutDetector());
  detectors.push_back(MakePhoneOnlyReceiptDetector());
  detectors.push_back(MakeCelebrityBaitDetector());
  detectors.push_back(MakeStrangerQuoteOfferDetector());
  detectors.push_back(MakeGeneratedMessageIdDetector());
  return detectors;
}

}  // namespace phishscan
