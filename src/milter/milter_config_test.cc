#include "milter/milter_config.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "milter/milter_test_support.h"

namespace phishscan {
namespace {

TEST(MilterConfigTest, DefaultsMatchTheDocumentedPolicy) {
  MilterConfig c;
  EXPECT_EQ(c.action_phishing, MilterAction::kQuarantine);
  EXPECT_EQ(c.action_suspicious, MilterAction::kTag);
  EXPECT_EQ(c.action_clean, MilterAction::kAccept);
  EXPECT_TRUE(c.add_headers);
  EXPECT_EQ(c.fail_policy, FailPolicy::kOpen);
  EXPECT_TRUE(ValidateMilterConfig(c).ok());
}

TEST(MilterConfigTest, ParsesEveryTable) {
  auto c = ParseMilterConfig(R"(
[milter]
socket = "unix:/run/phishscan/milter.sock"
max_connections = 8
max_size = "5M"
timeout = 2.5
drain_timeout = 7
fail_policy = "fail-closed"
log_format = "json"
log_file = "/var/log/phishscan.log"

[actions]
phishing = "reject"
suspicious = "quarantine"
clean = "tag"
add_headers = false
subject_prefix = "[SUSPECT]"
reject_text = "Refused"

[engine]
data_dir = "/usr/share/phishscan"
extra_brand_files = ["/etc/phishscan/brands.local.tsv"]
suspicious_threshold = 30
phishing_threshold = 70
)",
                             MilterConfig{});
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->socket, "unix:/run/phishscan/milter.sock");
  EXPECT_EQ(c->max_connections, 8);
  EXPECT_EQ(c->max_size, 5u << 20);
  EXPECT_EQ(c->scan_timeout_ms, 2500u);
  EXPECT_EQ(c->drain_timeout_ms, 7000u);
  EXPECT_EQ(c->fail_policy, FailPolicy::kClosed);
  EXPECT_EQ(c->log_format, LogFormat::kJson);
  EXPECT_EQ(c->log_file, "/var/log/phishscan.log");
  EXPECT_EQ(c->action_phishing, MilterAction::kReject);
  EXPECT_EQ(c->action_suspicious, MilterAction::kQuarantine);
  EXPECT_EQ(c->action_clean, MilterAction::kTag);
  EXPECT_FALSE(c->add_headers);
  EXPECT_EQ(c->subject_prefix, "[SUSPECT]");
  EXPECT_EQ(c->reject_text, "Refused");
  EXPECT_EQ(c->data_dir, "/usr/share/phishscan");
  ASSERT_EQ(c->extra_brand_files.size(), 1u);
  EXPECT_EQ(c->thresholds.suspicious, 30);
  EXPECT_EQ(c->thresholds.phishing, 70);
}

TEST(MilterConfigTest, KeysLeftOutKeepTheBase) {
  MilterConfig base;
  base.max_connections = 3;
  auto c = ParseMilterConfig("[actions]\nclean = \"tag\"\n", base);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->max_connections, 3);
  EXPECT_EQ(c->action_clean, MilterAction::kTag);
  EXPECT_EQ(c->action_phishing, MilterAction::kQuarantine);
}

TEST(MilterConfigTest, RejectsUnknownKeysAndTables) {
  auto typo = ParseMilterConfig("[milter]\nmax_conections = 3\n", MilterConfig{});
  ASSERT_FALSE(typo.ok());
  EXPECT_NE(typo.status().message().find("milter.max_conections"), std::string::npos);
  EXPECT_FALSE(ParseMilterConfig("[smtp]\nport = 25\n", MilterConfig{}).ok());
  EXPECT_FALSE(ParseMilterConfig("socket = \"inet:1@127.0.0.1\"\n", MilterConfig{}).ok());
}

TEST(MilterConfigTest, RejectsWrongTypesAndValues) {
  EXPECT_FALSE(ParseMilterConfig("[milter]\nmax_connections = \"8\"\n", MilterConfig{}).ok());
  EXPECT_FALSE(ParseMilterConfig("[milter]\ntimeout = -1\n", MilterConfig{}).ok());
  EXPECT_FALSE(ParseMilterConfig("[actions]\nphishing = \"discard\"\n", MilterConfig{}).ok());
  EXPECT_FALSE(ParseMilterConfig("[milter]\nfail_policy = \"maybe\"\n", MilterConfig{}).ok());
  EXPECT_FALSE(ParseMilterConfig("[milter]\nmax_size = \"12X\"\n", MilterConfig{}).ok());
  EXPECT_FALSE(ParseMilterConfig("[engine]\nextra_brand_files = [1, 2]\n", MilterConfig{}).ok());
}

TEST(MilterConfigTest, ReportsSyntaxErrorsWithTheLine) {
  auto c = ParseMilterConfig("[milter]\nsocket = \"inet:1@x\"\nmax_connections = = 3\n", MilterConfig{});
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find("line 3"), std::string::npos) << c.status().message();
}

