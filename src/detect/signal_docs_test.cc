// docs/signals.md is the reference a mail administrator reads instead of a
// rule list: it must describe every signal id a detector can emit, under the
// right sign, and nothing that no longer exists. The ids are collected two
// ways, because neither alone sees them all: string literals in the detector
// sources (ids built from tables or passed through variables are still
// written as literals somewhere), and the ids the detectors really emit on
// the bundled examples.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "detect/detector.h"
#include "detect/detector_test_support.h"

namespace phishscan {
namespace {

namespace fs = std::filesystem;

const fs::path kSourceDir = PHISHSCAN_SOURCE_DIR;

// The id families in use. An id with a new prefix is still found when it is
// built with MakeSignal/Emit or assigned to `.id`, or emitted on an example.
const char kKnownPrefixes[] =
    "sender|generic|credential|links|urgency|fraud|scam|auth|lookalike|attachment|structure|obfuscation";

// Signal ids written as string literals in detector source text.
std::set<std::string> IdsInSource(const std::string& text) {
  static const std::regex prefixed(std::string("\"((?:") + kKnownPrefixes + ")\\.[a-z0-9_]+)\"");
  static const std::regex built(R"re((?:MakeSignal|Emit|EmitFinding)\(\s*"([a-z_]+\.[a-z0-9_]+)")re");
  static const std::regex assigned(R"re(\.id\s*=\s*"([a-z_]+\.[a-z0-9_]+)")re");
  std::set<std::string> ids;
  for (const std::regex* re : {&prefixed, &built, &assigned})
    for (std::sregex_iterator it(text.begin(), text.end(), *re), end; it != end; ++it) ids.insert((*it)[1]);
  return ids;
}

bool IsDetectorSource(const fs::path& p) {
  const std::string name = p.filename().string();
  return (p.extension() == ".cc" || p.extension() == ".h") && name.find("test") == std::string::npos;
}

std::set<std::string> IdsInDetectorSources() {
  std::set<std::string> ids;
  for (const auto& entry : fs::directory_iterator(kSourceDir / "src" / "detect")) {
    if (!entry.is_regular_file() || !IsDetectorSource(entry.path())) continue;
    for (const std::string& id : IdsInSource(testing::ReadFileOrEmpty(entry.path().string()))) ids.insert(id);
  }
  return ids;
}

// What the page says: the ids it describes (a `### ` heading, or the first
// cell of a table row) and, from the "Index by sign" table, each id's sign.
struct SignalDocs {
  std::set<std::string> described;
  std::map<std::string, std::string> sign_of;
};

std::vector<std::string> BacktickedIds(std::string_view text) {
  static const std::regex id(R"(`([a-z_]+\.[a-z0-9_]+)`)");
  std::vector<std::string> ids;
  const std::string s(text);
  for (std::sregex_iterator it(s.begin(), s.end(), id), end; it != end; ++it) ids.push_back((*it)[1]);
  return ids;
}

SignalDocs ParseSignalDocs(std::string_view page) {
  SignalDocs docs;
  bool in_index = false;
  std::size_t start = 0;
  while (start < page.size()) {
    std::size_t end = page.find('\n', start);
    if (end == std::string_view::npos) end = page.size();
    const std::string_view line = page.substr(start, end - start);
    start = end + 1;
    if (line.rfind("## ", 0) == 0) in_index = line == "## Index by sign";
    if (line.rfind("### ", 0) == 0) {
      for (const std::string& id : BacktickedIds(line)) docs.described.insert(id);
    } else if (line.rfind("| ", 0) == 0) {
      const std::size_t second_bar = line.find(" |", 1);
      const std::string_view first_cell = line.substr(0, second_bar);
      const std::string_view rest = second_bar == std::string_view::npos ? "" : line.substr(second_bar);
      if (in_index) {
        const std::size_t tick = first_cell.find('`');
        const std::size_t close = first_cell.find('`', tick + 1);
        if (tick == std::string_view::npos || close == std::string_view::npos) continue;
        const std::string sign(first_cell.substr(tick + 1, close - tick - 1));
        for (const std::string& id : BacktickedIds(rest)) docs.sign_of[id] = sign;
      } else {
        for (const std::string& id : BacktickedIds(first_cell)) docs.described.insert(id);
      }
    }
  }
  return docs;
}

SignalDocs ShippedSignalDocs() {
  const std::string page = testing::ReadFileOrEmpty((kSourceDir / "docs" / "signals.md").string());
  EXPECT_FALSE(page.empty()) << "docs/signals.md is missing";
  return ParseSignalDocs(page);
}

// Every signal the detectors emit on the bundled messages, with its sign.
std::map<std::string, std::string> EmittedOnBundledMail() {
  std::vector<fs::path> dirs = {kSourceDir / "examples", kSourceDir / "testdata" / "legit",
                                fs::path(PHISHSCAN_SHARED_DIR) / "samples"};
  const auto detectors = AllDetectors();
  std::map<std::string, std::string> emitted;
  for (const fs::path& dir : dirs) {
    std::error_code ec;
    for (const auto& entry : fs::recursive_directory_iterator(dir, ec)) {
      if (!entry.is_regular_file() || entry.path().extension() != ".eml") continue;
      auto scanned = testing::ScanForTest(testing::ReadFileOrEmpty(entry.path().string()));
      std::vector<Signal> signals;
      for (const auto& d : detectors) d->Run(*scanned->ctx, signals);
      for (const Signal& s : signals) emitted[s.id] = std::string(SignName(s.sign));
    }
  }
  return emitted;
}

TEST(SignalDocsTest, FindsIdsWrittenInEveryWayDetectorsWriteThem) {
  const std::set<std::string> ids = IdsInSource(
      "MakeSignal(\"urgency.threat\", Sign::kUrgency, 15);\n"
      "CheckLure(ctx, \"account_problem\", \"credential.account_problem_link\", t);\n"
      "{\"scam.airdrop\", \"airdrop\", Reach::kLink},\n"
      "out.push_back(MakeSignal(\n      \"newfamily.trick\", Sign::kStructure, 4));\n"
      "s.id = \"other.finding\";\n"
      "e.emplace_back(\"header.from\", domain);  // an evidence key, not an id\n"
      "const char* f = \"invoice.pdf\";\n");
  EXPECT_EQ(ids, (std::set<std::string>{"urgency.threat", "credential.account_problem_link", "scam.airdrop",
                                        "newfamily.trick", "other.finding"}));
}

TEST(SignalDocsTest, ReadsHeadingsTableRowsAndTheSignIndex) {
  const SignalDocs docs = ParseSignalDocs(
      "## Index by sign\n"
      "| sign | signals |\n"
      "| `urgency` | `urgency.threat`, `urgency.deadline` |\n"
      "## Urgency\n"
      "### `urgency.threat`\n"
      "Mentions `urgency.deadline` in passing.\n"
      "| `scam.airdrop` | free tokens | 30 |\n");
  EXPECT_EQ(docs.described, (std::set<std::string>{"urgency.threat", "scam.airdrop"}));
  EXPECT_EQ(docs.sign_of.at("urgency.threat"), "urgency");
  EXPECT_EQ(docs.sign_of.at("urgency.deadline"), "urgency");
  EXPECT_EQ(docs.sign_of.count("scam.airdrop"), 0u);
}

TEST(SignalDocsTest, EveryIdInTheDetectorSourcesIsDocumented) {
  const std::set<std::string> ids = IdsInDetectorSources();
  ASSERT_GT(ids.size(), 50u) << "the source scan found too few ids; did src/detect move?";
  const SignalDocs docs = ShippedSignalDocs();
  for (const std::string& id : ids) {
    EXPECT_TRUE(docs.described.count(id)) << id << " has no description (### heading or table row) in docs/signals.md";
    EXPECT_TRUE(docs.sign_of.count(id)) << id << " is missing from the \"Index by sign\" table of docs/signals.md";
  }
}

TEST(SignalDocsTest, EveryEmittedIdIsDocumentedUnderItsSign) {
  const std::map<std::string, std::string> emitted = EmittedOnBundledMail();
  ASSERT_GT(emitted.size(), 5u) << "the bundled examples produced too few signals";
  const SignalDocs docs = ShippedSignalDocs();
  for (const auto& [id, sign] : emitted) {
    EXPECT_TRUE(docs.described.count(id)) << id << " is emitted but not described in docs/signals.md";
    auto it = docs.sign_of.find(id);
    ASSERT_NE(it, docs.sign_of.end()) << id << " is emitted but missing from the index of docs/signals.md";
    EXPECT_EQ(it->second, sign) << id << " is indexed under the wrong sign in docs/signals.md";
  }
}

TEST(SignalDocsTest, EveryDocumentedIdStillExists) {
  const std::set<std::string> ids = IdsInDetectorSources();
  const SignalDocs docs = ShippedSignalDocs();
  for (const std::string& id : docs.described)
    EXPECT_TRUE(ids.count(id)) << "docs/signals.md describes " << id << ", which no detector emits any more";
  for (const auto& [id, sign] : docs.sign_of)
    EXPECT_TRUE(ids.count(id)) << "docs/signals.md indexes " << id << ", which no detector emits any more";
}

}  // namespace
}  // namespace phishscan
