#include "milter/milter_config.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <fstream>
#include <limits>
#include <sstream>
#include <utility>

#include <toml++/toml.h>

namespace phishscan {

std::string_view MilterActionName(MilterAction action) {
  switch (action) {
    case MilterAction::kAccept: return "accept";
    case MilterAction::kTag: return "tag";
    case MilterAction::kQuarantine: return "quarantine";
    case MilterAction::kReject: return "reject";
  }
  return "accept";
}

StatusOr<MilterAction> ParseMilterAction(std::string_view name) {
  for (MilterAction a : {MilterAction::kAccept, MilterAction::kTag, MilterAction::kQuarantine,
                         MilterAction::kReject}) {
    if (name == MilterActionName(a)) return a;
  }
  return Status(StatusCode::kInvalidArgument,
                "unknown action \"" + std::string(name) +
                    "\" (expected accept, tag, quarantine or reject; discard is not offered)");
}

std::string_view FailPolicyName(FailPolicy policy) {
  return policy == FailPolicy::kOpen ? "fail-open" : "fail-closed";
}

StatusOr<FailPolicy> ParseFailPolicy(std::string_view name) {
  if (name == "open" || name == "fail-open") return FailPolicy::kOpen;
  if (name == "closed" || name == "fail-closed") return FailPolicy::kClosed;
  return Status(StatusCode::kInvalidArgument,
                "unknown fail policy \"" + std::string(name) + "\" (expected fail-open or fail-closed)");
}

std::string_view LogFormatName(LogFormat format) {
  return format == LogFormat::kJson ? "json" : "text";
}

StatusOr<LogFormat> ParseLogFormat(std::string_view name) {
  if (name == "text") return LogFormat::kText;
  if (name == "json") return LogFormat::kJson;
  return Status(StatusCode::kInvalidArgument,
                "unknown log format \"" + std::string(name) + "\" (expected text or json)");
}

StatusOr<std::size_t> ParseByteSize(std::string_view text) {
  Status bad(StatusCode::kInvalidArgument,
             "bad size \"" + std::string(text) + "\" (expected bytes, or a number with K, M or G)");
  if (text.empty() || text.size() > 24) return bad;
  std::size_t multiplier = 1;
  switch (text.back()) {
    case 'k': case 'K': multiplier = std::size_t{1} << 10; break;
    case 'm': case 'M': multiplier = std::size_t{1} << 20; break;
    case 'g': case 'G': multiplier = std::size_t{1} << 30; break;
    default: break;
  }
  if (multiplier != 1) text.remove_suffix(1);
  if (text.empty()) return bad;
  std::size_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return bad;
    if (value > (std::numeric_limits<std::size_t>::max() - 9) / 10) return bad;
    value = value * 10 + static_cast<std::size_t>(c - '0');
  }
  if (value > std::numeric_limits<std::size_t>::max() / multiplier) return bad;
  return value * multiplier;
}

namespace {

Status Invalid(std::string message) { return Status(StatusCode::kInvalidArgument, std::move(message)); }

Status WrongType(std::string_view key, std::string_view expected) {
  return Invalid("config key " + std::string(key) + ": expected " + std::string(expected));
}

Status ReadString(const toml::node& node, std::string_view key, std::string* out) {
  const auto* s = node.as_string();
  if (s == nullptr) return WrongType(key, "a string");
  *out = s->get();
  return Status::Ok();
}

Status ReadInt(const toml::node& node, std::string_view key, int* out) {
  const auto* i = node.as_integer();
  if (i == nullptr) return WrongType(key, "an integer");
  int64_t v = i->get();
  if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max()) {
    return Invalid("config key " + std::string(key) + ": out of range");
  }
  *out = static_cast<int>(v);
  return Status::Ok();
}

Status ReadBool(const toml::node& node, std::string_view key, bool* out) {
  const auto* b = node.as_boolean();
  if (b == nullptr) return WrongType(key, "true or false");
  *out = b->get();
  return Status::Ok();
}

