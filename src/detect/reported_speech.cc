#include "detect/reported_speech.h"

#include <algorithm>

#include "detect/redirect_resolver.h"
#include "detect/sender_relation.h"

namespace phishscan {
namespace {

// How far back straight quotes are counted to tell an opening one from a
// closing one; and how many matches are examined (the rest are kept, which
// only ever errs towards reporting).
constexpr std::size_t kParityWindowBytes = 4096;
constexpr std::size_t kMaxExaminedMatches = 256;

enum class Mark { kNone, kStraight, kOpen, kClose };

// The quotation mark ending at byte `i` of `text`: '"' (typographic double
// quotes are folded to it), or the two-byte « / ».
Mark MarkEndingAt(std::string_view text, std::size_t i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (c == '"') return Mark::kStraight;
  if ((c == 0xAB || c == 0xBB) && i > 0 && static_cast<unsigned char>(text[i - 1]) == 0xC2)
    return c == 0xAB ? Mark::kOpen : Mark::kClose;
  return Mark::kNone;
}

struct FoundMark {
  Mark mark = Mark::kNone;
  std::size_t pos = 0;
};

// The nearest mark before `start`, not before `floor`.
FoundMark MarkBefore(std::string_view text, std::size_t start, std::size_t floor) {
  for (std::size_t i = start; i > floor; --i) {
    Mark m = MarkEndingAt(text, i - 1);
    if (m != Mark::kNone) return {m, i - 1};
  }
  return {};
}

// The nearest mark at or after `end`, before `ceiling`.
FoundMark MarkAfter(std::string_view text, std::size_t end, std::size_t ceiling) {
  for (std::size_t i = end; i < ceiling; ++i) {
    Mark m = MarkEndingAt(text, i);
    if (m == Mark::kNone && i + 1 < ceiling) m = MarkEndingAt(text, i + 1);
    if (m != Mark::kNone) return {m, i};
  }
  return {};
}

bool HasMark(std::string_view text, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i)
    if (MarkEndingAt(text, i) != Mark::kNone) return true;
  return false;
}

// A straight quote opens when an even number of them precede it in its part.
bool StraightQuoteOpens(std::string_view text, std::size_t pos, std::size_t part_begin) {
  const std::size_t from = pos > part_begin + kParityWindowBytes ? pos - kParityWindowBytes : part_begin;
  return std::count(text.begin() + static_cast<std::ptrdiff_t>(from), text.begin() + static_cast<std::ptrdiff_t>(pos),
                    '"') % 2 == 0;
}

// Whether `text` holds any quotation mark MarkEndingAt recognises. Without
// one no match can be quoted, and looking around every match for a mark
// (up to kMaxQuotationBytes each way) is the costly part.
bool HasQuotationMark(std::string_view text) {
  if (text.find('"') != std::string_view::npos) return true;
  for (std::size_t i = text.find('\xC2'); i != std::string_view::npos; i = text.find('\xC2', i + 1)) {
    if (i + 1 < text.size() && MarkEndingAt(text, i + 1) != Mark::kNone) return true;
  }
  return false;
}

}  // namespace

bool InQuotation(std::string_view text, std::size_t start, std::size_t end) {
  if (start >= end || end > text.size()) return false;
  if (HasMark(text, start, end)) return false;
  const std::size_t newline_before = start == 0 ? std::string_view::npos : text.rfind('\n', start - 1);
  const std::size_t part_begin = newline_before == std::string_view::npos ? 0 : newline_before + 1;
  const std::size_t floor = std::max(part_begin, start > kMaxQuotationBytes ? start - kMaxQuotationBytes : 0);
  const std::size_t part_end = std::min(text.find('\n', end), text.size());
  const std::size_t ceiling = std::min(part_end, end + kMaxQuotationBytes);
  const FoundMark open = MarkBefore(text, start, floor);
  const FoundMark close = MarkAfter(text, end, ceiling);
  if (open.mark == Mark::kNone || close.mark == Mark::kNone) return false;
  if (close.pos - open.pos > kMaxQuotationBytes) return false;
  if (open.mark == Mark::kOpen) return close.mark == Mark::kClose;
  if (open.mark == Mark::kStraight && close.mark == Mark::kStraight)
    return StraightQuoteOpens(text, open.pos, part_begin);
  return false;
}

bool SpeaksFromItsOwnAddress(const ScanContext& ctx) {
  const SenderRelation relation(ctx);
  if (!relation.from_authenticated()) return false;
  for (const Link& link : ctx.extraction.links) {
    if (link.url.scheme != "http" && link.url.scheme != "https") continue;
    const ResolvedUrl resolved = ResolveRedirects(link.url, ctx.knowledge.redirectors());
    if (resolved.opaque_redirect) continue;
    if (!relation.IsRelated(resolved.target.registrable_domain)) return false;
  }
  for (const Form& form : ctx.extraction.forms)
    if (form.action && !relation.IsRelated(form.action->registrable_domain)) return false;
  return true;
}

std::vector<PhraseMatch> UnquotedMatches(const PhraseHits& hits) {
  if (!HasQuotationMark(hits.text())) return hits.all();
  std::vector<PhraseMatch> kept;
  kept.reserve(hits.all().size());
  std::size_t examined = 0;
  for (const PhraseMatch& m : hits.all()) {
    if (examined++ < kMaxExaminedMatches && InQuotation(hits.text(), m.start, m.end)) continue;
    kept.push_back(m);
  }
  return kept;
}

}  // namespace phishscan
