#include "detect/trusted_auth_results.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

TEST(TrustedAuthResultsTest, TopmostWins) {
  Message m;
  EXPECT_EQ(TrustedAuthResults(m), nullptr);
  m.auth_results.push_back({"mx.example-corp.com", "fail", "none", "fail", "", "", "", ""});
  m.auth_results.push_back({"mx.example-corp.com", "pass", "pass", "pass", "", "", "", ""});
  ASSERT_NE(TrustedAuthResults(m), nullptr);
  EXPECT_EQ(TrustedAuthResults(m)->spf, "fail");
}

TEST(TrustedAuthResultsTest, ResultWords) {
  EXPECT_TRUE(ResultIs("pass", "pass"));
  EXPECT_TRUE(ResultIs(" FAIL (p=reject)", "fail"));
  EXPECT_TRUE(ResultIs("softfail;", "softfail"));
  EXPECT_FALSE(ResultIs("softfail", "fail"));
  EXPECT_FALSE(ResultIs("", "none"));
}

}  // namespace
}  // namespace phishscan
