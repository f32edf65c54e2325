#include "milter/milter_actions.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

Verdict MakeVerdict(Label label, int score, std::vector<std::string> ids) {
  Verdict v;
  v.label = label;
  v.score = score;
  for (std::string& id : ids) {
    Signal s;
    s.id = std::move(id);
    s.weight = 30;
    v.signals.push_back(std::move(s));
  }
  return v;
}

std::string HeaderValue(const HeaderList& headers, std::string_view name) {
  for (const auto& [n, v] : headers) {
    if (n == name) return v;
  }
  return "<absent>";
}

TEST(MilterActionsTest, DefaultPolicyPerVerdict) {
  MilterConfig config;
  MilterDecision phishing = DecideForVerdict(MakeVerdict(Label::kPhishing, 97, {"links.cta"}), config);
  EXPECT_EQ(phishing.action, "quarantine");
  EXPECT_EQ(phishing.reply, MilterDecision::Reply::kAccept);
  EXPECT_NE(phishing.quarantine_reason.find("phishing"), std::string::npos);
  EXPECT_NE(phishing.quarantine_reason.find("97"), std::string::npos);
  EXPECT_EQ(HeaderValue(phishing.headers, kVerdictHeader), "phishing");

  MilterDecision suspicious = DecideForVerdict(MakeVerdict(Label::kSuspicious, 50, {}), config);
  EXPECT_EQ(suspicious.action, "tag");
  EXPECT_TRUE(suspicious.quarantine_reason.empty());
  EXPECT_EQ(HeaderValue(suspicious.headers, kVerdictHeader), "suspicious");

  MilterDecision clean = DecideForVerdict(MakeVerdict(Label::kClean, 3, {}), config);
  EXPECT_EQ(clean.action, "accept");
  EXPECT_EQ(HeaderValue(clean.headers, kVerdictHeader), "clean");
  EXPECT_EQ(HeaderValue(clean.headers, kScoreHeader), "3");
  EXPECT_EQ(HeaderValue(clean.headers, kSignalsHeader), "none");
}

TEST(MilterActionsTest, AcceptWithoutHeadersWhenTurnedOff) {
  MilterConfig config;
  config.add_headers = false;
  EXPECT_TRUE(DecideForVerdict(MakeVerdict(Label::kClean, 0, {}), config).headers.empty());
  // Tagging is the point of "tag": it adds headers whatever add_headers says.
  EXPECT_FALSE(DecideForVerdict(MakeVerdict(Label::kSuspicious, 50, {}), config).headers.empty());
}

TEST(MilterActionsTest, SubjectPrefixOnlyForTaggedNonCleanMail) {
  MilterConfig config;
  config.subject_prefix = "[SUSPECT]";
  config.action_clean = MilterAction::kTag;
  EXPECT_EQ(DecideForVerdict(MakeVerdict(Label::kSuspicious, 50, {}), config).subject_prefix, "[SUSPECT]");
  EXPECT_EQ(DecideForVerdict(MakeVerdict(Label::kClean, 5, {}), config).subject_prefix, "");
  EXPECT_EQ(DecideForVerdict(MakeVerdict(Label::kPhishing, 90, {}), config).subject_prefix, "");  // quarantined
}

TEST(MilterActionsTest, RejectTextNamesNoInternalDetail) {
  MilterConfig config;
  config.action_phishing = MilterAction::kReject;
  Verdict v = MakeVerdict(Label::kPhishing, 97, {"links.cta_unrelated_domain", "sender.brand_mismatch"});
  MilterDecision d = DecideForVerdict(v, config);
  EXPECT_EQ(d.reply, MilterDecision::Reply::kReject);
  ASSERT_TRUE(d.smtp_reply.has_value());
  EXPECT_EQ(d.smtp_reply->rcode, "550");
  EXPECT_EQ(d.smtp_reply->xcode, "5.7.1");
  EXPECT_EQ(d.smtp_reply->text.find("97"), std::string::npos);
  EXPECT_EQ(d.smtp_reply->text.find("links"), std::string::npos);
  EXPECT_EQ(d.smtp_reply->text.find("sender"), std::string::npos);
  EXPECT_EQ(d.smtp_reply->text.find("phishscan"), std::string::npos);
  EXPECT_TRUE(d.headers.empty());
}

