// End-to-end tests: run the built phishscan binary on the examples and on
// mboxes, Maildirs and folders made from them, and check what a user or a
// script sees: exit status, stdout, stderr.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

extern char** environ;

namespace phishscan {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

const std::string kExamples = std::string(PHISHSCAN_SOURCE_DIR) + "/examples";
const std::string kLure = kExamples + "/imap-auth-lure.eml";
const std::string kReset = kExamples + "/password-reset.eml";
const std::string kNewsletter = kExamples + "/newsletter.eml";

struct CliRun {
  int status = -1;
  std::string out;
  std::string err;
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

class Scratch {
 public:
  Scratch() {
    std::string templ = testing::TempDir() + "phishscan_cli_XXXXXX";
    path_ = ::mkdtemp(templ.data()) != nullptr ? templ : std::string();
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string Write(const std::string& relative, const std::string& bytes) const {
    const fs::path p = fs::path(path_) / relative;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  std::string Copy(const std::string& from, const std::string& relative) const {
    return Write(relative, ReadFile(from));
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// Runs the binary with `args`, stdin from `stdin_path` (or /dev/null), and the
// environment plus `env` ("NAME=value"; the locale is English unless set).
CliRun RunCli(const std::vector<std::string>& args, const std::string& stdin_path = "/dev/null",
              const std::vector<std::string>& env = {}) {
  Scratch io;
  const std::string out_path = io.path() + "/out";
  const std::string err_path = io.path() + "/err";
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, stdin_path.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0600);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0600);

  std::vector<std::string> argv_storage = {PHISHSCAN_BINARY};
  argv_storage.insert(argv_storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : argv_storage) argv.push_back(a.data());
  argv.push_back(nullptr);

  std::vector<std::string> env_storage;
  for (char** e = environ; *e != nullptr; ++e) {
    const std::string var = *e;
    if (var.rfind("LC_ALL=", 0) == 0 || var.rfind("LC_MESSAGES=", 0) == 0 ||
        var.rfind("LANG=", 0) == 0 || var.rfind("NO_COLOR=", 0) == 0) {
      continue;
    }
    env_storage.push_back(var);
  }
  env_storage.insert(env_storage.end(), env.begin(), env.end());
  std::vector<char*> envp;
  for (std::string& e : env_storage) envp.push_back(e.data());
  envp.push_back(nullptr);

  CliRun run;
  pid_t pid;
  if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data()) == 0) {
    int status = 0;
    ::waitpid(pid, &status, 0);
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  posix_spawn_file_actions_destroy(&actions);
  run.out = ReadFile(out_path);
  run.err = ReadFile(err_path);
  return run;
}

std::vector<Json> JsonLines(const std::string& out) {
  std::vector<Json> lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) lines.push_back(Json::parse(line));
  return lines;
}

std::string MboxOf(const std::vector<std::string>& messages) {
  std::string mbox;
  for (const std::string& path : messages) {
    mbox += "From sender@example.org Mon Nov 17 09:00:00 2025\n" + ReadFile(path) + "\n";
  }
  return mbox;
}

TEST(CliTest, LureIsPhishingWithExitOne) {
  const CliRun run = RunCli({"scan", kLure});
  EXPECT_EQ(run.status, 1) << run.err;
  EXPECT_NE(run.out.find("PHISHING"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("imap-auth-lure.eml"), std::string::npos);
  EXPECT_NE(run.out.find("change it at once"), std::string::npos);
  EXPECT_NE(run.err.find("1 message: 1 phishing"), std::string::npos) << run.err;
}

TEST(CliTest, PasswordResetIsNotPhishingWithExitZero) {
  const CliRun run = RunCli({"scan", kReset});
  EXPECT_EQ(run.status, 0) << run.out << run.err;
  EXPECT_EQ(run.out.find("PHISHING"), std::string::npos);
}

TEST(CliTest, MissingFileIsOneLineErrorAndExitTwo) {
  Scratch dir;
  const std::string missing = dir.path() + "/missing.eml";
  const CliRun run = RunCli({"scan", "--quiet", missing});
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.err, "phishscan: cannot read '" + missing + "': No such file or directory\n");
  EXPECT_EQ(run.out, "");
}

TEST(CliTest, UnreadableAmongReadableStillScansOthersAndExitsTwo) {
  Scratch dir;
  const std::string missing = dir.path() + "/missing.eml";
  const CliRun run = RunCli({"scan", "--format", "jsonl", "--quiet", kLure, missing, kReset});
  EXPECT_EQ(run.status, 2);
  const std::vector<Json> lines = JsonLines(run.out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0]["verdict"], "phishing");
  EXPECT_FALSE(lines[0].contains("error"));
  EXPECT_EQ(lines[1]["source"], missing);
  EXPECT_EQ(lines[1]["error"], "cannot read '" + missing + "': No such file or directory");
  EXPECT_EQ(lines[2]["source"], kReset);
}

TEST(CliTest, JsonIsAnArrayWithTheSchemaKeys) {
  const CliRun run = RunCli({"scan", "--format", "json", kLure, kReset});
  EXPECT_EQ(run.status, 1);
  const Json j = Json::parse(run.out);
  ASSERT_TRUE(j.is_array());
  ASSERT_EQ(j.size(), 2u);
  for (const Json& v : j) {
    std::vector<std::string> keys;
    for (auto it = v.begin(); it != v.end(); ++it) keys.push_back(it.key());
    EXPECT_EQ(keys, (std::vector<std::string>{"source", "verdict", "score", "signals", "advice",
                                              "message", "notes"}));
    EXPECT_TRUE(v["score"].is_number_integer());
    for (const char* key : {"from", "subject", "date", "message_id", "to"}) {
      EXPECT_TRUE(v["message"].contains(key)) << key;
    }
  }
  EXPECT_EQ(j[0]["verdict"], "phishing");
  EXPECT_EQ(j[0]["message"]["subject"], "Update Internet Message Access Protocol");
  ASSERT_FALSE(j[0]["signals"].empty());
  const Json& signal = j[0]["signals"][0];
  for (const char* key : {"id", "sign", "weight", "evidence", "explanation"}) {
    EXPECT_TRUE(signal.contains(key)) << key;
  }
  EXPECT_TRUE(signal["evidence"].is_object());
}

TEST(CliTest, EmptyJsonArrayWhenNothingSelected) {
  const CliRun run = RunCli({"scan", "--format", "json", "--only", "phishing", kReset});
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(Json::parse(run.out), Json::array());
}

TEST(CliTest, MboxOfThreeGivesThreeJsonLinesNumberedFromOne) {
  Scratch dir;
  const std::string mbox = dir.Write("three.mbox", MboxOf({kLure, kReset, kNewsletter}));
  const CliRun run = RunCli({"scan", "--format", "jsonl", mbox});
  EXPECT_EQ(run.status, 1) << run.err;
  const std::vector<Json> lines = JsonLines(run.out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0]["source"], mbox + "#1");
  EXPECT_EQ(lines[1]["source"], mbox + "#2");
  EXPECT_EQ(lines[2]["source"], mbox + "#3");
  EXPECT_EQ(lines[0]["verdict"], "phishing");
  EXPECT_EQ(lines[1]["message"]["subject"], "[GitHub] Please reset your password");
}

