#include "milter/milter_log.h"

#include <cctype>
#include <chrono>
#include <cstdio>
#include <ctime>

#include <nlohmann/json.hpp>

namespace phishscan {

namespace {

constexpr std::size_t kMaxFieldBytes = 200;

// A queue id or signal id comes from outside; keep what a logfmt value may
// hold without quoting.
std::string SafeToken(std::string_view s) {
  std::string out;
  for (char c : s.substr(0, kMaxFieldBytes)) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-' || c == '@' ||
        c == ':') {
      out += c;
    }
  }
  return out.empty() ? "-" : out;
}

std::string QuotedText(std::string_view s) {
  std::string out = "\"";
  for (char c : s.substr(0, 4 * kMaxFieldBytes)) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string FormatMs(double ms) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", ms);
  return buf;
}

std::string JoinTokens(const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) {
    if (!out.empty()) out += ',';
    out += SafeToken(id);
  }
  return out.empty() ? "-" : out;
}

std::string Dump(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

std::string FormatMessageLine(const MessageLogRecord& r, LogFormat format, std::string_view timestamp) {
  if (format == LogFormat::kJson) {
    nlohmann::json j = {{"ts", timestamp}, {"event", "message"}, {"queue_id", SafeToken(r.queue_id)},
                        {"verdict", r.verdict}, {"action", r.action}};
    j["score"] = r.score ? nlohmann::json(*r.score) : nlohmann::json(nullptr);
    nlohmann::json signals = nlohmann::json::array();
    for (const std::string& id : r.signals) signals.push_back(SafeToken(id));
    j["signals"] = std::move(signals);
    if (!r.unscanned_reason.empty()) j["unscanned"] = r.unscanned_reason;
    j["time_ms"] = static_cast<double>(static_cast<long long>(r.elapsed_ms * 10 + 0.5)) / 10;
    return Dump(j);
  }
  std::string line = "ts=" + std::string(timestamp) + " event=message queue_id=" + SafeToken(r.queue_id) +
                     " verdict=" + SafeToken(r.verdict) +
                     " score=" + (r.score ? std::to_string(*r.score) : std::string("-")) +
                     " action=" + SafeToken(r.action);
  if (!r.unscanned_reason.empty()) line += " unscanned=" + SafeToken(r.unscanned_reason);
  line += " signals=" + JoinTokens(r.signals) + " time_ms=" + FormatMs(r.elapsed_ms);
  return line;
}

std::string FormatEventLine(std::string_view event, std::string_view detail, LogFormat format,
                            std::string_view timestamp) {
  if (format == LogFormat::kJson) {
    return Dump({{"ts", timestamp}, {"event", event}, {"detail", detail}});
  }
  return "ts=" + std::string(timestamp) + " event=" + SafeToken(event) + " detail=" + QuotedText(detail);
}

std::string UtcTimestampNow() {
  auto now = std::chrono::system_clock::now();
  std::time_t secs = std::chrono::system_clock::to_time_t(now);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms));
  return buf;
}

MilterLog::~MilterLog() {
  if (out_ != nullptr) std::fclose(out_);
}

Status MilterLog::Open(const std::string& path, LogFormat format) {
  std::FILE* file = nullptr;
  if (!path.empty()) {
    file = std::fopen(path.c_str(), "a");
    if (file == nullptr) return Status(StatusCode::kIoError, "cannot open log file " + path);
  }
  std::lock_guard<std::mutex> lock(mu_);
  if (out_ != nullptr) std::fclose(out_);
  out_ = file;
  path_ = path;
  format_ = format;
  return Status::Ok();
}

void MilterLog::SetFormat(LogFormat format) {
  std::lock_guard<std::mutex> lock(mu_);
  format_ = format;
}

void MilterLog::Message(const MessageLogRecord& record) {
  LogFormat format;
  {
    std::lock_guard<std::mutex> lock(mu_);
    format = format_;
  }
  WriteLine(FormatMessageLine(record, format, UtcTimestampNow()));
}

void MilterLog::Event(std::string_view event, std::string_view detail) {
  LogFormat format;
  {
    std::lock_guard<std::mutex> lock(mu_);
    format = format_;
  }
  WriteLine(FormatEventLine(event, detail, format, UtcTimestampNow()));
}

void MilterLog::WriteLine(const std::string& line) {
  std::lock_guard<std::mutex> lock(mu_);
  std::FILE* out = out_ != nullptr ? out_ : stderr;
  std::fwrite(line.data(), 1, line.size(), out);
  std::fputc('\n', out);
  std::fflush(out);
}

}  // namespace phishscan
