// sender_anomaly: the sender name and the From/To pair are wrong in ways
// real senders never are. A sender name that spells a brand with look-alike
// letters, the reader's address pasted into the subject or sender name, a
// name decorated with emoji or made of a prize announcement, a titled
// "dignitary" on a free mailbox, a message addressed to its own sender, a
// domain on a top-level domain sold cheaply in bulk. Each is weak alone
// except the disguised brand; they corroborate the content signs. How the
// From line itself is written is from_header_detector.cc's.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/text.h"
#include "detect/detector.h"
#include "detect/disguised_sender_brand.h"
#include "detect/explanation_text.h"
#include "detect/make_signal.h"
#include "detect/money_amount.h"
#include "detect/persona_title.h"
#include "detect/sender_relation.h"

namespace phishscan {
namespace {

constexpr std::size_t kEvidenceBytes = 200;
constexpr std::size_t kMaxNameBytes = 512;   // sender names are short; bound every scan

bool IsWordByte(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

// ---- code points of a sender name --------------------------------------------

// Emoji and other pictographs: "🎰 Casino Bonus", "Gewinnerin🎁". Styled
// letters ("𝐒𝐔𝐂𝐂𝐄𝐒𝐒") are the obfuscation detector's business.
bool IsPictograph(UChar32 c) {
  // Letter-like symbols (™ ℠ ℗) belong to company names.
  if (c < 0x2000 || (c >= 0x2100 && c <= 0x214F) || (c >= 0x1D400 && c <= 0x1D7FF) ||
      (c >= 0x2460 && c <= 0x24FF))
    return false;
  return u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) || u_charType(c) == U_OTHER_SYMBOL;
}

std::size_t CountPictographs(std::string_view name) {
  std::size_t count = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(name.data());
  const auto n = static_cast<int32_t>(std::min(name.size(), kMaxNameBytes));
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c >= 0 && IsPictograph(c)) ++count;
  }
  return count;
}

// ---- who the sender says it is ---------------------------------------------


bool HasWord(std::string_view text, std::string_view word) {
  for (std::size_t pos = text.find(word); pos != std::string_view::npos; pos = text.find(word, pos + 1)) {
    const std::size_t end = pos + word.size();
    if ((pos == 0 || !IsWordByte(text[pos - 1])) && (end >= text.size() || !IsWordByte(text[end]))) return true;
  }
  return false;
}

// Nobody the reader can see received the message: To and Cc are empty
// ("Undisclosed recipients:;"), name only the sender, or leave out the
// envelope recipient.
bool RecipientsHidden(const ScanContext& ctx, const Mailbox& from) {
  bool anyone_else = false;
  bool reader_listed = false;
  for (const auto* list : {&ctx.message.to, &ctx.message.cc}) {
    for (const Mailbox& m : *list) {
      if (m.address.empty() || EqualsIgnoreCase(m.address, from.address)) continue;
      anyone_else = true;
      for (const std::string& rcpt : ctx.envelope.rcpt_to)
        if (EqualsIgnoreCase(TrimWhitespace(rcpt), m.address)) reader_listed = true;
    }
  }
  return !anyone_else || (!ctx.envelope.rcpt_to.empty() && !reader_listed);
}

// Words that make a sender name a prize announcement: "Today's Winner",
// "Herzlichen Glückwunsch", "Félicitations". Not "lucky", "winners" or
// "jackpot": shops and lotteries carry those in their names.
constexpr std::string_view kLureNameWords[] = {
    "winner", "gewinner", "gewinnerin", "gagnant", "gagnante", "ganador", "ganadora", "vencedor",
    "vencedora", "winnaar", "vincitore", "congratulations", "congrats", "glückwunsch", "félicitations",
    "felicitations", "felicitaciones", "parabéns", "parabens", "gefeliciteerd", "complimenti",
    "felicidades", "prize", "prizes"};

// ---- the reader's address shown ---------------------------------------------

