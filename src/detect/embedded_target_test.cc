#include "detect/embedded_target.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace phishscan {
namespace {

std::optional<Url> CarriedBy(const std::string& link) {
  std::optional<Url> url = ParseUrl(link);
  if (!url) return std::nullopt;
  return EmbeddedTarget(*url);
}

TEST(EmbeddedTargetTest, AddressInAParameter) {
  std::optional<Url> t = CarriedBy("https://www.shop.example/out?id=7&url=https%3A%2F%2Fpartner.example%2Fsale");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->registrable_domain, "partner.example");
}

TEST(EmbeddedTargetTest, HostEscapedOnceMore) {
  // "http://203.0.113.9/update" with its host escaped a second time.
  std::optional<Url> t =
      CarriedBy("http://cgi.market.example/ws/go.dll?DomainUrl=http%3A%2F%2F%32%30%33%2E%30%2E%31%31%33%2E%39%2Fupdate");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->host, "203.0.113.9");
  EXPECT_TRUE(t->ip_literal);
}

TEST(EmbeddedTargetTest, NoAddressCarried) {
  EXPECT_FALSE(CarriedBy("https://www.shop.example/item?id=42&ref=mail").has_value());
  EXPECT_FALSE(CarriedBy("https://www.shop.example/search?q=http+books").has_value());
  EXPECT_FALSE(CarriedBy("https://www.shop.example/").has_value());
}

}  // namespace
}  // namespace phishscan
