// The milter's settings: defaults, a TOML file on top of them, then the
// command line on top of that. The same merge runs again on SIGHUP.
#ifndef PHISHSCAN_MILTER_MILTER_CONFIG_H_
#define PHISHSCAN_MILTER_MILTER_CONFIG_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "phishscan/engine.h"
#include "phishscan/status.h"

namespace phishscan {

// What the milter tells the MTA to do with a scanned message. There is no
// "discard": a message is never dropped silently.
enum class MilterAction { kAccept, kTag, kQuarantine, kReject };
std::string_view MilterActionName(MilterAction action);  // "accept", "tag", ...
StatusOr<MilterAction> ParseMilterAction(std::string_view name);

// What happens to a message that could not be scanned (too large, parse
// failure, internal error, timeout, overload).
enum class FailPolicy {
  kOpen,    // accept it, with a header saying it was not scanned
  kClosed,  // 4xx temporary failure: the sender's MTA retries later
};
std::string_view FailPolicyName(FailPolicy policy);  // "fail-open" | "fail-closed"
StatusOr<FailPolicy> ParseFailPolicy(std::string_view name);  // "open", "fail-open", "closed", ...

enum class LogFormat { kText, kJson };
std::string_view LogFormatName(LogFormat format);
StatusOr<LogFormat> ParseLogFormat(std::string_view name);

struct MilterConfig {
  std::string socket = "inet:8890@127.0.0.1";  // libmilter's inet:PORT@HOST | unix:/path
  int max_connections = 32;                     // MTA connections (and scans) at once
  std::size_t max_size = 20u << 20;             // bytes of one message that are scanned
  unsigned scan_timeout_ms = 10000;             // wall time allowed to one scan
  unsigned drain_timeout_ms = 30000;            // on SIGTERM: how long in-flight messages may take
  FailPolicy fail_policy = FailPolicy::kOpen;
  LogFormat log_format = LogFormat::kText;
  std::string log_file;  // empty: standard error (the journal under systemd)

  MilterAction action_phishing = MilterAction::kQuarantine;
  MilterAction action_suspicious = MilterAction::kTag;
  MilterAction action_clean = MilterAction::kAccept;
  bool add_headers = true;     // X-Phishscan-* on every message let through, not only tagged ones
  std::string subject_prefix;  // put before the Subject of tagged suspicious/phishing messages
  std::string reject_text = "Message rejected by content policy";

  std::string data_dir;  // empty: the engine's own lookup
  std::vector<std::string> extra_brand_files;
  Thresholds thresholds;
};

// Reads a TOML document on top of `base`. Unknown keys are errors, so a typo
// is reported instead of silently ignored.
StatusOr<MilterConfig> ParseMilterConfig(std::string_view toml_text, const MilterConfig& base);
StatusOr<MilterConfig> LoadMilterConfigFile(const std::string& path, const MilterConfig& base);

// "20971520", "512K", "20M", "1G" -> bytes.
StatusOr<std::size_t> ParseByteSize(std::string_view text);

// Checks ranges and the reply text (printable ASCII, no '%', short).
Status ValidateMilterConfig(const MilterConfig& config);

// The command-line options that, when given, override the file.
struct MilterOverrides {
  std::optional<std::string> socket;
  std::optional<int> max_connections;
  std::optional<std::string> max_size;
  std::optional<double> timeout_seconds;
  std::optional<FailPolicy> fail_policy;
  std::optional<std::string> log_format;
  std::optional<std::string> log_file;
  std::optional<std::string> action_phishing;
  std::optional<std::string> action_suspicious;
  std::optional<std::string> action_clean;
  std::optional<std::string> subject_prefix;
  std::optional<std::string> data_dir;
};

// Applies the overrides and validates the result.
StatusOr<MilterConfig> ApplyOverrides(MilterConfig config, const MilterOverrides& overrides);

// Defaults, then `config_path` (when not empty), then `overrides`.
StatusOr<MilterConfig> ResolveMilterConfig(const std::string& config_path,
                                           const MilterOverrides& overrides);

// The engine's options for this configuration.
EngineOptions EngineOptionsFor(const MilterConfig& config);

}  // namespace phishscan

#endif  // PHISHSCAN_MILTER_MILTER_CONFIG_H_