// Whole-token occurrence of an address in lower-case text: not part of a
// longer address or host ("x@pot" in "x@pot-f-p" or "ax@pot.com").
bool ContainsAddressToken(std::string_view text, std::string_view address) {
  std::size_t seen = 0;
  for (std::size_t pos = text.find(address); pos != std::string_view::npos && seen < 16;
       pos = text.find(address, pos + 1), ++seen) {
    const std::size_t end = pos + address.size();
    const bool left = pos == 0 || (!IsWordByte(text[pos - 1]) &&
                                   std::string_view(".-_+").find(text[pos - 1]) == std::string_view::npos);
    bool right = end >= text.size() ||
                 (!IsWordByte(text[end]) && std::string_view("-_@").find(text[end]) == std::string_view::npos);
    if (right && end + 1 < text.size() && text[end] == '.' && IsWordByte(text[end + 1])) right = false;
    if (left && right) return true;
  }
  return false;
}

class SenderAnomalyDetector : public Detector {
 public:
  std::string_view name() const override { return "sender_anomaly"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    const SenderRelation& relation = *ctx.sender_relation;
    const std::string sender_name = SenderNameOf(ctx);
    CheckDisguisedBrand(ctx, sender_name, out);
    CheckRecipientShown(ctx, relation, sender_name, out);
    CheckEmojiName(sender_name, out);
    CheckSelfAddressed(ctx, relation, out);
    CheckPersona(ctx, sender_name, out);
    CheckLureName(sender_name, out);
    CheckSuspiciousTld(ctx, out);
  }

 private:
  void CheckDisguisedBrand(const ScanContext& ctx, const std::string& sender_name,
                           std::vector<Signal>& out) const {
    if (sender_name.empty()) return;
    const DisguisedBrand& found = DisguisedSenderBrandOf(ctx);  // of sender_name
    if (found.brand == nullptr) return;
    const Mailbox& from = ctx.message.EffectiveFrom();
    if (ctx.knowledge.brands().IsOfficialDomain(*found.brand, from.registrable_domain)) return;
    Signal s = MakeSignal("sender.disguised_brand_name", Sign::kSenderMismatch, 35);
    s.evidence.push_back({"display_name", DisplayText(sender_name, kEvidenceBytes)});
    s.evidence.push_back({"brand", found.brand->name});
    s.evidence.push_back({"written", DisplayText(found.written, 80)});
    s.evidence.push_back({"from", DisplayText(from.address, kEvidenceBytes)});
    s.explanation_en = "The sender name writes " + QuoteEn(DisplayText(found.written, 60)) +
                       " with look-alike or hidden characters so that it reads as " + found.brand->name +
                       " while escaping filters; a real company writes its own name plainly.";
    s.explanation_fr = "Le nom de l'expéditeur écrit " + QuoteFr(DisplayText(found.written, 60)) +
                       " avec des caractères sosies ou invisibles pour qu'on lise " + found.brand->name +
                       " sans que les filtres le reconnaissent ; une vraie entreprise écrit son nom normalement.";
    out.push_back(std::move(s));
  }

  // "phishing-kit@example.org, your invoice": mail generated from a list of
  // addresses, by a sender who knows no name to put there.
  void CheckRecipientShown(const ScanContext& ctx, const SenderRelation& relation,
                           const std::string& sender_name, std::vector<Signal>& out) const {
    const std::string address = AsciiLower(TrimWhitespace(ctx.recipient_address));
    if (address.find('@') == std::string::npos || address.size() < 5 || ctx.message.IsListTraffic()) return;
    // A service that proves its domain may name the account a notice is
    // about ("Security alert for alice@example.org").
    if (relation.from_authenticated()) return;
    const bool in_subject = ContainsAddressToken(ctx.subject_normalized, address);
    if (!in_subject && !ContainsAddressToken(NormalizeText(sender_name), address)) return;
    const std::string shown = DisplayText(in_subject ? ctx.message.subject : sender_name, kEvidenceBytes);
    Signal s = MakeSignal("sender.recipient_address_shown", Sign::kGenericWording, 15);
    s.evidence.push_back({in_subject ? "subject" : "display_name", shown});
    s.evidence.push_back({"recipient", DisplayText(ctx.recipient_address, kEvidenceBytes)});
    s.explanation_en = std::string(in_subject ? "The subject" : "The sender name") + " (" +
                       QuoteEn(DisplayText(shown, 100)) + ") shows your email address where a real "
                       "correspondent would use your name: the message was generated from a list of addresses.";
    s.explanation_fr = std::string(in_subject ? "L'objet" : "Le nom de l'expéditeur") + " (" +
                       QuoteFr(DisplayText(shown, 100)) + ") affiche votre adresse e-mail là où un vrai "
                       "correspondant mettrait votre nom : le message a été généré à partir d'une liste d'adresses.";
    out.push_back(std::move(s));
  }

