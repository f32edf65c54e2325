#include "cli/progress_bar.h"

#include <algorithm>
#include <cmath>

namespace phishscan {
namespace {

constexpr auto kMinInterval = std::chrono::milliseconds(100);

std::string Duration(double seconds) {
  const long total = std::lround(std::max(0.0, seconds));
  char buf[32];
  if (total >= 3600) {
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%ld:%02ld", total / 60, total % 60);
  }
  return buf;
}

}  // namespace

std::string FormatProgress(const ProgressState& state, std::size_t bar_width) {
  const double fraction = std::clamp(state.fraction, 0.0, 1.0);
  const auto filled = static_cast<std::size_t>(fraction * static_cast<double>(bar_width));
  std::string line = "[" + std::string(filled, '#') + std::string(bar_width - filled, '-') + "]";
  char buf[160];
  std::snprintf(buf, sizeof buf, " %3d%%  ", static_cast<int>(fraction * 100));
  line += buf;
  line += std::to_string(state.messages_done);
  if (state.messages_total > 0) line += "/" + std::to_string(state.messages_total);
  line += " msgs";
  if (state.elapsed_seconds > 0) {
    std::snprintf(buf, sizeof buf, "  %.1f msg/s",
                  static_cast<double>(state.messages_done) / state.elapsed_seconds);
    line += buf;
  }
  // The time left extrapolates the bytes read so far; meaningless at the start.
  if (fraction > 0.01 && fraction < 1.0) {
    line += "  ETA " + Duration(state.elapsed_seconds * (1.0 - fraction) / fraction);
  }
  return line;
}

void ProgressBar::Update(const ProgressState& state) {
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_draw_ < kMinInterval) return;
  last_draw_ = now;
  drawn_ = true;
  // \r returns to the line start, \033[K clears what a longer line left.
  std::fprintf(out_, "\r%s\033[K", FormatProgress(state).c_str());
  std::fflush(out_);
}

void ProgressBar::Finish() {
  if (!drawn_) return;
  drawn_ = false;
  std::fputs("\r\033[K", out_);
  std::fflush(out_);
}

}  // namespace phishscan
