#include "detect/armor_block.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

TEST(ArmorBlockTest, RemovesASignatureBetweenProse) {
  const std::string text =
      "see you tomorrow -----begin pgp signature----- version: gnupg v1.0.7 (gnu/linux) id8dbqfbsi5p "
      "nhbqlfivih+fwp=ui8y -----end pgp signature----- bye";
  EXPECT_TRUE(HasArmorBlock(text));
  EXPECT_EQ(WithoutArmorBlocks(text), "see you tomorrow   bye");
}

TEST(ArmorBlockTest, KeepsTheProseOfAClearSignedMessage) {
  const std::string text =
      "-----begin pgp signed message----- hash: sha1 the release is out. "
      "-----begin pgp signature----- abc -----end pgp signature----- "
      "-----begin pgp public key block----- xyz";
  EXPECT_EQ(WithoutArmorBlocks(text), "  hash: sha1 the release is out.    ");
}

TEST(ArmorBlockTest, LeavesOtherTextAlone) {
  const std::string text = "our pgp key is on the website ----- begin of the offer -----";
  EXPECT_FALSE(HasArmorBlock(text));
  EXPECT_EQ(WithoutArmorBlocks(text), text);
}

TEST(ArmorBlockTest, AnEndWithoutClosingDashesRunsToTheEnd) {
  EXPECT_EQ(WithoutArmorBlocks("x -----begin pgp signature----- y -----end pgp"), "x  ");
}

}  // namespace
}  // namespace phishscan
