#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <vector>

#include "phishscan/report.h"
#include "report/report_test_support.h"

namespace phishscan {
namespace {

using Json = nlohmann::ordered_json;

std::vector<std::string> Keys(const Json& object) {
  std::vector<std::string> keys;
  for (auto it = object.begin(); it != object.end(); ++it) keys.push_back(it.key());
  return keys;
}

TEST(JsonReportTest, RoundTripsWithTheSchemaKeysInOrder) {
  const Json j = Json::parse(RenderJson(LureVerdict(), Lang::kEn));
  EXPECT_EQ(Keys(j), (std::vector<std::string>{"source", "verdict", "score", "signals", "advice",
                                               "message", "notes"}));
  EXPECT_EQ(j["source"], "samples/lure.eml");
  EXPECT_EQ(j["verdict"], "phishing");
  EXPECT_EQ(j["score"], 97);
  ASSERT_EQ(j["signals"].size(), 10u);
  const Json& first = j["signals"][0];
  EXPECT_EQ(Keys(first),
            (std::vector<std::string>{"id", "sign", "weight", "evidence", "explanation"}));
  EXPECT_EQ(first["id"], "links.cta_unrelated_domain");
  EXPECT_EQ(first["sign"], "deceptive_link");
  EXPECT_EQ(first["weight"], 30);
  EXPECT_EQ(Keys(first["evidence"]), (std::vector<std::string>{"text", "host"}));
  EXPECT_EQ(first["evidence"]["host"], "imap-portal.pages.example");
  EXPECT_EQ(first["explanation"],
            "The button leads to imap-portal.pages.example, unrelated to the sender.");
  EXPECT_EQ(Keys(j["message"]),
            (std::vector<std::string>{"from", "subject", "date", "message_id", "to"}));
  EXPECT_EQ(j["message"]["subject"], "Update Internet Message Access Protocol");
  EXPECT_EQ(j["message"]["to"], "user@corp.example");
  EXPECT_EQ(j["notes"], Json::array({"mime depth limit reached"}));
  EXPECT_EQ(j["advice"], std::string(Advice(Label::kPhishing, Lang::kEn)));
}

TEST(JsonReportTest, EverySignHasItsStableName) {
  const Json j = Json::parse(RenderJson(LureVerdict(), Lang::kEn));
  std::vector<std::string> signs;
  for (const Json& s : j["signals"]) signs.push_back(s["sign"]);
  EXPECT_EQ(signs,
            (std::vector<std::string>{"deceptive_link", "sender_mismatch", "credential_request",
                                      "deceptive_link", "urgency", "generic_wording", "fraud_lure",
                                      "authentication", "attachment", "structure"}));
}

TEST(JsonReportTest, FrenchExplanationAndAdvice) {
  const Json j = Json::parse(RenderJson(LureVerdict(), Lang::kFr));
  EXPECT_EQ(j["signals"][0]["explanation"],
            "Le bouton mène à imap-portal.pages.example, sans rapport avec l'expéditeur.");
  EXPECT_EQ(j["advice"], std::string(Advice(Label::kPhishing, Lang::kFr)));
  EXPECT_EQ(j["verdict"], "phishing");  // the machine-readable label is never translated
}

TEST(JsonReportTest, InvalidUtf8IsReplacedNotThrown) {
  Verdict v = LureVerdict();
  v.signals[0].evidence = {{"text", "pay\xff\xfe now"}, {"bad\xc0key", "x"}};
  v.message.subject = "Facture \xe9t\xe9";  // Latin-1 bytes
  v.source = "dir/\x80.eml";
  v.notes.push_back("truncated \xf0\x9f");
  std::string out;
  ASSERT_NO_THROW(out = RenderJson(v, Lang::kEn));
  Json j;
  ASSERT_NO_THROW(j = Json::parse(out));
  EXPECT_EQ(j["signals"][0]["evidence"]["text"], "pay\xEF\xBF\xBD\xEF\xBF\xBD now");
  EXPECT_TRUE(j["signals"][0]["evidence"].contains("bad\xEF\xBF\xBDkey"));
  EXPECT_EQ(j["message"]["subject"], "Facture \xEF\xBF\xBDt\xEF\xBF\xBD");
  EXPECT_EQ(j["source"], "dir/\xEF\xBF\xBD.eml");
}

TEST(JsonReportTest, ControlCharactersAreEscapedAndRoundTrip) {
  Verdict v;
  v.message.subject = "a\"b\\c\nd\033e";
  const Json j = Json::parse(RenderJson(v, Lang::kEn));
  EXPECT_EQ(j["message"]["subject"], "a\"b\\c\nd\033e");
}

TEST(JsonReportTest, RepeatedEvidenceKeysAreKeptWithASuffix) {
  Verdict v;
  Signal s;
  s.id = "links.many";
  s.evidence = {{"host", "a.example"}, {"host", "b.example"}, {"host", "c.example"}};
  v.signals.push_back(s);
  const Json j = Json::parse(RenderJson(v, Lang::kEn));
  const Json& e = j["signals"][0]["evidence"];
  EXPECT_EQ(Keys(e), (std::vector<std::string>{"host", "host_2", "host_3"}));
  EXPECT_EQ(e["host_3"], "c.example");
}

TEST(JsonReportTest, ErrorOnlyWhenSet) {
  Verdict v;
  v.source = "gone.eml";
  EXPECT_FALSE(Json::parse(RenderJson(v, Lang::kEn)).contains("error"));
  v.error = "cannot read 'gone.eml': Permission denied";
  const Json j = Json::parse(RenderJson(v, Lang::kEn));
  EXPECT_EQ(j["error"], v.error);
  EXPECT_EQ(Keys(j).back(), "error");
  EXPECT_NE(j["advice"], std::string(Advice(Label::kClean, Lang::kEn)));
}

TEST(JsonReportTest, CompactIsOneLinePrettyIsIndented) {
  const std::string compact = RenderJson(LureVerdict(), Lang::kEn);
  EXPECT_EQ(compact.find('\n'), std::string::npos);
  const std::string pretty = RenderJson(LureVerdict(), Lang::kEn, true);
  EXPECT_NE(pretty.find("\n  \"verdict\": \"phishing\""), std::string::npos);
  EXPECT_EQ(Json::parse(compact), Json::parse(pretty));
}

}  // namespace
}  // namespace phishscan
