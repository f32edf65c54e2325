// stranger_quote_offer: a free quote, price simulation or eligibility check
// offered under a name the sender's address does not carry ("Plano <health
// insurer>" from a quote broker, "Solar Incentives Program" from a domain
// about something else, "check if you qualify in 30 seconds"). Lead
// generators write in a known company's or a public programme's name so
// that the reader hands over their details, which are then sold on.
// Insurers, installers and comparison sites offer quotes too, but from a
// domain bearing their own name: the quote wording is evidence only once
// the name it is offered under is borrowed. That the name is borrowed is
// sender.brand_domain_mismatch's or sender.name_address_mismatch's finding;
// this reports what the borrowed name is used for, a separate sign.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "base/text.h"
#include "detect/borrowed_sender_name.h"
#include "detect/brand_catalog.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/host_labels.h"
#include "detect/make_signal.h"
#include "detect/sender_name_match.h"
#include "detect/sender_relation.h"

namespace phishscan {
namespace {

constexpr std::string_view kCategory = "quote_offer";
constexpr int kWeight = 18;
constexpr std::size_t kEvidenceBytes = 120;
constexpr std::size_t kMinBusinessWord = 4;
constexpr std::size_t kMinNameWord = 3;
constexpr std::size_t kMaxLabelPieces = 16;

// The first quote or eligibility wording, subject first.
std::string QuoteWording(const ScanContext& ctx) {
  for (const PhraseHits* hits : {&ctx.subject_hits, &ctx.hits})
    for (std::string_view wording : hits->WordingIn(kCategory)) return DisplayText(wording, 60);
  return "";
}

// The name the offer is made in, when the sender's address does not carry it.
struct BorrowedName {
  std::string name;  // a catalogued brand's name, or the sender name as shown
  bool catalogued;   // a known brand's name rather than an unknown organisation's
};

// The pieces of the From host's chosen labels: "weber-versicherungen" ->
// {"weber", "versicherungen"}.
std::vector<std::string> LabelPieces(const Mailbox& from) {
  std::vector<std::string> pieces;
  for (const std::string& label : ChosenSenderLabels(from)) {
    std::size_t i = 0;
    while (i <= label.size() && pieces.size() < kMaxLabelPieces) {
      const std::size_t j = std::min(label.find('-', i), label.size());
      if (j > i) pieces.push_back(label.substr(i, j - i));
      i = j + 1;
    }
  }
  return pieces;
}

// True when two neighbouring words of the sender name, written together,
// open a piece of the From domain: "State Farm - Jane Doe" from
// janedoeinsures.example, "Allstate | Mike Brown" from mikebrownagency.example.
// An agent names the domain after themself, first; a broker's domain puts
// its verb or product words around the name it borrows ("Plano Saude" in
// coteplanosaude), which is not the sender's own name.
template <typename IsBrandWord>
bool NamesItsOwnerInALabel(const std::vector<std::string>& words, const std::vector<std::string>& pieces,
                           IsBrandWord brand_word) {
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i].size() < kMinNameWord || words[i + 1].size() < kMinNameWord) continue;
    if (brand_word(words[i]) || brand_word(words[i + 1])) continue;
    const std::string together = words[i] + words[i + 1];
    for (const std::string& piece : pieces)
      if (piece.size() >= together.size() && piece.compare(0, together.size(), together) == 0) return true;
  }
  return false;
}

// True when the sender name, besides the brand, names a business that is a
// whole piece of the From domain ("Allianz Agentur Weber" from
// agentur-weber.de): an agent or reseller writing about the brand it sells,
// under its own name. Whole pieces only: a broker's domain shares product
// words with the name it borrows ("Planos <insurer>" from
// cote-seu-plano.example), not its own name. Anyone can choose a local
// part, so it is not compared.
bool NamesItsOwnBusiness(const ScanContext& ctx, const Brand& brand) {
  const std::vector<std::string> pieces = LabelPieces(ctx.message.from);
  const std::vector<std::string> words = SignificantNameWords(SenderNameOf(ctx));
  auto brand_word = [&](const std::string& word) {
    return std::any_of(brand.keywords.begin(), brand.keywords.end(),
                       [&](const std::string& k) { return k.find(word) != std::string::npos; });
  };
  for (const std::string& word : words) {
    if (word.size() < kMinBusinessWord) continue;
    if (!brand_word(word) && std::find(pieces.begin(), pieces.end(), word) != pieces.end()) return true;
  }
  return NamesItsOwnerInALabel(words, pieces, brand_word);
}

