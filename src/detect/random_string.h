// Whether a run of letters reads as words (in any of the languages mail is
// written in) or as a machine-drawn random string: "vzygwjnn", "xMARt",
// "qwdordhhs". Used on the parts of a sender address that a person or a
// brand chose: the local part and the domain labels.
#ifndef PHISHSCAN_DETECT_RANDOM_STRING_H_
#define PHISHSCAN_DETECT_RANDOM_STRING_H_

#include <string>
#include <string_view>

namespace phishscan {

enum class RandomStringKind {
  kLocalPart,    // case as written is meaningful
  kDomainLabel,  // the organisation label: case-insensitive, often an acronym
  kHostLabel,    // a label left of it ("pqqjd.support-desk.example"): mail hosts are words or short codes
};

struct RandomPiece {
  std::string piece;  // the letters that look random, "" when none do
  std::string why;    // "mixed case", "unpronounceable letter pairs", "consonant run"
};

// Why one run of ASCII letters looks random, or "" when it reads as words,
// names, acronyms or brand names.
std::string_view RandomnessOf(std::string_view letters, RandomStringKind kind);

// "McKay", "DeVos", "LaToya", "eBay", "iCloud": names whose case changes
// twice by convention.
bool IsConventionalMixedCase(std::string_view letters);

// The first run of letters in `text` (split at digits, dots, dashes...)
// that looks random. Non-ASCII text is never judged.
RandomPiece FindRandomPiece(std::string_view text, RandomStringKind kind);

// Whether FindRandomPiece would find a piece, without copying it.
bool HasRandomRun(std::string_view text, RandomStringKind kind);

// The first run of letters in `text` whose capitals fall at random
// ("XpQrTwzLmVbK" in "XpQrTwzLmVbK7.relay.example"), "" when none. Host names
// ignore case: mail software writes them in lower case and organisations in
// their own capitals ("NorthwindTraders"); only generators mix case at random.
// Lower-case runs are not judged: the short codes of mail hosts ("bnc3",
// "em8412") read as random without being so.
std::string FindRandomlyCasedRun(std::string_view text);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_RANDOM_STRING_H_
