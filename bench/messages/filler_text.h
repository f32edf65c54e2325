// Deterministic filler prose for generated benchmark messages: ordinary
// business wording in English, French and German, so that phrase matching
// and text normalisation do the work they do on real mail (mixed case,
// accents, punctuation), and the same seed always gives the same bytes.
#ifndef PHISHSCAN_BENCH_MESSAGES_FILLER_TEXT_H_
#define PHISHSCAN_BENCH_MESSAGES_FILLER_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>

namespace phishscan::bench {

class FillerText {
 public:
  explicit FillerText(std::uint32_t seed) : state_(seed | 1u) {}

  // Appends one sentence (8 to 20 words, capitalised, ending in a full stop).
  void AppendSentence(std::string& out);
  // Appends sentences, two per line, until `bytes` more bytes have been
  // written (at least one sentence).
  void AppendProse(std::string& out, std::size_t bytes);
  // A number in [0, bound), from the same deterministic sequence.
  std::uint32_t Next(std::uint32_t bound);

 private:
  std::uint32_t state_;
};

}  // namespace phishscan::bench

#endif  // PHISHSCAN_BENCH_MESSAGES_FILLER_TEXT_H_