// A catalogued brand named in the sender name of mail from a domain that is
// not one of its own. Only the sender name counts: an installer's
// newsletter that names a subsidy or an insurer in its subject or text
// ("works eligible for <programme>") speaks about it, not as it.
std::optional<BorrowedName> ForeignBrandVoice(const ScanContext& ctx, std::string_view from_domain) {
  const BrandCatalog& catalog = ctx.knowledge.brands();
  if (catalog.BrandOfDomain(from_domain) != nullptr) return std::nullopt;
  for (const ScanContext::BrandClaim& claim : ctx.brand_claims) {
    if (claim.brand == nullptr || claim.where != "display name") continue;
    if (catalog.IsOfficialDomain(*claim.brand, from_domain) || NamesItsOwnBusiness(ctx, *claim.brand)) continue;
    return BorrowedName{claim.brand->name, true};
  }
  return std::nullopt;
}

std::optional<BorrowedName> NameOfferedUnder(const ScanContext& ctx, std::string_view from_domain) {
  if (std::optional<BorrowedName> brand = ForeignBrandVoice(ctx, from_domain)) return brand;
  if (std::optional<BorrowedSenderName> borrowed = FindBorrowedSenderName(ctx))
    return BorrowedName{DisplayText(borrowed->name, kEvidenceBytes), false};
  return std::nullopt;
}

class StrangerQuoteOfferDetector : public Detector {
 public:
  std::string_view name() const override { return "stranger_quote_offer"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    const std::string wording = QuoteWording(ctx);
    if (wording.empty()) return;
    const SenderRelation& relation = *ctx.sender_relation;
    const std::string& from_domain = relation.from_domain();
    if (from_domain.empty() || from_domain == ctx.recipient_registrable) return;
    const std::optional<BorrowedName> borrowed = NameOfferedUnder(ctx, from_domain);
    if (!borrowed) return;
    Emit(*borrowed, wording, from_domain, out);
  }

 private:
  static void Emit(const BorrowedName& borrowed, const std::string& wording, const std::string& from_domain,
                   std::vector<Signal>& out) {
    Signal s = MakeSignal("fraud.stranger_quote_offer", Sign::kFraudLure, kWeight);
    s.evidence.push_back({"phrase", wording});
    s.evidence.push_back({borrowed.catalogued ? "brand" : "sender name", borrowed.name});
    s.evidence.push_back({"from_domain", from_domain});
    s.explanation_en = "The message offers a quote or an eligibility check (" + QuoteEn(wording) + ") under the name " +
                       QuoteEn(borrowed.name) + ", but it was sent from " + from_domain +
                       ", which does not carry that name: lead-generation brokers borrow a known company's or "
                       "programme's name to collect the reader's details and sell them on.";
    s.explanation_fr = "Le message propose un devis ou un test d'éligibilité (" + QuoteFr(wording) + ") au nom de " +
                       QuoteFr(borrowed.name) + ", mais il a été envoyé depuis " + from_domain +
                       ", qui ne porte pas ce nom : les courtiers en prospects empruntent le nom d'une entreprise "
                       "ou d'un programme connus pour recueillir les coordonnées du lecteur et les revendre.";
    out.push_back(std::move(s));
  }
};

}  // namespace

std::unique_ptr<Detector> MakeStrangerQuoteOfferDetector() { return std::make_unique<StrangerQuoteOfferDetector>(); }

}  // namespace phishscan
