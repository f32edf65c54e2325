#include <gtest/gtest.h>

#include <set>
#include <string>

#include "detect/detector.h"
#include "detect/detector_test_support.h"

namespace phishscan {
namespace {

// Every factory declared in detector.h is registered once, under its own name.
TEST(AllDetectorsTest, DistinctDetectorsInFixedOrder) {
  const auto detectors = AllDetectors();
  ASSERT_EQ(detectors.size(), 50u);
  std::set<std::string> names;
  for (const auto& d : detectors) {
    ASSERT_NE(d, nullptr);
    EXPECT_FALSE(d->name().empty());
    names.insert(std::string(d->name()));
  }
  EXPECT_EQ(names.size(), detectors.size());
  EXPECT_EQ(detectors[0]->name(), "sender_mismatch");
  EXPECT_EQ(detectors[1]->name(), "generic_wording");
  EXPECT_EQ(detectors[2]->name(), "credential_request");
  EXPECT_EQ(detectors[4]->name(), "urgency");
}

TEST(AllDetectorsTest, SeedLureLightsUpTheSeedsSigns) {
  const std::string raw = testing::ReadFileOrEmpty(PHISHSCAN_SOURCE_DIR "/examples/imap-auth-lure.eml");
  ASSERT_FALSE(raw.empty());
  auto scanned = testing::ScanForTest(raw);
  std::set<Sign> signs;
  for (const auto& d : AllDetectors()) {
    std::vector<Signal> out;
    d->Run(*scanned->ctx, out);
    for (const Signal& s : out) signs.insert(s.sign);
  }
  for (Sign sign : {Sign::kSenderMismatch, Sign::kGenericWording, Sign::kCredentialRequest, Sign::kUrgency})
    EXPECT_TRUE(signs.count(sign)) << SignName(sign);
}

}  // namespace
}  // namespace phishscan
