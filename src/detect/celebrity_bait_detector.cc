// fraud.celebrity_bait: an energy saver, a miracle cure or an "investment
// method" sold under a famous person's name ("Elon's Energy", "ESaver x Elon
// Musk", "Revealed: Musk's Latest Innovation to Slash Your Electric Bill",
// "Harvard: 'You have 10 days...'") from a domain that has nothing to do with
// that person. Scam advertising borrows names people trust because the reader
// never checks them; the person's own shop or foundation writes from a domain
// carrying the name ("Jamie Oliver" from jamieoliver.com).
//
// A name alone is no evidence: news writes about the same people every day.
// So the name counts in the sender's name (a person does not sign "Elon's
// Energy"), or in the subject beside pitch wording (data/phrases/
// celebrity_pitch.tsv) or as the speaker of a quoted claim. A mailing list, an
// authenticated newsletter (List-Unsubscribe), a notification platform and an
// authenticated sender whose links all stay with it (a booking at a chef's
// restaurant) report about people or act for them: silent.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/text.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/host_labels.h"
#include "detect/make_signal.h"
#include "detect/reported_speech.h"
#include "detect/sender_relation.h"

namespace phishscan {
namespace {

constexpr std::string_view kFigure = "public_figure";
constexpr std::string_view kPitch = "celebrity_pitch";
constexpr std::size_t kMaxNameBytes = 256;
// A word of a figure's name found in a domain label makes the domain the
// figure's own; shorter words ("oz", "tan") sit inside too many labels.
constexpr std::size_t kMinOwnNameLetters = 4;
// Letters left in a sender name besides the figure's ("Energy" in "Elon's
// Energy"): "by", "x", "dr" and initials are not a product.
constexpr std::size_t kMinExtraWordLetters = 3;

// The first public figure named in a match list, as written, or "".
std::string_view FigureIn(const std::vector<PhraseMatch>& matches, const PhraseMatcher& phrases,
                          std::string_view text, std::size_t* end = nullptr) {
  for (const PhraseMatch& m : matches) {
    if (phrases.phrases()[m.phrase_index].category != kFigure) continue;
    if (end != nullptr) *end = m.end;
    return text.substr(m.start, m.end - m.start);
  }
  return {};
}

// The ASCII words of a name, lower case, without a possessive "s".
std::vector<std::string> AsciiWords(std::string_view name) {
  std::vector<std::string> words(1);
  for (char c : name) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (letter) {
      words.back() += static_cast<char>(c | 0x20);
    } else if (!words.back().empty()) {
      words.emplace_back();
    }
  }
  std::vector<std::string> out;
  for (std::string& w : words)
    if (!w.empty() && w != "s") out.push_back(std::move(w));
  return out;
}

// Whether the sender's domain carries the figure's name: a word of it or
// all of it run together ("oprahdaily", "jamieoliver", "health.harvard").
bool DomainCarriesFigure(std::string_view figure, const std::vector<std::string>& labels) {
  const std::vector<std::string> words = AsciiWords(figure);
  std::string joined;
  for (const std::string& w : words) joined += w;
  for (const std::string& label : labels) {
    if (!joined.empty() && label.find(joined) != std::string::npos) return true;
    for (const std::string& w : words)
      if (w.size() >= kMinOwnNameLetters && label.find(w) != std::string::npos) return true;
  }
  return false;
}

// Whether a sender name says more than the figure's name: a product or an
// offer ("Elon's Energy", "ESaver x Elon Musk"), not a person signing.
bool NameAddsWords(std::string_view name, std::string_view figure) {
  const std::size_t at = name.find(figure);
  std::string rest(name);
  if (at != std::string_view::npos) rest.erase(at, figure.size());
  for (const std::string& w : AsciiWords(rest))
    if (w.size() >= kMinExtraWordLetters) return true;
  return false;
}

// "Harvard: "You have 14 days..."": the figure made the speaker of a quoted
// claim at the start of the subject, the advertorial's headline form.
bool QuotedClaimAfter(std::string_view subject, std::size_t figure_end) {
  std::string_view rest = subject.substr(figure_end);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  if (rest.empty() || rest.front() != ':') return false;
  rest.remove_prefix(1);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  return !rest.empty() && (rest.front() == '"' || rest.front() == '\'');
}

// Mail that reports about people, or acts for them, rather than selling
// under their names.
bool IsPublisherOrPlatform(const ScanContext& ctx) {
  const Message& m = ctx.message;
  if (m.IsListTraffic()) return true;
  if (ctx.knowledge.IsNotificationPlatform(m.from.registrable_domain)) return true;
  if (SpeaksFromItsOwnAddress(ctx)) return true;
  return ctx.sender_relation->from_authenticated() && m.FindHeader("List-Unsubscribe") != nullptr;
}

struct Bait {
  std::string figure;
  std::string where;  // "sender name" or "subject"
  std::string pitch;  // the wording beside it, "" for a sender name
};

class CelebrityBaitDetector : public Detector {
 public:
  std::string_view name() const override { return "celebrity_bait"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    const Message& m = ctx.message;
    if (m.from.registrable_domain.empty()) return;
    Bait bait = InSenderName(ctx);
    if (bait.figure.empty()) bait = InSubject(ctx);
    if (bait.figure.empty()) return;
    if (DomainCarriesFigure(bait.figure, ChosenSenderLabels(m.from))) return;
    if (IsPublisherOrPlatform(ctx)) return;
    out.push_back(MakeBaitSignal(bait, m.from.registrable_domain));
  }