TEST(CliTest, SingleMessageWithFromLineIsOneMessage) {
  Scratch dir;
  const std::string path = dir.Write("one.eml", MboxOf({kLure}));
  const std::vector<Json> lines = JsonLines(RunCli({"scan", "--format", "jsonl", path}).out);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0]["source"], path);
}

TEST(CliTest, MaildirScansCurAndNew) {
  Scratch dir;
  dir.Copy(kReset, "Maildir/cur/1700000001.M1P1.host:2,S");
  dir.Copy(kLure, "Maildir/new/1700000002.M2P2.host");
  dir.Copy(kLure, "Maildir/tmp/1700000003.M3P3.host");
  const CliRun run = RunCli({"scan", "--format", "jsonl", dir.path() + "/Maildir"});
  EXPECT_EQ(run.status, 1);
  const std::vector<Json> lines = JsonLines(run.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_NE(lines[0]["source"].get<std::string>().find("/cur/"), std::string::npos);
  EXPECT_NE(lines[1]["source"].get<std::string>().find("/new/"), std::string::npos);
  EXPECT_EQ(lines[1]["verdict"], "phishing");
}

TEST(CliTest, StdinDash) {
  const CliRun run = RunCli({"scan", "--format", "jsonl", "-"}, kLure);
  EXPECT_EQ(run.status, 1);
  const std::vector<Json> lines = JsonLines(run.out);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0]["source"], "<stdin>");
  EXPECT_EQ(lines[0]["verdict"], "phishing");
}