TEST(MilterConfigTest, ByteSizes) {
  EXPECT_EQ(ParseByteSize("1024").value(), 1024u);
  EXPECT_EQ(ParseByteSize("512K").value(), 512u << 10);
  EXPECT_EQ(ParseByteSize("20m").value(), 20u << 20);
  EXPECT_EQ(ParseByteSize("1G").value(), 1u << 30);
  EXPECT_FALSE(ParseByteSize("").ok());
  EXPECT_FALSE(ParseByteSize("M").ok());
  EXPECT_FALSE(ParseByteSize("-5").ok());
  EXPECT_FALSE(ParseByteSize("1.5M").ok());
  EXPECT_FALSE(ParseByteSize("99999999999999999999999G").ok());
}

TEST(MilterConfigTest, OverridesWinOverTheFile) {
  MilterConfig file;
  file.socket = "inet:1000@127.0.0.1";
  file.action_phishing = MilterAction::kQuarantine;
  MilterOverrides o;
  o.socket = "inet:2000@127.0.0.1";
  o.action_phishing = "reject";
  o.fail_policy = FailPolicy::kClosed;
  o.max_size = "1M";
  o.timeout_seconds = 0.25;
  o.log_format = "json";
  auto c = ApplyOverrides(file, o);
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->socket, "inet:2000@127.0.0.1");
  EXPECT_EQ(c->action_phishing, MilterAction::kReject);
  EXPECT_EQ(c->fail_policy, FailPolicy::kClosed);
  EXPECT_EQ(c->max_size, 1u << 20);
  EXPECT_EQ(c->scan_timeout_ms, 250u);
  EXPECT_EQ(c->log_format, LogFormat::kJson);
  EXPECT_EQ(c->action_suspicious, MilterAction::kTag);  // untouched
}

TEST(MilterConfigTest, OverridesAreValidated) {
  MilterOverrides bad_action;
  bad_action.action_clean = "discard";
  EXPECT_FALSE(ApplyOverrides(MilterConfig{}, bad_action).ok());
  MilterOverrides bad_socket;
  bad_socket.socket = "8890";
  EXPECT_FALSE(ApplyOverrides(MilterConfig{}, bad_socket).ok());
  MilterOverrides bad_timeout;
  bad_timeout.timeout_seconds = 0;
  EXPECT_FALSE(ApplyOverrides(MilterConfig{}, bad_timeout).ok());
  MilterOverrides zero_connections;
  zero_connections.max_connections = 0;
  EXPECT_FALSE(ApplyOverrides(MilterConfig{}, zero_connections).ok());
}

TEST(MilterConfigTest, ReplyTextMustBeSafeForSmtp) {
  MilterConfig c;
  c.reject_text = "100% phishing";
  EXPECT_FALSE(ValidateMilterConfig(c).ok());
  c.reject_text = "line\r\n250 forged";
  EXPECT_FALSE(ValidateMilterConfig(c).ok());
  c.reject_text = "";
  EXPECT_FALSE(ValidateMilterConfig(c).ok());
  c.reject_text = "Rejected";
  c.subject_prefix = "[X]\r\nBcc: someone";
  EXPECT_FALSE(ValidateMilterConfig(c).ok());
}

TEST(MilterConfigTest, ThresholdsMustBeOrdered) {
  MilterConfig c;
  c.thresholds.suspicious = 80;
  c.thresholds.phishing = 60;
  EXPECT_FALSE(ValidateMilterConfig(c).ok());
}

TEST(MilterConfigTest, ResolveReadsTheFileThenOverrides) {
  std::string path = testing::ProcessTempPath("phishscan-milter-config-test.toml");
  {
    std::ofstream out(path);
    out << "[milter]\nsocket = \"inet:3000@127.0.0.1\"\nmax_connections = 5\n";
  }
  MilterOverrides o;
  o.max_connections = 9;
  auto c = ResolveMilterConfig(path, o);
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->socket, "inet:3000@127.0.0.1");
  EXPECT_EQ(c->max_connections, 9);
  std::remove(path.c_str());
  EXPECT_FALSE(ResolveMilterConfig(path, o).ok());  // the file is gone
}

TEST(MilterConfigTest, EngineOptionsCarryDataAndThresholds) {
  MilterConfig c;
  c.data_dir = "/srv/data";
  c.thresholds.phishing = 80;
  c.max_size = 64u << 20;
  EngineOptions o = EngineOptionsFor(c);
  EXPECT_EQ(o.data_dir, "/srv/data");
  EXPECT_EQ(o.thresholds.phishing, 80);
  EXPECT_GE(o.limits.max_message_bytes, c.max_size);
}

}  // namespace
}  // namespace phishscan
