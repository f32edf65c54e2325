#include "detect/service_word_label.h"

#include <array>
#include <cstddef>

namespace phishscan {
namespace {

// Words of support desks, sign-in pages and account notices, in the
// project's seven languages.
constexpr std::string_view kServiceWords[] = {
    "support",    "security",  "secure",      "signin",     "login",       "logon",     "verification",
    "verify",     "accounts",  "account",     "services",   "service",     "helpdesk",  "help",
    "billing",    "alerts",    "alert",       "notice",     "recovery",    "unlock",    "confirm",
    "protection", "protect",   "safety",      "customer",   "care",        "team",      "desk",
    "kundenservice", "hilfe",  "sicherheit",  "konto",      "assistance",  "aide",      "compte",
    "securite",   "soporte",   "seguridad",   "cuenta",     "suporte",     "seguranca", "atendimento",
    "conta",      "klantenservice", "beveiliging", "assistenza", "sicurezza"};

// A DNS label holds at most 63 bytes.
constexpr std::size_t kMaxLabelBytes = 63;

enum class Reach : unsigned char { kNo, kSeparatorsOnly, kWords };

bool IsSeparator(char c) { return c == '-' || (c >= '0' && c <= '9'); }

Reach Better(Reach a, Reach b) { return a > b ? a : b; }

// front[i]: how label[0, i) reads as service words and separators.
std::array<Reach, kMaxLabelBytes + 1> FrontReach(std::string_view label) {
  std::array<Reach, kMaxLabelBytes + 1> reach{};
  reach[0] = Reach::kSeparatorsOnly;
  for (std::size_t i = 0; i < label.size(); ++i) {
    if (reach[i] == Reach::kNo) continue;
    if (IsSeparator(label[i])) reach[i + 1] = Better(reach[i + 1], reach[i]);
    for (std::string_view word : kServiceWords)
      if (label.substr(i, word.size()) == word) reach[i + word.size()] = Reach::kWords;
  }
  return reach;
}

// back[i]: how label[i, end) reads as service words and separators.
std::array<Reach, kMaxLabelBytes + 1> BackReach(std::string_view label) {
  std::array<Reach, kMaxLabelBytes + 1> reach{};
  reach[label.size()] = Reach::kSeparatorsOnly;
  for (std::size_t i = label.size(); i-- > 0;) {
    if (IsSeparator(label[i])) reach[i] = Better(reach[i], reach[i + 1]);
    for (std::string_view word : kServiceWords) {
      const std::size_t end = i + word.size();
      if (end <= label.size() && reach[end] != Reach::kNo && label.substr(i, word.size()) == word)
        reach[i] = Reach::kWords;
    }
  }
  return reach;
}

}  // namespace

std::vector<std::string_view> NamesBetweenServiceWords(std::string_view label) {
  std::vector<std::string_view> names;
  if (label.empty() || label.size() > kMaxLabelBytes) return names;
  const auto front = FrontReach(label);
  const auto back = BackReach(label);
  for (std::size_t p = 0; p < label.size(); ++p) {
    if (front[p] == Reach::kNo) continue;
    for (std::size_t q = p + 1; q <= label.size(); ++q) {
      if (back[q] == Reach::kNo) continue;
      if (front[p] != Reach::kWords && back[q] != Reach::kWords) continue;
      names.push_back(label.substr(p, q - p));
    }
  }
  return names;
}

}  // namespace phishscan