TEST(CliTest, OutputIsTheSameWhateverTheWorkerCount) {
  Scratch dir;
  dir.Write("box.mbox", MboxOf({kLure, kReset, kNewsletter, kLure, kReset}));
  for (int i = 0; i < 6; ++i) {
    dir.Copy(i % 2 == 0 ? kLure : kNewsletter, "mail/" + std::to_string(i) + ".eml");
  }
  dir.Copy(kReset, "mail/sub/z.eml");
  const CliRun jsonl_one = RunCli({"scan", "--format", "jsonl", "-j1", dir.path()});
  const CliRun jsonl_two = RunCli({"scan", "--format", "jsonl", "-j2", dir.path()});
  const CliRun jsonl_four = RunCli({"scan", "--format", "jsonl", "-j4", dir.path()});
  EXPECT_EQ(jsonl_one.status, 1);
  EXPECT_EQ(JsonLines(jsonl_one.out).size(), 12u);
  EXPECT_EQ(jsonl_one.out, jsonl_two.out);
  EXPECT_EQ(jsonl_one.out, jsonl_four.out);
  const CliRun text_one = RunCli({"scan", "-j1", dir.path()});
  const CliRun text_three = RunCli({"scan", "-j3", dir.path()});
  EXPECT_FALSE(text_one.out.empty());
  EXPECT_EQ(text_one.out, text_three.out);
}

TEST(CliTest, FrenchReportByFlagAndByLocale) {
  for (const CliRun& run : {RunCli({"scan", "--lang", "fr", kLure}),
                            RunCli({"scan", kLure}, "/dev/null", {"LANG=fr_FR.UTF-8"})}) {
    EXPECT_EQ(run.status, 1);
    EXPECT_NE(run.out.find("HAMEÇONNAGE"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("Signes d'alerte :"), std::string::npos);
    EXPECT_NE(run.out.find("Que faire :"), std::string::npos);
    EXPECT_NE(run.out.find("changez-le immédiatement"), std::string::npos);
    EXPECT_NE(run.err.find("hameçonnage"), std::string::npos);  // the summary too
  }
  const CliRun english = RunCli({"scan", "--lang", "en", kLure}, "/dev/null", {"LANG=fr_FR.UTF-8"});
  EXPECT_NE(english.out.find("PHISHING"), std::string::npos);
}

TEST(CliTest, OnlyFiltersTheOutputButNotTheExitStatus) {
  const CliRun run = RunCli({"scan", "--format", "jsonl", "--only", "flagged", kReset, kLure});
  EXPECT_EQ(run.status, 1);
  const std::vector<Json> lines = JsonLines(run.out);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0]["source"], kLure);
}

TEST(CliTest, TextReportsAreSeparatedByARule) {
  const CliRun run = RunCli({"scan", kLure, kReset});
  EXPECT_NE(run.out.find("\u2500\u2500\u2500\u2500"), std::string::npos);
  EXPECT_EQ(run.out.find("\033["), std::string::npos);  // no colour into a file
}

TEST(CliTest, BrandsTakesOneFilePerFlagSoPathsAfterItStayPaths) {
  Scratch dir;
  const std::string brands =
      dir.Write("brands.tsv", "Examplebank\tbank\texamplebank.test\texamplebank\n");
  const CliRun run =
      RunCli({"scan", "--format", "jsonl", "--brands", brands, kLure, "--brands", brands});
  EXPECT_EQ(run.status, 1) << run.err;
  const std::vector<Json> lines = JsonLines(run.out);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0]["source"], kLure);
}

TEST(CliTest, BadArgumentsExitTwo) {
  EXPECT_EQ(RunCli({}).status, 2);
  EXPECT_EQ(RunCli({"scan"}).status, 2);
  EXPECT_EQ(RunCli({"scan", "--format", "xml", kLure}).status, 2);
  EXPECT_EQ(RunCli({"scan", "-j", "0", kLure}).status, 2);
  EXPECT_EQ(RunCli({"scan", "--lang", "de", kLure}).status, 2);
  EXPECT_EQ(RunCli({"frobnicate"}).status, 2);
  const CliRun thresholds =
      RunCli({"scan", "--threshold-suspicious", "80", "--threshold-phishing", "50", kLure});
  EXPECT_EQ(thresholds.status, 2);
  EXPECT_NE(thresholds.err.find("--threshold-suspicious"), std::string::npos);
}

