#include "detect/borrowed_sender_name.h"

#include <gtest/gtest.h>

#include <string>

#include "detect/detector_test_support.h"

namespace phishscan {
namespace {

using testing::Mail;
using testing::ScanForTest;

std::optional<BorrowedSenderName> Borrowed(const std::string& from) {
  auto s = ScanForTest(Mail("From: " + from + "\nTo: a@example.org\nSubject: x\n"));
  return FindBorrowedSenderName(*s->ctx);
}

TEST(BorrowedSenderNameTest, OrganisationNameTheAddressDoesNotCarry) {
  const auto b = Borrowed("Home Window Offers Center <info@riverside-school.example>");
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(b->name, "Home Window Offers Center");
  EXPECT_TRUE(b->serial_person.empty());
}

TEST(BorrowedSenderNameTest, ProductOverANameAndSerialMailbox) {
  const auto b = Borrowed("Audien Atom <eustacia_lefloch_92905@mailer-host.example>");
  ASSERT_TRUE(b.has_value());
  EXPECT_FALSE(b->serial_person.empty());
}

TEST(BorrowedSenderNameTest, NamesTheAddressCarriesOrThatAreNoOrganisation) {
  for (const char* from : {"Deutsche Bahn Kundendialog <service@bahn.de>",
                           "Compare Home Insurance Quotes <news@comparehomeinsurance.example>",
                           "Marta Oliveira <marta@corretora-atlantico.example>",
                           "Anna from Riverside Shop <hello@shop-platform.example>",
                           "Solar Savings Program <solar.savings@gmail.com>", "<info@riverside-school.example>"}) {
    EXPECT_FALSE(Borrowed(from).has_value()) << from;
  }
}

TEST(BorrowedSenderNameTest, ChosenLocalPartDropsTagsAndMachineIds) {
  EXPECT_EQ(ChosenLocalPartOf("anna+news@example.org"), "anna");
  EXPECT_EQ(ChosenLocalPartOf("bounce-8234-17@example.org"), "");
  EXPECT_EQ(ChosenLocalPartOf("Online#3.2x@example.org"), "");
  EXPECT_EQ(ChosenLocalPartOf("no-at-sign"), "");
}

}  // namespace
}  // namespace phishscan
