#include "milter/scan_runner.h"

#include <exception>
#include <system_error>
#include <thread>
#include <utility>

namespace phishscan {

namespace {

struct Job {
  std::mutex mu;
  std::condition_variable finished;
  bool done = false;
  Verdict verdict;
};

Verdict ScanCatchingEverything(const MessageScanner& scanner, const std::string& message,
                               const Envelope& envelope) {
  try {
    return scanner.Scan(message, envelope);
  } catch (const std::exception& e) {
    Verdict v;
    v.error = std::string("internal error while scanning: ") + e.what();
    return v;
  } catch (...) {
    Verdict v;
    v.error = "internal error while scanning";
    return v;
  }
}

}  // namespace

ScanRunner::ScanRunner() : counter_(std::make_shared<Counter>()) {}

ScanRunner::Result ScanRunner::Run(std::shared_ptr<const MessageScanner> scanner,
                                   std::shared_ptr<const std::string> message, Envelope envelope,
                                   std::chrono::milliseconds timeout, int max_running) {
  {
    std::lock_guard<std::mutex> lock(counter_->mu);
    if (counter_->running >= max_running) return {Outcome::kOverloaded, {}};
    ++counter_->running;
  }
  auto job = std::make_shared<Job>();
  auto body = [counter = counter_, job, scanner = std::move(scanner), message = std::move(message),
               envelope = std::move(envelope)] {
    Verdict verdict = ScanCatchingEverything(*scanner, *message, envelope);
    {
      std::lock_guard<std::mutex> lock(job->mu);
      job->verdict = std::move(verdict);
      job->done = true;
    }
    job->finished.notify_all();
    std::lock_guard<std::mutex> lock(counter->mu);
    if (--counter->running == 0) counter->idle.notify_all();
  };
  try {
    std::thread(std::move(body)).detach();
  } catch (const std::system_error&) {
    std::lock_guard<std::mutex> lock(counter_->mu);
    --counter_->running;
    return {Outcome::kOverloaded, {}};
  }
  std::unique_lock<std::mutex> lock(job->mu);
  if (!job->finished.wait_for(lock, timeout, [&] { return job->done; })) return {Outcome::kTimedOut, {}};
  return {Outcome::kDone, std::move(job->verdict)};
}

bool ScanRunner::WaitIdle(std::chrono::milliseconds timeout) {
  std::unique_lock<std::mutex> lock(counter_->mu);
  return counter_->idle.wait_for(lock, timeout, [&] { return counter_->running == 0; });
}

int ScanRunner::running() const {
  std::lock_guard<std::mutex> lock(counter_->mu);
  return counter_->running;
}

}  // namespace phishscan
