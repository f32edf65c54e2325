// A lure relayed through a platform's notification system: a stranger opens
// an issue, a form, a shared file or a help-desk ticket and the platform
// mails its words to the victim from its own, authenticated domain
// ("notifications@github.com"). Every sender check passes because the
// sender really is the platform; the content is the stranger's. Such
// content is judged as from an unknown sender: a link to a domain that
// carries the platform's or a named brand's name without being theirs, or
// prize, investment or giveaway wording, is the stranger's lure. Genuine
// notifications (a comment linking to documentation, a receipt, a review
// share) carry neither.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "base/text.h"
#include "detect/brand_named_label.h"
#include "detect/detector.h"
#include "detect/host_labels.h"
#include "detect/make_signal.h"
#include "detect/money_amount.h"
#include "detect/redirect_resolver.h"
#include "detect/sender_relation.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxLinksChecked = 64;
constexpr std::size_t kMaxPhrases = 3;

// Wording that offers money or a reward: what a stranger puts in a form's
// title or an issue comment to bait the reader. Plain cryptocurrency words
// are not among them: projects discuss wallets in their issues every day.
constexpr std::string_view kMoneyLureCategories[] = {
    "prize", "investment", "airdrop", "gambling_bonus", "unclaimed_funds", "advance_fee", "giveaway_survey"};

constexpr int kOneFindingWeight = 25;
constexpr int kBothFindingsWeight = 30;
// Reward wording in the title of a notification that sends nowhere else: a
// stranger's bait, or a school raffle run on a form builder.
constexpr int kHeadlineOnlyWeight = 12;

struct BorrowedLink {
  std::string host;
  std::string name;
};

// The names a link's domain may borrow: the platform's own (its
// organisation label, its brand's keywords) and those of brands the
// message names.
std::vector<std::string> BorrowableNames(const ScanContext& ctx, std::string_view platform) {
  std::vector<std::string> names{std::string(OrganisationLabel(platform))};
  auto add_brand = [&names](const Brand* brand) {
    if (brand == nullptr || !brand->strong) return;
    for (const std::string& keyword : brand->keywords) {
      std::string name = KeywordAsLabel(keyword);
      if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    }
  };
  add_brand(ctx.knowledge.brands().BrandOfDomain(platform));
  for (const ScanContext::BrandClaim& claim : ctx.brand_claims) add_brand(claim.brand);
  return names;
}

// Where the notification's links lead outside the platform: the first
// host that belongs to neither the platform, a related domain nor a known
// brand, and the first such host whose domain borrows a name.
struct OutsideLinks {
  std::string first_host;
  std::string borrowing_host;
  std::string borrowed_name;
};

OutsideLinks FindOutsideLinks(const ScanContext& ctx, const SenderRelation& relation,
                              const std::vector<std::string>& names) {
  const BrandCatalog& catalog = ctx.knowledge.brands();
  OutsideLinks found;
  std::size_t checked = 0;
  for (const Link& link : ctx.extraction.links) {
    if (++checked > kMaxLinksChecked) break;
    if (link.url.scheme != "http" && link.url.scheme != "https") continue;
    const Url target = ResolveRedirects(link.url, ctx.knowledge.redirectors()).target;
    const std::string& registrable = target.registrable_domain;
    if (registrable.empty() || relation.IsRelated(registrable) || catalog.BrandOfDomain(registrable) != nullptr ||
        ctx.knowledge.IsNotificationPlatform(registrable))
      continue;
    if (found.first_host.empty()) found.first_host = target.host;
    const std::string_view label = OrganisationLabel(registrable);
    for (const std::string& name : names) {
      if (!LabelCarriesName(label, name)) continue;
      found.borrowing_host = target.host;
      found.borrowed_name = name;
      return found;
    }
  }
  return found;
}

// "Your score has been released: +$349": a sum announced as credited
// ("+") in the subject, the way a stranger's form title baits a payout.
std::string CreditedSumInSubject(std::string_view subject) {
  auto without_trailing_stop = [](std::string text) {
    while (!text.empty() && std::string_view(".,;:!?").find(text.back()) != std::string_view::npos) text.pop_back();
    return text;
  };
  for (const MoneyAmount& amount : FindMoneyAmounts(subject, 4)) {
    // The amount's text starts at the word, so a glued sign is inside it.
    if (!amount.text.empty() && amount.text.front() == '+') return without_trailing_stop(amount.text);
    const std::size_t pos = subject.find(amount.text);
    if (pos == std::string_view::npos) continue;
    std::size_t before = pos;
    while (before > 0 && subject[before - 1] == ' ') --before;
    if (before > 0 && subject[before - 1] == '+') return "+" + without_trailing_stop(amount.text);
  }
  return "";
}

