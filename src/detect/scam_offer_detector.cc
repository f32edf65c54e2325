// scam_offer: the unsolicited offers that make up much of what reaches a
// phishing trap without asking for a password: dating and adult lures, loans
// and jobs from strangers, crypto airdrops, gifts for a survey, miracle
// cures, money waiting to be claimed, casino bonuses. One phrase of a family
// is ordinary in real mail (a newsletter mentions a casino, a survey, a
// loan rate), so a family counts fully only when its wording comes
// together: two distinct phrases, or one in the subject with a way to act on
// it, or one with a stranger's means of contact (a free webmail sender,
// replies sent to another domain) for the offers answered by reply. A lone
// phrase in the body with a link is a weak hint, and only for the families
// whose wording real mail hardly uses (dating lures, airdrops, miracle cures);
// a stronger one when the link goes to a free host, form or shortener, where
// a real brand does not put its offers.
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "base/text.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/host_kind.h"
#include "detect/redirect_resolver.h"
#include "detect/sender_relation.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxPhrasesShown = 5;
constexpr std::size_t kPhraseEvidenceBytes = 60;
// Wording alone stays below what a forged sender or a fake login page
// weighs: offers can be real, so other signs must confirm.
constexpr int kMaxWeight = 44;
// Offers by an authenticated sender on its own site (see OwnSiteOnly).
constexpr int kOwnSiteMaxWeight = 18;

// How a family's victim is reached: by a link to a page (sign-up, claim,
// checkout) or by writing back to the sender (loans, jobs, payouts).
enum class Reach { kLink, kReply };

struct ScamFamily {
  const char* id;
  const char* category;  // phrase category in data/phrases
  Reach reach;
  int weight_two;    // two distinct phrases
  int weight_three;  // three or more
  // Whether one phrase in the body with a link is already worth a weak
  // signal: only where the wording itself is rare in real mail.
  bool one_phrase_with_link;
  const char* what_en;
  const char* what_fr;
  const char* why_en;
  const char* why_fr;
};

// Weights follow how cleanly each family separates fraud from real mail on
// the development corpus: dating, airdrop and payout wording almost never
// appears in legitimate mail; survey, job and loan wording sometimes does.
constexpr ScamFamily kFamilies[] = {
    {"scam.romance_adult", "romance_adult", Reach::kLink, 30, 38, true, "a dating or adult lure",
     "un appât de rencontre ou pour adultes",
     "such messages lead to paid sign-ups, malware or blackmail",
     "ces messages mènent à des abonnements payants, des logiciels malveillants ou du chantage"},
    {"scam.loan_offer", "loan_offer", Reach::kReply, 26, 34, false, "a loan offered by e-mail by a stranger",
     "un prêt proposé par courriel par un inconnu",
     "these offers ask for \"fees\" up front, and the money never comes",
     "ces offres réclament des « frais » d'avance, et l'argent n'arrive jamais"},
    {"scam.job_offer", "job_offer", Reach::kReply, 24, 32, false,
     "a job offered by a stranger, paid well for little work", "un emploi proposé par un inconnu, bien payé pour peu de travail",
     "such offers recruit people to move stolen money or goods, or charge them fees",
     "ces offres recrutent des personnes pour faire transiter de l'argent ou des biens volés, ou leur font payer des frais"},
    {"scam.airdrop", "airdrop", Reach::kLink, 30, 38, true, "free cryptocurrency tokens to claim",
     "des jetons de cryptomonnaie gratuits à réclamer",
     "the claim page asks to connect a wallet and then empties it",
     "la page de réclamation demande de connecter un portefeuille, puis le vide"},
    {"scam.giveaway_survey", "giveaway_survey", Reach::kLink, 24, 32, false,
     "a gift promised for answering a survey", "un cadeau promis en échange d'un questionnaire",
     "the \"small shipping fee\" at the end takes card details and signs the reader up for recurring charges",
     "les « petits frais de port » à la fin servent à prendre la carte bancaire et à souscrire des prélèvements"},
    {"scam.health_miracle", "health_miracle", Reach::kLink, 26, 34, true, "a miracle health product",
     "un produit de santé miracle",
     "such promises sell remedies that do not work and collect card details",
     "ces promesses vendent des remèdes sans effet et collectent des coordonnées bancaires"},
    {"scam.unclaimed_funds", "unclaimed_funds", Reach::kReply, 28, 36, false, "money said to be waiting for the reader",
     "de l'argent qui attendrait le lecteur",
     "the sender will ask for fees or personal details before a payment that never comes",
     "l'expéditeur demandera des frais ou des données personnelles avant un paiement qui n'arrive jamais"},
    {"scam.gambling_bonus", "gambling_bonus", Reach::kLink, 24, 30, false, "a casino bonus offered by a stranger",
     "un bonus de casino proposé par un inconnu",
     "such lures lead to unlicensed casinos that keep deposits and card details",
     "ces appâts mènent à des casinos sans licence qui gardent dépôts et coordonnées bancaires"},
};

