// Derived context: who the message was for, and which brands it claims to
// come from. Computed once per message so every detector reads the same
// answer.
#include "detect/context.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/domain.h"
#include "base/text.h"
#include "detect/explanation_text.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxClaims = 32;
constexpr std::size_t kMaxBodyMentions = 400;  // mentions inspected in the text
constexpr std::size_t kMaxLinksInspected = 200;
constexpr std::size_t kSnippetRadius = 48;
constexpr std::size_t kSnippetBytes = 140;
constexpr std::size_t kMaxSenderNameBytes = 512;
// Shorter keywords ("bt", "ing", "aol") turn up inside ordinary CamelCase names.
constexpr std::size_t kMinGluedKeyword = 5;

// First RCPT TO, else first To, else first Cc: the mailbox this scan protects.
// A message addressed to its own sender ("To: Recipients <noreply@x>") went
// to its readers by Bcc: that To names the sender, not a reader, and its
// domain is not the reader's organisation.
std::string FirstRecipient(const Message& message, const Envelope& envelope) {
  for (const std::string& rcpt : envelope.rcpt_to)
    if (!TrimWhitespace(rcpt).empty()) return std::string(TrimWhitespace(rcpt));
  auto reader = [&](const Mailbox& m) {
    return !m.address.empty() && !EqualsIgnoreCase(m.address, message.from.address);
  };
  for (const Mailbox& m : message.to)
    if (reader(m)) return m.address;
  for (const Mailbox& m : message.cc)
    if (reader(m)) return m.address;
  return "";
}

