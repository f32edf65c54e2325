#include "cli/parallel_scanner.h"

#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <limits>
#include <map>
#include <mutex>
#include <thread>
#include <utility>

namespace phishscan {
namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kProgressInterval = std::chrono::milliseconds(100);
// Workers wake the writer once this many verdicts wait, not for each one:
// on a virtual machine every wake-up is a futex call and an interrupt to the
// other CPU, which cost about 2 % of a scan when paid per message. The
// writer also wakes when a worker runs out of work (so the last verdicts and
// a single message go out at once) and every kProgressInterval regardless.
constexpr std::size_t kWakeBatch = 32;
constexpr std::size_t kUnknown = std::numeric_limits<std::size_t>::max();

// Where a verdict goes in the output: (item, message within the item).
using Slot = std::pair<std::size_t, std::size_t>;

struct Task {
  Slot slot;
  RawMessage message;
};

class ScanRun {
 public:
  ScanRun(const std::vector<InputItem>& items, const ParallelScanOptions& options,
          const ScanFunction& scan)
      : items_(items),
        options_(options),
        scan_(scan),
        window_(64 + 4 * static_cast<std::size_t>(options.jobs)),
        message_counts_(items.size(), kUnknown) {}

  void Run(const VerdictSink& on_verdict, const ProgressSink& on_progress) {
    const ProgressBase base = Measure();
    start_ = Clock::now();
    std::vector<std::thread> workers;
    for (unsigned i = 0; i < std::max(1u, options_.jobs); ++i)
      workers.emplace_back([this] { Work(); });
    Deliver(on_verdict, on_progress, base);
    for (std::thread& t : workers) t.join();
  }

 private:
  struct ProgressBase {
    std::size_t total_bytes = 0;
    std::size_t total_messages = 0;  // 0 when an mbox or stdin makes it unknown
  };

  // Sizes are taken before starting so the bar can show a fraction and ETA.
  ProgressBase Measure() const {
    ProgressBase base;
    bool countable = true;
    for (const InputItem& item : items_) {
      struct stat st;
      if (item.kind != InputKind::kStdin && ::stat(item.path.c_str(), &st) == 0) {
        base.total_bytes += static_cast<std::size_t>(st.st_size);
      }
      countable = countable && item.kind == InputKind::kFile;
    }
    base.total_messages = countable ? items_.size() : 0;
    return base;
  }

  // The writer: hands verdicts over in (item, message) order.
  void Deliver(const VerdictSink& on_verdict, const ProgressSink& on_progress,
               const ProgressBase& base) {
    auto last_progress = Clock::now();
    std::unique_lock lock(mu_);
    std::size_t item = 0;
    std::size_t index = 0;
    while (item < items_.size()) {
      if (auto it = ready_.find({item, index}); it != ready_.end()) {
        Verdict verdict = std::move(it->second);
        ready_.erase(it);
        lock.unlock();
        on_verdict(item, std::move(verdict));
        lock.lock();
        ++index;
      } else if (message_counts_[item] == index) {
        ++item;
        index = 0;
        output_item_ = item;
        work_cv_.notify_all();  // the window moved
      } else {
        result_cv_.wait_for(lock, kProgressInterval);
      }
      if (on_progress && Clock::now() - last_progress >= kProgressInterval) {
        last_progress = Clock::now();
        lock.unlock();
        on_progress(Progress(base));
        lock.lock();
      }
    }
  }

  ProgressState Progress(const ProgressBase& base) const {
    ProgressState state;
    state.messages_done = messages_done_.load();
    state.messages_total = base.total_messages;
    state.fraction = base.total_bytes > 0 ? static_cast<double>(bytes_done_.load()) /
                                                static_cast<double>(base.total_bytes)
                                          : 0.0;
    state.elapsed_seconds = std::chrono::duration<double>(Clock::now() - start_).count();
    return state;
  }

