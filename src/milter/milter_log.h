// The milter's log: one line per message (queue id, verdict, score, action,
// top signals, time taken) and one per lifecycle event, as text or JSON lines.
#ifndef PHISHSCAN_MILTER_MILTER_LOG_H_
#define PHISHSCAN_MILTER_MILTER_LOG_H_

#include <cstdio>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "milter/milter_config.h"
#include "phishscan/status.h"

namespace phishscan {

struct MessageLogRecord {
  std::string queue_id;  // the MTA's queue id; "-" when it sent none
  std::string verdict;   // clean | suspicious | phishing | unscanned
  std::optional<int> score;       // absent when unscanned
  std::string action;             // accept | tag | quarantine | reject | tempfail
  std::string unscanned_reason;   // size_limit, timeout, ... when unscanned
  std::vector<std::string> signals;  // top signal ids
  double elapsed_ms = 0;          // from end of message to the decision
};

// One line, no trailing newline. Values from the message (the queue id) are
// reduced to safe characters so a line can never be split or forged.
std::string FormatMessageLine(const MessageLogRecord& record, LogFormat format, std::string_view timestamp);

// Lifecycle events ("start", "reload", "stop", "error") with a free-text detail.
std::string FormatEventLine(std::string_view event, std::string_view detail, LogFormat format,
                            std::string_view timestamp);

// "2025-11-18T06:42:11.123Z": UTC with milliseconds.
std::string UtcTimestampNow();

// Where lines go: standard error or an appended file, one whole line per
// write so threads never interleave. Reopen() follows logrotate.
class MilterLog {
 public:
  MilterLog() = default;
  ~MilterLog();
  MilterLog(const MilterLog&) = delete;
  MilterLog& operator=(const MilterLog&) = delete;

  // Empty path: standard error.
  Status Open(const std::string& path, LogFormat format);
  void SetFormat(LogFormat format);

  void Message(const MessageLogRecord& record);
  void Event(std::string_view event, std::string_view detail);

 private:
  void WriteLine(const std::string& line);

  std::mutex mu_;
  std::FILE* out_ = nullptr;  // null: stderr
  std::string path_;
  LogFormat format_ = LogFormat::kText;
};

}  // namespace phishscan

#endif  // PHISHSCAN_MILTER_MILTER_LOG_H_
