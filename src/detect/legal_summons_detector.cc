// fraud.legal_summons: a court, the police or a tax office summoning the
// reader, with the "document" one click away: "intimação eletrônica ... clique
// para visualizar o processo", "convocation judiciaire", "you have been
// subpoenaed, download the summons". Fear of a lawsuit makes people open
// what they would otherwise leave alone, and the page or file installs
// malware or asks for a "fee". Courts and police serve papers through their
// own portals or by registered post: a summons delivered through a link to a
// stranger's site, a web-page or program attachment, or from a free webmail
// address is the lure. A law firm or court writing from its own domain and
// linking to its own site is left alone, and so is news about lawsuits (the
// phrases name the reader as the one summoned or sued).
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/file_kind.h"
#include "detect/host_kind.h"
#include "detect/make_signal.h"
#include "detect/sender_relation.h"

namespace phishscan {
namespace {

constexpr std::string_view kCategory = "legal_summons";
constexpr std::size_t kMaxPhrasesShown = 4;
constexpr std::size_t kPhraseEvidenceBytes = 60;
constexpr int kBaseWeight = 24;
constexpr int kSubjectBonus = 6;
constexpr int kSecondPhraseBonus = 4;
constexpr int kRiskyDeliveryBonus = 6;
// Alone the story proves nothing about who sent it: other signs (a forged
// sender, a link dressed as something else) must confirm.
constexpr int kMaxWeight = 40;

struct Wording {
  std::vector<std::string> phrases;  // distinct, as matched
  bool in_subject = false;
};

Wording WordingOf(const ScanContext& ctx) {
  Wording w;
  auto add = [&](std::string_view text) {
    std::string shown = DisplayText(text, kPhraseEvidenceBytes);
    for (const std::string& p : w.phrases)
      if (p == shown) return;
    w.phrases.push_back(std::move(shown));
  };
  for (std::string_view text : ctx.subject_hits.WordingIn(kCategory)) add(text);
  w.in_subject = !w.phrases.empty();
  for (std::string_view text : ctx.hits.WordingIn(kCategory)) add(text);
  return w;
}

// How the "document" reaches the reader when it does not come from the
// sender's own site. Empty `what_en` when it does (or there is none).
struct Delivery {
  Evidence evidence;
  std::string what_en, what_fr;
  bool risky = false;  // a throwaway host, a file share, a web page or program
};

bool IsWebLink(const Link& l) {
  return (l.url.scheme == "http" || l.url.scheme == "https") && l.origin != LinkOrigin::kAttachment;
}

std::optional<Delivery> ByLink(const ScanContext& ctx, const SenderRelation& relation) {
  std::optional<Delivery> unrelated;
  for (const Link& l : ctx.extraction.links) {
    if (!IsWebLink(l) || l.url.registrable_domain.empty() || relation.IsRelated(l.url.registrable_domain)) continue;
    const HostKind kind = ClassifyHost(l.url, ctx.knowledge);
    Delivery d;
    d.evidence = {{"link", DisplayText(l.url.normalized, 120)}, {"host", l.url.host}};
    if (kind != HostKind::kOrdinary) d.evidence.emplace_back("host list", std::string(HostKindName(kind)));
    const std::string kind_en(HostKindPhraseEn(kind)), kind_fr(HostKindPhraseFr(kind));
    d.what_en = "behind a link to " + l.url.registrable_domain + (kind_en.empty() ? "" : ", " + kind_en) +
                " unrelated to the sender";
    d.what_fr = "derrière un lien vers " + l.url.registrable_domain + (kind_fr.empty() ? "" : ", " + kind_fr) +
                " sans rapport avec l'expéditeur";
    d.risky = kind != HostKind::kOrdinary;
    if (d.risky) return d;
    if (!unrelated) unrelated = std::move(d);
  }
  return unrelated;
}

std::optional<Delivery> ByAttachment(const ScanContext& ctx) {
  for (const Attachment& a : ctx.message.attachments) {
    if (!IsRiskyAttachment(a)) continue;
    Delivery d;
    const std::string name = a.filename.empty() ? a.declared_type : a.filename;
    d.evidence = {{"attachment", DisplayText(name, 80)}};
    d.what_en = "in an attached web page or program (" + QuoteEn(name) + ")";
    d.what_fr = "dans une page web ou un programme joint (" + QuoteFr(name) + ")";
    d.risky = true;
    return d;
  }
  return std::nullopt;
}

std::optional<Delivery> ByFreemail(const ScanContext& ctx) {
  const Mailbox& from = ctx.message.from;
  if (from.registrable_domain.empty() || !ctx.knowledge.IsFreemail(from.registrable_domain)) return std::nullopt;
  Delivery d;
  d.evidence = {{"from", from.address}};
  d.what_en = "from a free personal mailbox (" + from.address + ")";
  d.what_fr = "depuis une boîte personnelle gratuite (" + from.address + ")";
  return d;
}

// The riskiest way the summons reaches the reader, or nothing when it
// comes from the sender's own domain and site.
std::optional<Delivery> DeliveryOf(const ScanContext& ctx) {
  const SenderRelation& relation = *ctx.sender_relation;
  std::optional<Delivery> link = ByLink(ctx, relation);
  if (link && link->risky) return link;
  if (std::optional<Delivery> file = ByAttachment(ctx)) return file;
  if (link) return link;
  return ByFreemail(ctx);
}

class LegalSummonsDetector : public Detector {
 public:
  std::string_view name() const override { return "legal_summons"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    Wording wording = WordingOf(ctx);
    if (wording.phrases.empty()) return;
    std::optional<Delivery> delivery = DeliveryOf(ctx);
    if (!delivery) return;
    int weight = kBaseWeight;
    if (wording.in_subject) weight += kSubjectBonus;
    if (wording.phrases.size() >= 2) weight += kSecondPhraseBonus;
    if (delivery->risky) weight += kRiskyDeliveryBonus;
    if (weight > kMaxWeight) weight = kMaxWeight;
    if (wording.phrases.size() > kMaxPhrasesShown) wording.phrases.resize(kMaxPhrasesShown);

    Signal s = MakeSignal("fraud.legal_summons", Sign::kFraudLure, weight);
    for (const std::string& p : wording.phrases) s.evidence.emplace_back("phrase", p);
    for (auto& e : delivery->evidence) s.evidence.push_back(std::move(e));
    std::vector<std::string> quoted_en, quoted_fr;
    for (const std::string& p : wording.phrases) {
      quoted_en.push_back(QuoteEn(p));
      quoted_fr.push_back(QuoteFr(p));
    }
    s.explanation_en = "The message says you are summoned or sued (" + JoinEn(quoted_en) +
                       ") and delivers the document " + delivery->what_en +
                       ". Courts and police serve papers through their own portals or by registered post; a "
                       "summons one click away is a lure whose page or file installs malware or asks for a fee.";
    s.explanation_fr = "Le message dit que vous êtes convoqué ou poursuivi (" + JoinFr(quoted_fr) +
                       ") et remet le document " + delivery->what_fr +
                       ". Tribunaux et police signifient leurs actes par leurs propres portails ou par lettre "
                       "recommandée ; une convocation à un clic est un appât dont la page ou le fichier installe "
                       "un logiciel malveillant ou réclame des frais.";
    out.push_back(std::move(s));
  }
};

}  // namespace

std::unique_ptr<Detector> MakeLegalSummonsDetector() { return std::make_unique<LegalSummonsDetector>(); }

}  // namespace phishscan
