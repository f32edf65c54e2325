#include "detect/list_link.h"

#include <gtest/gtest.h>

#include <string>

namespace phishscan {
namespace {

Link LinkTo(const std::string& raw, const std::string& text) {
  Link link;
  link.url.raw = raw;
  link.text = text;
  return link;
}

TEST(ListLinkTest, UnsubscribePreferencesAndWebVersion) {
  EXPECT_TRUE(IsListManagementLink(LinkTo("https://news.example.com/unsubscribe?id=42", "here")));
  EXPECT_TRUE(IsListManagementLink(LinkTo("https://news.example.com/u?id=42", "Se désabonner")));
  EXPECT_TRUE(IsListManagementLink(LinkTo("https://news.example.com/p?id=42", "Manage preferences")));
  EXPECT_TRUE(IsListManagementLink(LinkTo("https://news.example.de/abmelden", "Newsletter abbestellen")));
  EXPECT_TRUE(IsListManagementLink(LinkTo("https://news.example.com/webversion/42", "View in browser")));
}

TEST(ListLinkTest, OrderAndAccountLinksAreNot) {
  EXPECT_FALSE(IsListManagementLink(LinkTo("https://shop.example.com/account/orders/4471", "View your order")));
  EXPECT_FALSE(IsListManagementLink(LinkTo("https://login.example.com/", "Sign in")));
  EXPECT_FALSE(IsListManagementLink(LinkTo("", "")));
}

}  // namespace
}  // namespace phishscan
