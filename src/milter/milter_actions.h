// From a verdict (or a failure to get one) to what the MTA is told: the
// headers to add, the subject prefix, the quarantine reason, the SMTP reply.
// Pure functions, so the policy is tested without a mail server.
#ifndef PHISHSCAN_MILTER_MILTER_ACTIONS_H_
#define PHISHSCAN_MILTER_MILTER_ACTIONS_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "milter/milter_config.h"
#include "phishscan/verdict.h"

namespace phishscan {

inline constexpr std::string_view kVerdictHeader = "X-Phishscan-Verdict";
inline constexpr std::string_view kScoreHeader = "X-Phishscan-Score";
inline constexpr std::string_view kSignalsHeader = "X-Phishscan-Signals";
inline constexpr std::string_view kUnscannedHeader = "X-Phishscan-Unscanned";

// For the headers this milter writes, their canonical spelling; empty for
// any other name. Copies already in an incoming message are removed: a
// sender must not be able to pre-label its mail.
std::string_view PhishscanHeaderName(std::string_view name);

// Why a message went unscanned.
enum class Unscanned { kSizeLimit, kParseFailure, kInternalError, kTimeout, kOverloaded };
std::string_view UnscannedName(Unscanned why);  // "size_limit", "parse_failure", ...

// Classifies a verdict whose `error` is set: the engine's own failure, or a
// message it could not read.
Unscanned ClassifyVerdictError(const Verdict& verdict);

struct SmtpReply {
  std::string rcode;  // "550"
  std::string xcode;  // "5.7.1"
  std::string text;
};

using HeaderList = std::vector<std::pair<std::string, std::string>>;

struct MilterDecision {
  enum class Reply { kAccept, kReject, kTempfail };
  Reply reply = Reply::kAccept;
  std::string action;  // for the log: accept, tag, quarantine, reject, tempfail
  HeaderList headers;  // added to the message
  std::string subject_prefix;     // empty: the Subject is left alone
  std::string quarantine_reason;  // empty: no quarantine
  std::optional<SmtpReply> smtp_reply;
};

// The X-Phishscan-Verdict/Score/Signals headers for a verdict.
HeaderList VerdictHeaders(const Verdict& verdict);

// Up to `max_ids` signal ids, strongest first, reduced to [A-Za-z0-9._-].
std::vector<std::string> TopSignalIds(const Verdict& verdict, std::size_t max_ids);

// The Subject with `prefix` in front (one space between), or nothing when it
// already starts with the prefix, so a message filtered twice is not
// prefixed twice.
std::optional<std::string> SubjectWithPrefix(std::string_view subject, std::string_view prefix);

MilterDecision DecideForVerdict(const Verdict& verdict, const MilterConfig& config);
MilterDecision DecideUnscanned(Unscanned why, const MilterConfig& config);

}  // namespace phishscan

#endif  // PHISHSCAN_MILTER_MILTER_ACTIONS_H_
