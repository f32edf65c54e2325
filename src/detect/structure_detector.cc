// How the message is built rather than what it says: safety limits reached,
// text hidden from the reader, plain and HTML versions that tell different
// stories, a body that is one picture with a link, no text at all,
// invisible characters in the names and subject a reader trusts, and
// nonsense filler written for filters rather than readers. Language,
// line endings, dates and mailing-list headers are never evidence here.
#include <algorithm>
#include <string>
#include <vector>

#include "base/text.h"
#include "detect/detector.h"
#include "detect/explanation_text.h"
#include "detect/filler_tokens.h"
#include "detect/invisible_chars.h"
#include "detect/make_signal.h"
#include "detect/part_words.h"
#include "detect/sender_relation.h"

namespace phishscan {
namespace {

// Comparing versions needs enough words on both sides to mean anything.
constexpr std::size_t kMinWordsToCompare = 15;
// Below this share of shared words, the two versions are different messages.
constexpr double kMaxDisagreeingOverlap = 0.1;
// An image-only body shows fewer visible words than this.
constexpr std::size_t kMaxImageOnlyWords = 5;
// Hidden passages: a preview line ("preheader") is normal; more is stuffing.
constexpr std::size_t kMinHiddenPassages = 2;
constexpr std::size_t kMinHiddenBytes = 150;
constexpr int kFillerWeight = 12;

// Reaching the attachment scan bound says only that an attachment is big.
bool IsTellingLimit(std::string_view name) { return name != "max_attachment_scan_bytes"; }

void LimitReached(const ScanContext& ctx, std::vector<Signal>& out) {
  std::vector<std::string> names;
  for (const std::vector<std::string>* list : {&ctx.message.limits_hit, &ctx.extraction.limits_hit})
    for (const std::string& n : *list)
      if (IsTellingLimit(n) && std::find(names.begin(), names.end(), n) == names.end()) names.push_back(n);
  if (names.empty()) return;
  Evidence e;
  for (const std::string& n : names) e.emplace_back("limit", n);
  std::string list = JoinEn(names);
  out.push_back(MakeSignal("structure.limit_reached", Sign::kStructure, 8, std::move(e),
                           "The message reached the scanner's safety limits (" + list +
                               "): an oversized or deeply nested message is unusual in itself, and part of it "
                               "could not be inspected.",
                           "Le message a atteint les limites de sécurité de l'analyse (" + JoinFr(names) +
                               ") : un message démesuré ou très imbriqué est inhabituel en soi, et une partie n'a "
                               "pas pu être inspectée."));
}

void HiddenPassages(const ScanContext& ctx, std::vector<Signal>& out) {
  const std::vector<HiddenText>& hidden = ctx.extraction.hidden;
  std::size_t bytes = 0;
  for (const HiddenText& h : hidden) bytes += h.text.size();
  if (hidden.size() < kMinHiddenPassages || bytes < kMinHiddenBytes) return;
  int weight = hidden.size() >= 10 && bytes >= 1000 ? 20 : (hidden.size() >= 5 || bytes >= 600) ? 14 : 8;
  Evidence e{{"hidden passages", std::to_string(hidden.size())}, {"hidden bytes", std::to_string(bytes)}};
  std::vector<std::string> reasons;
  for (std::size_t i = 0; i < hidden.size() && i < 3; ++i) {
    e.emplace_back("hidden text", DisplayText(hidden[i].text, 120));
    e.emplace_back("hidden by", hidden[i].reason);
    if (std::find(reasons.begin(), reasons.end(), hidden[i].reason) == reasons.end())
      reasons.push_back(hidden[i].reason);
  }
  std::string sample = DisplayText(hidden.front().text, 60);
  std::string n = std::to_string(hidden.size());
  out.push_back(MakeSignal("structure.hidden_text", Sign::kStructure, weight, std::move(e),
                           "The HTML holds " + n + " passages hidden from the reader (" + JoinEn(reasons) +
                               "), such as " + QuoteEn(sample) + ": hidden text is there to mislead filters.",
                           "Le HTML contient " + n + " passages cachés au lecteur (" + JoinFr(reasons) +
                               "), par exemple " + QuoteFr(sample) + " : ce texte caché sert à tromper les filtres."));
}

// The single plain and HTML body parts of a multipart/alternative, if any.
bool FindAlternatives(const Message& m, const TextPart** plain, const TextPart** html) {
  *plain = *html = nullptr;
  std::size_t plains = 0, htmls = 0;
  for (const TextPart& p : m.text_parts) {
    if (p.is_html) {
      ++htmls;
      *html = &p;
    } else {
      ++plains;
      *plain = &p;
    }
  }
  return plains == 1 && htmls == 1 && (*plain)->depth == (*html)->depth && (*plain)->depth > 0;
}

void AlternativesDisagree(const ScanContext& ctx, std::vector<Signal>& out) {
  const TextPart *plain, *html;
  if (!FindAlternatives(ctx.message, &plain, &html)) return;
  const std::vector<TextPart>& parts = ctx.message.text_parts;
  std::set<std::string> plain_words = DistinctWordsIn(PartWordsText(ctx, plain - parts.data()));
  std::set<std::string> html_words = DistinctWordsIn(PartWordsText(ctx, html - parts.data()));
  if (plain_words.size() < kMinWordsToCompare || html_words.size() < kMinWordsToCompare) return;
  // Both sets are sorted: one walk through them finds the shared words.
  std::size_t shared = 0;
  for (auto p = plain_words.begin(), h = html_words.begin(); p != plain_words.end() && h != html_words.end();) {
    const int order = p->compare(*h);
    if (order == 0) ++shared;
    if (order <= 0) ++p;
    if (order >= 0) ++h;
  }
  double overlap = static_cast<double>(shared) / static_cast<double>(std::min(plain_words.size(), html_words.size()));
  if (overlap >= kMaxDisagreeingOverlap) return;
  Evidence e{{"plain text words", std::to_string(plain_words.size())},
             {"html words", std::to_string(html_words.size())},
             {"shared words", std::to_string(shared)}};
  out.push_back(MakeSignal("structure.alternatives_disagree", Sign::kStructure, 10, std::move(e),
                           "The plain-text and HTML versions of the message say different things: filters often "
                           "read one while the reader sees the other.",
                           "Les versions texte et HTML du message disent des choses différentes : les filtres lisent "
                           "souvent l'une pendant que le lecteur voit l'autre."));
}

bool HasWebLink(const Extraction& x) {
  return std::any_of(x.links.begin(), x.links.end(), [](const Link& l) {
    return (l.url.scheme == "http" || l.url.scheme == "https") && l.origin != LinkOrigin::kAttachment;
  });
}

std::size_t VisibleHtmlWords(const ScanContext& ctx) {
  const std::vector<TextPart>& parts = ctx.message.text_parts;
  std::size_t words = 0;
  for (std::size_t i = 0; i < parts.size(); ++i)
    if (parts[i].is_html) words += DistinctWordsIn(PartWordsText(ctx, i), 2, kMaxImageOnlyWords + 1).size();
  return words;
}

bool HasHtmlPart(const Message& m) {
  return std::any_of(m.text_parts.begin(), m.text_parts.end(), [](const TextPart& p) { return p.is_html; });
}

// Returns true when it fired, so the weaker "no text" finding stays quiet.
bool ImageOnly(const ScanContext& ctx, std::vector<Signal>& out) {
  if (!HasHtmlPart(ctx.message) || ctx.extraction.images.empty() || !HasWebLink(ctx.extraction)) return false;
  std::size_t words = VisibleHtmlWords(ctx);
  if (words >= kMaxImageOnlyWords) return false;
  Evidence e{{"images", std::to_string(ctx.extraction.images.size())}, {"visible words", std::to_string(words)}};
  if (ctx.extraction.images.front().src)
    e.emplace_back("image", Ellipsize(ctx.extraction.images.front().src->raw, 200));
  // A sender whose domain the receiving server vouched for (DMARC, aligned
  // DKIM) mailing one big picture is a signed newsletter: worth showing, too
  // weak to corroborate.
  const bool signed_sender = ctx.sender_relation->from_authenticated();
  if (signed_sender) e.emplace_back("sender", "authenticated");
  out.push_back(MakeSignal("structure.image_only", Sign::kStructure, signed_sender ? 6 : 12, std::move(e),
                           "The message body is essentially a picture with a link: the words are in the image, "
                           "where filters cannot read them.",
                           "Le corps du message est pour l'essentiel une image avec un lien : les mots sont dans "
                           "l'image, où les filtres ne peuvent pas les lire."));
  return true;
}

// Words a reader can read: whitespace-separated tokens with two letters or
// more, addresses and URLs excluded. Counting stops at `enough`: the caller
// only needs to know whether there are that many, and texts are long.
std::size_t CountWords(std::string_view text, std::size_t enough) {
  std::size_t words = 0;
  while (!text.empty() && words < enough) {
    std::size_t start = text.find_first_not_of(" \n\t\r");
    if (start == std::string_view::npos) break;
    std::size_t end = std::min(text.find_first_of(" \n\t\r", start), text.size());
    std::string_view token = text.substr(start, end - start);
    text.remove_prefix(end);
    if (token.find("://") != std::string_view::npos || token.rfind("www.", 0) == 0 ||
        token.find('@') != std::string_view::npos)
      continue;
    std::size_t letters = std::count_if(token.begin(), token.end(), [](char c) {
      unsigned char u = static_cast<unsigned char>(c);
      return u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
    });
    if (letters >= 2) ++words;
  }
  return words;
}

void NoText(const ScanContext& ctx, std::vector<Signal>& out) {
  constexpr std::size_t kEnoughWords = 3;
  if (ctx.message.headers_only) return;
  const std::size_t words = CountWords(ctx.extraction.text, kEnoughWords);
  if (words >= kEnoughWords) return;
  bool link = HasWebLink(ctx.extraction);
  bool attachment = std::any_of(ctx.message.attachments.begin(), ctx.message.attachments.end(),
                                [](const Attachment& a) { return !a.inline_disposition; });
  if (!link && !attachment) return;
  Evidence e{{"visible words", std::to_string(words)}};
  e.emplace_back("carries", link ? "link" : "attachment");
  std::string what_en = link ? "a link" : "an attachment", what_fr = link ? "un lien" : "une pièce jointe";
  out.push_back(MakeSignal("structure.no_text", Sign::kStructure, link ? 10 : 6, std::move(e),
                           "The message has no text, only " + what_en + ": nothing tells the reader who writes or why.",
                           "Le message n'a pas de texte, seulement " + what_fr +
                               " : rien ne dit au lecteur qui écrit ni pourquoi."));
}

struct FieldInvisible {
  std::string where_en, where_fr, text;
  InvisibleChars chars;
};

void InvisibleCharacters(const ScanContext& ctx, std::vector<Signal>& out) {
  std::vector<FieldInvisible> fields;
  auto check = [&](std::string_view text, const char* en, const char* fr) {
    InvisibleChars c = CountInvisibleChars(text);
    if (c.any()) fields.push_back({en, fr, DisplayText(text, 80), c});
  };
  check(ctx.message.from.display_name, "sender's name", "nom de l'expéditeur");
  check(ctx.message.subject, "subject", "sujet");
  for (const Link& l : ctx.extraction.links) check(l.text, "text of a link", "texte d'un lien");
  for (const Attachment& a : ctx.message.attachments)
    check(a.filename, "name of an attachment", "nom d'une pièce jointe");
  if (fields.empty()) return;
  bool overrides =
      std::any_of(fields.begin(), fields.end(), [](const FieldInvisible& f) { return f.chars.bidi_overrides > 0; });
  std::size_t total = 0;
  Evidence e;
  for (const FieldInvisible& f : fields) {
    total += f.chars.word_splitters + f.chars.bidi_overrides + f.chars.bidi_controls;
    if (e.size() < 9) {
      e.emplace_back("field", f.where_en);
      e.emplace_back("text", f.text);
      e.emplace_back("invisible characters", std::to_string(f.chars.word_splitters + f.chars.bidi_overrides +
                                                            f.chars.bidi_controls));
    }
  }
  const FieldInvisible& first = fields.front();
  int weight = overrides ? 25 : total >= 3 ? 14 : 10;
  std::string en = overrides ? "The " + first.where_en +
                                   " contains a character that reverses the display order of the text, a trick to "
                                   "disguise file names and addresses."
                             : "The " + first.where_en +
                                   " contains invisible characters that split words, so filters miss them while the "
                                   "reader sees nothing.";
  std::string fr = overrides
                       ? "Le " + first.where_fr +
                             " contient un caractère qui inverse l'ordre d'affichage du texte, une ruse pour "
                             "déguiser noms de fichiers et adresses."
                       : "Le " + first.where_fr +
                             " contient des caractères invisibles qui coupent les mots, pour échapper aux filtres "
                             "sans que le lecteur ne voie rien.";
  out.push_back(
      MakeSignal("structure.invisible_chars", Sign::kStructure, weight, std::move(e), std::move(en), std::move(fr)));
}

// Hash-buster filler in the visible text or in a hidden passage. Structure,
// not a lure: it says how the message was built to get past filters, and
// like hidden text it corroborates what the content shows.
void FillerText(const ScanContext& ctx, std::vector<Signal>& out) {
  Filler filler = FindFiller(ctx.extraction.text);
  std::string where = "text";
  for (std::size_t i = 0; filler.kind.empty() && i < ctx.extraction.hidden.size(); ++i) {
    filler = FindFiller(ctx.extraction.hidden[i].text);
    where = "hidden text";
  }
  for (std::size_t i = 0; filler.kind.empty() && i < ctx.message.text_parts.size(); ++i) {
    if (!ctx.message.text_parts[i].is_html) continue;
    filler = FindFiller(UnshownHtmlText(ctx.message.text_parts[i].text), FillerPlace::kUnshownHtml);
    where = "title or style element";
  }
  if (filler.kind.empty()) return;
  const bool repeated = filler.kind == "repeated token";
  const std::string n = std::to_string(filler.count);
  const std::string sample = DisplayText(filler.sample, 80);
  Evidence e{{"filler", filler.kind}, {"sample", sample}, {"count", n}, {"where", where}};
  std::string en = repeated ? "The message repeats the meaningless string " + QuoteEn(sample) + " " + n +
                                  " times in a row"
                            : "The message strings together " + n + " meaningless random tokens (" +
                                  QuoteEn(sample) + "...)";
  std::string fr = repeated ? "Le message répète " + n + " fois de suite la chaîne dénuée de sens " + QuoteFr(sample)
                            : "Le message aligne " + n + " suites de caractères aléatoires sans aucun sens (" +
                                  QuoteFr(sample) + "...)";
  const std::string where_en = where == "text" ? "" : where == "hidden text" ? " in hidden text" : " in the HTML's "
                                "title or style sheet, which no mail program shows";
  const std::string where_fr = where == "text" ? "" : where == "hidden text" ? " dans du texte caché" : " dans le "
                               "titre ou la feuille de style du HTML, qu'aucun logiciel de messagerie n'affiche";
  en += where_en + ": filler written to fool spam filters, not to be read.";
  fr += where_fr + " : du remplissage écrit pour tromper les filtres anti-spam, pas pour être lu.";
  out.push_back(MakeSignal("structure.filler_text", Sign::kStructure, kFillerWeight, std::move(e), std::move(en),
                           std::move(fr)));
}

class StructureDetector : public Detector {
 public:
  std::string_view name() const override { return "structure"; }
  void Run(const ScanContext& ctx, std::vector<Signal>& out) const override {
    LimitReached(ctx, out);
    HiddenPassages(ctx, out);
    AlternativesDisagree(ctx, out);
    if (!ImageOnly(ctx, out)) NoText(ctx, out);
    InvisibleCharacters(ctx, out);
    FillerText(ctx, out);
  }
};

}  // namespace

std::unique_ptr<Detector> MakeStructureDetector() { return std::make_unique<StructureDetector>(); }

}  // namespace phishscan