// Seconds, integer or fractional, stored as milliseconds.
Status ReadSecondsAsMs(const toml::node& node, std::string_view key, unsigned* out_ms) {
  double seconds = 0;
  if (const auto* i = node.as_integer()) {
    seconds = static_cast<double>(i->get());
  } else if (const auto* f = node.as_floating_point()) {
    seconds = f->get();
  } else {
    return WrongType(key, "a number of seconds");
  }
  if (!std::isfinite(seconds) || seconds < 0 || seconds > 86400) {
    return Invalid("config key " + std::string(key) + ": out of range");
  }
  *out_ms = static_cast<unsigned>(std::llround(seconds * 1000));
  return Status::Ok();
}

Status ReadSize(const toml::node& node, std::string_view key, std::size_t* out) {
  if (const auto* i = node.as_integer()) {
    if (i->get() < 0) return Invalid("config key " + std::string(key) + ": negative size");
    *out = static_cast<std::size_t>(i->get());
    return Status::Ok();
  }
  const auto* s = node.as_string();
  if (s == nullptr) return WrongType(key, "a size (bytes, or \"20M\")");
  StatusOr<std::size_t> size = ParseByteSize(s->get());
  if (!size.ok()) return Invalid("config key " + std::string(key) + ": " + size.status().message());
  *out = size.value();
  return Status::Ok();
}

Status ReadStringArray(const toml::node& node, std::string_view key, std::vector<std::string>* out) {
  const auto* array = node.as_array();
  if (array == nullptr) return WrongType(key, "an array of strings");
  out->clear();
  for (const toml::node& element : *array) {
    const auto* s = element.as_string();
    if (s == nullptr) return WrongType(key, "an array of strings");
    out->push_back(s->get());
  }
  return Status::Ok();
}

template <typename Enum>
Status ReadEnum(const toml::node& node, std::string_view key, StatusOr<Enum> (*parse)(std::string_view),
                Enum* out) {
  std::string text;
  Status s = ReadString(node, key, &text);
  if (!s.ok()) return s;
  StatusOr<Enum> value = parse(text);
  if (!value.ok()) return Invalid("config key " + std::string(key) + ": " + value.status().message());
  *out = value.value();
  return Status::Ok();
}

Status UnknownKey(std::string_view table, std::string_view key) {
  return Invalid("unknown config key " + std::string(table) + "." + std::string(key));
}

