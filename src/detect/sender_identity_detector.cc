// sender_identity: who the From line says is writing does not hold together.
// An address drawn at random ("vzygwjnn@", "renewXyZq@", "qwdordhhs.com") is
// what throw-away and hijacked senders use: no organisation or person picks
// such a name. An organisation-like sender name that shares nothing with its
// address ("Home Window Offers <info@some-school.example>") borrows an
// identity the domain does not carry. Catalogued brands, malformed From
// lines and names carrying addresses are the other sender detectors' work.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/text.h"
#include "detect/borrowed_sender_name.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/host_labels.h"
#include "detect/make_signal.h"
#include "detect/random_string.h"

namespace phishscan {
namespace {

constexpr std::size_t kEvidenceBytes = 200;
constexpr std::size_t kMaxChosenHostLabels = 3;
constexpr int kOrganisationWeight = 10;
// A name-and-serial mailbox under another name: 247 of the 3116 corpus
// lures, none of the 3616 ham messages (one such mailbox there has no name).
constexpr int kDrawnPersonWeight = 20;

// "a.b.c.d.e.f.23.shop.example", "s.u.p.p.o.r.t.relay.example": three or
// more one-character labels in a row, a host spelt out letter by letter by
// a generator. Mail hosts have words or short codes for labels.
constexpr std::size_t kMinSpeltOutLabels = 3;

// "c-h-o-f-o-n-i.example": one label spelt out with hyphens, at least this
// many characters. Hyphenated names join words or a prefix ("t-online",
// "e-on", "x-y-z" at most); no organisation spells itself out.
constexpr std::size_t kMinHyphenSpeltChars = 4;

bool IsHyphenSpelt(std::string_view label) {
  if (label.size() < 2 * kMinHyphenSpeltChars - 1 || label.size() % 2 == 0) return false;
  for (std::size_t i = 0; i < label.size(); ++i)
    if ((i % 2 == 1) != (label[i] == '-')) return false;
  return true;
}

std::string SpeltOutLabels(const std::vector<std::string>& labels) {
  std::string run;
  std::size_t count = 0;
  for (const std::string& label : labels) {
    if (IsHyphenSpelt(label)) return label;
    if (label.size() != 1) {
      if (count >= kMinSpeltOutLabels) return run;
      run.clear();
      count = 0;
      continue;
    }
    run += (run.empty() ? "" : ".") + label;
    ++count;
  }
  return count >= kMinSpeltOutLabels ? run : "";
}

class SenderIdentityDetector : public Detector {
 public:
  std::string_view name() const override { return "sender_identity"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    const Mailbox& from = ctx.message.from;
    if (from.address.empty() || from.domain.empty()) return;  // sender.malformed_from's case
    const std::vector<std::string> labels = ChosenSenderLabels(from);
    // A catalogued brand's own domain may relay buyers and hosts through
    // random aliases ("k8bnvqwrtzpxs@marketplace.amazon.fr"); whether it is
    // really that domain is the authentication detector's question. Free
    // mailboxes have no aliases: their owners chose those names.
    const bool brand_relay = ctx.knowledge.brands().BrandOfDomain(from.registrable_domain) != nullptr &&
                             !ctx.knowledge.IsFreemail(from.registrable_domain);
    if (!brand_relay) CheckRandomAddress(from, labels, out);
    if (const std::optional<BorrowedSenderName> borrowed = FindBorrowedSenderName(ctx))
      EmitMismatch(*borrowed, from, out);
  }

