#include "milter/milter_log.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "milter/milter_test_support.h"

namespace phishscan {
namespace {

MessageLogRecord Scanned() {
  MessageLogRecord r;
  r.queue_id = "4ZkT1m2Xy7z3Q";
  r.verdict = "phishing";
  r.score = 97;
  r.action = "quarantine";
  r.signals = {"links.cta_unrelated_domain", "sender.brand_mismatch"};
  r.elapsed_ms = 12.34;
  return r;
}

TEST(MilterLogTest, TextLineHasEveryField) {
  std::string line = FormatMessageLine(Scanned(), LogFormat::kText, "2025-11-18T06:42:11.000Z");
  EXPECT_EQ(line,
            "ts=2025-11-18T06:42:11.000Z event=message queue_id=4ZkT1m2Xy7z3Q verdict=phishing score=97 "
            "action=quarantine signals=links.cta_unrelated_domain,sender.brand_mismatch time_ms=12.3");
}

TEST(MilterLogTest, JsonLineParsesBack) {
  std::string line = FormatMessageLine(Scanned(), LogFormat::kJson, "T");
  EXPECT_EQ(line.find('\n'), std::string::npos);
  auto j = nlohmann::json::parse(line);
  EXPECT_EQ(j["event"], "message");
  EXPECT_EQ(j["queue_id"], "4ZkT1m2Xy7z3Q");
  EXPECT_EQ(j["verdict"], "phishing");
  EXPECT_EQ(j["score"], 97);
  EXPECT_EQ(j["action"], "quarantine");
  ASSERT_EQ(j["signals"].size(), 2u);
  EXPECT_EQ(j["signals"][0], "links.cta_unrelated_domain");
  EXPECT_DOUBLE_EQ(j["time_ms"].get<double>(), 12.3);
  EXPECT_FALSE(j.contains("unscanned"));
}

TEST(MilterLogTest, UnscannedMessagesSayWhy) {
  MessageLogRecord r;
  r.queue_id = "Q1";
  r.verdict = "unscanned";
  r.unscanned_reason = "timeout";
  r.action = "accept";
  std::string text = FormatMessageLine(r, LogFormat::kText, "T");
  EXPECT_NE(text.find("verdict=unscanned score=- action=accept unscanned=timeout signals=-"), std::string::npos)
      << text;
  auto j = nlohmann::json::parse(FormatMessageLine(r, LogFormat::kJson, "T"));
  EXPECT_TRUE(j["score"].is_null());
  EXPECT_EQ(j["unscanned"], "timeout");
}

TEST(MilterLogTest, ForgedQueueIdCannotSplitTheLine) {
  MessageLogRecord r = Scanned();
  r.queue_id = "ABC\n ts=x event=message verdict=clean";
  std::string text = FormatMessageLine(r, LogFormat::kText, "T");
  EXPECT_EQ(text.find('\n'), std::string::npos);
  EXPECT_EQ(text.find("verdict=clean"), std::string::npos);
  std::string json = FormatMessageLine(r, LogFormat::kJson, "T");
  EXPECT_EQ(json.find('\n'), std::string::npos);
}

TEST(MilterLogTest, EventLines) {
  EXPECT_EQ(FormatEventLine("reload", "config \"a\" reloaded\n", LogFormat::kText, "T"),
            "ts=T event=reload detail=\"config \\\"a\\\" reloaded \"");
  auto j = nlohmann::json::parse(FormatEventLine("start", "listening", LogFormat::kJson, "T"));
  EXPECT_EQ(j["event"], "start");
  EXPECT_EQ(j["detail"], "listening");
}

TEST(MilterLogTest, TimestampIsUtcIso8601) {
  std::string ts = UtcTimestampNow();
  ASSERT_EQ(ts.size(), 24u) << ts;
  EXPECT_EQ(ts[10], 'T');
  EXPECT_EQ(ts.back(), 'Z');
}

TEST(MilterLogTest, WritesWholeLinesToItsFile) {
  std::string path = testing::ProcessTempPath("phishscan-milter-log-test.log");
  std::remove(path.c_str());
  {
    MilterLog log;
    ASSERT_TRUE(log.Open(path, LogFormat::kJson).ok());
    log.Message(Scanned());
    log.Event("stop", "bye");
  }
  std::ifstream in(path);
  std::string first, second, third;
  ASSERT_TRUE(std::getline(in, first));
  ASSERT_TRUE(std::getline(in, second));
  EXPECT_FALSE(std::getline(in, third));
  EXPECT_EQ(nlohmann::json::parse(first)["queue_id"], "4ZkT1m2Xy7z3Q");
  EXPECT_EQ(nlohmann::json::parse(second)["event"], "stop");
  std::remove(path.c_str());
}

TEST(MilterLogTest, OpenFailsOnAnUnwritablePath) {
  MilterLog log;
  EXPECT_FALSE(log.Open("/nonexistent-dir/x/y.log", LogFormat::kText).ok());
}

}  // namespace
}  // namespace phishscan
