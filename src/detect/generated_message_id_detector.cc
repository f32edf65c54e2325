// generated_message_id: the Message-ID was made up by a generator, not
// written by mail software. Mail software writes a unique token (time stamp,
// counter, hexadecimal or base64) "@" the host that wrote the message or the
// sender's domain ("<20251120.7731@news.shop.example>",
// "<CAF...@mail.gmail.com>"). Bulk senders that make up a fresh identity for
// every run generate the whole id: a host label longer than any host name
// may have, letters in random case ("7KqWmTpz3Lr.relay.example"), a domain
// of random letters unrelated to the sender ("...@vqkzbxmj.com"), or a token
// of random letters only ("<hqdxlwe.rvtkpo.zmcb@...>"). A mail administrator
// reading the headers sees at once that a generator built the message,
// whatever name the From line shows: it corroborates the content signs like
// the random bounce domain does.
#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/domain.h"
#include "base/text.h"
#include "detect/context.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/make_signal.h"
#include "detect/random_string.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxIdBytes = 998;   // the longest header line
constexpr std::size_t kMaxHostLabel = 63;  // the longest DNS label
constexpr std::size_t kEvidenceBytes = 200;
constexpr std::size_t kShownLabelBytes = 40;
constexpr std::size_t kMinDrawnLetters = 8;
constexpr std::size_t kMinUndividedLetters = 20;
constexpr std::size_t kMinMixedCaseLetters = 32;
constexpr int kWeight = 12;

struct IdParts {
  std::string_view left;  // the unique token
  std::string_view host;  // after the last "@"
};

