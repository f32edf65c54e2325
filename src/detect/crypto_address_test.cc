#include "detect/crypto_address.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

TEST(CryptoAddressTest, FindsBitcoinLegacyAndSegwitWithValidChecksums) {
  auto found = FindCryptoAddresses(
      "Send 0.1 BTC to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa or bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq today.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].currency, "Bitcoin");
  EXPECT_EQ(found[0].address, "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa");
  EXPECT_EQ(found[1].address, "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq");
}

TEST(CryptoAddressTest, RejectsBadChecksums) {
  EXPECT_TRUE(FindCryptoAddresses("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb").empty());
  EXPECT_TRUE(FindCryptoAddresses("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr").empty());
}

TEST(CryptoAddressTest, UppercaseBech32IsAccepted) {
  auto found = FindCryptoAddresses("wallet: BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].currency, "Bitcoin");
}

TEST(CryptoAddressTest, FindsP2shTronLitecoinEthereum) {
  auto found = FindCryptoAddresses(
      "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL "
      "LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH9 0xde0B295669a9FD93d5F28D9Ec85E40f4cb697BAe");
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0].currency, "Bitcoin");
  EXPECT_EQ(found[1].currency, "Tron");
  EXPECT_EQ(found[2].currency, "Litecoin");
  EXPECT_EQ(found[3].currency, "Ethereum");
}

TEST(CryptoAddressTest, IgnoresHashesIdsAndBase64) {
  // A git commit id, a message id, a run inside base64 data.
  EXPECT_TRUE(FindCryptoAddresses("commit 9b3e1c7a2d5f4e6a8c0b1d3f5e7a9c2b4d6f8a0c").empty());
  EXPECT_TRUE(FindCryptoAddresses("<20251118064158.3F2A1C0411@srv4.kx-hostingmail.top>").empty());
  EXPECT_TRUE(FindCryptoAddresses("0x0000000000000000000000000000000000000000").empty());
  EXPECT_TRUE(FindCryptoAddresses("iVBORw0KGgo+1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa/AAAA").empty());
}

TEST(CryptoAddressTest, ReportsEachAddressOnceAndRespectsMax) {
  std::string text;
  for (int i = 0; i < 5; ++i) text += "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa ";
  EXPECT_EQ(FindCryptoAddresses(text).size(), 1u);
  EXPECT_EQ(FindCryptoAddresses("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", 1).size(), 1u);
}

TEST(CryptoAddressTest, MoneroByShape) {
  std::string xmr = "4";
  const std::string alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  for (int i = 0; i < 94; ++i) xmr += alphabet[(i * 7) % alphabet.size()];
  auto found = FindCryptoAddresses("XMR: " + xmr);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].currency, "Monero");
  EXPECT_TRUE(FindCryptoAddresses("XMR: " + xmr.substr(0, 94)).empty());
}

TEST(CryptoAddressTest, SurvivesJunk) {
  std::string junk(100000, 'A');
  junk[500] = ' ';
  EXPECT_TRUE(FindCryptoAddresses(junk).empty());
  EXPECT_TRUE(FindCryptoAddresses("").empty());
  EXPECT_TRUE(FindCryptoAddresses(std::string("\xff\xfe\x00 1", 5)).empty());
}

}  // namespace
}  // namespace phishscan