  void Work() {
    std::unique_lock lock(mu_);
    for (;;) {
      if (!queue_.empty()) {
        Task task = std::move(queue_.front());
        queue_.pop_front();
        lock.unlock();
        Verdict verdict = Scan(std::move(task.message));
        lock.lock();
        Store(task.slot, std::move(verdict));
      } else if (next_item_ < items_.size() && next_item_ < output_item_ + window_) {
        const std::size_t item = next_item_++;
        ++active_readers_;
        lock.unlock();
        const std::size_t count = ReadAndScan(item);
        lock.lock();
        --active_readers_;
        message_counts_[item] = count;
        WakeWriterForBatch();
        work_cv_.notify_all();  // others may be waiting for the last reader
      } else if (next_item_ >= items_.size() && active_readers_ == 0) {
        result_cv_.notify_one();  // the last verdicts
        return;
      } else {
        result_cv_.notify_one();  // whatever is ready, and the window may move
        ++idle_workers_;
        work_cv_.wait(lock);
        --idle_workers_;
      }
    }
  }

  // Reads item `item`; each message goes to an idle worker if there is one,
  // else is scanned here. Returns how many messages the item held.
  std::size_t ReadAndScan(std::size_t item) {
    std::size_t count = 0;
    auto emit = [&](RawMessage&& message) {
      const Slot slot{item, count++};
      {
        std::lock_guard lock(mu_);
        if (idle_workers_ > queue_.size()) {
          queue_.push_back({slot, std::move(message)});
          work_cv_.notify_one();
          return;
        }
      }
      Verdict verdict = Scan(std::move(message));
      std::lock_guard lock(mu_);
      Store(slot, std::move(verdict));
    };
    try {
      ReadItem(items_[item], options_.max_message_bytes, emit);
    } catch (const std::exception& e) {  // allocation failure: report, go on
      emit(RawMessage{
          items_[item].path, {}, "cannot read '" + items_[item].path + "': " + e.what()});
    }
    return count;
  }

  Verdict Scan(RawMessage&& message) {
    bytes_done_ += message.bytes.size();
    Verdict verdict;
    if (message.error.empty()) {
      try {
        verdict = scan_(message.bytes);
      } catch (const std::exception& e) {  // Scan() promises not to throw; never trust a crash
        verdict = Verdict{};
        verdict.error = "internal error while scanning '" + message.source + "': " + e.what();
      }
    } else {
      verdict.error = std::move(message.error);
    }
    verdict.source = std::move(message.source);
    return verdict;
  }

  // Called with mu_ held.
  void Store(const Slot& slot, Verdict&& verdict) {
    ready_.emplace(slot, std::move(verdict));
    ++messages_done_;
    WakeWriterForBatch();
  }

  // Called with mu_ held.
  void WakeWriterForBatch() {
    if (ready_.size() >= kWakeBatch) result_cv_.notify_one();
  }

  const std::vector<InputItem>& items_;
  const ParallelScanOptions options_;
  const ScanFunction& scan_;
  const std::size_t window_;
  Clock::time_point start_;

  std::mutex mu_;
  std::condition_variable work_cv_;    // workers wait for a task or an item
  std::condition_variable result_cv_;  // the writer waits for the next verdict
  std::deque<Task> queue_;
  std::map<Slot, Verdict> ready_;
  std::vector<std::size_t> message_counts_;  // per item; kUnknown while being read
  std::size_t next_item_ = 0;
  std::size_t output_item_ = 0;
  std::size_t active_readers_ = 0;
  std::size_t idle_workers_ = 0;
  std::atomic<std::size_t> messages_done_{0};
  std::atomic<std::size_t> bytes_done_{0};
};

}  // namespace

void ScanInParallel(const std::vector<InputItem>& items, const ParallelScanOptions& options,
                    const ScanFunction& scan, const VerdictSink& on_verdict,
                    const ProgressSink& on_progress) {
  ScanRun(items, options, scan).Run(on_verdict, on_progress);
}

}  // namespace phishscan
