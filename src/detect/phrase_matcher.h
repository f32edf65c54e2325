// Every phrase list (greetings, credential requests, urgency, mail-service
// wording, fraud families...) compiled into one Hyperscan database and matched
// in one pass over the normalised text.
#ifndef PHISHSCAN_DETECT_PHRASE_MATCHER_H_
#define PHISHSCAN_DETECT_PHRASE_MATCHER_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "phishscan/status.h"

namespace phishscan {

// One pattern from a phrase file.
struct Phrase {
  std::string category;  // "credential_request", "urgency", ...
  std::string lang;      // "en", "fr", "de", "es", "pt", "nl", "it", "any"
  std::string pattern;   // Hyperscan regex over normalised (lower-case) text
};

struct PhraseMatch {
  std::size_t phrase_index;  // into PhraseMatcher::phrases()
  std::size_t start;         // byte offsets into the matched text
  std::size_t end;
};

class PhraseMatcher {
 public:
  // Loads every *.tsv in `dir` ("category<TAB>lang<TAB>pattern", '#' comments).
  static StatusOr<std::unique_ptr<PhraseMatcher>> LoadDir(const std::string& dir);
  static StatusOr<std::unique_ptr<PhraseMatcher>> FromPhrases(std::vector<Phrase> phrases);
  ~PhraseMatcher();

  // All matches (leftmost start, one per phrase occurrence), in text order.
  // Thread-safe. Stops after `budget_ms` of matching and sets *timed_out.
  std::vector<PhraseMatch> Match(std::string_view text, unsigned budget_ms = 0,
                                 bool* timed_out = nullptr) const;

  const std::vector<Phrase>& phrases() const { return phrases_; }

 private:
  PhraseMatcher() = default;
  std::vector<Phrase> phrases_;
  struct Db;
  std::unique_ptr<Db> db_;
};

// Matches of one text, grouped for detectors' questions.
class PhraseHits {
 public:
  PhraseHits(const PhraseMatcher& matcher, std::string_view text, std::vector<PhraseMatch> matches)
      : matcher_(&matcher), text_(text), matches_(std::move(matches)) {}

  // Matches whose category equals `category`, in text order.
  std::vector<const PhraseMatch*> InCategory(std::string_view category) const;
  // The matched wording of `category` with overlapping matches merged, in
  // text order: "claim your free gift" and "free gift" over the same words
  // are one piece of wording, not two.
  std::vector<std::string_view> WordingIn(std::string_view category) const;
  bool Any(std::string_view category) const;
  // The matched text of a match (a view into the scanned text).
  std::string_view MatchedText(const PhraseMatch& m) const { return text_.substr(m.start, m.end - m.start); }
  const Phrase& PhraseOf(const PhraseMatch& m) const { return matcher_->phrases()[m.phrase_index]; }
  const std::vector<PhraseMatch>& all() const { return matches_; }
  std::string_view text() const { return text_; }

 private:
  const PhraseMatcher* matcher_;
  std::string_view text_;
  std::vector<PhraseMatch> matches_;
};

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_PHRASE_MATCHER_H_
