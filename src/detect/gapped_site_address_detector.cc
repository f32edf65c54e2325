// links.gapped_site_address: the site to visit named with a gap around its
// dot ("Website: coinvault. net", "www: coinvault . net [remove gap]"). Such
// an address is no link: filters, link checkers and the reader's own mail
// client cannot look at it, and the reader types it by hand. Genuine mail
// links its site; the fake funded-account letters ("below are the login
// details of a wallet holding 90 BTC") write theirs this way so that the
// site is never checked. The signal is about where the reader is sent, so it
// belongs to the deceptive_link sign and corroborates the story's
// fraud_lure signals.
#include <string>
#include <string_view>
#include <vector>

#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/gapped_domain.h"
#include "detect/make_signal.h"

namespace phishscan {
namespace {

constexpr int kWeight = 15;
// With a note telling the reader to close the gap ("[remove gap]").
constexpr int kWithInstructionWeight = 20;
constexpr std::size_t kInstructionWindow = 40;

// "[remove gap]", "(remove the spaces)", "remove space": the writer admits
// the gap is deliberate.
bool InstructsToCloseGap(std::string_view text, std::size_t from) {
  const std::string_view after = text.substr(from, kInstructionWindow);
  return after.find("remove gap") != std::string_view::npos || after.find("remove the gap") != std::string_view::npos ||
         after.find("remove space") != std::string_view::npos ||
         after.find("remove the space") != std::string_view::npos;
}

class GappedSiteAddressDetector : public Detector {
 public:
  std::string_view name() const override { return "gapped_site_address"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    const std::string_view text = ctx.extraction.text;
    const GappedDomain found = FindGappedDomain(text);
    if (found.domain.empty()) return;
    const std::size_t at = text.find(found.written);
    const bool instructed = at != std::string_view::npos && InstructsToCloseGap(text, at + found.written.size());
    const std::string written = DisplayText(found.written, 80);
    const std::string domain = DisplayText(found.domain, 80);
    Signal s = MakeSignal("links.gapped_site_address", Sign::kDeceptiveLink,
                          instructed ? kWithInstructionWeight : kWeight);
    s.evidence.emplace_back("written", found.label + ": " + written);
    s.evidence.emplace_back("site", domain);
    if (instructed) s.evidence.emplace_back("instruction", "close the gap");
    s.explanation_en = "The site to visit is written with a gap (" + QuoteEn(written) + ", that is " + domain +
                       ") so that it is not a link: mail filters and link checks cannot look at it, and you would "
                       "type it by hand. Genuine mail links its site.";
    s.explanation_fr = "Le site à visiter est écrit avec un espace (" + QuoteFr(written) + ", soit " + domain +
                       ") pour ne pas être un lien : les filtres et les vérifications de liens ne peuvent pas "
                       "l'examiner, et vous le taperiez à la main. Un vrai courriel met un lien vers son site.";
    out.push_back(std::move(s));
  }
};

}  // namespace

std::unique_ptr<Detector> MakeGappedSiteAddressDetector() { return std::make_unique<GappedSiteAddressDetector>(); }

}  // namespace phishscan