bool IsWordByte(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

std::size_t CharStartAtOrBefore(std::string_view s, std::size_t i) {
  while (i > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

// The text of the line holding [start, end), at most `radius` bytes on each side.
std::pair<std::size_t, std::size_t> LineWindow(std::string_view text, std::size_t start,
                                               std::size_t end, std::size_t radius) {
  std::size_t from = start > radius ? start - radius : 0;
  std::size_t to = std::min(text.size(), end + radius);
  // Line breaks are looked for within the window only: a text with long
  // lines would otherwise be searched to its ends for every mention.
  const std::size_t before_end = std::min(start, text.size());
  if (from < before_end) {
    const std::size_t nl_before = text.substr(from, before_end - from).rfind('\n');
    if (nl_before != std::string_view::npos) from += nl_before + 1;
  }
  if (end < to) {
    const std::size_t nl_after = text.substr(end, to - end).find('\n');
    if (nl_after != std::string_view::npos) to = end + nl_after;
  }
  return {CharStartAtOrBefore(text, from), CharStartAtOrBefore(text, to)};
}

// The words around a mention, within its sentence, cut on word boundaries.
// A copyright line starts at its "copyright"/"©" cue.
std::string SnippetAround(std::string_view text, std::size_t start, std::size_t end) {
  auto [from, to] = LineWindow(text, start, end, kSnippetRadius);
  const std::string_view before = text.substr(from, start - from);
  std::size_t cue = std::string_view::npos;
  for (std::string_view c : {"copyright", "\xC2\xA9", "(c)"})
    cue = std::min(cue, before.find(c));
  if (cue != std::string_view::npos) {
    from += cue;
  } else {
    std::size_t cut = 0;  // offset in `before` just past the last sentence stop
    for (std::string_view stop : {". ", "! ", "? ", ": "}) {
      const std::size_t p = before.rfind(stop);
      if (p != std::string_view::npos) cut = std::max(cut, p + stop.size());
    }
    from += cut;
    if (from > 0 && from < start && IsWordByte(text[from - 1]))
      while (from < start && IsWordByte(text[from])) ++from;
    while (from < start && std::string_view("-,;:.)]>").find(text[from]) != std::string_view::npos) ++from;
  }
  const std::size_t sentence_end = text.substr(end, to - end).find(". ");
  if (sentence_end != std::string_view::npos) to = end + sentence_end + 1;
  else if (to < text.size() && to > end && IsWordByte(text[to]))
    while (to > end && IsWordByte(text[to - 1])) --to;
  return DisplayText(text.substr(from, to - from), kSnippetBytes);
}

bool WindowHasAny(std::string_view window, std::initializer_list<std::string_view> cues) {
  for (std::string_view cue : cues)
    if (window.find(cue) != std::string_view::npos) return true;
  return false;
}

// Only years, "by" and punctuation: "copyright © 2002-2025 by ".
bool IsCopyrightFiller(std::string_view s) {
  std::string rest(s);
  // U+FE0F, the emoji variation selector some senders put after "©".
  for (std::string_view w : {"copyright", "\xC2\xA9", "\xEF\xB8\x8F", "(c)", "by ", "par ", "von ", "por "}) {
    for (std::size_t p = rest.find(w); p != std::string::npos; p = rest.find(w))
      rest.erase(p, w.size());
  }
  return rest.find_first_not_of("0123456789 -,.") == std::string::npos;
}

// The owner named in a copyright notice: "copyright © 2025 cpanel", "©
// microsoft", "paypal, inc. all rights reserved". A brand merely named near
// a notice ("© 2002 Shop. Microsoft and Windows are trademarks") is not.
bool InCopyrightLine(std::string_view text, std::size_t start, std::size_t end) {
  auto [line_from, line_to] = LineWindow(text, start, end, 60);
  const std::string_view before = text.substr(line_from, start - line_from);
  std::size_t cue = std::string_view::npos;
  for (std::string_view c : {"copyright", "\xC2\xA9", "(c)"}) {
    const std::size_t p = before.rfind(c);
    if (p != std::string_view::npos && (cue == std::string_view::npos || p > cue)) cue = p;
  }
  if (cue != std::string_view::npos && IsCopyrightFiller(before.substr(cue))) return true;
  // "Correios 2024 - Todos os direitos reservados": the year may come first.
  std::string_view after = text.substr(end, line_to > end ? line_to - end : 0);
  after.remove_prefix(std::min(after.size(), after.find_first_not_of("0123456789 -,.")));
  after = after.substr(0, 32);
  return WindowHasAny(after, {"all rights reserved", "tous droits réservés",
                              "tous droits reserves", "alle rechte vorbehalten",
                              "todos los derechos reservados", "todos os direitos reservados"});
}

// A mention inside a URL or address written in the text ("…/cpanel/login",
// "someone@yahoo.com") names a path or a mailbox, not the sender.
bool InsideUrlOrAddress(std::string_view text, std::size_t start, std::size_t end) {
  std::size_t from = start;
  while (from > 0 && start - from < 300 && text[from - 1] != ' ' && text[from - 1] != '\n' &&
         text[from - 1] != '<' && text[from - 1] != '(' && text[from - 1] != '"')
    --from;
  std::size_t to = end;
  while (to < text.size() && to - end < 300 && text[to] != ' ' && text[to] != '\n' && text[to] != '>' &&
         text[to] != ')' && text[to] != '"')
    ++to;
  const std::string_view token = text.substr(from, to - from);
  return token.find("://") != std::string_view::npos || token.find("www.") != std::string_view::npos ||
         token.find('/') != std::string_view::npos || token.find('@') != std::string_view::npos;
}

// The word(s) right after a mention, skipping one separator ("-team", " team").
std::string_view FollowingWords(std::string_view text, std::size_t end) {
  std::size_t i = end;
  if (i < text.size() && (text[i] == ' ' || text[i] == '-' || text[i] == '\'')) ++i;
  return text.substr(i, std::min<std::size_t>(24, text.size() - std::min(i, text.size())));
}

bool StartsWithWord(std::string_view s, std::string_view word) {
  return s.substr(0, word.size()) == word && (s.size() == word.size() || !IsWordByte(s[word.size()]));
}

bool EndsWithWord(std::string_view s, std::string_view word) {
  if (s.size() < word.size() || s.substr(s.size() - word.size()) != word) return false;
  return s.size() == word.size() || !IsWordByte(s[s.size() - word.size() - 1]);
}

// "the paypal team", "paypal support", "l'équipe paypal", "ihr paypal-team": the
// sign-off of a message written in the brand's name.
bool InSignOff(std::string_view text, std::size_t start, std::size_t end) {
  const std::string_view after = FollowingWords(text, end);
  for (std::string_view w : {"team", "support", "security", "helpdesk", "help desk",
                             "customer service", "customer care", "service team", "account team"})
    if (StartsWithWord(after, w)) return true;
  std::string_view before = text.substr(0, start);
  before = before.substr(before.size() > 24 ? before.size() - 24 : 0);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  for (std::string_view w : {"équipe", "equipe", "equipo de", "o time", "support"})
    if (EndsWithWord(before, w)) return true;
  return false;
}

// "paypal account", "compte paypal", "apple id": the brand named as the
// reader's account, which lets a weak brand keyword count.
bool NamesAccount(std::string_view text, std::size_t start, std::size_t end) {
  const std::string_view after = FollowingWords(text, end);
  for (std::string_view w : {"account", "konto", "id"})
    if (StartsWithWord(after, w)) return true;
  std::string_view before = text.substr(0, start);
  before = before.substr(before.size() > 12 ? before.size() - 12 : 0);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  for (std::string_view w : {"compte", "conta", "cuenta", "konto"})
    if (EndsWithWord(before, w)) return true;
  return false;
}

class ClaimCollector {
 public:
  explicit ClaimCollector(ScanContext& ctx) : ctx_(ctx) {}

  void Add(std::size_t brand_index, std::string_view where, std::string snippet) {
    const auto& brands = ctx_.knowledge.brands().brands();
    if (brand_index >= brands.size() || ctx_.brand_claims.size() >= kMaxClaims) return;
    const Brand* brand = &brands[brand_index];
    for (const ScanContext::BrandClaim& c : ctx_.brand_claims)
      if (c.brand == brand && c.where == where) return;
    ctx_.brand_claims.push_back({brand, std::string(where), std::move(snippet)});
  }

 private:
  ScanContext& ctx_;
};

// The words of a normalised header outside [start, end).
std::vector<std::string_view> WordsOutside(std::string_view text, std::size_t start, std::size_t end) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size() && words.size() < 16) {
    while (i < text.size() && !IsWordByte(text[i])) ++i;
    std::size_t j = i;
    while (j < text.size() && IsWordByte(text[j])) ++j;
    if (j > i && (j <= start || i >= end)) words.push_back(text.substr(i, j - i));
    i = j;
  }
  return words;
}

bool IsOneOf(std::string_view word, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

// A weak keyword ("tim", "chase", "orange") names the brand in a sender name
// only when the rest of the name is service wording: "Chase", "Orange
// Service Client" yes; "Tim Peters", "Chase Miller" no.
bool SenderNameIsBrand(std::string_view name, const BrandMention& m) {
  for (std::string_view w : WordsOutside(name, m.start, m.end)) {
    if (!IsOneOf(w, {"support", "service", "services", "client", "clients", "customer", "customers",
                     "care", "team", "notification", "notifications", "notice", "alert", "alerts",
                     "alerte", "alertes", "security", "sécurité", "securite", "sicherheit", "seguridad",
                     "segurança", "account", "accounts", "compte", "konto", "conta", "cuenta", "billing",
                     "info", "infos", "information", "news", "noreply", "no", "reply", "delivery",
                     "express", "online", "mobile", "bank", "banking", "banque", "id", "pay", "mail",
                     "store", "help", "helpdesk", "center", "centre", "official", "officiel", "inc",
                     "ltd", "llc", "kundenservice", "kundendienst", "atendimento", "soporte", "suporte",
                     "assistance", "servicio", "serviço", "cliente", "clientes", "the", "le", "la",
                     "les", "de", "du", "des", "der", "die", "das", "do", "da", "of", "france", "uk",
                     "usa", "us", "deutschland", "españa", "espana", "brasil", "portugal", "italia",
                     "nederland", "belgique", "schweiz", "suisse", "canada", "mexico", "méxico", "app",
                     "shop", "department", "rewards", "versand", "plano", "planos", "saúde", "saude",
                     // A programme or survey run in the brand's name.
                     "survey", "umfrage", "umfrageteam", "enquête", "encuesta", "pesquisa", "enquete",
                     "sondaggio", "reward", "prämien", "belohnungen", "beloningen", "récompenses",
                     "recompensas", "loyalty", "fidélité", "treueprogramm", "vip",
                     // A bankrupt company's claims process ("Celsius Corporate
                     // Restructuring", "Kroll Claims Administration").
                     "corporate", "restructuring", "claims", "administration",
                     // An offer made in the brand's name ("Proposta Planos Amil",
                     // "Orange Offre Spéciale"): the brand is who is offering.
                     "offer", "offers", "offre", "offres", "angebot", "angebote", "oferta", "ofertas",
                     "proposta", "propostas", "aanbieding", "aanbod", "offerta", "offerte",
                     // A (last) notice ("Correios Último Aviso").
                     "aviso", "avis", "avviso", "último", "ultimo", "ultima", "última", "dernier", "letzte",
                     "laatste"}))
      return false;
  }
  return true;
}

// Whether a subject presents the brand as writing to the reader about their
// account, a payment or a delivery ("Your PayPal account", "DHL: parcel
// waiting", "[GitHub] reset"), rather than a thread merely discussing it
// ("Re: boycotting yahoo").
bool SubjectSpeaksForBrand(std::string_view subject, const BrandMention& m) {
  const std::string_view head = subject.substr(0, 5);
  for (std::string_view prefix : {"re:", "re :", "fw:", "fwd:", "aw:", "tr:", "wg:", "rv:", "res:"})
    if (head.substr(0, prefix.size()) == prefix) return false;
  std::size_t lead = 0;
  while (lead < m.start && (subject[lead] == '[' || subject[lead] == ' ')) ++lead;
  if (lead == m.start) {
    const std::string_view after = subject.substr(m.end, 3);
    if (after.empty() || after[0] == ':' || after[0] == ']' || after[0] == '|' ||
        after.substr(0, 2) == " -" || after.substr(0, 2) == " :" || after.substr(0, 2) == " |")
      return true;
  }
  for (std::string_view w : WordsOutside(subject, m.start, m.end)) {
    if (IsOneOf(w, {"your", "you", "votre", "vos", "ton", "tes", "ihr", "ihre", "ihren", "ihrem",
                    "ihres", "dein", "deine", "su", "sus", "tu", "tus", "sua", "seu", "suas", "seus",
                    "você", "voce", "uw", "je", "jouw", "tuo", "tua", "suo"}) ||
        IsOneOf(w, {"account", "compte", "konto", "conta", "cuenta", "login", "password", "security",
                    "sécurité", "sicherheit", "seguridad", "segurança", "alert", "alerte", "warning",
                    "verify", "verification", "vérification", "confirm", "suspended",
                    "suspendu", "locked", "limited", "blocked", "bloqué", "gesperrt", "payment",
                    "paiement", "zahlung", "pago", "pagamento", "invoice", "facture", "rechnung",
                    "factura", "fatura", "receipt", "parcel", "package", "colis", "paket", "paquete",
                    "encomenda", "delivery", "livraison", "lieferung", "entrega", "notice",
                    "notification", "avis", "mitteilung", "aviso", "refund", "remboursement",
                    "rückerstattung", "reembolso", "membership", "abonnement", "subscription",
                    "suscripción", "assinatura"}))
      return true;
  }
  return false;
}

// Trademark signs glued to a name ("McAfee™", "NBA®") hide it from
// whole-word matching; they become spaces of the same length, so offsets
// into the text stay valid.
std::string WithoutTrademarkSigns(std::string_view text) {
  std::string out(text);
  for (std::string_view sign : {"\xE2\x84\xA2", "\xC2\xAE", "\xE2\x84\xA0"})  // ™ ® ℠
    for (std::size_t p = out.find(sign); p != std::string::npos; p = out.find(sign, p))
      out.replace(p, sign.size(), sign.size(), ' ');
  return out;
}

bool HasTrademarkSign(std::string_view text) {
  return text.find("\xE2\x84\xA2") != std::string_view::npos ||
         text.find("\xC2\xAE") != std::string_view::npos ||
         text.find("\xE2\x84\xA0") != std::string_view::npos;
}

// "BinanceBNB", "PepeBinance": words glued in CamelCase, split apart
// ("Binance BNB", "Pepe Binance"). Only ASCII case changes split.
std::string SplitCamelCase(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool upper = c >= 'A' && c <= 'Z';
    if (upper && i > 0) {
      const char prev = text[i - 1];
      const bool after_lower = prev >= 'a' && prev <= 'z';
      const bool ends_acronym = prev >= 'A' && prev <= 'Z' && i + 1 < text.size() && text[i + 1] >= 'a' &&
                                text[i + 1] <= 'z';
      if (after_lower || ends_acronym) out += ' ';
    }
    out += c;
  }
  return out;
}

// The brands named in one form of the sender name.
bool ClaimsInName(const ScanContext& ctx, std::string_view shown, std::string_view searched,
                  ClaimCollector& claims) {
  const std::string normalized = WithoutTrademarkSigns(NormalizeText(searched));
  const auto& brands = ctx.knowledge.brands().brands();
  bool any = false;
  for (const BrandMention& m : ctx.knowledge.brands().FindMentions(normalized)) {
    if (m.brand_index >= brands.size() || m.end > normalized.size()) continue;
    any = true;
    if (!brands[m.brand_index].strong && !SenderNameIsBrand(normalized, m)) continue;
    claims.Add(m.brand_index, "display name", Ellipsize(shown, kSnippetBytes));
  }
  return any;
}

// The sender name; and, when From has no domain at all ("From: <UPS>"), the
// bare word standing in for the address. A name that names no brand as
// written is read again with its CamelCase words apart: a strong brand
// glued to another word ("BinanceBNB") still names it.
void ClaimsInSenderName(const ScanContext& ctx, ClaimCollector& claims) {
  const Mailbox& from = ctx.message.from;
  const std::string name = SenderNameOf(ctx);
  std::string_view original = name;
  if (original.empty() && from.domain.empty()) original = TrimWhitespace(from.address);
  if (original.empty()) return;
  if (ClaimsInName(ctx, original, original, claims)) return;
  const std::string split = SplitCamelCase(original.substr(0, std::min(original.size(), kMaxSenderNameBytes)));
  if (split.size() == original.size()) return;
  const std::string normalized = WithoutTrademarkSigns(NormalizeText(split));
  const auto& brands = ctx.knowledge.brands().brands();
  for (const BrandMention& m : ctx.knowledge.brands().FindMentions(normalized))
    if (m.brand_index < brands.size() && brands[m.brand_index].strong && m.keyword.size() >= kMinGluedKeyword)
      claims.Add(m.brand_index, "display name", Ellipsize(original, kSnippetBytes));
}

// "subject" when the subject speaks for the brand, "subject mention" when it
// only names it (weak keywords then do not count at all).
void ClaimsInSubject(const ScanContext& ctx, ClaimCollector& claims) {
  const std::string_view original = TrimWhitespace(ctx.message.subject);
  const std::string normalized = WithoutTrademarkSigns(ctx.subject_normalized);
  if (original.empty() || normalized.empty()) return;
  const auto& brands = ctx.knowledge.brands().brands();
  for (const BrandMention& m : ctx.knowledge.brands().FindMentions(normalized)) {
    if (m.brand_index >= brands.size() || m.end > normalized.size()) continue;
    const bool speaks = SubjectSpeaksForBrand(normalized, m);
    if (!speaks && !brands[m.brand_index].strong) continue;
    claims.Add(m.brand_index, speaks ? "subject" : "subject mention", Ellipsize(original, kSnippetBytes));
  }
}

void ClaimsInBody(const ScanContext& ctx, ClaimCollector& claims) {
  const std::string scrubbed =
      HasTrademarkSign(ctx.extraction.text) ? WithoutTrademarkSigns(ctx.extraction.text) : std::string();
  const std::string_view text = scrubbed.empty() ? std::string_view(ctx.extraction.text) : scrubbed;
  const auto& brands = ctx.knowledge.brands().brands();
  std::vector<BrandMention> mentions = ctx.knowledge.brands().FindMentions(text);
  if (mentions.size() > kMaxBodyMentions) mentions.resize(kMaxBodyMentions);
  // Footer claims first so that a brand named both in the text and in the
  // footer is recorded with its strongest position before the cap is reached.
  for (int pass = 0; pass < 2; ++pass) {
    for (const BrandMention& m : mentions) {
      if (m.brand_index >= brands.size() || m.end > text.size() || m.start >= m.end) continue;
      if (InsideUrlOrAddress(text, m.start, m.end)) continue;
      const bool footer = InCopyrightLine(text, m.start, m.end) || InSignOff(text, m.start, m.end);
      if (footer != (pass == 0)) continue;
      const bool account = !footer && NamesAccount(text, m.start, m.end);
      if (!footer && !account && !brands[m.brand_index].strong) continue;
      claims.Add(m.brand_index, footer ? "copyright line" : account ? "account mention" : "body",
                 SnippetAround(text, m.start, m.end));
    }
  }
}

void ClaimsInLinkText(const ScanContext& ctx, ClaimCollector& claims) {
  const auto& brands = ctx.knowledge.brands().brands();
  std::size_t inspected = 0;
  for (const Link& link : ctx.extraction.links) {
    if (++inspected > kMaxLinksInspected) break;
    if (link.url.scheme != "http" && link.url.scheme != "https") continue;  // mailto:, tel:
    if (TrimWhitespace(link.text).empty() || link.shown_url) continue;
    const std::string normalized = NormalizeText(link.text);
    // A URL or address shown as text is the link detectors' business, not a claim.
    if (normalized.find("://") != std::string::npos || normalized.find("www.") != std::string::npos ||
        normalized.find('@') != std::string::npos)
      continue;
    for (const BrandMention& m : ctx.knowledge.brands().FindMentions(normalized)) {
      if (m.brand_index >= brands.size() || !brands[m.brand_index].strong) continue;
      // "Follow us on LinkedIn" leading to linkedin.com refers to the brand;
      // it does not speak for it.
      if (ctx.knowledge.brands().IsOfficialDomain(brands[m.brand_index], link.url.registrable_domain))
        continue;
      claims.Add(m.brand_index, "link text", Ellipsize(TrimWhitespace(link.text), kSnippetBytes));
    }
  }
}

// Drops the quotes, commas and brackets a broken From line leaves around a
// name: "\"Gewinner\", " -> "Gewinner".
std::string CleanSenderName(std::string_view text) {
  std::string cleaned;
  for (char c : text.substr(0, std::min(text.size(), kMaxSenderNameBytes)))
    if (c != '"') cleaned += c;
  std::string_view trimmed = cleaned;
  const std::string_view edge = " \t,;:()_";
  while (!trimmed.empty() && edge.find(trimmed.front()) != std::string_view::npos) trimmed.remove_prefix(1);
  while (!trimmed.empty() && edge.find(trimmed.back()) != std::string_view::npos) trimmed.remove_suffix(1);
  return DisplayText(trimmed, kMaxSenderNameBytes);
}

}  // namespace

