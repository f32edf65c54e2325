// The text report, for a person: who sent it, the verdict in words, then
// every sign that was found under a plain-language heading with the
// detector's explanation and evidence, then what to do. Signs are listed in
// the order of their strongest signal, so the most telling one comes first.
#include <string>
#include <vector>

#include "phishscan/report.h"
#include "report/evidence.h"
#include "report/safe_text.h"
#include "report/word_wrap.h"
#include "report/wording.h"

namespace phishscan {
namespace {

constexpr std::size_t kWidth = 78;

constexpr std::string_view kBold = "\033[1m";
constexpr std::string_view kReset = "\033[0m";

struct Captions {
  std::string_view source, from, subject, verdict, error, signs, no_signs, notes, advice;
};

const Captions& CaptionsFor(Lang lang) {
  static const Captions kEn = {"Source:",
                               "From:",
                               "Subject:",
                               "Verdict:",
                               "Error:",
                               "Warning signs:",
                               "No warning sign was found.",
                               "Notes:",
                               "What to do:"};
  static const Captions kFr = {"Source :",
                               "De :",
                               "Objet :",
                               "Verdict :",
                               "Erreur :",
                               "Signes d'alerte :",
                               "Aucun signe d'alerte n'a été relevé.",
                               "Remarques :",
                               "Que faire :"};
  return lang == Lang::kFr ? kFr : kEn;
}

std::string_view VerdictColor(Label label) {
  switch (label) {
    case Label::kPhishing:
      return "\033[1;31m";
    case Label::kSuspicious:
      return "\033[1;33m";
    case Label::kClean:
      return "\033[1;32m";
  }
  return "";
}

class TextWriter {
 public:
  TextWriter(Lang lang, bool color) : lang_(lang), color_(color), captions_(CaptionsFor(lang)) {}

  // "Caption: value" with the values of the header block aligned.
  void Field(std::string_view caption, std::string_view value) {
    AppendWrapped(PrintableLine(value), Padded(caption), std::string(kFieldColumn, ' '), kWidth,
                  out_);
  }

  void Verdict(Label label, int score) {
    std::string value;
    if (color_) value.append(VerdictColor(label));
    value.append(VerdictWord(label, lang_));
    if (color_) value.append(kReset);
    value.append(" (score ").append(std::to_string(score)).append("/100)");
    out_.append(Padded(captions_.verdict)).append(value).push_back('\n');
  }

  void Heading(std::string_view text, std::string_view indent = "") {
    out_.append(indent);
    if (color_) out_.append(kBold);
    out_.append(text);
    if (color_) out_.append(kReset);
    out_.push_back('\n');
  }

  void Paragraph(std::string_view text, std::string_view first, std::string_view indent) {
    AppendWrapped(PrintableLine(text), first, indent, kWidth, out_);
  }

  void Line(std::string_view indent, std::string_view key, std::string_view value) {
    Paragraph(std::string(key) + ": " + std::string(value), indent, std::string(indent) + "  ");
  }

  void Blank() { out_.push_back('\n'); }
  const Captions& captions() const { return captions_; }
  Lang lang() const { return lang_; }
  std::string Take() { return std::move(out_); }

 private:
  static constexpr std::size_t kFieldColumn = 11;

  static std::string Padded(std::string_view caption) {
    const std::size_t columns = TextColumns(caption);
    std::string padded(caption);
    padded.append(columns < kFieldColumn ? kFieldColumn - columns : 1, ' ');
    return padded;
  }

  Lang lang_;
  bool color_;
  const Captions& captions_;
  std::string out_;
};

std::vector<Sign> SignsByFirstSignal(const std::vector<Signal>& signals) {
  std::vector<Sign> signs;
  for (const Signal& s : signals) {
    bool seen = false;
    for (Sign sign : signs) seen = seen || sign == s.sign;
    if (!seen) signs.push_back(s.sign);
  }
  return signs;
}

void WriteSigns(const Verdict& v, TextWriter& w) {
  if (v.signals.empty()) {
    w.Paragraph(w.captions().no_signs, "", "");
    return;
  }
  w.Heading(w.captions().signs);
  for (Sign sign : SignsByFirstSignal(v.signals)) {
    w.Heading(SignHeading(sign, w.lang()), "  ");
    for (const Signal& s : v.signals) {
      if (s.sign != sign) continue;
      w.Paragraph(SignalExplanation(s, w.lang()), "    - ", "      ");
      for (const auto& [key, value] : DistinctEvidence(s.evidence)) w.Line("        ", key, value);
    }
  }
}

void WriteNotes(const Verdict& v, TextWriter& w) {
  if (v.notes.empty()) return;
  w.Blank();
  w.Heading(w.captions().notes);
  for (const std::string& note : v.notes) w.Paragraph(note, "  - ", "    ");
}

}  // namespace

std::string RenderText(const Verdict& verdict, Lang lang, bool color) {
  TextWriter w(lang, color);
  w.Field(w.captions().source, verdict.source);
  if (!verdict.error.empty()) {
    w.Field(w.captions().error, verdict.error);
    return w.Take();
  }
  if (!verdict.message.from.empty()) w.Field(w.captions().from, verdict.message.from);
  if (!verdict.message.subject.empty()) w.Field(w.captions().subject, verdict.message.subject);
  w.Verdict(verdict.label, verdict.score);
  w.Blank();
  WriteSigns(verdict, w);
  WriteNotes(verdict, w);
  w.Blank();
  w.Heading(w.captions().advice);
  w.Paragraph(Advice(verdict.label, lang), "  ", "  ");
  return w.Take();
}

}  // namespace phishscan
