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

TEST(PhoneNumberTest, NationalFormatsOnRequest) {
  constexpr PhoneFormats kNational = PhoneFormats::kWithNational;
  for (const char* text : {"appelez le 01 23 45 67 89.", "rufen Sie uns unter 030 12345678 an",
                           "bel ons op 020 123 4567", "chiama il numero 02 1234 5678",
                           "ligue para a central: 4003-6514", "ligue (11) 3003-1234", "call 020 7946 0958"}) {
    auto found = FindPhoneNumbers(text, 5, kNational);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_FALSE(found[0].toll_free) << text;
    EXPECT_TRUE(FindPhoneNumbers(text).empty()) << text;  // not without asking
  }
  for (const char* text : {"llame al 900 123 456", "chiama l'800 123 456", "appelez le 0 800 123 456",
                           "ligue 0800 727 9933", "bel gratis 0800-1234", "anrufen: 0800 123 4567"}) {
    auto found = FindPhoneNumbers(text, 5, kNational);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_TRUE(found[0].toll_free) << text;
  }
}

TEST(PhoneNumberTest, NationalLookAlikesAreNotNumbers) {
  constexpr PhoneFormats kNational = PhoneFormats::kWithNational;
  for (const char* text : {"le 08.01.2025 à 10h", "am 01 02 2025", "total R$ 900.000.000,00", "período 2019-2024",
                           "commande 123-456", "ref 0123", "valor de R$1.499,99 no dia 31/01", "cep 01310-100"}) {
    EXPECT_TRUE(FindPhoneNumbers(text, 5, kNational).empty()) << text;
  }
}

TEST(PhoneNumberTest, DistinctAndBounded) {
  EXPECT_EQ(FindPhoneNumbers("888-555-0199 or (888) 555-0199").size(), 1u);
  std::string many;
  for (int i = 0; i < 20; ++i) many += "+44 20 7946 09" + std::to_string(10 + i) + " ";
  EXPECT_EQ(FindPhoneNumbers(many, 5).size(), 5u);
}

}  // namespace
}  // namespace phishscan