 private:
  static std::string SubjectPitch(const ScanContext& ctx) {
    const std::vector<std::string_view> wording = ctx.subject_hits.WordingIn(kPitch);
    return wording.empty() ? std::string() : std::string(wording.front());
  }

  static Bait InSenderName(const ScanContext& ctx) {
    const std::string sender_name = SenderNameOf(ctx).substr(0, kMaxNameBytes);
    if (sender_name.empty()) return {};
    const std::string name = NormalizeText(sender_name);
    const PhraseMatcher& phrases = ctx.knowledge.phrases();
    const std::string_view figure = FigureIn(phrases.Match(name), phrases, name);
    if (figure.empty()) return {};
    std::string pitch = SubjectPitch(ctx);
    if (pitch.empty() && !NameAddsWords(name, figure)) return {};
    return Bait{std::string(figure), "sender name", std::move(pitch)};
  }

  static Bait InSubject(const ScanContext& ctx) {
    const std::string_view subject = ctx.subject_hits.text();
    std::size_t end = 0;
    const std::string_view figure = FigureIn(ctx.subject_hits.all(), ctx.knowledge.phrases(), subject, &end);
    if (figure.empty()) return {};
    std::string pitch = SubjectPitch(ctx);
    if (pitch.empty() && QuotedClaimAfter(subject, end)) pitch = "quoted claim";
    if (pitch.empty()) return {};
    return Bait{std::string(figure), "subject", std::move(pitch)};
  }

  static Signal MakeBaitSignal(const Bait& bait, const std::string& domain) {
    Signal s = MakeSignal("fraud.celebrity_bait", Sign::kFraudLure, 20);
    const std::string figure = DisplayText(bait.figure, 60);
    const std::string from = DisplayText(domain, 120);
    s.evidence.emplace_back("figure", figure);
    s.evidence.emplace_back("where", bait.where);
    if (!bait.pitch.empty()) s.evidence.emplace_back("pitch", DisplayText(bait.pitch, 80));
    s.evidence.emplace_back("sender domain", from);
    const bool in_name = bait.where == "sender name";
    s.explanation_en = "The message sells under a famous name (" + QuoteEn(figure) + ", in the " +
                       (in_name ? "sender's name" : "subject") + ") but comes from " + from +
                       ", which has nothing to do with that person: scam advertising borrows well-known names "
                       "to make miracle savings, cures or investments look endorsed.";
    s.explanation_fr = "Le message vend sous un nom célèbre (" + QuoteFr(figure) + ", dans " +
                       (in_name ? "le nom de l'expéditeur" : "l'objet") + ") mais vient de " + from +
                       ", qui n'a rien à voir avec cette personne : la publicité frauduleuse emprunte des noms "
                       "connus pour faire passer des économies, remèdes ou placements miracles pour recommandés.";
    return s;
  }
};

}  // namespace

std::unique_ptr<Detector> MakeCelebrityBaitDetector() { return std::make_unique<CelebrityBaitDetector>(); }

}  // namespace phishscan
