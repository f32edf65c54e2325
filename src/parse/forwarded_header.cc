#include "parse/forwarded_header.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/text.h"
#include "parse/utf8_repair.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxLineBytes = 1024;   // header lines are short; longer text is prose
constexpr std::size_t kMaxValueBytes = 512;
constexpr std::size_t kMaxLabelBytes = 24;
constexpr std::size_t kMaxBlockLines = 14;    // From, Sent, To (wrapped), Cc (wrapped), Subject
constexpr std::size_t kMaxBlankLines = 2;
constexpr std::size_t kMaxPiecesPerLine = 8;
constexpr std::size_t kMaxQuoteMarkers = 32;

enum class Field { kNone, kFrom, kDate, kTo, kCc, kSubject, kReplyTo };

struct Label {
  std::string_view text;  // lower case (UTF-8 letters as the programs write them)
  Field field;
  bool inline_split;  // distinctive enough to start a field in mid-line
};

// The labels of EN, FR, DE, ES, PT, NL and IT mail programs.
constexpr Label kLabels[] = {
    {"from", Field::kFrom, false},         {"de", Field::kFrom, false},
    {"von", Field::kFrom, false},          {"van", Field::kFrom, false},
    {"da", Field::kFrom, false},           {"absender", Field::kFrom, false},
    {"sent", Field::kDate, true},          {"date", Field::kDate, true},
    {"datum", Field::kDate, true},         {"envoyé", Field::kDate, true},
    {"envoye", Field::kDate, true},        {"gesendet", Field::kDate, true},
    {"enviado", Field::kDate, true},       {"enviada", Field::kDate, true},
    {"enviado el", Field::kDate, true},    {"enviado em", Field::kDate, true},
    {"enviada em", Field::kDate, true},    {"fecha", Field::kDate, true},
    {"data", Field::kDate, true},          {"verzonden", Field::kDate, true},
    {"verstuurd", Field::kDate, true},     {"inviato", Field::kDate, true},
    {"inviato il", Field::kDate, true},    {"to", Field::kTo, false},
    {"à", Field::kTo, false},              {"\xC3\x80", Field::kTo, false},  // "À"
    {"a", Field::kTo, false},              {"an", Field::kTo, false},
    {"para", Field::kTo, true},            {"aan", Field::kTo, false},
    {"cc", Field::kCc, false},             {"subject", Field::kSubject, true},
    {"objet", Field::kSubject, true},      {"sujet", Field::kSubject, true},
    {"betreff", Field::kSubject, true},    {"asunto", Field::kSubject, true},
    {"assunto", Field::kSubject, true},    {"onderwerp", Field::kSubject, true},
    {"oggetto", Field::kSubject, true},    {"reply-to", Field::kReplyTo, true},
    {"reply to", Field::kReplyTo, false},  {"répondre à", Field::kReplyTo, true},
    {"antwort an", Field::kReplyTo, true}, {"responder a", Field::kReplyTo, true},
    {"responder para", Field::kReplyTo, true}, {"antwoord aan", Field::kReplyTo, true},
    {"rispondi a", Field::kReplyTo, true},
};

constexpr std::string_view kSubjectLabels[] = {"subject", "objet", "sujet", "betreff", "asunto",
                                               "assunto", "onderwerp", "oggetto"};

// For each byte, the letters that may follow it at the start of a subject
// label, one bit each ("su", "ob", "on", "og", "be", "as", in either case):
// zero for every byte that starts no label, so most bytes cost one lookup.
constexpr std::array<std::uint32_t, 256> kLabelSecondLetters = [] {
  std::array<std::uint32_t, 256> follows{};
  for (std::string_view label : kSubjectLabels) {
    const std::uint32_t bit = std::uint32_t{1} << (label[1] - 'a');
    follows[static_cast<unsigned char>(label[0])] |= bit;
    follows[static_cast<unsigned char>(label[0] - 'a' + 'A')] |= bit;
  }
  return follows;
}();

