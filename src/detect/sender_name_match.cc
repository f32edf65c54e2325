#include "detect/sender_name_match.h"

#include <unicode/normalizer2.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace phishscan {
namespace {

constexpr std::size_t kMaxNameBytes = 256;
constexpr std::size_t kMaxWords = 16;
constexpr std::size_t kMaxComposed = 24;  // labels longer than this are not abbreviations

// Words every sender uses, which tell nothing about who it is: articles and
// prepositions, company forms, and the service words of EN, FR, DE, ES, PT,
// NL, IT.
constexpr std::string_view kGenericWords[] = {"the",
                                              "a",
                                              "an",
                                              "this",
                                              "that",
                                              "these",
                                              "of",
                                              "and",
                                              "for",
                                              "from",
                                              "by",
                                              "at",
                                              "to",
                                              "in",
                                              "on",
                                              "with",
                                              "your",
                                              "our",
                                              "my",
                                              "you",
                                              "team",
                                              "support",
                                              "service",
                                              "services",
                                              "customer",
                                              "customers",
                                              "news",
                                              "newsletter",
                                              "newsletters",
                                              "info",
                                              "information",
                                              "mail",
                                              "email",
                                              "notification",
                                              "notifications",
                                              "notice",
                                              "alert",
                                              "alerts",
                                              "account",
                                              "accounts",
                                              "online",
                                              "official",
                                              "noreply",
                                              "no",
                                              "reply",
                                              "update",
                                              "updates",
                                              "message",
                                              "messages",
                                              "department",
                                              "office",
                                              "help",
                                              "desk",
                                              "center",
                                              "centre",
                                              "group",
                                              "inc",
                                              "ltd",
                                              "llc",
                                              "gmbh",
                                              "sa",
                                              "sas",
                                              "sarl",
                                              "ag",
                                              "bv",
                                              "nv",
                                              "spa",
                                              "srl",
                                              "co",
                                              "corp",
                                              "company",
                                              "plc",
                                              "le",
                                              "la",
                                              "les",
                                              "l",
                                              "de",
                                              "du",
                                              "des",
                                              "d",
                                              "et",
                                              "pour",
                                              "par",
                                              "au",
                                              "aux",
                                              "votre",
                                              "vos",
                                              "notre",
                                              "nos",
                                              "equipe",
                                              "client",
                                              "clients",
                                              "actualites",
                                              "lettre",
                                              "compte",
                                              "der",
                                              "die",
                                              "das",
                                              "den",
                                              "dem",
                                              "und",
                                              "fur",
                                              "von",
                                              "vom",
                                              "zum",
                                              "zur",
                                              "ihr",
                                              "ihre",
                                              "ihren",
                                              "unser",
                                              "unsere",
                                              "kundenservice",
                                              "kundendienst",
                                              "konto",
                                              "el",
                                              "los",
                                              "las",
                                              "del",
                                              "y",
                                              "para",
                                              "por",
                                              "su",
                                              "sus",
                                              "tu",
                                              "equipo",
                                              "atencion",
                                              "cliente",
                                              "cuenta",
                                              "o",
                                              "os",
                                              "as",
                                              "do",
                                              "da",
                                              "dos",
                                              "das",
                                              "e",
                                              "seu",
                                              "sua",
                                              "equipe",
                                              "equipa",
                                              "atendimento",
                                              "conta",
                                              "het",
                                              "een",
                                              "van",
                                              "en",
                                              "voor",
                                              "uw",
                                              "je",
                                              "jouw",
                                              "klantenservice",
                                              "il",
                                              "lo",
                                              "gli",
                                              "i",
                                              "della",
                                              "dello",
                                              "degli",
                                              "delle",
                                              "per",
                                              "tuo",
                                              "tua",
                                              "vostro",
                                              "servizio",
                                              "clienti",
                                              "www",
                                              "com",
                                              "net",
                                              "org"};

bool IsGeneric(std::string_view word) {
  return std::find(std::begin(kGenericWords), std::end(kGenericWords), word) != std::end(kGenericWords);
}

bool IsAsciiAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// Appends the ASCII letters of one code point: its canonical decomposition
// without the accents ("é" -> "e"), and the letters that have none.
void AppendFolded(UChar32 c, std::string& out) {
  if (c < 0x80) {
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return;
  }
  switch (c) {
    case 0x00DF:
      out += "ss";
      return;  // ß
    case 0x00C6:
    case 0x00E6:
      out += "ae";
      return;  // Æ æ
    case 0x0152:
    case 0x0153:
      out += "oe";
      return;  // Œ œ
    case 0x00D8:
    case 0x00F8:
      out += 'o';
      return;  // Ø ø
    case 0x0141:
    case 0x0142:
      out += 'l';
      return;  // Ł ł
    default:
      break;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString decomposed;
  if (U_FAILURE(status) || !nfd->getDecomposition(c, decomposed) || decomposed.isEmpty()) {
    out += ' ';  // a letter of another script: a word boundary
    return;
  }
  const UChar32 base = decomposed.char32At(0);
  if (base < 0x80)
    AppendFolded(base, out);
  else
    out += ' ';
}

std::string FoldToAscii(std::string_view text) {
  std::string out;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(std::min(text.size(), kMaxNameBytes));
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c >= 0) AppendFolded(c, out);
  }
  return out;
}