Status ReadMilterTable(const toml::table& table, MilterConfig& c) {
  for (const auto& [k, v] : table) {
    std::string_view key = k.str();
    Status s;
    if (key == "socket") s = ReadString(v, "milter.socket", &c.socket);
    else if (key == "max_connections") s = ReadInt(v, "milter.max_connections", &c.max_connections);
    else if (key == "max_size") s = ReadSize(v, "milter.max_size", &c.max_size);
    else if (key == "timeout") s = ReadSecondsAsMs(v, "milter.timeout", &c.scan_timeout_ms);
    else if (key == "drain_timeout") s = ReadSecondsAsMs(v, "milter.drain_timeout", &c.drain_timeout_ms);
    else if (key == "fail_policy") s = ReadEnum(v, "milter.fail_policy", &ParseFailPolicy, &c.fail_policy);
    else if (key == "log_format") s = ReadEnum(v, "milter.log_format", &ParseLogFormat, &c.log_format);
    else if (key == "log_file") s = ReadString(v, "milter.log_file", &c.log_file);
    else s = UnknownKey("milter", key);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status ReadActionsTable(const toml::table& table, MilterConfig& c) {
  for (const auto& [k, v] : table) {
    std::string_view key = k.str();
    Status s;
    if (key == "phishing") s = ReadEnum(v, "actions.phishing", &ParseMilterAction, &c.action_phishing);
    else if (key == "suspicious") s = ReadEnum(v, "actions.suspicious", &ParseMilterAction, &c.action_suspicious);
    else if (key == "clean") s = ReadEnum(v, "actions.clean", &ParseMilterAction, &c.action_clean);
    else if (key == "add_headers") s = ReadBool(v, "actions.add_headers", &c.add_headers);
    else if (key == "subject_prefix") s = ReadString(v, "actions.subject_prefix", &c.subject_prefix);
    else if (key == "reject_text") s = ReadString(v, "actions.reject_text", &c.reject_text);
    else s = UnknownKey("actions", key);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status ReadEngineTable(const toml::table& table, MilterConfig& c) {
  for (const auto& [k, v] : table) {
    std::string_view key = k.str();
    Status s;
    if (key == "data_dir") s = ReadString(v, "engine.data_dir", &c.data_dir);
    else if (key == "extra_brand_files") s = ReadStringArray(v, "engine.extra_brand_files", &c.extra_brand_files);
    else if (key == "suspicious_threshold") s = ReadInt(v, "engine.suspicious_threshold", &c.thresholds.suspicious);
    else if (key == "phishing_threshold") s = ReadInt(v, "engine.phishing_threshold", &c.thresholds.phishing);
    else s = UnknownKey("engine", key);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status ReadDocument(const toml::table& doc, MilterConfig& c) {
  for (const auto& [k, v] : doc) {
    std::string_view key = k.str();
    const toml::table* table = v.as_table();
    if (table == nullptr) return Invalid("config: top-level key \"" + std::string(key) + "\" must be a table");
    Status s;
    if (key == "milter") s = ReadMilterTable(*table, c);
    else if (key == "actions") s = ReadActionsTable(*table, c);
    else if (key == "engine") s = ReadEngineTable(*table, c);
    else s = Invalid("unknown config table [" + std::string(key) + "]");
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

bool IsPrintableAscii(std::string_view s) {
  for (char c : s) {
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

bool IsSocketSpec(std::string_view s) {
  for (std::string_view scheme : {"inet:", "inet6:", "unix:", "local:"}) {
    if (s.size() > scheme.size() && s.substr(0, scheme.size()) == scheme) return true;
  }
  return false;
}

}  // namespace

StatusOr<MilterConfig> ParseMilterConfig(std::string_view toml_text, const MilterConfig& base) {
  MilterConfig config = base;
  try {
    toml::table doc = toml::parse(toml_text);
    Status s = ReadDocument(doc, config);
    if (!s.ok()) return s;
  } catch (const toml::parse_error& e) {
    std::ostringstream msg;
    msg << "config: " << e.description() << " (line " << e.source().begin.line << ")";
    return Invalid(msg.str());
  } catch (const std::exception& e) {
    return Invalid(std::string("config: ") + e.what());
  }
  return config;
}

StatusOr<MilterConfig> LoadMilterConfigFile(const std::string& path, const MilterConfig& base) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kIoError, "cannot open config file " + path);
  constexpr std::size_t kMaxConfigBytes = 1u << 20;
  std::string text(kMaxConfigBytes + 1, '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(in.gcount()));
  if (text.size() > kMaxConfigBytes) return Invalid("config file " + path + " is larger than 1 MiB");
  StatusOr<MilterConfig> config = ParseMilterConfig(text, base);
  if (!config.ok()) return Status(config.status().code(), path + ": " + config.status().message());
  return config;
}

Status ValidateMilterConfig(const MilterConfig& c) {
  if (!IsSocketSpec(c.socket)) {
    return Invalid("socket \"" + c.socket + "\": expected inet:PORT@HOST, inet6:PORT@HOST or unix:/path");
  }
  if (c.max_connections < 1 || c.max_connections > 10000) return Invalid("max_connections must be 1..10000");
  if (c.max_size < 1024 || c.max_size > (std::size_t{1} << 30)) return Invalid("max_size must be 1K..1G");
  if (c.scan_timeout_ms < 1 || c.scan_timeout_ms > 600000) return Invalid("timeout must be 0.001..600 seconds");
  if (c.drain_timeout_ms > 3600000) return Invalid("drain_timeout must be at most 3600 seconds");
  if (c.thresholds.suspicious < 1 || c.thresholds.suspicious > c.thresholds.phishing ||
      c.thresholds.phishing > 100) {
    return Invalid("thresholds must satisfy 1 <= suspicious_threshold <= phishing_threshold <= 100");
  }
  // The reply goes into an SMTP response line: libmilter treats '%' specially
  // and the line must stay one short printable line.
  if (c.reject_text.empty() || c.reject_text.size() > 200 || !IsPrintableAscii(c.reject_text) ||
      c.reject_text.find('%') != std::string::npos) {
    return Invalid("reject_text must be 1..200 printable ASCII characters without '%'");
  }
  if (c.subject_prefix.size() > 100 || !IsPrintableAscii(c.subject_prefix)) {
    return Invalid("subject_prefix must be at most 100 printable ASCII characters");
  }
  return Status::Ok();
}

namespace {

template <typename Enum>
Status OverrideEnum(const std::optional<std::string>& text, StatusOr<Enum> (*parse)(std::string_view),
                    Enum* out) {
  if (!text) return Status::Ok();
  StatusOr<Enum> value = parse(*text);
  if (!value.ok()) return value.status();
  *out = value.value();
  return Status::Ok();
}

}  // namespace

StatusOr<MilterConfig> ApplyOverrides(MilterConfig c, const MilterOverrides& o) {
  if (o.socket) c.socket = *o.socket;
  if (o.max_connections) c.max_connections = *o.max_connections;
  if (o.max_size) {
    StatusOr<std::size_t> size = ParseByteSize(*o.max_size);
    if (!size.ok()) return size.status();
    c.max_size = size.value();
  }
  if (o.timeout_seconds) {
    double s = *o.timeout_seconds;
    if (!std::isfinite(s) || s <= 0 || s > 600) return Invalid("--timeout must be in (0, 600] seconds");
    c.scan_timeout_ms = static_cast<unsigned>(std::max<long long>(1, std::llround(s * 1000)));
  }
  if (o.fail_policy) c.fail_policy = *o.fail_policy;
  if (o.log_file) c.log_file = *o.log_file;
  if (o.subject_prefix) c.subject_prefix = *o.subject_prefix;
  if (o.data_dir) c.data_dir = *o.data_dir;
  for (Status s : {OverrideEnum(o.log_format, &ParseLogFormat, &c.log_format),
                   OverrideEnum(o.action_phishing, &ParseMilterAction, &c.action_phishing),
                   OverrideEnum(o.action_suspicious, &ParseMilterAction, &c.action_suspicious),
                   OverrideEnum(o.action_clean, &ParseMilterAction, &c.action_clean)}) {
    if (!s.ok()) return s;
  }
  Status valid = ValidateMilterConfig(c);
  if (!valid.ok()) return valid;
  return c;
}

StatusOr<MilterConfig> ResolveMilterConfig(const std::string& config_path, const MilterOverrides& overrides) {
  MilterConfig config;
  if (!config_path.empty()) {
    StatusOr<MilterConfig> loaded = LoadMilterConfigFile(config_path, config);
    if (!loaded.ok()) return loaded.status();
    config = std::move(loaded).value();
  }
  return ApplyOverrides(std::move(config), overrides);
}

EngineOptions EngineOptionsFor(const MilterConfig& config) {
  EngineOptions options;
  options.data_dir = config.data_dir;
  options.extra_brand_files = config.extra_brand_files;
  options.thresholds = config.thresholds;
  // The milter never hands the engine more than max_size bytes; the engine's
  // own bound must not cut below that.
  if (options.limits.max_message_bytes < config.max_size) options.limits.max_message_bytes = config.max_size;
  return options;
}

}  // namespace phishscan