// Whether a subject label may start with the two bytes `a` `b`, in any case.
bool MayStartSubjectLabel(char a, char b) {
  const std::uint32_t follows = kLabelSecondLetters[static_cast<unsigned char>(a)];
  if (follows == 0) return false;
  const unsigned second = static_cast<unsigned char>(b | 0x20) - 'a';
  return second < 26 && ((follows >> second) & 1) != 0;
}

// The shortest subject label: a label starting at p holds the two bytes at
// the one multiple of four in [p, p + 3], which MayHoldForwardedHeader uses.
constexpr std::size_t kShortestSubjectLabel = [] {
  std::size_t shortest = kSubjectLabels[0].size();
  for (std::string_view label : kSubjectLabels) shortest = std::min(shortest, label.size());
  return shortest;
}();
static_assert(kShortestSubjectLabel >= 5);

// The pairs of bytes at offsets 0 to 3 of the subject labels, in any case:
// one bit per pair of bytes (8 KB).
constexpr std::array<std::uint64_t, 1024> kLabelPairs = [] {
  std::array<std::uint64_t, 1024> pairs{};
  for (std::string_view label : kSubjectLabels) {
    for (std::size_t k = 0; k < 4; ++k) {
      for (unsigned upper = 0; upper < 4; ++upper) {  // the four case forms of the pair
        const unsigned a = static_cast<unsigned char>(label[k]) - ((upper & 1) != 0 ? 32 : 0);
        const unsigned b = static_cast<unsigned char>(label[k + 1]) - ((upper & 2) != 0 ? 32 : 0);
        const unsigned index = a << 8 | b;
        pairs[index >> 6] |= std::uint64_t{1} << (index & 63);
      }
    }
  }
  return pairs;
}();

bool IsLabelPair(char a, char b) {
  const unsigned index = static_cast<unsigned>(static_cast<unsigned char>(a)) << 8 | static_cast<unsigned char>(b);
  return ((kLabelPairs[index >> 6] >> (index & 63)) & 1) != 0;
}

// Whether a subject label (in any case) starts at text[i].
bool SubjectLabelAt(std::string_view text, std::size_t i) {
  if (i + 1 >= text.size() || !MayStartSubjectLabel(text[i], text[i + 1])) return false;
  // "on", "be" and "as" are words of their own: compare only the labels
  // that start with them.
  const char first = static_cast<char>(text[i] | 0x20), second = static_cast<char>(text[i + 1] | 0x20);
  for (std::string_view label : kSubjectLabels) {
    if (label[0] == first && label[1] == second && i + label.size() <= text.size() &&
        EqualsIgnoreCase(text.substr(i, label.size()), label))
      return true;
  }
  return false;
}

// What may stand between a label and its colon for ReadLabelled to accept
// it: blanks, the bytes of a no-break space, bold markers.
bool IsLabelGap(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '*' || c == '\xC2' || c == '\xA0';
}

struct Piece {
  Field field = Field::kNone;
  std::string_view value;
};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view TrimSpaces(std::string_view s) {
  for (;;) {
    while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
    while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
    if (s.substr(0, 2) == "\xC2\xA0") { s.remove_prefix(2); continue; }  // no-break space
    if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") { s.remove_suffix(2); continue; }
    return s;
  }
}

// Quote markers, bold markers and a separator rule glued to the first label
// ("> ", "*", "________________________________De:").
std::string_view StripLineDecoration(std::string_view line) {
  std::size_t stripped = 0;
  line = TrimSpaces(line);
  while (!line.empty() && stripped < kMaxQuoteMarkers &&
         (line.front() == '>' || line.front() == '*' || line.front() == '_' || line.front() == '|')) {
    line.remove_prefix(1);
    line = TrimSpaces(line);
    ++stripped;
  }
  return line;
}

Field FieldOfLabel(std::string_view label) {
  const std::string lower = AsciiLower(TrimSpaces(label));
  for (const Label& l : kLabels)
    if (lower == l.text) return l.field;
  return Field::kNone;
}

