#include "detect/phone_number.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

TEST(PhoneNumberTest, NorthAmericanFormats) {
  for (const char* text : {"call (888) 555-0199 now", "call 888-555-0199.", "call 1-888-555-0199",
                           "call +1 888 555 0199", "call 888.555.0199"}) {
    auto found = FindPhoneNumbers(text);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_TRUE(found[0].toll_free) << text;
  }
  auto local = FindPhoneNumbers("office: (212) 555-0142");
  ASSERT_EQ(local.size(), 1u);
  EXPECT_FALSE(local[0].toll_free);
}

TEST(PhoneNumberTest, InternationalFormats) {
  EXPECT_EQ(FindPhoneNumbers("appelez le +33 1 23 45 67 89").size(), 1u);
  EXPECT_EQ(FindPhoneNumbers("rufen Sie +49 30 1234567 an").size(), 1u);
  EXPECT_EQ(FindPhoneNumbers("whatsapp +2348012345678").size(), 1u);
}

TEST(PhoneNumberTest, NotNumbers) {
  EXPECT_TRUE(FindPhoneNumbers("order 8885550199 placed").empty());     // no separators
  EXPECT_TRUE(FindPhoneNumbers("on 2025-11-18 at 07:42").empty());        // a date
  EXPECT_TRUE(FindPhoneNumbers("from 198.51.100.23").empty());            // an IP address
  EXPECT_TRUE(FindPhoneNumbers("invoice no. 123-456-78901").empty());     // too long a group
  EXPECT_TRUE(FindPhoneNumbers("version 1.2.3, +5 points").empty());
  EXPECT_TRUE(FindPhoneNumbers("").empty());
}

TEST(PhoneNumberTest, DistinctAndBounded) {
  EXPECT_EQ(FindPhoneNumbers("888-555-0199 or (888) 555-0199").size(), 1u);
  std::string many;
  for (int i = 0; i < 20; ++i) many += "+44 20 7946 09" + std::to_string(10 + i) + " ";
  EXPECT_EQ(FindPhoneNumbers(many, 5).size(), 5u);
}

}  // namespace
}  // namespace phishscan
