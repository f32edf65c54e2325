#include "detect/forwarded_finding.h"

#include <string>
#include <string_view>
#include <utility>

#include "base/text.h"
#include "detect/explanation_text.h"

namespace phishscan {
namespace {

constexpr std::size_t kEvidenceBytes = 200;

// "The message claims" -> "The message forwarded here claims"; "The sender
// name ..." -> "In the message forwarded here, the sender name ...".
std::string Restate(const std::string& text, std::string_view subject, std::string_view restated,
                    std::string_view intro) {
  if (text.rfind(subject, 0) == 0) return std::string(restated) + text.substr(subject.size());
  std::string rest = text;
  if (rest.size() >= 2 && rest[0] >= 'A' && rest[0] <= 'Z' && !(rest[1] >= 'A' && rest[1] <= 'Z'))
    rest[0] = static_cast<char>(rest[0] - 'A' + 'a');
  return std::string(intro) + rest;
}

}  // namespace

Signal AsForwardedFinding(Signal signal, const ForwardedOriginal& original) {
  bool named = false;
  for (auto& [key, value] : signal.evidence) {
    if (key == "from") {
      key = "forwarded_from";
      named = true;
    }
  }
  if (!named)
    signal.evidence.insert(signal.evidence.begin(),
                           {"forwarded_from", Ellipsize(original.from.address, kEvidenceBytes)});
  if (!original.subject.empty())
    signal.evidence.push_back({"forwarded_subject", Ellipsize(original.subject, kEvidenceBytes)});
  signal.evidence.push_back({"forwarded_as", original.attached ? "attached message" : "inline header"});
  signal.explanation_en = Restate(signal.explanation_en, "The message ", "The message forwarded here ",
                                  "In the message forwarded here, ");
  signal.explanation_fr = Restate(signal.explanation_fr, "Le message ", "Le message transféré ici ",
                                  "Dans le message transféré ici, ");
  return signal;
}

}  // namespace phishscan
