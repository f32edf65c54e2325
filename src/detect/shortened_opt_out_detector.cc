// shortened_opt_out: the "unsubscribe" link goes through a public link
// shortener. A mailing service builds each reader's opt-out link on its own
// domain or the sender's, because the law requires it to work and the
// service must know who left; nobody shortens it by hand. A lure's footer
// copies the wording of an opt-out but points it, like its offer, at a
// shortener (bit.ly, is.gd, t.co posted from a throw-away account) that
// hides where it leads. It says how the mail was built, so it only
// corroborates the content signs. A service that runs the shortener (X's
// t.co in X's own notifications) is left alone.
#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/text.h"
#include "detect/context.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/host_kind.h"
#include "detect/make_signal.h"
#include "detect/phrase_matcher.h"
#include "detect/shortener_owner.h"

namespace phishscan {
namespace {

constexpr int kWeight = 12;
constexpr std::size_t kMaxLinks = 200;          // links examined per message
constexpr std::size_t kMaxOccurrences = 16;     // places a short link text is looked for
constexpr std::size_t kContextBefore = 120;     // bytes before "here" that may say what it does
constexpr std::size_t kMaxPointerText = 24;     // "here", "klik hier", "cliquez ici"
constexpr std::size_t kEvidenceBytes = 200;

constexpr std::string_view kOptOutCategory = "opt_out";  // data/phrases/opt_out.tsv

// Whether `text` holds opt-out wording ("unsubscribe", "abmelden", "se
// désinscrire", ...).
bool SaysOptOut(const PhraseMatcher& phrases, std::string_view text) {
  for (const PhraseMatch& m : phrases.Match(text))
    if (phrases.phrases()[m.phrase_index].category == kOptOutCategory) return true;
  return false;
}

bool IsWordByte(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z');
}

// "here" / "hier" / "ici": the sentence the link ends says what it does
// ("To unsubscribe, click here"). Found by where the link's words stand in
// the visible text.
bool PointerAfterOptOut(const ScanContext& ctx, std::string_view pointer) {
  const std::string_view text = ctx.extraction.text;
  if (pointer.empty() || pointer.size() > kMaxPointerText) return false;
  std::size_t seen = 0;
  for (std::size_t pos = text.find(pointer); pos != std::string_view::npos && seen < kMaxOccurrences;
       pos = text.find(pointer, pos + 1), ++seen) {
    const std::size_t end = pos + pointer.size();
    if ((pos > 0 && IsWordByte(text[pos - 1])) || (end < text.size() && IsWordByte(text[end]))) continue;
    const std::size_t from = pos > kContextBefore ? pos - kContextBefore : 0;
    std::string_view before = text.substr(from, pos - from);
    // Only the sentence the pointer ends: "You can unsubscribe below. Our
    // catalogue is here" points at the catalogue.
    if (const std::size_t stop = before.find_last_of(".!?\n"); stop != std::string_view::npos)
      before = before.substr(stop + 1);
    const std::size_t sentence = pos - before.size();
    for (const PhraseMatch* m : ctx.hits.InCategory(kOptOutCategory))
      if (m->start >= sentence && m->end <= pos) return true;
  }
  return false;
}

bool IsWebLink(const Link& l) {
  return (l.url.scheme == "http" || l.url.scheme == "https") && l.origin != LinkOrigin::kAttachment;
}

class ShortenedOptOutDetector : public Detector {
 public:
  std::string_view name() const override { return "shortened_opt_out"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    const std::vector<Link>& links = ctx.extraction.links;
    const std::size_t n = std::min(links.size(), kMaxLinks);
    for (std::size_t i = 0; i < n; ++i) {
      const Link& l = links[i];
      if (!IsShortenedElsewhere(ctx, l)) continue;
      const std::string text = NormalizeText(TrimWhitespace(l.text));
      if (!SaysOptOut(ctx.knowledge.phrases(), text) &&
          !(PointerAfterOptOut(ctx, text) && AllSameTextShortened(ctx, text, n)))
        continue;
      Emit(l, out);
      return;
    }
  }

 private:
  // A web link through a public shortener that the sender does not run.
  static bool IsShortenedElsewhere(const ScanContext& ctx, const Link& l) {
    const std::string& from = ctx.message.EffectiveFrom().registrable_domain;
    return IsWebLink(l) && ClassifyHost(l.url, ctx.knowledge) == HostKind::kShortener &&
           !SenderOwnsShortener(from, l.url.registrable_domain) && l.url.registrable_domain != from;
  }

  // A pointer is placed by its words in the text, which cannot tell two
  // "here" links apart: it counts only when every link so worded is
  // shortened ("our catalogue is here" on a shortener and "unsubscribe
  // here" on the mailing service is an ordinary newsletter).
  static bool AllSameTextShortened(const ScanContext& ctx, const std::string& text, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
      const Link& l = ctx.extraction.links[i];
      if (IsWebLink(l) && NormalizeText(TrimWhitespace(l.text)) == text && !IsShortenedElsewhere(ctx, l)) return false;
    }
    return true;
  }

  static void Emit(const Link& l, std::vector<Signal>& out) {
    const std::string href = DisplayText(l.url.raw, kEvidenceBytes);
    const std::string shown = DisplayText(l.text, 60);
    out.push_back(MakeSignal(
        "structure.shortened_opt_out", Sign::kStructure, kWeight,
        {{"link text", DisplayText(l.text, kEvidenceBytes)}, {"href", href}, {"shortener", l.url.registrable_domain}},
        "The link offered to unsubscribe (" + QuoteEn(shown) + ") goes through the public link shortener " +
            l.url.registrable_domain + ". Mailing services build opt-out links on their own domain; a "
            "shortened one is copied wording that hides where it leads, like the rest of the message.",
        "Le lien proposé pour se désabonner (" + QuoteFr(shown) + ") passe par le raccourcisseur de liens public " +
            l.url.registrable_domain + ". Les services d'envoi construisent les liens de désinscription sur leur "
            "propre domaine ; un lien raccourci est une formule recopiée qui cache sa destination, comme le reste "
            "du message."));
  }
};

}  // namespace

std::unique_ptr<Detector> MakeShortenedOptOutDetector() { return std::make_unique<ShortenedOptOutDetector>(); }

}  // namespace phishscan
