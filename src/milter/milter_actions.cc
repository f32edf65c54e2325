#include "milter/milter_actions.h"

#include <cctype>

namespace phishscan {

namespace {

constexpr std::size_t kMaxHeaderSignals = 8;
constexpr std::size_t kMaxSignalIdBytes = 80;

// Kept generic on purpose: the sender learns that the message was refused,
// never which rule or score refused it.
constexpr std::string_view kTempfailText = "Message could not be checked, try again later";

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

std::string SanitizeId(std::string_view id) {
  std::string out;
  for (char c : id.substr(0, kMaxSignalIdBytes)) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-') out += c;
  }
  return out;
}

std::string JoinIds(const std::vector<std::string>& ids) {
  if (ids.empty()) return "none";
  std::string out;
  for (const std::string& id : ids) {
    if (!out.empty()) out += ", ";
    out += id;
  }
  return out;
}

MilterAction ActionFor(Label label, const MilterConfig& config) {
  switch (label) {
    case Label::kPhishing: return config.action_phishing;
    case Label::kSuspicious: return config.action_suspicious;
    case Label::kClean: return config.action_clean;
  }
  return config.action_clean;
}

std::string QuarantineReason(const Verdict& verdict) {
  std::string reason = "phishscan: " + std::string(LabelName(verdict.label)) + " (score " +
                       std::to_string(verdict.score);
  std::vector<std::string> top = TopSignalIds(verdict, 1);
  if (!top.empty()) reason += "; " + top.front();
  return reason + ")";
}

}  // namespace

std::string_view PhishscanHeaderName(std::string_view name) {
  for (std::string_view ours : {kVerdictHeader, kScoreHeader, kSignalsHeader, kUnscannedHeader}) {
    if (EqualsIgnoreCase(name, ours)) return ours;
  }
  return {};
}

std::string_view UnscannedName(Unscanned why) {
  switch (why) {
    case Unscanned::kSizeLimit: return "size_limit";
    case Unscanned::kParseFailure: return "parse_failure";
    case Unscanned::kInternalError: return "internal_error";
    case Unscanned::kTimeout: return "timeout";
    case Unscanned::kOverloaded: return "overloaded";
  }
  return "internal_error";
}

Unscanned ClassifyVerdictError(const Verdict& verdict) {
  // The engine reports its own failures (exceptions, memory) with these
  // prefixes; every other error means the bytes could not be read as mail.
  std::string_view error = verdict.error;
  if (error.starts_with("internal error") || error.starts_with("out of memory")) {
    return Unscanned::kInternalError;
  }
  return Unscanned::kParseFailure;
}

std::vector<std::string> TopSignalIds(const Verdict& verdict, std::size_t max_ids) {
  std::vector<std::string> ids;
  for (const Signal& signal : verdict.signals) {
    if (ids.size() >= max_ids) break;
    std::string id = SanitizeId(signal.id);
    if (!id.empty()) ids.push_back(std::move(id));
  }
  return ids;
}

HeaderList VerdictHeaders(const Verdict& verdict) {
  return {
      {std::string(kVerdictHeader), std::string(LabelName(verdict.label))},
      {std::string(kScoreHeader), std::to_string(verdict.score)},
      {std::string(kSignalsHeader), JoinIds(TopSignalIds(verdict, kMaxHeaderSignals))},
  };
}

std::optional<std::string> SubjectWithPrefix(std::string_view subject, std::string_view prefix) {
  while (!prefix.empty() && prefix.back() == ' ') prefix.remove_suffix(1);
  if (prefix.empty()) return std::nullopt;
  std::string_view trimmed = subject;
  while (!trimmed.empty() && (trimmed.front() == ' ' || trimmed.front() == '\t')) trimmed.remove_prefix(1);
  if (trimmed.starts_with(prefix)) return std::nullopt;
  if (trimmed.empty()) return std::string(prefix);
  return std::string(prefix) + " " + std::string(trimmed);
}

MilterDecision DecideForVerdict(const Verdict& verdict, const MilterConfig& config) {
  MilterDecision d;
  MilterAction action = ActionFor(verdict.label, config);
  d.action = std::string(MilterActionName(action));
  switch (action) {
    case MilterAction::kAccept:
      if (config.add_headers) d.headers = VerdictHeaders(verdict);
      break;
    case MilterAction::kTag:
      d.headers = VerdictHeaders(verdict);
      if (verdict.label != Label::kClean) d.subject_prefix = config.subject_prefix;
      break;
    case MilterAction::kQuarantine:
      // Whoever reviews the hold queue needs to see why the message is there.
      d.headers = VerdictHeaders(verdict);
      d.quarantine_reason = QuarantineReason(verdict);
      break;
    case MilterAction::kReject:
      d.reply = MilterDecision::Reply::kReject;
      d.smtp_reply = SmtpReply{"550", "5.7.1", config.reject_text};
      break;
  }
  return d;
}

MilterDecision DecideUnscanned(Unscanned why, const MilterConfig& config) {
  MilterDecision d;
  if (config.fail_policy == FailPolicy::kClosed) {
    d.reply = MilterDecision::Reply::kTempfail;
    d.action = "tempfail";
    d.smtp_reply = SmtpReply{"451", "4.7.1", std::string(kTempfailText)};
    return d;
  }
  d.action = "accept";
  d.headers = {{std::string(kVerdictHeader), "unscanned"},
               {std::string(kUnscannedHeader), std::string(UnscannedName(why))}};
  return d;
}

}  // namespace phishscan
