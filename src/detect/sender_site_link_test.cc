#include "detect/sender_site_link.h"

#include <string>

#include <gtest/gtest.h>

#include "detect/detector_test_support.h"
#include "detect/test_mail.h"

namespace phishscan {
namespace {

using testing::ScanForTest;
using testing::TestMail;

bool LinksHome(const std::string& text) {
  TestMail m;
  m.from = "Bitcoin Meetup <hello@btc-meetup.example>";
  m.to = "bob@example-corp.com";
  m.text = text;
  auto scanned = ScanForTest(m.Build());
  return LinksToSenderSite(*scanned->ctx, SenderRelation(*scanned->ctx));
}

TEST(SenderSiteLinkTest, ALinkToTheSendersDomainLeadsHome) {
  EXPECT_TRUE(LinksHome("Sign up at https://www.btc-meetup.example/join or ask at https://elsewhere.example"));
}

TEST(SenderSiteLinkTest, LinksElsewhereOrNotOnTheWebDoNot) {
  EXPECT_FALSE(LinksHome("Claim now: https://claim-portal.example/btc"));
  EXPECT_FALSE(LinksHome("Write to mailto:hello@btc-meetup.example or call us."));
  EXPECT_FALSE(LinksHome("No link at all."));
}

TEST(SenderSiteLinkTest, OnlyTheFirstLinksAreRead) {
  std::string text;
  for (int i = 0; i < 250; ++i) text += "https://elsewhere" + std::to_string(i) + ".example/ ";
  EXPECT_FALSE(LinksHome(text + "https://btc-meetup.example/"));
}

}  // namespace
}  // namespace phishscan
