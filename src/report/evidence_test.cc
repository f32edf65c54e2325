#include "report/evidence.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "phishscan/report.h"

namespace phishscan {
namespace {

TEST(DistinctEvidenceTest, DropsRepeatedPairsKeepsOrderAndRepeatedKeys) {
  const Evidence in = {{"text", "Log in"},
                       {"host", "a.example"},
                       {"text", "Log in"},
                       {"host", "b.example"},
                       {"host", "a.example"}};
  EXPECT_EQ(DistinctEvidence(in),
            (Evidence{{"text", "Log in"}, {"host", "a.example"}, {"host", "b.example"}}));
  EXPECT_TRUE(DistinctEvidence({}).empty());
}

TEST(DistinctEvidenceTest, ReportsShowARepeatedPairOnce) {
  Verdict v;
  Signal s;
  s.id = "links.two";
  s.explanation_en = "Two links.";
  s.evidence = {{"host", "a.example"}, {"host", "a.example"}, {"host", "b.example"}};
  v.signals.push_back(s);
  const std::string text = RenderText(v, Lang::kEn);
  EXPECT_EQ(text.find("host: a.example", text.find("host: a.example") + 1), std::string::npos);
  const auto j = nlohmann::ordered_json::parse(RenderJson(v, Lang::kEn));
  EXPECT_EQ(j["signals"][0]["evidence"],
            nlohmann::ordered_json({{"host", "a.example"}, {"host_2", "b.example"}}));
}

}  // namespace
}  // namespace phishscan
