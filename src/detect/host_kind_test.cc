#include "detect/host_kind.h"

#include <gtest/gtest.h>

#include "detect/detector_test_support.h"

namespace phishscan {
namespace {

HostKind KindOf(std::string_view url) {
  std::optional<Url> parsed = ParseUrl(url);
  EXPECT_TRUE(parsed.has_value()) << url;
  return parsed ? ClassifyHost(*parsed, testing::SharedKnowledge()) : HostKind::kOrdinary;
}

TEST(HostKindTest, ShippedLists) {
  EXPECT_EQ(KindOf("https://imap-auth-portal.pages.dev/x"), HostKind::kFreeHosting);
  EXPECT_EQ(KindOf("https://bit.ly/abc"), HostKind::kShortener);
  EXPECT_EQ(KindOf("http://203.0.113.9/login"), HostKind::kIpLiteral);
  EXPECT_EQ(KindOf("https://github.com/password_reset"), HostKind::kOrdinary);
}

TEST(HostKindTest, PrivateAddresses) {
  EXPECT_TRUE(IsPrivateIp("192.168.10.2"));
  EXPECT_TRUE(IsPrivateIp("10.0.0.1"));
  EXPECT_TRUE(IsPrivateIp("172.20.1.1"));
  EXPECT_TRUE(IsPrivateIp("127.0.0.1"));
  EXPECT_TRUE(IsPrivateIp("[::1]"));
  EXPECT_FALSE(IsPrivateIp("172.32.0.1"));
  EXPECT_FALSE(IsPrivateIp("203.0.113.9"));
  EXPECT_FALSE(IsPrivateIp("999.1.1.1"));
  EXPECT_FALSE(IsPrivateIp("example.com"));
}

TEST(HostKindTest, PhrasesInBothLanguages) {
  EXPECT_EQ(HostKindPhraseEn(HostKind::kFreeHosting), "a free hosting site");
  EXPECT_EQ(HostKindPhraseFr(HostKind::kFreeHosting), "un site d'hébergement gratuit");
  EXPECT_TRUE(HostKindPhraseEn(HostKind::kOrdinary).empty());
  EXPECT_TRUE(IsThrowawayHost(HostKind::kIpfsGateway));
  EXPECT_FALSE(IsThrowawayHost(HostKind::kFileShare));
}

}  // namespace
}  // namespace phishscan
