// A one-line progress bar on stderr for long scans: messages done, rate and
// time left. Drawn only on a terminal, at most ten times a second, and erased
// when the scan ends so it never mixes with the summary or piped output.
#ifndef PHISHSCAN_CLI_PROGRESS_BAR_H_
#define PHISHSCAN_CLI_PROGRESS_BAR_H_

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <string>

namespace phishscan {

struct ProgressState {
  std::size_t messages_done = 0;
  std::size_t messages_total = 0;  // 0 when not known in advance (mboxes, stdin)
  double fraction = 0;             // 0..1 of the input bytes
  double elapsed_seconds = 0;
};

// The bar's text without terminal control: "[####----]  42%  120/300 msgs
// 85.1 msg/s  ETA 0:02".
std::string FormatProgress(const ProgressState& state, std::size_t bar_width = 24);

class ProgressBar {
 public:
  explicit ProgressBar(std::FILE* out) : out_(out) {}
  ~ProgressBar() { Finish(); }
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  // Redraws unless the last draw was less than 100 ms ago.
  void Update(const ProgressState& state);
  // Erases the bar.
  void Finish();

 private:
  std::FILE* out_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace phishscan

#endif  // PHISHSCAN_CLI_PROGRESS_BAR_H_