std::string SenderNameOf(const Message& message) {
  const std::string name = CleanSenderName(message.from.display_name);
  // A From line that parsed into pieces may have put the name in a piece
  // of its own, or dropped it: read it from the header text instead.
  const bool broken = message.from_all.size() >= 2 || message.from.domain.empty();
  const HeaderField* header = message.FindHeader("From");
  if ((!name.empty() && !broken) || header == nullptr) return name;
  std::string_view before = header->value;
  before = before.substr(0, std::min(before.find('<'), kMaxSenderNameBytes));
  // A bare address ("x@example.com") or a list of them has no name to show.
  if (before.find('@') != std::string_view::npos) return name;
  const std::string from_header = CleanSenderName(before);
  return from_header.empty() ? name : from_header;
}

const std::string& SenderNameOf(const ScanContext& ctx) {
  if (!ctx.memo.sender_name) ctx.memo.sender_name = SenderNameOf(ctx.message);
  return *ctx.memo.sender_name;
}

std::string_view FirstAddressee(const Message& message) {
  for (const std::vector<Mailbox>* list : {&message.to, &message.cc})
    for (const Mailbox& m : *list)
      if (!m.address.empty()) return m.address;
  return "";
}

void FillDerivedContext(ScanContext& ctx) {
  ctx.recipient_address = FirstRecipient(ctx.message, ctx.envelope);
  ctx.recipient_domain = DomainOfAddress(ctx.recipient_address);
  ctx.recipient_registrable =
      ctx.recipient_domain.empty() ? "" : RegistrableDomain(ctx.recipient_domain);

  ctx.brand_claims.clear();
  ClaimCollector claims(ctx);
  ClaimsInSenderName(ctx, claims);
  ClaimsInSubject(ctx, claims);
  ClaimsInBody(ctx, claims);
  ClaimsInLinkText(ctx, claims);
  ctx.sender_relation.emplace(ctx);
}

}  // namespace phishscan
