// urgency: the message pushes the reader to act before thinking. The seed's
// fifth sign: the account will be blocked, access disrupted, the session
// expires soon. Threats carry the weight; a deadline alone is weak, because
// genuine mail says "this link expires in 3 hours" too.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "base/text.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/make_signal.h"

namespace phishscan {
namespace {

// Alarm words in a subject line ("URGENT", "Final notice", "Dernier avis").
// Only the subject is searched: in a body these words are ordinary.
constexpr std::string_view kSubjectAlarms[] = {
    "urgent", "urgente", "dringend", "final notice", "final warning", "last warning",
    "last notice", "final reminder", "action required", "action needed", "immediate action",
    "attention required", "response required", "dernier avis", "dernier rappel", "avis final",
    "action requise", "action immédiate", "letzte mahnung", "letzte warnung", "handlung erforderlich",
    "sofortige", "último aviso", "ultimo aviso", "aviso final", "acción requerida", "accion requerida",
    "ação necessária", "acao necessaria", "ação requerida", "última notificação", "ultimo avviso",
    "azione richiesta", "laatste waarschuwing", "actie vereist"};

bool IsWordByte(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

bool ContainsWord(std::string_view text, std::string_view word) {
  for (std::size_t pos = text.find(word); pos != std::string_view::npos;
       pos = text.find(word, pos + 1)) {
    const std::size_t after = pos + word.size();
    if ((pos == 0 || !IsWordByte(text[pos - 1])) && (after >= text.size() || !IsWordByte(text[after])))
      return true;
  }
  return false;
}

struct Found {
  std::vector<std::string> phrases;  // distinct, at most three
  bool in_subject = false;
  std::size_t distinct = 0;          // distinct phrases seen (not capped)
};

Found PhrasesOf(const ScanContext& ctx, std::string_view category) {
  Found f;
  std::vector<std::string> all;
  auto add = [&](const PhraseHits& hits, bool subject) {
    for (const PhraseMatch* m : hits.InCategory(category)) {
      std::string p = Ellipsize(TrimWhitespace(hits.MatchedText(*m)), 80);
      if (subject) f.in_subject = true;
      if (std::find(all.begin(), all.end(), p) != all.end()) continue;
      if (all.size() < 16) all.push_back(p);
      if (f.phrases.size() < 3) f.phrases.push_back(std::move(p));
    }
  };
  add(ctx.subject_hits, true);
  add(ctx.hits, false);
  f.distinct = all.size();
  return f;
}

// "\"a\", \"b\" and \"c\"" / "« a », « b » et « c »".
std::string QuotedListEn(const std::vector<std::string>& items) {
  std::vector<std::string> quoted;
  for (const std::string& item : items) quoted.push_back(QuoteEn(item));
  return JoinEn(quoted);
}

std::string QuotedListFr(const std::vector<std::string>& items) {
  std::vector<std::string> quoted;
  for (const std::string& item : items) quoted.push_back(QuoteFr(item));
  return JoinFr(quoted);
}

void AddPhraseEvidence(const Found& f, Signal& s) {
  for (const std::string& p : f.phrases) s.evidence.push_back({"phrase", p});
  if (f.in_subject) s.evidence.push_back({"in_subject", "yes"});
}

class UrgencyDetector : public Detector {
 public:
  std::string_view name() const override { return "urgency"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    const Found threat = PhrasesOf(ctx, "urgency_threat");
    const Found deadline = PhrasesOf(ctx, "urgency_deadline");
    if (!threat.phrases.empty()) out.push_back(ThreatSignal(threat));
    if (!deadline.phrases.empty()) out.push_back(DeadlineSignal(deadline, !threat.phrases.empty()));
    CheckSubjectAlarm(ctx, threat.in_subject || deadline.in_subject, out);
  }

 private:
  static Signal ThreatSignal(const Found& f) {
    int weight = 15;
    if (f.distinct >= 2) weight += 5;
    if (f.in_subject) weight += 5;
    Signal s = MakeSignal("urgency.threat", Sign::kUrgency, std::min(weight, 25));
    AddPhraseEvidence(f, s);
    s.explanation_en = "The message threatens you with consequences (" + QuotedListEn(f.phrases) +
                       ") to make you act without checking.";
    s.explanation_fr = "Le message vous menace de conséquences (" + QuotedListFr(f.phrases) +
                       ") pour vous pousser à agir sans vérifier.";
    return s;
  }

  static Signal DeadlineSignal(const Found& f, bool with_threat) {
    int weight = 5;
    if (f.distinct >= 2 || f.in_subject) weight += 3;
    if (with_threat) weight += 2;
    Signal s = MakeSignal("urgency.deadline", Sign::kUrgency, weight);
    AddPhraseEvidence(f, s);
    s.explanation_en = "The message sets a deadline (" + QuotedListEn(f.phrases) +
                       "); phishing uses deadlines to rush readers into acting.";
    s.explanation_fr = "Le message fixe un délai (" + QuotedListFr(f.phrases) +
                       ") ; l'hameçonnage s'en sert pour pousser à agir dans la précipitation.";
    return s;
  }

  // An alarm word in the subject, unless the phrase lists already found
  // urgency there.
  static void CheckSubjectAlarm(const ScanContext& ctx, bool subject_counted, std::vector<Signal>& out) {
    if (subject_counted) return;
    for (std::string_view alarm : kSubjectAlarms) {
      if (!ContainsWord(ctx.subject_normalized, alarm)) continue;
      Signal s = MakeSignal("urgency.subject_alarm", Sign::kUrgency, 10);
      const std::string subject = DisplayText(ctx.message.subject, 120);
      s.evidence.push_back({"subject", DisplayText(ctx.message.subject, 200)});
      s.evidence.push_back({"phrase", std::string(alarm)});
      s.explanation_en = "The subject (" + QuoteEn(subject) + ") sounds an alarm to make you act at once.";
      s.explanation_fr = "L'objet (" + QuoteFr(subject) + ") sonne l'alarme pour vous faire agir tout de suite.";
      out.push_back(std::move(s));
      return;
    }
  }
};

}  // namespace

std::unique_ptr<Detector> MakeUrgencyDetector() { return std::make_unique<UrgencyDetector>(); }

}  // namespace phishscan