// "Subject: x" -> {kSubject, "x"}; "*From:* x" -> {kFrom, "x"}.
Piece ReadLabelled(std::string_view text) {
  const std::size_t colon = text.substr(0, kMaxLabelBytes + 2).find(':');
  if (colon == std::string_view::npos || colon == 0) return {};
  std::string_view label = text.substr(0, colon);
  while (!label.empty() && label.back() == '*') label.remove_suffix(1);
  const Field field = FieldOfLabel(label);
  if (field == Field::kNone) return {};
  std::string_view value = text.substr(colon + 1);
  while (!value.empty() && (value.front() == '*' || IsSpace(value.front()))) value.remove_prefix(1);
  return {field, TrimSpaces(value)};
}

// Where a distinctive label starts a new field in mid-line (" Enviado: "),
// as when a program or a paste lost the line breaks of the block: the start
// of the label before the first such colon, or npos. Looks back from each
// colon only, so a line costs one pass whatever it holds.
std::size_t NextInlineLabel(std::string_view text) {
  for (std::size_t colon = text.find(':'); colon != std::string_view::npos; colon = text.find(':', colon + 1)) {
    std::size_t end = colon;
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '*')) --end;
    for (const Label& l : kLabels) {
      if (!l.inline_split || end < l.text.size() + 1) continue;
      const std::size_t pos = end - l.text.size();
      if (IsSpace(text[pos - 1]) && EqualsIgnoreCase(text.substr(pos, l.text.size()), l.text)) return pos;
    }
  }
  return std::string_view::npos;
}

// The labelled fields of one line: usually one, several when the block was
// written on a single line.
std::vector<Piece> PiecesOfLine(std::string_view line) {
  std::vector<Piece> pieces;
  line = StripLineDecoration(line.substr(0, kMaxLineBytes));
  Piece first = ReadLabelled(line);
  if (first.field == Field::kNone) return pieces;
  std::string_view rest = first.value;
  while (pieces.size() + 1 < kMaxPiecesPerLine) {
    const std::size_t next = NextInlineLabel(rest);
    if (next == std::string_view::npos) break;
    Piece piece = ReadLabelled(rest.substr(next));
    if (piece.field == Field::kNone) break;
    pieces.push_back({first.field, TrimSpaces(rest.substr(0, next))});
    first = piece;
    rest = piece.value;
  }
  pieces.push_back({first.field, rest});
  return pieces;
}

// "Name [mailto:a@b]", "Name <mailto:a@b>", "a@b<mailto:a@b>": the forms a
// link becomes when HTML mail is turned into text, as an address list.
std::string CleanAddressValue(std::string_view value) {
  std::string out(value.substr(0, kMaxValueBytes));
  for (std::size_t p = out.find("[mailto:"); p != std::string::npos; p = out.find("[mailto:", p)) {
    const std::size_t close = out.find(']', p);
    if (close == std::string::npos) break;
    out = out.substr(0, p) + "<" + out.substr(p + 8, close - p - 8) + ">" + out.substr(close + 1);
  }
  for (std::size_t p = out.find("mailto:"); p != std::string::npos; p = out.find("mailto:", p)) out.erase(p, 7);
  const std::size_t open = out.find('<');
  if (open != std::string::npos) {
    const std::size_t nested = out.find('<', open + 1);
    const std::size_t close = out.find('>', open + 1);
    if (nested != std::string::npos && (close == std::string::npos || nested < close)) {
      out = out.substr(0, nested) + ">";
    } else if (close == std::string::npos) {
      out += '>';
    }
  }
  return out;
}

std::optional<Mailbox> MailboxWithDomain(std::string_view value) {
  for (Mailbox& m : ParseMailboxList(CleanAddressValue(value)))
    if (!m.registrable_domain.empty()) return std::move(m);
  return std::nullopt;
}

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t nl = text.find('\n', start);
    const std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    lines.push_back(text.substr(start, end - start));
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return lines;
}

