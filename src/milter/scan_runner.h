// Runs one scan against a deadline. The engine bounds its own work, but a
// milter must answer the MTA in time whatever happens, so the scan runs on
// its own thread and the caller stops waiting at the deadline. An overrunning
// scan keeps its slot until it really ends: runaway scans can never pile up
// past the limit, and past the limit new scans are refused at once.
#ifndef PHISHSCAN_MILTER_SCAN_RUNNER_H_
#define PHISHSCAN_MILTER_SCAN_RUNNER_H_

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>

#include "milter/message_scanner.h"
#include "phishscan/envelope.h"
#include "phishscan/verdict.h"

namespace phishscan {

class ScanRunner {
 public:
  enum class Outcome { kDone, kTimedOut, kOverloaded };
  struct Result {
    Outcome outcome = Outcome::kDone;
    Verdict verdict;  // meaningful only when kDone
  };

  ScanRunner();
  ScanRunner(const ScanRunner&) = delete;
  ScanRunner& operator=(const ScanRunner&) = delete;

  // `max_running` counts scans still running, overrunning ones included.
  Result Run(std::shared_ptr<const MessageScanner> scanner, std::shared_ptr<const std::string> message,
             Envelope envelope, std::chrono::milliseconds timeout, int max_running);

  // Waits until no scan runs, at most `timeout`; true when none does.
  bool WaitIdle(std::chrono::milliseconds timeout);
  int running() const;

 private:
  struct Counter {
    mutable std::mutex mu;
    std::condition_variable idle;
    int running = 0;
  };
  // Shared with the scan threads, which may outlive a Run() that timed out.
  std::shared_ptr<Counter> counter_;
};

}  // namespace phishscan

#endif  // PHISHSCAN_MILTER_SCAN_RUNNER_H_
