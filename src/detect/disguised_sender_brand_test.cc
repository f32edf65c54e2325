#include "detect/disguised_sender_brand.h"

#include <gtest/gtest.h>

#include "detect/context.h"
#include "detect/detector_test_support.h"

namespace phishscan {
namespace {

using testing::Mail;
using testing::ScanForTest;

TEST(DisguisedSenderBrandTest, OfAContextIsTheSenderNamesMadeOnce) {
  auto s = ScanForTest(Mail("From: \"N e t f l i x\" <billing@stream-renew.example>\nTo: bob@example.org\n"
                            "Subject: hello\n"));
  const ScanContext& ctx = *s->ctx;
  const DisguisedBrand& found = DisguisedSenderBrandOf(ctx);
  const DisguisedBrand direct = FindDisguisedSenderBrand(SenderNameOf(ctx.message), ctx.knowledge);
  ASSERT_NE(found.brand, nullptr);
  EXPECT_EQ(found.brand, direct.brand);
  EXPECT_EQ(found.written, direct.written);
  EXPECT_EQ(&DisguisedSenderBrandOf(ctx), &found);  // kept, not searched again
}

TEST(DisguisedSenderBrandTest, PlainNameOfAContextHidesNoBrand) {
  auto s = ScanForTest(Mail("From: \"Alice Martin\" <alice@example.org>\nTo: bob@example.org\nSubject: hello\n"));
  EXPECT_EQ(DisguisedSenderBrandOf(*s->ctx).brand, nullptr);
}

}  // namespace
}  // namespace phishscan
