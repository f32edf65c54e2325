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

// Whether byte `i` may end a mark ('"', 0xAB or 0xBB): a quick test that
// spares most bytes the call to MarkEndingAt in the scans below.
inline bool MayEndMark(std::string_view text, std::size_t i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  return c == '"' || (c | 0x10) == 0xBB;
}

struct FoundMark {
  Mark mark = Mark::kNone;
  std::size_t pos = 0;
};

// The nearest mark before `start`, not before `floor`.
FoundMark MarkBefore(std::string_view text, std::size_t start, std::size_t floor) {
  for (std::size_t i = start; i > floor; --i) {
    if (!MayEndMark(text, i - 1)) continue;
    Mark m = MarkEndingAt(text, i - 1);
    if (m != Mark::kNone) return {m, i - 1};
  }
  return {};
}

// The nearest mark at or after `end`, before `ceiling`. A mark ending past
// `end` is reported one byte early (the first byte of « or », the byte
// before a '"'), as the quotation's length has always been measured; each
// byte is looked at once.
FoundMark MarkAfter(std::string_view text, std::size_t end, std::size_t ceiling) {
  for (std::size_t i = end; i < ceiling; ++i) {
    if (!MayEndMark(text, i)) continue;
    const Mark m = MarkEndingAt(text, i);
    if (m != Mark::kNone) return {m, i > end ? i - 1 : end};
  }
  return {};
}

bool HasMark(std::string_view text, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i)
    if (MayEndMark(text, i) && MarkEndingAt(text, i) != Mark::kNone) return true;
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
  // The part's first byte matters only as far back as a quotation and the
  // parity window reach: the line break is looked for that far, not through
  // a long part once per match. Found no nearer, its limit serves the same.
  const std::size_t reach = kMaxQuotationBytes + kParityWindowBytes;
  const std::size_t lowest = start > reach ? start - reach : 0;
  const std::size_t newline_before = text.substr(lowest, start - lowest).rfind('\n');
  const std::size_t part_begin = newline_before == std::string_view::npos ? lowest : lowest + newline_before + 1;
  const std::size_t floor = std::max(part_begin, start > kMaxQuotationBytes ? start - kMaxQuotationBytes : 0);
  // Likewise the part's end as far as a quotation reaches.
  const std::size_t reach_end = std::min(text.size(), end + kMaxQuotationBytes);
  const std::size_t newline_after = text.substr(end, reach_end - end).find('\n');
  const std::size_t ceiling = newline_after == std::string_view::npos ? reach_end : end + newline_after;
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
  const SenderRelation& relation = *ctx.sender_relation;
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
