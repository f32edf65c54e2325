// The verdict object: the one contract every front end serialises
// (design/report-schema.md). Add fields, never rename them.
#ifndef PHISHSCAN_VERDICT_H_
#define PHISHSCAN_VERDICT_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace phishscan {

// The family a signal belongs to: the seed's five signs first, then the others.
enum class Sign {
  kSenderMismatch,
  kGenericWording,
  kCredentialRequest,
  kDeceptiveLink,
  kUrgency,
  kFraudLure,
  kAuthentication,
  kAttachment,
  kStructure,
};
std::string_view SignName(Sign sign);  // "sender_mismatch", ...

enum class Label { kClean, kSuspicious, kPhishing };
std::string_view LabelName(Label label);  // "clean" | "suspicious" | "phishing"

enum class Lang { kEn, kFr };

// What a detector saw, as ordered key/value pairs ("header" -> "From", "host" -> ...).
using Evidence = std::vector<std::pair<std::string, std::string>>;

struct Signal {
  std::string id;  // stable, dotted: <detector>.<finding>
  Sign sign = Sign::kStructure;
  int weight = 0;  // contribution before combination, 0..100
  Evidence evidence;
  std::string explanation_en;
  std::string explanation_fr;

  const std::string& Explanation(Lang lang) const {
    return lang == Lang::kFr ? explanation_fr : explanation_en;
  }
};

struct MessageSummary {
  std::string from;
  std::string to;
  std::string subject;
  std::string date;
  std::string message_id;
};

struct Verdict {
  std::string source;  // file path, "path#N" for the N-th message of an mbox
  Label label = Label::kClean;
  int score = 0;  // 0..100
  std::vector<Signal> signals;  // strongest first
  MessageSummary message;
  std::vector<std::string> notes;  // limits reached, parts that could not be decoded
  std::string error;               // set only when the input could not be read as a message
};

}  // namespace phishscan

#endif  // PHISHSCAN_VERDICT_H_