struct Wording {
  std::vector<std::string> phrases;
  bool in_subject = false;
};

Wording MoneyLureWording(const ScanContext& ctx) {
  Wording found;
  std::vector<std::string>& phrases = found.phrases;
  for (const PhraseHits* hits : {&ctx.subject_hits, &ctx.hits})
    for (std::string_view category : kMoneyLureCategories)
      for (std::string_view wording : hits->WordingIn(category)) {
        if (phrases.size() >= kMaxPhrases) return found;
        if (hits == &ctx.subject_hits) found.in_subject = true;
        const std::string p = Ellipsize(TrimWhitespace(wording), 80);
        if (std::find(phrases.begin(), phrases.end(), p) == phrases.end()) phrases.push_back(p);
      }
  if (phrases.size() < kMaxPhrases) {
    const std::string credited = CreditedSumInSubject(ctx.subject_normalized);
    if (!credited.empty()) {
      phrases.push_back(credited);
      found.in_subject = true;
    }
  }
  return found;
}

std::string QuotedList(const std::vector<std::string>& items, std::string_view open, std::string_view close) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i)
    out += (i ? ", " : "") + std::string(open) + items[i] + std::string(close);
  return out;
}

Signal RelayedLure(std::string_view platform, std::string_view from, int weight, const BorrowedLink& borrowed,
                   const std::vector<std::string>& wording) {
  Signal s = MakeSignal("sender.platform_relayed_lure", Sign::kSenderMismatch, weight);
  s.evidence.push_back({"platform", std::string(platform)});
  s.evidence.push_back({"from", Ellipsize(from, 200)});
  std::string what_en, what_fr;
  if (!borrowed.host.empty()) {
    s.evidence.push_back({"link_host", borrowed.host});
    s.evidence.push_back({"borrowed_name", borrowed.name});
    what_en = "a link to " + borrowed.host + ", which borrows the name \"" + borrowed.name + "\" without being its";
    what_fr = "un lien vers " + borrowed.host + ", qui emprunte le nom « " + borrowed.name + " » sans lui appartenir";
  }
  for (const std::string& p : wording) s.evidence.push_back({"phrase", p});
  if (!wording.empty()) {
    what_en += std::string(what_en.empty() ? "" : ", and ") + "money or reward wording (" +
               QuotedList(wording, "\"", "\"") + ")";
    what_fr += std::string(what_fr.empty() ? "" : ", et ") + "des promesses d'argent ou de récompense (" +
               QuotedList(wording, "« ", " »") + ")";
  }
  s.explanation_en = "This is a notification from " + std::string(platform) +
                     ", but its content was written by one of the platform's users, a stranger: it carries " +
                     what_en + ". The sender checks only vouch for the platform, not for these words.";
  s.explanation_fr = "Il s'agit d'une notification de " + std::string(platform) +
                     ", mais son contenu a été écrit par un utilisateur de la plateforme, un inconnu : il contient " +
                     what_fr + ". Les contrôles d'expéditeur garantissent la plateforme, pas ces propos.";
  return s;
}

class PlatformRelayedLureDetector : public Detector {
 public:
  std::string_view name() const override { return "platform_relayed_lure"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    const SenderRelation& relation = *ctx.sender_relation;
    const std::string& platform = relation.from_domain();
    // An unauthenticated "platform" sender is forged, which other detectors judge.
    if (platform.empty() || !relation.from_authenticated() || !ctx.knowledge.IsNotificationPlatform(platform))
      return;
    const OutsideLinks outside = FindOutsideLinks(ctx, relation, BorrowableNames(ctx, platform));
    // Users discuss gift cards and wallets on platforms all the time; the
    // wording is a lure when it sends the reader off the platform, and only
    // a hint when it is just the headline (a form's or an issue's title).
    Wording money = MoneyLureWording(ctx);
    const bool leads_away = !outside.first_host.empty();
    const std::vector<std::string> wording =
        money.in_subject || leads_away ? std::move(money.phrases) : std::vector<std::string>{};
    const BorrowedLink borrowed{outside.borrowing_host, outside.borrowed_name};
    if (borrowed.host.empty() && wording.empty()) return;
    int weight = kOneFindingWeight;
    if (!borrowed.host.empty() && !wording.empty()) weight = kBothFindingsWeight;
    else if (borrowed.host.empty() && !leads_away) weight = kHeadlineOnlyWeight;
    out.push_back(RelayedLure(platform, ctx.message.from.address, weight, borrowed, wording));
  }
};

}  // namespace

std::unique_ptr<Detector> MakePlatformRelayedLureDetector() {
  return std::make_unique<PlatformRelayedLureDetector>();
}

}  // namespace phishscan
