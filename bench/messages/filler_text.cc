#include "messages/filler_text.h"

#include <array>
#include <string_view>

namespace phishscan::bench {
namespace {

// Neutral words only: the filler must not itself look like a lure, so that
// the benchmarks measure the cost of reading ordinary text.
constexpr std::array<std::string_view, 96> kWords = {
    "the", "meeting", "report", "quarterly", "team", "schedule", "project", "update",
    "colleagues", "budget", "review", "agenda", "office", "library", "garden", "weekend",
    "summer", "winter", "recipe", "bakery", "concert", "tickets", "museum", "exhibition",
    "and", "with", "for", "about", "after", "before", "during", "between",
    "we", "you", "they", "our", "their", "will", "have", "discussed",
    "planned", "shared", "attached", "notes", "slides", "minutes", "draft", "version",
    "la", "réunion", "équipe", "projet", "prochaine", "semaine", "bibliothèque", "été",
    "nous", "avons", "préparé", "le", "compte", "rendu", "des", "échanges",
    "die", "Besprechung", "nächste", "Woche", "Bericht", "Mannschaft", "über", "Garten",
    "wir", "haben", "gestern", "besprochen", "und", "für", "Grüße", "Straße",
    "Monday", "Tuesday", "Thursday", "September", "October", "Lyon", "Berlin", "Porto",
    "coffee", "lunch", "train", "bicycle", "weather", "holiday", "photos", "music",
};

}  // namespace

std::uint32_t FillerText::Next(std::uint32_t bound) {
  // xorshift32: cheap, deterministic, good enough to vary word order.
  state_ ^= state_ << 13;
  state_ ^= state_ >> 17;
  state_ ^= state_ << 5;
  return bound == 0 ? 0 : state_ % bound;
}

void FillerText::AppendSentence(std::string& out) {
  const std::uint32_t words = 8 + Next(13);
  for (std::uint32_t i = 0; i < words; ++i) {
    std::string_view word = kWords[Next(kWords.size())];
    if (i == 0) {
      const char first = word[0];
      out.push_back(first >= 'a' && first <= 'z' ? static_cast<char>(first - 'a' + 'A') : first);
      out.append(word.substr(1));
    } else {
      out.push_back(Next(9) == 0 ? ',' : ' ');
      if (out.back() == ',') out.push_back(' ');
      out.append(word);
    }
  }
  out.append(". ");
}

void FillerText::AppendProse(std::string& out, std::size_t bytes) {
  // Two sentences per line: mail bodies are short lines, and line-oriented
  // code (plain-text link labels) should see realistic ones.
  const std::size_t target = out.size() + bytes;
  for (int sentence = 1;; ++sentence) {
    AppendSentence(out);
    if (out.size() >= target) break;
    if (sentence % 2 == 0) out.back() = '\n';
  }
}

}  // namespace phishscan::bench
