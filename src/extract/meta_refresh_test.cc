#include "extract/meta_refresh.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

TEST(MetaRefreshTargetTest, CommonForms) {
  EXPECT_EQ(MetaRefreshTarget("0; URL='https://x.example/'"), "https://x.example/");
  EXPECT_EQ(MetaRefreshTarget("0;url=https://x.example/a?b=c"), "https://x.example/a?b=c");
  EXPECT_EQ(MetaRefreshTarget("5, http://y.example/"), "http://y.example/");
  EXPECT_EQ(MetaRefreshTarget("0.5; url = \"https://z.example/\" "), "https://z.example/");
  EXPECT_EQ(MetaRefreshTarget("3;https://w.example/"), "https://w.example/");
}

TEST(MetaRefreshTargetTest, NoTarget) {
  EXPECT_EQ(MetaRefreshTarget("30"), "");
  EXPECT_EQ(MetaRefreshTarget(""), "");
  EXPECT_EQ(MetaRefreshTarget("0; url="), "");
  EXPECT_EQ(MetaRefreshTarget("0; url='"), "");
}

}  // namespace
}  // namespace phishscan
