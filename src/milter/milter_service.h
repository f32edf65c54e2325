// The milter itself: libmilter's callbacks, collecting the envelope and the
// message per connection, scanning at end of message, and telling the MTA
// what to do. libmilter keeps process-wide state (one smfi_main per process),
// so there is at most one service per process, and it must stay alive until
// the process exits: libmilter's connection threads may call in until then.
#ifndef PHISHSCAN_MILTER_MILTER_SERVICE_H_
#define PHISHSCAN_MILTER_MILTER_SERVICE_H_

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include "milter/engine_holder.h"
#include "milter/milter_log.h"
#include "milter/scan_runner.h"
#include "phishscan/status.h"

namespace phishscan {

class MilterService {
 public:
  MilterService(EngineHolder& holder, MilterLog& log) : holder_(holder), log_(log) {}
  ~MilterService();
  MilterService(const MilterService&) = delete;
  MilterService& operator=(const MilterService&) = delete;

  // Registers with libmilter and opens `socket` (a busy port or a bad path is
  // reported here), then serves on a background thread. Once per process.
  Status Start(const std::string& socket);

  // Lets messages already being received or scanned finish (for at most
  // `drain`) while new connections and messages follow the fail policy, then
  // stops libmilter and returns. True when every message finished.
  // libmilter must keep running while messages drain: its worker pool stops
  // serving connections as soon as it is told to stop.
  bool Stop(std::chrono::milliseconds drain);
  bool draining() const { return draining_.load(); }

  // True once libmilter's loop has ended, whoever ended it.
  bool Finished() const { return finished_.load(); }

  int connections() const { return connections_.load(); }
  int messages_in_flight() const;

  // The callbacks' side; called by libmilter's threads only.
  bool AdmitConnection();
  void ReleaseConnection();
  void BeginMessage();
  void EndMessage();
  EngineHolder& holder() { return holder_; }
  MilterLog& log() { return log_; }
  ScanRunner& runner() { return runner_; }

 private:
  EngineHolder& holder_;
  MilterLog& log_;
  ScanRunner runner_;
  std::thread loop_;
  std::atomic<bool> finished_{false};
  std::atomic<bool> draining_{false};
  std::atomic<int> connections_{0};
  mutable std::mutex mu_;
  std::condition_variable drained_;
  int in_flight_ = 0;
};

}  // namespace phishscan

#endif  // PHISHSCAN_MILTER_MILTER_SERVICE_H_