  void CheckEmojiName(const std::string& sender_name, std::vector<Signal>& out) const {
    const std::size_t pictographs = CountPictographs(sender_name);
    if (pictographs == 0) return;
    Signal s = MakeSignal("sender.emoji_name", Sign::kStructure, 5);
    s.evidence.push_back({"display_name", DisplayText(sender_name, kEvidenceBytes)});
    s.evidence.push_back({"pictographs", std::to_string(pictographs)});
    s.explanation_en = "The sender name " + QuoteEn(DisplayText(sender_name, 80)) +
                       " is decorated with emoji or symbols, as in advertising rather than in mail from a "
                       "person or an organisation you deal with.";
    s.explanation_fr = "Le nom de l'expéditeur " + QuoteFr(DisplayText(sender_name, 80)) +
                       " est orné d'emoji ou de symboles, comme dans la publicité plutôt que dans le courrier "
                       "d'une personne ou d'un organisme que vous connaissez.";
    out.push_back(std::move(s));
  }

  void CheckPersona(const ScanContext& ctx, const std::string& sender_name, std::vector<Signal>& out) const {
    const std::string name = NormalizeText(sender_name);
    const std::string_view title = PersonaTitle(name);
    if (title.empty() || ctx.message.IsListTraffic()) return;
    const Mailbox& from = ctx.message.EffectiveFrom();
    const bool freemail = !from.registrable_domain.empty() && ctx.knowledge.IsFreemail(from.registrable_domain);
    const bool hidden = RecipientsHidden(ctx, from);
    if (!freemail && !hidden) return;
    Signal s = MakeSignal("sender.titled_persona", Sign::kSenderMismatch, 10);
    s.evidence.push_back({"display_name", DisplayText(sender_name, kEvidenceBytes)});
    s.evidence.push_back({"from", DisplayText(from.address, kEvidenceBytes)});
    if (freemail) s.evidence.push_back({"freemail", from.registrable_domain});
    if (hidden) s.evidence.push_back({"recipients", "hidden"});
    const std::string shown_en = QuoteEn(DisplayText(sender_name, 80));
    const std::string shown_fr = QuoteFr(DisplayText(sender_name, 80));
    const std::string how_en = freemail ? "writes from a free personal mailbox (" + from.registrable_domain + ")"
                                        : "hides who else received the message";
    const std::string how_fr = freemail ? "écrit depuis une messagerie personnelle gratuite (" +
                                              from.registrable_domain + ")"
                                        : "cache les autres destinataires du message";
    s.explanation_en = "The sender presents itself with a title (" + shown_en + ") but " + how_en +
                       ": the style of the unknown \"dignitary\" of advance-fee fraud.";
    s.explanation_fr = "L'expéditeur se présente avec un titre (" + shown_fr + ") mais " + how_fr +
                       " : le style du « notable » inconnu des escroqueries à l'avance de frais.";
    out.push_back(std::move(s));
  }

  void CheckLureName(const std::string& sender_name, std::vector<Signal>& out) const {
    const std::string name = NormalizeText(sender_name.substr(0, std::min(sender_name.size(), kMaxNameBytes)));
    std::string_view lure;
    for (std::string_view w : kLureNameWords)
      if (HasWord(name, w)) lure = w;
    std::string without_yahoo = name;
    if (std::size_t p = without_yahoo.find("yahoo!"); p != std::string::npos) without_yahoo.erase(p, 6);
    const bool exclaims = without_yahoo.find('!') != std::string::npos;
    // A sum of money as the sender's name ("£500 Gutschein", "$300 Visa Gift
    // Card Promotion"): the offer speaks, not a company or a person.
    const std::vector<MoneyAmount> sums = FindMoneyAmounts(name, 1);
    if (lure.empty() && !exclaims && sums.empty()) return;
    Signal s = MakeSignal("sender.lure_name", Sign::kFraudLure, 8);
    s.evidence.push_back({"display_name", DisplayText(sender_name, kEvidenceBytes)});
    if (!lure.empty()) s.evidence.push_back({"word", std::string(lure)});
    if (!sums.empty()) s.evidence.push_back({"amount", sums.front().text});
    s.explanation_en = "The sender name " + QuoteEn(DisplayText(sender_name, 80)) +
                       " is written like an advertisement (an exclamation, a prize word or a sum of money); "
                       "companies and people do not sign their mail that way, lures do.";
    s.explanation_fr = "Le nom de l'expéditeur " + QuoteFr(DisplayText(sender_name, 80)) +
                       " est rédigé comme une publicité (une exclamation, un mot de gain ou une somme d'argent) ; "
                       "les entreprises et les personnes ne signent pas ainsi, les appâts si.";
    out.push_back(std::move(s));
  }

