#include "detect/edit_distance.h"

#include <algorithm>
#include <array>
#include <vector>

namespace phishscan {
namespace {

// Domain labels are at most 63 bytes: rows that fit here need no allocation,
// which matters because the look-alike detector compares every host of a
// message with every brand name.
constexpr std::size_t kStackRow = 128;

// The distance with three caller-provided rows of m + 1 cells each.
std::size_t Distance(std::string_view a, std::string_view b, std::size_t bound, std::size_t* prev2,
                     std::size_t* prev, std::size_t* cur) {
  const std::size_t over = bound + 1;
  const std::size_t n = a.size(), m = b.size();
  // Three rows suffice for the transposition step; cells farther than `bound`
  // from the diagonal can only exceed the bound, so they stay at `over`.
  std::fill(prev2, prev2 + m + 1, over);
  std::fill(prev, prev + m + 1, over);
  for (std::size_t j = 0; j <= std::min(m, bound); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    std::fill(cur, cur + m + 1, over);
    if (i <= bound) cur[0] = i;
    std::size_t lo = i > bound ? i - bound : 1;
    std::size_t hi = std::min(m, i + bound);
    std::size_t row_min = cur[0];
    for (std::size_t j = lo; j <= hi; ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      std::size_t best = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) best = std::min(best, prev2[j - 2] + 1);
      cur[j] = std::min(best, over);
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > bound) return over;
    std::size_t* oldest = prev2;
    prev2 = prev;
    prev = cur;
    cur = oldest;
  }
  return std::min(prev[m], over);
}

}  // namespace

uint64_t CharacterSet(std::string_view s) {
  uint64_t set = 0;
  for (char c : s) {
    int bit = 37;
    if (c >= 'a' && c <= 'z') bit = c - 'a';
    else if (c >= 'A' && c <= 'Z') bit = c - 'A';
    else if (c >= '0' && c <= '9') bit = 26 + (c - '0');
    else if (c == '-') bit = 36;
    set |= uint64_t{1} << bit;
  }
  return set;
}

std::size_t BoundedEditDistance(std::string_view a, std::string_view b, std::size_t bound) {
  std::size_t diff = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (diff > bound) return bound + 1;
  const std::size_t cells = b.size() + 1;
  if (cells <= kStackRow) {
    std::array<std::size_t, 3 * kStackRow> rows;
    return Distance(a, b, bound, rows.data(), rows.data() + kStackRow, rows.data() + 2 * kStackRow);
  }
  std::vector<std::size_t> rows(3 * cells);
  return Distance(a, b, bound, rows.data(), rows.data() + cells, rows.data() + 2 * cells);
}

}  // namespace phishscan