TEST(MilterActionsTest, SignalsHeaderIsSanitisedAndBounded) {
  std::vector<std::string> ids;
  for (int i = 0; i < 20; ++i) ids.push_back("detector.finding_" + std::to_string(i));
  ids[0] = "evil\r\nBcc: x@y.z";
  std::string value = HeaderValue(VerdictHeaders(MakeVerdict(Label::kPhishing, 99, ids)), kSignalsHeader);
  EXPECT_EQ(value.find('\r'), std::string::npos);
  EXPECT_EQ(value.find('\n'), std::string::npos);
  EXPECT_EQ(value.find(' ', 0) == std::string::npos, false);  // ", " separators
  EXPECT_NE(value.find("evilBccx"), std::string::npos);
  EXPECT_EQ(value.find("finding_8"), std::string::npos);  // only the strongest eight are listed
  EXPECT_LT(value.size(), 900u);
}

TEST(MilterActionsTest, FailOpenAcceptsWithUnscannedHeader) {
  MilterConfig config;
  MilterDecision d = DecideUnscanned(Unscanned::kTimeout, config);
  EXPECT_EQ(d.reply, MilterDecision::Reply::kAccept);
  EXPECT_EQ(HeaderValue(d.headers, kVerdictHeader), "unscanned");
  EXPECT_EQ(HeaderValue(d.headers, kUnscannedHeader), "timeout");
}

TEST(MilterActionsTest, FailClosedTempfailsWith4xx) {
  MilterConfig config;
  config.fail_policy = FailPolicy::kClosed;
  MilterDecision d = DecideUnscanned(Unscanned::kSizeLimit, config);
  EXPECT_EQ(d.reply, MilterDecision::Reply::kTempfail);
  EXPECT_EQ(d.action, "tempfail");
  ASSERT_TRUE(d.smtp_reply.has_value());
  EXPECT_EQ(d.smtp_reply->rcode[0], '4');
  EXPECT_EQ(d.smtp_reply->xcode[0], '4');
}

TEST(MilterActionsTest, UnscannedReasonNames) {
  EXPECT_EQ(UnscannedName(Unscanned::kSizeLimit), "size_limit");
  EXPECT_EQ(UnscannedName(Unscanned::kParseFailure), "parse_failure");
  EXPECT_EQ(UnscannedName(Unscanned::kInternalError), "internal_error");
  EXPECT_EQ(UnscannedName(Unscanned::kOverloaded), "overloaded");
}

TEST(MilterActionsTest, ClassifiesEngineErrors) {
  Verdict v;
  v.error = "internal error while scanning: bad_alloc";
  EXPECT_EQ(ClassifyVerdictError(v), Unscanned::kInternalError);
  v.error = "out of memory while scanning";
  EXPECT_EQ(ClassifyVerdictError(v), Unscanned::kInternalError);
  v.error = "empty input";
  EXPECT_EQ(ClassifyVerdictError(v), Unscanned::kParseFailure);
}

TEST(MilterActionsTest, RecognisesOurHeadersInAnyCase) {
  EXPECT_EQ(PhishscanHeaderName("x-phishscan-verdict"), kVerdictHeader);
  EXPECT_EQ(PhishscanHeaderName("X-PHISHSCAN-SCORE"), kScoreHeader);
  EXPECT_EQ(PhishscanHeaderName("X-Phishscan-Unscanned"), kUnscannedHeader);
  EXPECT_TRUE(PhishscanHeaderName("X-Phishscan").empty());
  EXPECT_TRUE(PhishscanHeaderName("Subject").empty());
}

TEST(MilterActionsTest, SubjectPrefix) {
  EXPECT_EQ(SubjectWithPrefix("Invoice", "[SUSPECT]").value(), "[SUSPECT] Invoice");
  EXPECT_EQ(SubjectWithPrefix("Invoice", "[SUSPECT] ").value(), "[SUSPECT] Invoice");
  EXPECT_FALSE(SubjectWithPrefix("[SUSPECT] Invoice", "[SUSPECT]").has_value());
  EXPECT_EQ(SubjectWithPrefix("", "[SUSPECT]").value(), "[SUSPECT]");
  EXPECT_FALSE(SubjectWithPrefix("Invoice", "").has_value());
}

}  // namespace
}  // namespace phishscan
