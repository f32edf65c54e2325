#include "detect/foreign_brand_claim.h"

#include <gtest/gtest.h>

#include "detect/detector_test_support.h"

namespace phishscan {
namespace {

using testing::Mail;
using testing::ScanForTest;

TEST(FirstForeignBrandClaimTest, AStrangerNamingABrandIsForeign) {
  auto scanned = ScanForTest(Mail("From: Rewards Desk <desk@reward-center.example>\nTo: ana@example.org\n"
                                  "Subject: Your PayPal bonus is waiting\n"));
  const ScanContext::BrandClaim* claim = FirstForeignBrandClaim(*scanned->ctx, "reward-center.example");
  ASSERT_NE(claim, nullptr);
  EXPECT_EQ(claim->brand->name, "PayPal");
}

TEST(FirstForeignBrandClaimTest, TheBrandItselfAndOtherBrandsAreNot) {
  auto own = ScanForTest(Mail("From: PayPal <service@paypal.com>\nTo: ana@example.org\n"
                              "Subject: Your PayPal bonus is waiting\n"));
  EXPECT_EQ(FirstForeignBrandClaim(*own->ctx, "paypal.com"), nullptr);
  // A catalogued brand naming a partner's card speaks for itself.
  auto partner = ScanForTest(Mail("From: Amazon <store-news@amazon.com>\nTo: ana@example.org\n"
                                  "Subject: Pay with PayPal at checkout\n"));
  EXPECT_EQ(FirstForeignBrandClaim(*partner->ctx, "amazon.com"), nullptr);
}

}  // namespace
}  // namespace phishscan
