#include "detect/sender_name_words.h"

#include <algorithm>
#include <array>

#include "base/text.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxWords = 3;
constexpr std::size_t kMinWordBytes = 4;
constexpr std::size_t kMaxNameBytes = 256;

// Words of department and role names in the project's languages: they say
// what a sender does, not who it is.
constexpr std::array<std::string_view, 52> kRoleWords = {
    "team",      "support",   "service",   "services",  "security",     "customer",   "customers",
    "department", "online",   "news",      "newsletter", "info",        "information", "notification",
    "notifications", "alert", "alerts",    "account",   "accounts",     "mail",       "email",
    "from",      "with",      "your",      "help",      "helpdesk",     "desk",       "admin",
    "administrator", "office", "center",   "centre",    "noreply",      "reply",      "contact",
    "equipe",    "équipe",    "kundenservice", "kundendienst", "servicio", "atendimento", "servizio",
    "klantenservice", "sicherheit", "sécurité", "seguridad", "segurança", "sicurezza", "veiligheid",
    "update",    "updates",   "official"};

bool IsWordByte(char c) {
  auto u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u >= 0x80;
}

bool IsRoleWord(std::string_view word) {
  return std::find(kRoleWords.begin(), kRoleWords.end(), word) != kRoleWords.end();
}

bool HasLetter(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

std::vector<std::string> DistinctiveNameWords(std::string_view display_name) {
  std::vector<std::string> words;
  if (display_name.find('@') != std::string_view::npos) return words;
  const std::string name = NormalizeText(display_name.substr(0, std::min(display_name.size(), kMaxNameBytes)));
  std::size_t i = 0;
  while (i < name.size() && words.size() < kMaxWords) {
    while (i < name.size() && !IsWordByte(name[i])) ++i;
    std::size_t start = i;
    while (i < name.size() && IsWordByte(name[i])) ++i;
    std::string_view word(name.data() + start, i - start);
    if (word.size() < kMinWordBytes || !HasLetter(word) || IsRoleWord(word)) continue;
    if (std::find(words.begin(), words.end(), word) == words.end()) words.emplace_back(word);
  }
  return words;
}

bool TextNamesWords(std::string_view text, const std::vector<std::string>& words) {
  if (words.empty()) return false;
  const std::string normalized = NormalizeText(text);
  std::size_t named = 0;
  for (const std::string& word : words) {
    for (std::size_t pos = normalized.find(word); pos != std::string::npos; pos = normalized.find(word, pos + 1)) {
      const std::size_t end = pos + word.size();
      if ((pos == 0 || !IsWordByte(normalized[pos - 1])) && (end == normalized.size() || !IsWordByte(normalized[end]))) {
        ++named;
        break;
      }
    }
  }
  return named == words.size() || named >= 2;
}

}  // namespace phishscan