// The letters and digits of a local part or label, without separators.
std::string Compact(std::string_view text) {
  std::string out;
  for (char c : text) {
    const char l = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    if (IsAsciiAlnum(l)) out += l;
  }
  return out;
}

// "wamu" from {"washington", "mutual"}; "unistra" from {"universite",
// "strasbourg"}: `s` is a sequence of beginnings of the words, in order,
// using at least two words or one whole word. Breadth-first over (position
// in s, next word, words used), each state visited once: a bounded search
// however the name repeats itself.
bool SpeltFromBeginnings(std::string_view s, const std::vector<std::string>& words) {
  if (s.empty() || s.size() > kMaxComposed || words.empty() || words.size() > kMaxWords) return false;
  const std::size_t n = s.size(), w_count = words.size();
  auto index = [&](std::size_t pos, std::size_t next, std::size_t used) {
    return (pos * (w_count + 1) + next) * 3 + used;
  };
  std::vector<bool> seen((n + 1) * (w_count + 1) * 3, false);
  struct State {
    std::size_t pos, next, used;
  };
  std::vector<State> queue = {{0, 0, 0}};
  seen[index(0, 0, 0)] = true;
  for (std::size_t q = 0; q < queue.size(); ++q) {
    const State st = queue[q];
    for (std::size_t w = st.next; w < w_count; ++w) {
      const std::string& word = words[w];
      for (std::size_t k = 1; k <= word.size() && st.pos + k <= n && word[k - 1] == s[st.pos + k - 1]; ++k) {
        const std::size_t used = std::min<std::size_t>(st.used + 1, 2);
        if (st.pos + k == n) {
          if (used >= 2 || k == word.size()) return true;
          continue;
        }
        const std::size_t i = index(st.pos + k, w + 1, used);
        if (!seen[i]) {
          seen[i] = true;
          queue.push_back({st.pos + k, w + 1, used});
        }
      }
    }
  }
  return false;
}

// "koeln" for "Köln": German writes umlauts as a following 'e' in addresses.
std::string WithoutUmlautE(std::string_view part) {
  std::string out;
  for (std::size_t i = 0; i < part.size(); ++i) {
    out += part[i];
    if (i + 1 < part.size() && part[i + 1] == 'e' && (part[i] == 'a' || part[i] == 'o' || part[i] == 'u')) ++i;
  }
  return out;
}

}  // namespace

std::vector<std::string> SignificantNameWords(std::string_view display_name) {
  const std::string folded = FoldToAscii(display_name);
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < folded.size() && words.size() < kMaxWords) {
    while (i < folded.size() && !IsAsciiAlnum(folded[i])) ++i;
    std::size_t j = i;
    while (j < folded.size() && IsAsciiAlnum(folded[j])) ++j;
    const std::string_view word = std::string_view(folded).substr(i, j - i);
    const bool digits_only = std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!word.empty() && !digits_only && !IsGeneric(word)) words.emplace_back(word);
    i = j;
  }
  return words;
}

std::size_t CountNameWords(std::string_view display_name, std::size_t min_letters) {
  display_name = display_name.substr(0, std::min(display_name.size(), kMaxNameBytes));
  std::size_t count = 0, i = 0;
  while (i < display_name.size() && count < kMaxWords) {
    while (i < display_name.size() && display_name[i] == ' ') ++i;
    std::size_t j = display_name.find(' ', i);
    if (j == std::string_view::npos) j = display_name.size();
    for (const std::string& w : SignificantNameWords(display_name.substr(i, j - i))) {
      if (w.size() >= min_letters) {
        ++count;
        break;
      }
    }
    i = j;
  }
  return count;
}

bool NameMatchesAddress(const std::vector<std::string>& words, std::string_view local_part,
                        const std::vector<std::string>& labels) {
  std::vector<std::string> parts;
  parts.push_back(Compact(local_part));
  for (const std::string& label : labels) {
    parts.push_back(Compact(label));
    // "boulangerie-dupont", "sparkasse-koeln": each piece of a label too.
    std::size_t i = 0;
    while (i < label.size()) {
      std::size_t j = label.find('-', i);
      if (j == std::string::npos) j = label.size();
      if (j > i && j - i < label.size()) parts.push_back(Compact(label.substr(i, j - i)));
      i = j + 1;
    }
  }
  // "koeln" for "Köln", "cfl69" for "Club de Foot de Lyon".
  const std::size_t written = parts.size();
  for (std::size_t i = 0; i < written; ++i) {
    std::string plain = WithoutUmlautE(parts[i]);
    plain.erase(std::remove_if(plain.begin(), plain.end(), [](char c) { return c >= '0' && c <= '9'; }), plain.end());
    if (plain != parts[i] && !plain.empty()) parts.push_back(std::move(plain));
  }
  std::string joined;
  for (const std::string& w : words) joined += w;
  for (const std::string& w : words) {
    if (w.size() < 3) continue;
    for (const std::string& p : parts)
      if (p.find(w) != std::string::npos) return true;
  }
  for (const std::string& p : parts) {
    if (p.size() >= 3 && joined.find(p) != std::string::npos) return true;
    if (p.size() >= 2 && SpeltFromBeginnings(p, words)) return true;
  }
  return false;
}

}  // namespace phishscan