// Reads the block whose From piece is at lines[first]; sets `next` to the
// line after the block.
std::optional<ForwardedOriginal> ReadBlock(const std::vector<std::string_view>& lines, std::size_t first,
                                           std::size_t& next) {
  std::optional<Mailbox> from;
  std::optional<Mailbox> reply_to;
  std::vector<Mailbox> to;
  std::string_view subject;
  bool has_date = false, has_subject = false;
  std::size_t blanks = 0;
  std::size_t i = first;
  for (; i < lines.size() && i < first + kMaxBlockLines; ++i) {
    if (TrimSpaces(StripLineDecoration(lines[i])).empty()) {
      if (++blanks > kMaxBlankLines) break;
      continue;
    }
    blanks = 0;
    const std::vector<Piece> pieces = PiecesOfLine(lines[i]);
    if (pieces.empty()) {
      if (has_subject) break;  // the forwarded text begins
      continue;                // a wrapped To or Cc list
    }
    bool new_block = false;
    for (const Piece& piece : pieces) {
      if (piece.field == Field::kFrom) {
        if (i != first || from) { new_block = true; break; }
        from = MailboxWithDomain(piece.value);
        if (!from) break;
      } else if (piece.field == Field::kDate) {
        has_date = true;
      } else if (piece.field == Field::kSubject && !has_subject) {
        has_subject = true;
        subject = piece.value;
      } else if (piece.field == Field::kTo && to.empty()) {
        to = ParseMailboxList(CleanAddressValue(piece.value));
        if (to.size() > kMaxForwardedRecipients) to.resize(kMaxForwardedRecipients);
      } else if (piece.field == Field::kReplyTo && !reply_to) {
        reply_to = MailboxWithDomain(piece.value);
      }
    }
    if (new_block || !from) break;
  }
  next = std::max(i, first + 1);
  if (!from || !has_date || !has_subject) return std::nullopt;
  ForwardedOriginal original;
  original.from = std::move(*from);
  original.reply_to = std::move(reply_to);
  original.to = std::move(to);
  original.subject = Ellipsize(RepairUtf8(TrimSpaces(subject)), kMaxForwardedSubjectBytes);
  return original;
}

bool StartsWithFromPiece(std::string_view line) {
  const std::vector<Piece> pieces = PiecesOfLine(line);
  return !pieces.empty() && pieces.front().field == Field::kFrom;
}

}  // namespace

// Called on every HTML part of every message, most of which forward
// nothing: no lower-cased copy, and not every byte. Labels are at least five
// bytes long, so a label starting at p holds the pair of bytes at j, j + 1
// for the multiple of four j in [p, p + 3]: only the pairs at multiples of
// four are looked up, and where one belongs to a label the four starts that
// could reach it are checked.
bool MayHoldForwardedHeader(std::string_view text) {
  for (std::size_t j = 0; j + 1 < text.size(); j += 4) {
    if (!IsLabelPair(text[j], text[j + 1])) continue;
    for (std::size_t p = j < 3 ? 0 : j - 3; p <= j; ++p)
      if (SubjectLabelAt(text, p)) return true;
  }
  return false;
}

// Colons are rare in text, so this looks at a few bytes per colon instead of
// every byte. Each byte is passed over at most once: the look back stops at
// the previous colon.
bool MayHoldLabelledSubject(std::string_view text) {
  for (std::size_t colon = text.find(':'); colon != std::string_view::npos; colon = text.find(':', colon + 1)) {
    std::size_t end = colon;
    while (end > 0 && IsLabelGap(text[end - 1])) --end;
    for (std::string_view label : kSubjectLabels) {
      if (end >= label.size() && EqualsIgnoreCase(text.substr(end - label.size(), label.size()), label)) return true;
    }
  }
  return false;
}

std::vector<ForwardedOriginal> ReadForwardedHeaderBlocks(std::string_view text, std::size_t max_blocks) {
  std::vector<ForwardedOriginal> found;
  if (max_blocks == 0 || !MayHoldLabelledSubject(text)) return found;
  const std::vector<std::string_view> lines = SplitLines(text);
  std::size_t i = 0;
  while (i < lines.size() && found.size() < max_blocks) {
    if (!StartsWithFromPiece(lines[i])) {
      ++i;
      continue;
    }
    std::size_t next = i + 1;
    if (std::optional<ForwardedOriginal> original = ReadBlock(lines, i, next)) found.push_back(std::move(*original));
    i = next;
  }
  return found;
}

}  // namespace phishscan