TEST(CliTest, MissingDataFolderIsOneLineErrorAndExitTwo) {
  Scratch dir;
  const CliRun run = RunCli({"scan", "--data", dir.path() + "/nodata", kLure});
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.err.rfind("phishscan: ", 0), 0u) << run.err;
  EXPECT_EQ(run.err.find('\n'), run.err.size() - 1) << run.err;
  EXPECT_EQ(run.out, "");
}

TEST(CliTest, ThresholdsChangeTheVerdict) {
  const CliRun run = RunCli({"scan", "--format", "jsonl", "--threshold-suspicious", "100",
                             "--threshold-phishing", "100", kLure});
  const std::vector<Json> lines = JsonLines(run.out);
  ASSERT_EQ(lines.size(), 1u);
  const bool top = lines[0]["score"] >= 100;
  EXPECT_EQ(lines[0]["verdict"], top ? "phishing" : "clean");
  EXPECT_EQ(run.status, top ? 1 : 0);
}

TEST(CliTest, HelpAndVersion) {
  const CliRun help = RunCli({"--help"});
  EXPECT_EQ(help.status, 0);
  EXPECT_NE(help.out.find("scan"), std::string::npos);
  EXPECT_NE(help.out.find("eval"), std::string::npos);
  const CliRun scan_help = RunCli({"scan", "--help"});
  EXPECT_NE(scan_help.out.find("--format"), std::string::npos);
  EXPECT_NE(scan_help.out.find("--only"), std::string::npos);
  const CliRun version = RunCli({"version"});
  EXPECT_EQ(version.status, 0);
  EXPECT_EQ(version.out.rfind("phishscan ", 0), 0u);
  EXPECT_TRUE(std::isdigit(static_cast<unsigned char>(version.out[10]))) << version.out;
  EXPECT_EQ(RunCli({"--version"}).out, version.out);
}

TEST(CliTest, EvalReportsRatesMissesAndSources) {
  Scratch dir;
  dir.Copy(kLure, "corpus/phish/lure.eml");
  dir.Copy(kReset, "corpus/phish/not-really.eml");  // a phish the engine will miss
  dir.Copy(kReset, "corpus/ham/reset.eml");
  dir.Copy(kNewsletter, "corpus/ham/news.eml");
  dir.Write("corpus/manifest.tsv",
            "file\tlabel\tsource\n"
            "phish/lure.eml\tphish\tseed\n"
            "phish/not-really.eml\tphish\tmislabelled\n"
            "ham/reset.eml\tham\tnotifications\n"
            "ham/news.eml\tham\tnewsletters\n");
  const std::string phish = dir.path() + "/corpus/phish";
  const std::string ham = dir.path() + "/corpus/ham/";
  const CliRun text = RunCli({"eval", "--phish", phish, "--ham", ham});
  EXPECT_EQ(text.status, 0) << text.err;
  EXPECT_NE(text.out.find("recall               50.00%"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("false positive rate  0.00%"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("precision            100.00%"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("Missed phishing"), std::string::npos);
  EXPECT_NE(text.out.find("not-really.eml"), std::string::npos);
  EXPECT_NE(text.out.find("By source"), std::string::npos);
  EXPECT_NE(text.out.find("mislabelled"), std::string::npos);

  const CliRun json = RunCli({"eval", "--phish", phish, "--ham", ham, "--format", "json"});
  const Json j = Json::parse(json.out);
  EXPECT_EQ(j["phish"]["messages"], 2);
  EXPECT_EQ(j["ham"]["messages"], 2);
  EXPECT_DOUBLE_EQ(j["recall"].get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(j["false_positive_rate"].get<double>(), 0.0);
  ASSERT_EQ(j["missed"].size(), 1u);
  EXPECT_NE(j["missed"][0]["source"].get<std::string>().find("not-really.eml"), std::string::npos);
  EXPECT_EQ(j["sources"].size(), 4u);

  const CliRun none = RunCli({"eval", "--phish", phish, "--ham", ham, "--show-misses", "0"});
  EXPECT_EQ(none.out.find("Missed phishing"), std::string::npos);
}

TEST(CliTest, EvalNeedsBothFolders) {
  EXPECT_EQ(RunCli({"eval", "--phish", kExamples}).status, 2);
  EXPECT_EQ(RunCli({"eval", "--phish", kExamples, "--ham", "/nonexistent/ham"}).status, 2);
}

}  // namespace
}  // namespace phishscan
