#include "detect/finding_examples.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

FindingExample Example(int weight, const std::string& name) {
  return FindingExample{weight, {{"host", name}}, "Link to " + name + ".", "Lien vers " + name + "."};
}

TEST(FindingExamplesTest, WorstFirstAtMostThree) {
  std::vector<Signal> out;
  EmitFinding("links.x", Sign::kDeceptiveLink, FindingItem::kLink, 30,
              {Example(10, "a"), Example(25, "b"), Example(12, "c"), Example(11, "d")}, out);
  ASSERT_EQ(out.size(), 1u);
  const Signal& s = out[0];
  EXPECT_EQ(s.id, "links.x");
  EXPECT_EQ(s.weight, 29);  // 25 + 2 per extra example, two at most
  ASSERT_EQ(s.evidence.size(), 3u);
  EXPECT_EQ(s.evidence[0].second, "b");
  EXPECT_EQ(s.evidence[1].second, "c");
  EXPECT_EQ(s.explanation_en, "Link to b. 3 other links do the same.");
  EXPECT_EQ(s.explanation_fr, "Lien vers b. 3 autres liens font de même.");
}

TEST(FindingExamplesTest, CapAndSingular) {
  std::vector<Signal> out;
  EmitFinding("attachment.x", Sign::kAttachment, FindingItem::kAttachment, 26, {Example(25, "a"), Example(20, "b")},
              out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].weight, 26);
  EXPECT_EQ(out[0].explanation_en, "Link to a. One other attachment does the same.");
  EXPECT_EQ(out[0].explanation_fr, "Lien vers a. Une autre pièce jointe fait de même.");
  EmitFinding("none", Sign::kAttachment, FindingItem::kAttachment, 30, {}, out);
  EXPECT_EQ(out.size(), 1u);
}

}  // namespace
}  // namespace phishscan