 private:
  void CheckRandomAddress(const Mailbox& from, const std::vector<std::string>& labels, std::vector<Signal>& out) const {
    const std::string_view local = ChosenLocalPartOf(from.address);
    RandomPiece piece = FindRandomPiece(local, RandomStringKind::kLocalPart);
    std::string where = "local part";
    // Beyond three chosen labels ("a1x.cteyq.bwm.reply.mailer.example") the
    // host is a bulk mailer's per-recipient route: only its organisation
    // label was chosen by anyone.
    const std::size_t first = labels.size() > kMaxChosenHostLabels ? labels.size() - 1 : 0;
    for (std::size_t i = first; piece.piece.empty() && i < labels.size(); ++i) {
      const bool organisation = i + 1 == labels.size();
      piece = FindRandomPiece(labels[i], organisation ? RandomStringKind::kDomainLabel : RandomStringKind::kHostLabel);
      where = "domain";
    }
    const bool spelt_out = piece.piece.empty();
    if (spelt_out) {
      piece = {SpeltOutLabels(labels), "one-letter labels in a row"};
      where = "domain";
    }
    if (piece.piece.empty()) return;
    Signal s = MakeSignal("sender.random_address", Sign::kSenderMismatch, 15);
    s.evidence.push_back({"from", DisplayText(from.address, kEvidenceBytes)});
    s.evidence.push_back({"where", where});
    s.evidence.push_back({"random", piece.piece});
    s.evidence.push_back({"why", piece.why});
    const std::string where_fr = where == "domain" ? "le domaine" : "la partie avant @";
    s.explanation_en = "The sender address " + QuoteEn(DisplayText(from.address, 100)) + " contains " +
                       QuoteEn(piece.piece) + " in its " + where +
                       (spelt_out ? ", a host spelt out one letter at a time" : ", a string of random letters") +
                       ": addresses of organisations and people are made of names and words, those of "
                       "throw-away senders are generated.";
    s.explanation_fr = "L'adresse de l'expéditeur " + QuoteFr(DisplayText(from.address, 100)) + " contient " +
                       QuoteFr(piece.piece) + " dans " + where_fr +
                       (spelt_out ? ", un nom d'hôte épelé lettre par lettre" : ", une suite de lettres au hasard") +
                       " : les adresses des organisations et des personnes sont faites de noms et de mots, "
                       "celles des expéditeurs jetables sont générées.";
    out.push_back(std::move(s));
  }

  void EmitMismatch(const BorrowedSenderName& borrowed, const Mailbox& from, std::vector<Signal>& out) const {
    const std::string& sender_name = borrowed.name;
    const std::vector<std::string>& words = borrowed.words;
    const std::vector<std::string>& serial_person = borrowed.serial_person;
    const bool drawn = !serial_person.empty();
    Signal s = MakeSignal("sender.name_address_mismatch", Sign::kSenderMismatch,
                          drawn ? kDrawnPersonWeight : kOrganisationWeight);
    s.evidence.push_back({"display_name", DisplayText(sender_name, kEvidenceBytes)});
    s.evidence.push_back({"from", DisplayText(from.address, kEvidenceBytes)});
    std::string compared;
    for (const std::string& w : words) compared += (compared.empty() ? "" : " ") + w;
    s.evidence.push_back({"words", DisplayText(compared, kEvidenceBytes)});
    if (drawn) s.evidence.push_back({"mailbox_person", serial_person[0] + " " + serial_person[1] + " + serial number"});
    const std::string name_en = QuoteEn(DisplayText(sender_name, 80));
    const std::string name_fr = QuoteFr(DisplayText(sender_name, 80));
    const std::string address_en = QuoteEn(DisplayText(from.address, 100));
    const std::string address_fr = QuoteFr(DisplayText(from.address, 100));
    if (drawn) {
      s.explanation_en = "The sender name " + name_en + " is not the person the address " + address_en +
                         " is made of (a first name, a last name and a serial number): mass mailers draw such "
                         "mailboxes from lists of names and show whatever name sells.";
      s.explanation_fr = "Le nom de l'expéditeur " + name_fr + " n'est pas la personne dont est faite l'adresse " +
                         address_fr + " (un prénom, un nom et un numéro de série) : les envois en masse tirent ces "
                         "boîtes de listes de noms et affichent le nom qui fait vendre.";
    } else {
      s.explanation_en = "The sender name " + name_en + " shares nothing with the address " + address_en +
                         ": an organisation writes from a domain bearing its name, this sender borrows a "
                         "name its address does not carry.";
      s.explanation_fr = "Le nom de l'expéditeur " + name_fr + " n'a rien en commun avec l'adresse " + address_fr +
                         " : une organisation écrit depuis un domaine qui porte son nom, cet expéditeur "
                         "emprunte un nom que son adresse ne porte pas.";
    }
    out.push_back(std::move(s));
  }
};

}  // namespace

std::unique_ptr<Detector> MakeSenderIdentityDetector() { return std::make_unique<SenderIdentityDetector>(); }

}  // namespace phishscan