  // .top, .xyz, .beauty...: top-level domains sold cheaply in bulk. Small
  // legitimate shops use some of them too, so this only corroborates.
  void CheckSuspiciousTld(const ScanContext& ctx, std::vector<Signal>& out) const {
    const Mailbox& from = ctx.message.EffectiveFrom();
    if (from.registrable_domain.empty() || !ctx.knowledge.IsSuspiciousTld(from.registrable_domain)) return;
    const std::string tld = from.registrable_domain.substr(from.registrable_domain.rfind('.') + 1);
    Signal s = MakeSignal("sender.suspicious_tld", Sign::kSenderMismatch, 5);
    s.evidence.push_back({"from", DisplayText(from.address, kEvidenceBytes)});
    s.evidence.push_back({"tld", tld});
    s.explanation_en = "The sender's domain " + from.registrable_domain + " uses the ." + tld +
                       " ending, sold cheaply in bulk and common among short-lived fraud domains.";
    s.explanation_fr = "Le domaine de l'expéditeur " + from.registrable_domain + " utilise l'extension ." + tld +
                       ", vendue à bas prix en gros et fréquente parmi les domaines frauduleux éphémères.";
    out.push_back(std::move(s));
  }

  // From == the recipient. With an envelope, the forged "from yourself" of
  // extortion mail; from the headers alone, a message addressed to its own
  // sender with the real recipients hidden, as mass mailings do.
  void CheckSelfAddressed(const ScanContext& ctx, const SenderRelation& relation,
                          std::vector<Signal>& out) const {
    const Mailbox& from = ctx.message.EffectiveFrom();
    const bool envelope = !ctx.envelope.rcpt_to.empty();
    // Without an envelope the reader is unknown (the context skips a To that
    // names the sender): compare with the first address the headers name.
    const std::string_view addressee = envelope ? std::string_view(ctx.recipient_address) : FirstAddressee(ctx.message);
    if (from.address.empty() || addressee.empty()) return;
    if (!EqualsIgnoreCase(TrimWhitespace(from.address), TrimWhitespace(addressee))) return;
    if (ctx.message.IsListTraffic() || relation.from_authenticated()) return;
    Signal s = MakeSignal("sender.self_addressed", Sign::kSenderMismatch, envelope ? 15 : 8);
    s.evidence.push_back({"from", DisplayText(from.address, kEvidenceBytes)});
    s.evidence.push_back({envelope ? "recipient" : "to", DisplayText(addressee, kEvidenceBytes)});
    if (envelope) {
      s.explanation_en = "The message claims to come from your own address (" + from.address +
                         ") but nothing vouches that you sent it: the sender address is forged.";
      s.explanation_fr = "Le message prétend venir de votre propre adresse (" + from.address +
                         ") mais rien ne garantit que vous l'avez envoyé : l'adresse d'expéditeur est falsifiée.";
    } else {
      s.explanation_en = "The message is addressed to its own sender (" + from.address +
                         "): the real recipients were hidden, as in mail sent to many people at once.";
      s.explanation_fr = "Le message est adressé à son propre expéditeur (" + from.address +
                         ") : les vrais destinataires sont cachés, comme dans un envoi en masse.";
    }
    out.push_back(std::move(s));
  }
};

}  // namespace

std::unique_ptr<Detector> MakeSenderAnomalyDetector() {
  return std::make_unique<SenderAnomalyDetector>();
}

}  // namespace phishscan