// "<left@host>" split at its last "@"; an empty host when the id has none.
IdParts SplitId(std::string_view raw) {
  raw = raw.substr(0, std::min(raw.size(), kMaxIdBytes));
  const std::size_t open = raw.find('<');
  const std::size_t start = open == std::string_view::npos ? 0 : open + 1;
  const std::size_t close = raw.find('>', start);
  const std::size_t end = close == std::string_view::npos ? raw.size() : close;
  const std::string_view id = TrimWhitespace(raw.substr(start, end - start));
  const std::size_t at = id.rfind('@');
  if (at == std::string_view::npos) return {};
  return {id.substr(0, at), id.substr(at + 1)};
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "<gzpfnis.ykwvyv.ltbl@...>": a token of random letters and dots only.
// Mail software makes ids unique with time stamps, counters, hexadecimal or
// base64, which carry digits or other signs; only a generator draws letters.
// But a short base64 or base32 token may draw no digit by chance (one in six
// 10-character base62 tokens has none), so the length asked for grows with
// what such a token looks like: words split by dots in one case are a
// generator's; one undivided run needs 20 letters, and letters in mixed case
// (base64's alphabet) need 32.
bool IsDrawnLetters(std::string_view left) {
  if (left.size() < kMinDrawnLetters) return false;
  if (!std::all_of(left.begin(), left.end(), [](char c) { return IsAsciiLetter(c) || c == '.'; })) return false;
  const bool lower = std::any_of(left.begin(), left.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  const bool upper = std::any_of(left.begin(), left.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  const bool dotted = left.find('.') != std::string_view::npos;
  const std::size_t needed = lower && upper ? kMinMixedCaseLetters : dotted ? kMinDrawnLetters : kMinUndividedLetters;
  if (left.size() < needed) return false;
  return !FindRandomPiece(left, RandomStringKind::kHostLabel).piece.empty();
}

std::vector<std::string_view> Labels(std::string_view host) {
  std::vector<std::string_view> labels;
  std::size_t start = 0;
  while (start <= host.size()) {
    const std::size_t dot = std::min(host.find('.', start), host.size());
    labels.push_back(host.substr(start, dot - start));
    start = dot + 1;
  }
  return labels;
}

enum class Generated { kNone, kOverlongLabel, kRandomCase, kRandomDomain, kDrawnLetters };

struct GeneratedHost {
  Generated kind = Generated::kNone;
  std::string piece;  // what was generated
};

std::string WhyEn(Generated kind) {
  switch (kind) {
    case Generated::kOverlongLabel: return "a label longer than any host name may have";
    case Generated::kRandomCase: return "letters in random case";
    case Generated::kDrawnLetters: return "an identifier of random letters only, at a host unrelated to the sender";
    default: return "a domain of random letters unrelated to the sender";
  }
}

std::string WhyFr(Generated kind) {
  switch (kind) {
    case Generated::kOverlongLabel: return "un élément plus long que ce qu'un nom d'hôte permet";
    case Generated::kRandomCase: return "des lettres en casse aléatoire";
    case Generated::kDrawnLetters:
      return "un identifiant fait seulement de lettres au hasard, sur un hôte sans rapport avec l'expéditeur";
    default: return "un domaine de lettres au hasard sans rapport avec l'expéditeur";
  }
}

// What in the id no mail software would have written. `sender_domains` are
// the registrable domains of From and Return-Path: a random-looking name
// there is the sender address detectors' concern, and mailing services write
// ids on their own short-coded domains, which also send the mail.
GeneratedHost JudgeId(const IdParts& id, const std::vector<std::string>& sender_domains) {
  const std::string_view host = id.host;
  // "<...@DESKTOP-7QK2B1M>", "<...@localhost>": desktop programs name the machine.
  if (host.empty() || host.find('.') == std::string_view::npos || host.front() == '[') return {};
  for (std::string_view label : Labels(host)) {
    if (label.size() > kMaxHostLabel)
      return {Generated::kOverlongLabel, std::string(label.substr(0, kShownLabelBytes)) + "..."};
    if (std::string run = FindRandomlyCasedRun(label); !run.empty()) return {Generated::kRandomCase, run};
  }
  const std::string ascii = HostToAscii(host);
  if (ascii.empty()) return {};
  const std::string registrable = RegistrableDomain(ascii);
  for (const std::string& own : sender_domains)
    if (registrable == own) return {};
  const std::string_view organisation = std::string_view(registrable).substr(0, registrable.find('.'));
  if (RandomPiece piece = FindRandomPiece(organisation, RandomStringKind::kDomainLabel); !piece.piece.empty())
    return {Generated::kRandomDomain, piece.piece};
  if (IsDrawnLetters(id.left)) return {Generated::kDrawnLetters, std::string(id.left)};
  return {};
}

class GeneratedMessageIdDetector : public Detector {
 public:
  std::string_view name() const override { return "generated_message_id"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    const Message& m = ctx.message;
    const IdParts id = SplitId(m.message_id);
    if (id.host.empty()) return;
    std::vector<std::string> sender_domains = {m.EffectiveFrom().registrable_domain};
    if (const std::string bounce = DomainOfAddress(m.return_path); !bounce.empty())
      sender_domains.push_back(RegistrableDomain(bounce));
    const GeneratedHost generated = JudgeId(id, sender_domains);
    if (generated.kind == Generated::kNone) return;
    const std::string shown = DisplayText(TrimWhitespace(m.message_id), 100);
    out.push_back(MakeSignal(
        "structure.generated_message_id", Sign::kStructure, kWeight,
        {{"message-id", DisplayText(m.message_id, kEvidenceBytes)},
         {"generated", DisplayText(generated.piece, kEvidenceBytes)},
         {"why", WhyEn(generated.kind)}},
        "The message's identifier (Message-ID " + QuoteEn(shown) + ") shows " +
            QuoteEn(DisplayText(generated.piece, 80)) + ": " + WhyEn(generated.kind) +
            ". Mail software writes a time stamp or counter at a real host or the sender's domain; this "
            "identifier was made up by a generator for this mailing, as throw-away bulk senders do.",
        "L'identifiant du message (Message-ID " + QuoteFr(shown) + ") montre " +
            QuoteFr(DisplayText(generated.piece, 80)) + " : " + WhyFr(generated.kind) +
            ". Les logiciels de messagerie y écrivent un horodatage ou un compteur suivi d'un vrai hôte ou du "
            "domaine de l'expéditeur ; cet identifiant a été inventé par un générateur pour cet envoi, comme le "
            "font les expéditeurs en masse jetables."));
  }
};

}  // namespace

std::unique_ptr<Detector> MakeGeneratedMessageIdDetector() { return std::make_unique<GeneratedMessageIdDetector>(); }

}  // namespace phishscan
