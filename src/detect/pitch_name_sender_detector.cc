// sender.pitch_name_stranger: a stranger's offer (a loan, a casino bonus, a
// miracle cure, "unclaimed" rights or funds) whose sender name repeats the
// pitch itself ("Personal Loan", "Keto Burn", "Vos droits CPF", "Free
// Spins") while the address has nothing to do with that name. A lender, a
// casino or a shop writes under its own brand from its own domain, so the
// name and the address share a word; bulk fraud borrows whatever mailbox it
// can send from and makes the offer the name the reader sees first. The
// wording is the family's own signal (fraud_lure); this signal adds who sends
// it, so it belongs to the sender_mismatch sign. A message with a link to the
// sender's own site is that company's offer, however it signs: silent. Dating
// lures have their own detector (dating_name_sender_detector.cc).
#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/text.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/host_labels.h"
#include "detect/make_signal.h"
#include "detect/sender_name_match.h"
#include "detect/sender_relation.h"
#include "detect/sender_site_link.h"

namespace phishscan {
namespace {

constexpr std::array<std::string_view, 4> kFamilies = {"loan_offer", "gambling_bonus", "health_miracle",
                                                       "unclaimed_funds"};
constexpr std::size_t kMaxNameBytes = 256;
constexpr std::size_t kMaxWordingPieces = 16;
// "loan" and "loans", "droit" and "droits": shorter words ("cpf", "win") are
// too common to say the name repeats the pitch.
constexpr std::size_t kMinSharedLetters = 4;
constexpr std::size_t kMaxSuffixLetters = 2;

std::string_view LocalPartOf(std::string_view address) {
  const std::size_t at = address.rfind('@');
  return at == std::string_view::npos ? std::string_view() : address.substr(0, at);
}


// Same word up to a short inflection ending.
bool SameWord(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  return a.size() >= kMinSharedLetters && b.size() - a.size() <= kMaxSuffixLetters && b.substr(0, a.size()) == a;
}

// A word of the sender name that the family's wording also uses, or "".
std::string SharedPitchWord(const std::vector<std::string>& name_words, const PhraseHits& hits,
                            std::string_view family) {
  const std::vector<std::string_view> wording = hits.WordingIn(family);
  for (std::size_t i = 0; i < wording.size() && i < kMaxWordingPieces; ++i)
    for (const std::string& pitch_word : SignificantNameWords(wording[i]))
      for (const std::string& name_word : name_words)
        if (SameWord(name_word, pitch_word)) return name_word;
  return "";
}

class PitchNameSenderDetector : public Detector {
 public:
  std::string_view name() const override { return "pitch_name_sender"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    const Message& m = ctx.message;
    const std::string sender_name = SenderNameOf(ctx).substr(0, kMaxNameBytes);
    if (sender_name.empty() || sender_name.find('@') != std::string::npos) return;
    const std::vector<std::string> name_words = SignificantNameWords(sender_name);
    if (name_words.empty()) return;
    for (std::string_view family : kFamilies) {
      std::string word = SharedPitchWord(name_words, ctx.subject_hits, family);
      if (word.empty()) word = SharedPitchWord(name_words, ctx.hits, family);
      if (word.empty()) continue;
      const std::vector<std::string> labels = ChosenSenderLabels(m.from);
      if (labels.empty() || NameMatchesAddress(name_words, LocalPartOf(m.from.address), labels)) return;
      if (LinksToSenderSite(ctx, *ctx.sender_relation)) return;
      out.push_back(MakePitchSignal(sender_name, m.from.address, word, family));
      return;
    }
  }

 private:
  static Signal MakePitchSignal(const std::string& sender_name, const std::string& address, const std::string& word,
                                std::string_view family) {
    Signal s = MakeSignal("sender.pitch_name_stranger", Sign::kSenderMismatch, 16);
    const std::string name = DisplayText(sender_name, 80);
    const std::string from = DisplayText(address, 120);
    s.evidence.emplace_back("display_name", name);
    s.evidence.emplace_back("word", word);
    s.evidence.emplace_back("family", std::string(family));
    s.evidence.emplace_back("from", from);
    s.explanation_en = "The sender's name repeats the offer itself (" + QuoteEn(name) + ") and the address (" + from +
                       ") has nothing to do with it: a real lender, casino or shop writes under its own name from "
                       "its own domain.";
    s.explanation_fr = "Le nom de l'expéditeur reprend l'offre elle-même (" + QuoteFr(name) + ") et l'adresse (" +
                       from + ") n'a rien à voir avec lui : un vrai prêteur, casino ou commerce écrit sous son propre "
                       "nom depuis son propre domaine.";
    return s;
  }
};

}  // namespace

std::unique_ptr<Detector> MakePitchNameSenderDetector() { return std::make_unique<PitchNameSenderDetector>(); }

}  // namespace phishscan