// Phrases of one family, body and subject together. The phrase lists
// overlap across languages ("viagra" is in all seven), and a newsletter may
// repeat one phrase with other numbers ("235 million euros", "318 million
// euros"): what counts is the distinct wording, so overlapping matches are
// merged and wordings that differ only in digits or a plural -s are one.
struct FamilyHits {
  std::set<std::string> wordings;  // folded keys of the distinct wording
  std::vector<std::string> shown;  // as matched, for evidence
  bool in_subject = false;
};

std::string FoldedKey(std::string_view text) {
  std::string key;
  for (char c : text) {
    const bool in_number = !key.empty() && key.back() == '#';
    const bool digit = (c >= '0' && c <= '9') || (in_number && (c == '.' || c == ','));
    if (digit && in_number) continue;
    key.push_back(digit ? '#' : c);
  }
  while (!key.empty() && (key.back() == 's' || key.back() == ' ')) key.pop_back();
  return key;
}

void AddWording(FamilyHits& out, std::string_view text) {
  if (!out.wordings.insert(FoldedKey(text)).second) return;
  out.shown.push_back(DisplayText(text, kPhraseEvidenceBytes));
}

// Adds the matches of one scanned text, overlapping ones merged.
void AddMatches(const PhraseHits& hits, std::string_view category, FamilyHits& out) {
  for (std::string_view wording : hits.WordingIn(category)) AddWording(out, wording);
}

FamilyHits HitsOf(const ScanContext& ctx, std::string_view category) {
  FamilyHits out;
  AddMatches(ctx.subject_hits, category, out);
  out.in_subject = !out.wordings.empty();
  AddMatches(ctx.hits, category, out);
  return out;
}

// How the message lets the reader act, and whether the sender is a stranger
// by its own headers.
struct Contact {
  bool web_link = false;
  bool risky_link = false;  // free hosting, file share, form, shortener, IPFS, IP
  bool off_site_link = false;  // a web link outside the From domain, footer sites aside
  bool from_authenticated = false;
  std::string freemail_sender;  // From address on a free webmail service
  std::string reply_elsewhere;  // Reply-To address on another domain than From
};

// A mailing list sets Reply-To to the list, which is also a recipient.
bool RepliesToList(const Message& m) {
  if (m.IsListTraffic()) return true;
  const std::string& reply = m.reply_to->address;
  auto same = [&](const Mailbox& x) { return EqualsIgnoreCase(x.address, reply); };
  return std::any_of(m.to.begin(), m.to.end(), same) || std::any_of(m.cc.begin(), m.cc.end(), same);
}

// An app-store badge, a social profile or the gambling help line a licensed
// casino must name: real offers carry them in their footers, and none is where
// an offer is taken up. A wrapped link is judged by where it leads.
bool IsFooterSiteLink(const Url& url, const Knowledge& knowledge) {
  const ResolvedUrl resolved = ResolveRedirects(url, knowledge.redirectors());
  return !resolved.opaque_redirect && knowledge.IsFooterSite(resolved.target.host);
}

Contact ContactOf(const ScanContext& ctx) {
  Contact c;
  for (const Link& link : ctx.extraction.links) {
    if (link.url.scheme != "http" && link.url.scheme != "https") continue;
    c.web_link = true;
    if (ClassifyHost(link.url, ctx.knowledge) != HostKind::kOrdinary) c.risky_link = true;
    if (link.url.registrable_domain != ctx.message.from.registrable_domain &&
        !IsFooterSiteLink(link.url, ctx.knowledge))
      c.off_site_link = true;
  }
  c.from_authenticated = ctx.sender_relation->from_authenticated();
  const Mailbox& from = ctx.message.from;
  if (!from.registrable_domain.empty() && ctx.knowledge.IsFreemail(from.registrable_domain)) {
    c.freemail_sender = from.address;
  }
  if (ctx.message.reply_to && !RepliesToList(ctx.message)) {
    const Mailbox& reply = *ctx.message.reply_to;
    if (!reply.registrable_domain.empty() && reply.registrable_domain != from.registrable_domain) {
      c.reply_elsewhere = reply.address;
    }
  }
  return c;
}

bool StrangerContact(const Contact& c) { return !c.freemail_sender.empty() || !c.reply_elsewhere.empty(); }

// A sender that proves its own domain and links only to it (footer sites
// aside) is answerable for what it writes: a crypto newsletter's issue about
// airdrop season, a licensed casino's promotion to its registered players, a
// bank's loan offer to its customer with the terms on its own site. Its
// wording alone stays a hint; a lure's claim page is elsewhere, or its
// sender is a stranger.
bool OwnSiteOnly(const Contact& c) {
  return c.from_authenticated && c.web_link && !c.off_site_link && !StrangerContact(c);
}

