#include "detect/match_start.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <algorithm>

namespace phishscan {
namespace {

// The same reading of a pattern as Hyperscan's HS_FLAG_UTF8 | HS_FLAG_CASELESS.
// Auto-possessification would let `a+(?C)` skip the callout at shorter ends.
constexpr uint32_t kCompileOptions = PCRE2_UTF | PCRE2_CASELESS | PCRE2_NO_AUTO_POSSESS;
// Bounds the backtracking of one start search; phrases need far less.
constexpr uint32_t kMatchLimit = 200000;
constexpr uint32_t kDepthLimit = 2000;

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Moves `pos` back to the first byte of the UTF-8 character it is in.
std::size_t CharacterStart(std::string_view text, std::size_t pos) {
  for (int steps = 0; pos > 0 && pos < text.size() && IsContinuationByte(text[pos]) && steps < 3; ++steps) {
    --pos;
  }
  return pos;
}

// A match must end where Hyperscan said it does. `\z` on a subject cut there
// would make a final `\b` look at the end of the text instead of the next
// character, so the pattern ends with a callout that accepts only that end.
std::string AnchoredAtEnd(const std::string& pattern) { return "(?:" + pattern + ")(?C1)"; }

int AcceptOnlyTheEnd(pcre2_callout_block* block, void* wanted_end) {
  return block->current_position == *static_cast<PCRE2_SIZE*>(wanted_end) ? 0 : 1;
}

struct CodeDeleter {
  void operator()(pcre2_code* code) const { pcre2_code_free(code); }
};
struct MatchDataDeleter {
  void operator()(pcre2_match_data* data) const { pcre2_match_data_free(data); }
};
struct MatchContextDeleter {
  void operator()(pcre2_match_context* context) const { pcre2_match_context_free(context); }
};

// What one thread needs to run a search: the end the callout accepts (its
// context points at it) and one ovector pair for the start.
struct ThreadSearch {
  PCRE2_SIZE wanted_end = 0;
  std::unique_ptr<pcre2_match_context, MatchContextDeleter> context;
  std::unique_ptr<pcre2_match_data, MatchDataDeleter> data;

  ThreadSearch() : context(pcre2_match_context_create(nullptr)), data(pcre2_match_data_create(1, nullptr)) {
    if (context == nullptr) return;
    pcre2_set_match_limit(context.get(), kMatchLimit);
    pcre2_set_depth_limit(context.get(), kDepthLimit);
    pcre2_set_callout(context.get(), &AcceptOnlyTheEnd, &wanted_end);
  }
  bool ok() const { return context != nullptr && data != nullptr; }
};

ThreadSearch& ThisThreadSearch() {
  thread_local ThreadSearch search;
  return search;
}

}  // namespace

struct MatchStartFinder::Compiled {
  std::unique_ptr<pcre2_code, CodeDeleter> code;
  std::string error;
};

namespace {

std::unique_ptr<pcre2_code, CodeDeleter> Compile(const std::string& pattern, std::string* error) {
  std::string anchored = AnchoredAtEnd(pattern);
  int code = 0;
  PCRE2_SIZE offset = 0;
  std::unique_ptr<pcre2_code, CodeDeleter> out(
      pcre2_compile(reinterpret_cast<PCRE2_SPTR>(anchored.data()), anchored.size(), kCompileOptions,
                    &code, &offset, nullptr));
  if (out == nullptr) {
    PCRE2_UCHAR buffer[256];
    pcre2_get_error_message(code, buffer, sizeof(buffer));
    *error = reinterpret_cast<const char*>(buffer);
  }
  return out;
}

}  // namespace

MatchStartFinder::MatchStartFinder(std::vector<std::string> patterns,
                                   std::vector<std::size_t> max_match_bytes)
    : patterns_(std::move(patterns)),
      max_match_bytes_(std::move(max_match_bytes)),
      once_(new std::once_flag[patterns_.size()]),
      compiled_(new std::unique_ptr<Compiled>[patterns_.size()]) {}

MatchStartFinder::~MatchStartFinder() = default;

const MatchStartFinder::Compiled* MatchStartFinder::CompiledFor(unsigned id) const {
  if (id >= patterns_.size()) return nullptr;
  std::call_once(once_[id], [&] {
    auto c = std::make_unique<Compiled>();
    c->code = Compile(patterns_[id], &c->error);
    compiled_[id] = std::move(c);
  });
  return compiled_[id].get();
}

std::string MatchStartFinder::ProblemWith(std::size_t id) const {
  const Compiled* c = CompiledFor(static_cast<unsigned>(id));
  if (c == nullptr) return "no such pattern";
  return c->code == nullptr ? c->error : "";
}

std::optional<std::size_t> MatchStartFinder::Search(const Compiled& compiled, std::string_view text,
                                                    std::size_t end, std::size_t window_bytes) const {
  ThreadSearch& search = ThisThreadSearch();
  if (compiled.code == nullptr || !search.ok()) return std::nullopt;
  const std::size_t window = CharacterStart(text, end > window_bytes ? end - window_bytes : 0);
  // One character on each side lets `\b` see what surrounds the match.
  const std::size_t context = CharacterStart(text, window > 0 ? window - 1 : 0);
  const std::size_t limit = std::max(end, CharacterStart(text, std::min(text.size(), end + 4)));
  search.wanted_end = end - context;
  int rc = pcre2_match(compiled.code.get(), reinterpret_cast<PCRE2_SPTR>(text.data() + context), limit - context,
                       window - context, 0, search.data.get(), search.context.get());
  if (rc < 0) return std::nullopt;
  return context + pcre2_get_ovector_pointer(search.data.get())[0];
}

std::size_t MatchStartFinder::StartOf(unsigned id, std::string_view text, std::size_t end) const {
  end = std::min(end, text.size());
  const std::size_t window = CharacterStart(text, end > kWindowBytes ? end - kWindowBytes : 0);
  const Compiled* c = CompiledFor(id);
  if (c == nullptr) return window;
  // No match is longer than the bound, so none starts before the narrow
  // window: its leftmost start is the whole window's. When the narrow search
  // finds nothing, the whole window is searched as without a bound.
  const std::size_t bound = id < max_match_bytes_.size() ? max_match_bytes_[id] : 0;
  if (bound > 0 && bound < kWindowBytes) {
    if (std::optional<std::size_t> start = Search(*c, text, end, bound)) return *start;
  }
  return Search(*c, text, end, kWindowBytes).value_or(window);
}

}  // namespace phishscan
