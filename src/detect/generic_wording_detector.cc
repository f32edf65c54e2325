// generic_wording: the message does not know who it is talking to. The
// seed's second sign: the recipient is not named and no account-specific
// detail is given. Looks for generic salutations ("Dear user"), greetings
// that use the mailbox address instead of a name, wording aimed at "users" in
// bulk, an account shown only as a mask ("********"), and a reader identified
// only inside a link (a pre-filled login page), and a subject that opens with
// an address where a name would stand in mail to undisclosed recipients
// ("anna@example.com, your windows quote"): a bulk list's mail-merge field.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "base/text.h"
#include "detect/base64.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/list_link.h"
#include "detect/make_signal.h"
#include "detect/sender_relation.h"

namespace phishscan {
namespace {

constexpr std::size_t kEvidenceBytes = 200;
constexpr std::size_t kMaxOccurrences = 50;  // occurrences of one needle inspected
constexpr std::size_t kMaxLinksInspected = 300;

constexpr std::string_view kGreetingWords[] = {
    "dear", "hello", "hi", "hey", "greetings", "good morning", "good day", "good afternoon",
    "bonjour", "bonsoir", "cher", "chère", "salut", "hallo", "liebe", "lieber", "sehr geehrte",
    "sehr geehrter", "guten tag", "hola", "estimado", "estimada", "querido", "querida",
    "buenos días", "buenos dias", "buen día", "olá", "ola", "prezado", "prezada", "caro", "cara",
    "bom dia", "boa tarde", "beste", "geachte", "ciao", "gentile", "buongiorno", "salve"};

// Words a mask stands next to when it replaces the reader's account name.
constexpr std::string_view kAccountWords[] = {
    "account", "compte", "konto", "conta", "cuenta", "email", "e-mail", "mailbox", "boîte",
    "postfach", "correo", "user", "utilisateur", "benutzer", "usuario", "usuário", "login"};

// A masked password ("Password: ********") is normal in account mail.
constexpr std::string_view kPasswordWords[] = {"password", "mot de passe", "passwort", "contraseña",
                                               "senha", "pin", "wachtwoord"};

bool IsWordByte(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

bool Contains(std::string_view hay, std::string_view needle) {
  return !needle.empty() && hay.find(needle) != std::string_view::npos;
}

template <std::size_t N>
bool ContainsAny(std::string_view hay, const std::string_view (&words)[N]) {
  for (std::string_view w : words)
    if (Contains(hay, w)) return true;
  return false;
}

std::string LocalPart(std::string_view address) {
  const std::size_t at = address.rfind('@');
  return at == std::string_view::npos ? "" : AsciiLower(address.substr(0, at));
}

// Up to three distinct phrases of a category, subject first.
std::vector<std::string> PhrasesOf(const ScanContext& ctx, std::string_view category) {
  std::vector<std::string> out;
  auto add = [&](const PhraseHits& hits) {
    for (const PhraseMatch* m : hits.InCategory(category)) {
      if (out.size() >= 3) return;
      std::string p = Ellipsize(TrimWhitespace(hits.MatchedText(*m)), 80);
      if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(std::move(p));
    }
  };
  add(ctx.subject_hits);
  add(ctx.hits);
  return out;
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

// The whitespace-delimited token around [pos, end) looks like part of a URL.
bool InsideUrlToken(std::string_view text, std::size_t pos, std::size_t end) {
  std::size_t from = pos;
  while (from > 0 && text[from - 1] != ' ' && text[from - 1] != '\n' && text[from - 1] != '<' &&
         text[from - 1] != '(' && pos - from < 400)
    --from;
  std::size_t to = end;
  while (to < text.size() && text[to] != ' ' && text[to] != '\n' && text[to] != '>' && to - end < 400)
    ++to;
  const std::string_view token = text.substr(from, to - from);
  return Contains(token, "://") || Contains(token, "www.") || Contains(token, "%40") ||
         Contains(token, "=") || Contains(token, "/");
}

// "Dear alice.martin@example.com" / "Hello alice.martin,": the greeting names
// the mailbox because the sender does not know the person.
std::string AddressGreeting(const ScanContext& ctx) {
  const std::string local = LocalPart(ctx.recipient_address);
  if (local.size() < 3) return "";
  const std::string_view text = ctx.extraction.text;
  std::size_t seen = 0;
  for (std::size_t pos = text.find(local); pos != std::string_view::npos && seen < kMaxOccurrences;
       pos = text.find(local, pos + 1), ++seen) {
    if (pos > 0 && IsWordByte(text[pos - 1])) continue;
    const std::size_t end = pos + local.size();
    if (end < text.size() && IsWordByte(text[end])) continue;
    std::string_view before = text.substr(0, pos);
    while (!before.empty() && (before.back() == ' ' || before.back() == ',')) before.remove_suffix(1);
    for (std::string_view g : kGreetingWords) {
      if (before.size() < g.size() || before.substr(before.size() - g.size()) != g) continue;
      const std::size_t g_start = before.size() - g.size();
      if (g_start > 0 && IsWordByte(text[g_start - 1])) continue;
      std::size_t line_end = text.find_first_of(",\n", end);
      if (line_end == std::string_view::npos || line_end - g_start > 120) line_end = std::min(text.size(), end + 40);
      return Ellipsize(TrimWhitespace(text.substr(g_start, line_end - g_start)), 120);
    }
  }
  return "";
}

bool IsAddressByte(char c) {
  return IsWordByte(c) && static_cast<unsigned char>(c) < 0x80;
}

// The length of the address-shaped token ("local@domain") `text` opens with,
// or 0.
std::size_t LeadingAddressLength(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && i < 254 && (IsAddressByte(text[i]) || text[i] == '.' || text[i] == '_' ||
                                        text[i] == '-' || text[i] == '+'))
    ++i;
  if (i == 0 || i >= text.size() || text[i] != '@') return 0;
  std::size_t j = i + 1;
  while (j < text.size() && j < 254 && (IsAddressByte(text[j]) || text[j] == '.' || text[j] == '-')) ++j;
  while (j > i + 1 && text[j - 1] == '.') --j;  // a full stop ending the address
  return j - i - 1 >= 2 ? j : 0;
}

// "sam.ray@mail.example, zero-cost solar panels could be yours" sent to
// "undisclosed recipients": the subject opens with an address and a comma,
// the mail-merge field where a name should stand, filled from a list of
// addresses. When the reader's address is known,
// `sender.recipient_address_shown` compares it itself; this covers the
// Bcc'd bulk mail where it is not. A subject that is only an address, or an
// address in a sentence ("sam@... shared an album with you"), does not count.
// Returns the subject, or "".
std::string AddressSubject(const ScanContext& ctx) {
  if (!ctx.recipient_address.empty()) return "";
  const std::string_view subject = TrimWhitespace(ctx.subject_normalized);
  const std::size_t length = LeadingAddressLength(subject);
  if (length == 0 || length >= subject.size() || subject[length] != ',') return "";
  std::size_t letters = 0;
  for (char c : subject.substr(length)) letters += IsWordByte(c) ? 1 : 0;
  // A few words after it: "<address>, Looking for ..." rather than "<address>,".
  if (letters < 8) return "";
  return Ellipsize(subject, 120);
}

// The characters a mask is drawn with: * • ● ∗ and x.
constexpr std::string_view kMaskUnits[] = {"*", "\xE2\x80\xA2", "\xE2\x97\x8F", "\xE2\x88\x97", "x"};

// The next byte at or after a position that may start a mask unit: '*',
// 'x' or the lead byte of the others. Each of the three is found with
// memchr and kept until passed: bodies are long and masks rare, and a test
// of every byte cost more than the rest of the search.
class MaskStarts {
 public:
  explicit MaskStarts(std::string_view text) : text_(text) {
    for (std::size_t k = 0; k < kLeads.size(); ++k) next_[k] = text.find(kLeads[k]);
  }

  std::size_t From(std::size_t pos) {
    std::size_t first = text_.size();
    for (std::size_t k = 0; k < kLeads.size(); ++k) {
      if (next_[k] < pos) next_[k] = text_.find(kLeads[k], pos);
      first = std::min(first, next_[k]);
    }
    return first;
  }

 private:
  static constexpr std::string_view kLeads = "*x\xE2";
  std::string_view text_;
  std::size_t next_[kLeads.size()];
};

// A run of 5-16 mask characters (4 before an '@') with nothing revealed next
// to it, near a word for an account or mailbox. Returns the text around it.
std::string MaskedAccount(std::string_view text) {
  std::size_t i = 0;
  std::size_t runs = 0;
  MaskStarts starts(text);
  while (i < text.size() && runs < kMaxOccurrences) {
    // Most bytes start no mask unit: skip them before comparing units.
    i = starts.From(i);
    if (i == text.size()) break;
    std::string_view unit;
    for (std::string_view u : kMaskUnits) {
      if (text.substr(i, u.size()) == u) {
        unit = u;
        break;
      }
    }
    if (unit.empty()) {
      ++i;
      continue;
    }
    std::size_t j = i;
    std::size_t count = 0;
    while (text.substr(j, unit.size()) == unit) {
      j += unit.size();
      ++count;
    }
    const std::size_t start = i;
    i = j;
    const bool as_email = j < text.size() && text[j] == '@';
    // Four stars are a bullet, long runs a separator line; a mask is in between.
    if (count < (as_email ? 4u : 5u) || count > 16) continue;
    ++runs;
    // "j****@" or "****1234" reveal part of the account: specific, not generic.
    const bool left_clear = start == 0 || !IsWordByte(text[start - 1]);
    const bool right_clear = j >= text.size() || !IsWordByte(text[j]);
    if (!left_clear || !right_clear) continue;
    // "********@**********" is a redacted quote, not an account shown to the reader.
    if (as_email && (j + 1 >= text.size() || !IsWordByte(text[j + 1]) || text.substr(j + 1, unit.size()) == unit))
      continue;
    if (start > 0 && text[start - 1] == '@') continue;
    const std::size_t ctx_from = start > 60 ? start - 60 : 0;
    const std::string_view before = text.substr(ctx_from, start - ctx_from);
    const std::string_view after = text.substr(j, std::min<std::size_t>(40, text.size() - j));
    std::string_view near_before = before.substr(before.size() > 32 ? before.size() - 32 : 0);
    if (ContainsAny(near_before, kPasswordWords)) continue;
    if (!as_email && !ContainsAny(before, kAccountWords) && !ContainsAny(after, kAccountWords)) continue;
    std::size_t from = start > 40 ? start - 40 : 0;
    while (from > 0 && from < start && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) --from;
    while (from < start && IsWordByte(text[from]) && from > 0 && IsWordByte(text[from - 1])) ++from;
    // Up to the end of the sentence or of the word 24 bytes on.
    std::size_t to = std::min(text.size(), j + 24);
    const std::size_t stop = text.substr(j, to - j).find_first_of(".\n");
    if (stop != std::string_view::npos) to = j + stop + 1;
    while (to < text.size() && IsWordByte(text[to])) ++to;
    return Ellipsize(TrimWhitespace(text.substr(from, to - from)), 120);
  }
  return "";
}

// Whether the visible text or subject names the reader: their address, the
// local part of it, or a name from the To header. Occurrences inside URLs
// written in the text do not count.
bool VisibleTextNamesRecipient(const ScanContext& ctx) {
  std::vector<std::string> needles;
  const std::string address = AsciiLower(ctx.recipient_address);
  const std::string local = LocalPart(address);
  if (local.size() >= 3) needles.push_back(local);
  for (const Mailbox& m : ctx.message.to) {
    if (AsciiLower(m.address) != address) continue;
    const std::string name = NormalizeText(m.display_name);
    std::size_t p = 0;
    while (p < name.size() && needles.size() < 6) {
      std::size_t q = p;
      while (q < name.size() && IsWordByte(name[q])) ++q;
      if (q - p >= 3) needles.push_back(name.substr(p, q - p));
      p = q + 1;
    }
  }
  for (const std::string& needle : needles) {
    for (std::string_view text : {std::string_view(ctx.extraction.text), std::string_view(ctx.subject_normalized)}) {
      std::size_t seen = 0;
      for (std::size_t pos = text.find(needle); pos != std::string_view::npos && seen < kMaxOccurrences;
           pos = text.find(needle, pos + 1), ++seen) {
        const std::size_t end = pos + needle.size();
        if ((pos > 0 && IsWordByte(text[pos - 1])) || (end < text.size() && IsWordByte(text[end])))
          continue;
        if (!InsideUrlToken(text, pos, end)) return true;
      }
    }
  }
  return false;
}

// A link whose URL carries the reader's address (plain, %-encoded or base64):
// a page pre-filled for them, while the text never names them.
const Link* LinkCarryingRecipient(const ScanContext& ctx) {
  const std::string address = AsciiLower(ctx.recipient_address);
  const std::size_t at = address.rfind('@');
  if (at == std::string::npos || at == 0) return nullptr;
  const std::string encoded = address.substr(0, at) + "%40" + address.substr(at + 1);
  // Kits encode the address as the reader typed it or in lower case.
  const std::string b64 = Base64EncodeUnpadded(ctx.recipient_address);
  const std::string b64_lower = Base64EncodeUnpadded(address);
  std::size_t inspected = 0;
  for (const Link& link : ctx.extraction.links) {
    if (++inspected > kMaxLinksInspected) break;
    if (link.url.scheme != "http" && link.url.scheme != "https") continue;
    const std::string url = AsciiLower(link.url.raw);
    // Unsubscribe, preferences, web version legitimately carry the address.
    if (IsListManagementLink(link)) continue;
    if (Contains(url, address) || Contains(url, encoded) ||
        (b64.size() >= 8 && (Contains(link.url.raw, b64) || Contains(link.url.raw, b64_lower))))
      return &link;
  }
  return nullptr;
}

class GenericWordingDetector : public Detector {
 public:
  std::string_view name() const override { return "generic_wording"; }

  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    CheckGreeting(ctx, out);
    CheckAddressSubject(ctx, out);
    CheckBulkWording(ctx, out);
    CheckMaskedAccount(ctx, out);
    CheckRecipientOnlyInLink(ctx, out);
  }

 private:
  void CheckGreeting(const ScanContext& ctx, std::vector<Signal>& out) const {
    const std::vector<std::string> phrases = PhrasesOf(ctx, "greeting_generic");
    const std::string by_address = AddressGreeting(ctx);
    if (phrases.empty() && by_address.empty()) return;
    Signal s = MakeSignal("generic.greeting", Sign::kGenericWording, by_address.empty() ? 10 : 12);
    for (const std::string& p : phrases) s.evidence.push_back({"phrase", p});
    if (!by_address.empty()) {
      s.evidence.push_back({"greeting", by_address});
      s.evidence.push_back({"recipient", Ellipsize(ctx.recipient_address, kEvidenceBytes)});
    }
    const std::string shown = !by_address.empty() ? by_address : phrases.front();
    if (!by_address.empty()) {
      s.explanation_en = "The greeting (\"" + shown +
                         "\") uses your email address instead of your name: the sender does not know who you are.";
      s.explanation_fr = "La formule d'appel (« " + shown +
                         " ») utilise votre adresse e-mail au lieu de votre nom : l'expéditeur ne sait pas qui vous êtes.";
    } else {
      s.explanation_en = "The greeting (\"" + shown +
                         "\") does not name you, as in mail sent to many people at once.";
      s.explanation_fr = "La formule d'appel (« " + shown +
                         " ») ne vous nomme pas, comme dans un message envoyé en masse.";
    }
    out.push_back(std::move(s));
  }

  void CheckAddressSubject(const ScanContext& ctx, std::vector<Signal>& out) const {
    if (ctx.message.IsListTraffic()) return;
    const std::string subject = AddressSubject(ctx);
    // A sender that proves its domain may name an account in a notice.
    if (subject.empty() || ctx.sender_relation->from_authenticated()) return;
    Signal s = MakeSignal("generic.address_subject", Sign::kGenericWording, 12);
    s.evidence.push_back({"subject", subject});
    s.evidence.push_back({"recipients", "undisclosed"});
    s.explanation_en = "The subject (\"" + subject +
                       "\") opens with an email address where a name would stand, in mail sent to undisclosed "
                       "recipients: the sender fills its greeting from a list of addresses and does not know "
                       "who you are.";
    s.explanation_fr = "L'objet (« " + subject +
                       " ») commence par une adresse e-mail à la place d'un nom, dans un message envoyé à des "
                       "destinataires cachés : l'expéditeur remplit sa formule à partir d'une liste d'adresses "
                       "et ne sait pas qui vous êtes.";
    out.push_back(std::move(s));
  }

  void CheckBulkWording(const ScanContext& ctx, std::vector<Signal>& out) const {
    const std::vector<std::string> phrases = PhrasesOf(ctx, "recipient_generic");
    if (phrases.empty()) return;
    Signal s = MakeSignal("generic.bulk_wording", Sign::kGenericWording, 10);
    for (const std::string& p : phrases) s.evidence.push_back({"phrase", p});
    s.explanation_en = "The message talks to \"users\" in general (" + QuotedListEn(phrases) +
                       ") rather than to you about your own account.";
    s.explanation_fr = "Le message s'adresse aux « utilisateurs » en général (" +
                       QuotedListFr(phrases) + ") plutôt qu'à vous, à propos de votre compte.";
    out.push_back(std::move(s));
  }

  void CheckMaskedAccount(const ScanContext& ctx, std::vector<Signal>& out) const {
    std::string seen = MaskedAccount(ctx.subject_normalized);
    if (seen.empty()) seen = MaskedAccount(ctx.extraction.text);
    if (seen.empty()) return;
    Signal s = MakeSignal("generic.masked_account", Sign::kGenericWording, 15);
    s.evidence.push_back({"text", seen});
    s.explanation_en = "Your account is shown only as a mask (\"" + seen +
                       "\"): the sender gives no detail that proves it knows your account.";
    s.explanation_fr = "Votre compte n'apparaît que sous forme masquée (« " + seen +
                       " ») : l'expéditeur ne donne aucun détail prouvant qu'il connaît votre compte.";
    out.push_back(std::move(s));
  }

  void CheckRecipientOnlyInLink(const ScanContext& ctx, std::vector<Signal>& out) const {
    if (ctx.recipient_address.empty()) return;
    const Link* link = LinkCarryingRecipient(ctx);
    if (!link || VisibleTextNamesRecipient(ctx)) return;
    Signal s = MakeSignal("generic.recipient_only_in_link", Sign::kGenericWording, 15);
    s.evidence.push_back({"recipient", Ellipsize(ctx.recipient_address, kEvidenceBytes)});
    s.evidence.push_back({"url", Ellipsize(link->url.raw, kEvidenceBytes)});
    if (!link->text.empty()) s.evidence.push_back({"link_text", Ellipsize(link->text, kEvidenceBytes)});
    s.explanation_en = "The text never names you, but the link to " + link->url.host +
                       " carries your address (" + ctx.recipient_address +
                       "): the page it opens already knows who you are, although the message pretends not to.";
    s.explanation_fr = "Le texte ne vous nomme jamais, mais le lien vers " + link->url.host +
                       " contient votre adresse (" + ctx.recipient_address +
                       ") : la page qu'il ouvre sait déjà qui vous êtes, alors que le message fait semblant de l'ignorer.";
    out.push_back(std::move(s));
  }
};

}  // namespace

std::unique_ptr<Detector> MakeGenericWordingDetector() {
  return std::make_unique<GenericWordingDetector>();
}

}  // namespace phishscan