// 0 when the family's wording does not come together. A lure in the
// subject is the headline of the message, so one phrase there with a way to
// act counts almost as two.
int WeightOf(const ScamFamily& f, const FamilyHits& h, const Contact& c) {
  const std::size_t n = h.wordings.size();
  const bool stranger = StrangerContact(c);
  const bool means = c.web_link || stranger;
  int weight = 0;
  if (n >= 3) weight = f.weight_three;
  else if (n == 2) weight = f.weight_two;
  else if (h.in_subject && means) weight = f.weight_two - 2;
  else if (f.reach == Reach::kReply && stranger) weight = f.weight_two / 2;
  else if (f.one_phrase_with_link && c.risky_link) weight = 14;
  else if (f.one_phrase_with_link && c.web_link) weight = 6;
  if (weight == 0) return 0;
  if (means) weight += 4;
  if (f.reach == Reach::kReply && stranger) weight += 4;
  // The headline's lure taken up again in the body with other wording of
  // the same family is the whole message selling one scam.
  if (h.in_subject && n >= 2 && means) weight += 6;
  if (OwnSiteOnly(c)) return std::min(weight, kOwnSiteMaxWeight);
  return std::min(weight, kMaxWeight);
}

// ", and replies go to ..." in both languages, with matching evidence.
void DescribeContact(const ScamFamily& f, const Contact& c, Signal& s, std::string& en, std::string& fr) {
  if (!c.reply_elsewhere.empty()) {
    s.evidence.emplace_back("reply-to", c.reply_elsewhere);
    en += ", and replies go to another address (" + c.reply_elsewhere + ")";
    fr += ", et les réponses partent vers une autre adresse (" + c.reply_elsewhere + ")";
  } else if (!c.freemail_sender.empty()) {
    s.evidence.emplace_back("from", c.freemail_sender);
    en += ", from a free webmail address (" + c.freemail_sender + ")";
    fr += ", depuis une adresse de messagerie gratuite (" + c.freemail_sender + ")";
  }
  if (f.reach == Reach::kLink && c.risky_link) {
    s.evidence.emplace_back("link", "free hosting, file share, form or shortener");
    en += ", with a link to a free hosting, file-sharing, form or shortener site";
    fr += ", avec un lien vers un site d'hébergement gratuit, de partage de fichiers, de formulaires ou de raccourcissement";
  } else if (f.reach == Reach::kLink && c.web_link) {
    en += ", with a link to act on it";
    fr += ", avec un lien pour y donner suite";
  }
}

Signal MakeScamSignal(const ScamFamily& f, int weight, const FamilyHits& h, const Contact& c) {
  Signal s;
  s.id = f.id;
  s.sign = Sign::kFraudLure;
  s.weight = weight;
  std::vector<std::string> quoted_en, quoted_fr;
  for (std::size_t i = 0; i < h.shown.size() && i < kMaxPhrasesShown; ++i) {
    s.evidence.emplace_back("phrase", h.shown[i]);
    quoted_en.push_back(QuoteEn(h.shown[i]));
    quoted_fr.push_back(QuoteFr(h.shown[i]));
  }
  std::string en, fr;
  DescribeContact(f, c, s, en, fr);
  s.explanation_en = "This looks like " + std::string(f.what_en) + ": " + JoinEn(quoted_en) + en + ". Coming from a " +
                     "stranger, " + f.why_en + ".";
  s.explanation_fr = "Cela ressemble à " + std::string(f.what_fr) + " : " + JoinFr(quoted_fr) + fr +
                     ". Venant d'un inconnu, " + f.why_fr + ".";
  return s;
}

class ScamOfferDetector : public Detector {
 public:
  std::string_view name() const override { return "scam_offer"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    std::vector<std::pair<const ScamFamily*, FamilyHits>> found;
    for (const ScamFamily& f : kFamilies) {
      FamilyHits h = HitsOf(ctx, f.category);
      if (!h.wordings.empty()) found.emplace_back(&f, std::move(h));
    }
    if (found.empty()) return;
    const Contact contact = ContactOf(ctx);
    // Members of a mailing list discuss dating and sex in the body ("Thai
    // women looking for a husband") under a thread's subject; only that
    // family's wording is ordinary there. A dating lure with list headers
    // still carries its bait in the subject. Other families' lures are
    // relayed through list software too.
    const bool list = ctx.message.IsListTraffic();
    for (const auto& [family, hits] : found) {
      if (list && !hits.in_subject && std::string_view(family->category) == "romance_adult") continue;
      const int weight = WeightOf(*family, hits, contact);
      if (weight > 0) out.push_back(MakeScamSignal(*family, weight, hits, contact));
    }
  }
};

}  // namespace

std::unique_ptr<Detector> MakeScamOfferDetector() { return std::make_unique<ScamOfferDetector>(); }

}  // namespace phishscan
