// The JSON object of design/report-schema.md. Keys keep the schema's order
// (ordered_json) and evidence keeps the detector's order. Every string is
// made valid UTF-8 first: nlohmann::json throws on invalid UTF-8 when
// dumping, and message bytes are whatever the attacker sent.
#include <nlohmann/json.hpp>
#include <cstddef>
#include <string>

#include "phishscan/report.h"
#include "report/evidence.h"
#include "report/safe_text.h"
#include "report/wording.h"

namespace phishscan {
namespace {

using Json = nlohmann::ordered_json;

// An empty object with room for `keys` members. ordered_json keeps its members
// in a vector of pair<const string, json>; the const key makes a pair copy
// rather than move when the vector grows, copying every nested value with it.
Json ObjectWithRoomFor(std::size_t keys) {
  Json object = Json::object();
  object.get_ref<Json::object_t&>().reserve(keys);
  return object;
}

// An unreadable input was not scanned: "no sign of phishing" would mislead.
std::string_view UnreadAdvice(Lang lang) {
  return lang == Lang::kFr ? "Ce message n'a pas pu être lu : il n'a donc pas été analysé."
                           : "This message could not be read, so it was not checked.";
}

// Evidence is an ordered list in which a key may repeat (two hosts); JSON
// object keys are unique, so a repeated key becomes "host_2", "host_3"...
Json EvidenceObject(const Evidence& evidence) {
  const Evidence distinct = DistinctEvidence(evidence);
  Json object = ObjectWithRoomFor(distinct.size());
  for (const auto& [raw_key, value] : distinct) {
    const std::string key = ValidUtf8(raw_key);
    std::string unique = key;
    for (int n = 2; object.contains(unique); ++n) unique = key + "_" + std::to_string(n);
    object[unique] = ValidUtf8(value);
  }
  return object;
}

Json SignalObject(const Signal& signal, Lang lang) {
  Json object = ObjectWithRoomFor(5);
  object["id"] = ValidUtf8(signal.id);
  object["sign"] = SignName(signal.sign);
  object["weight"] = signal.weight;
  object["evidence"] = EvidenceObject(signal.evidence);
  object["explanation"] = ValidUtf8(SignalExplanation(signal, lang));
  return object;
}

Json MessageObject(const MessageSummary& m) {
  Json object = ObjectWithRoomFor(5);
  object["from"] = ValidUtf8(m.from);
  object["subject"] = ValidUtf8(m.subject);
  object["date"] = ValidUtf8(m.date);
  object["message_id"] = ValidUtf8(m.message_id);
  object["to"] = ValidUtf8(m.to);
  return object;
}

}  // namespace

std::string RenderJson(const Verdict& verdict, Lang lang, bool pretty) {
  Json object = ObjectWithRoomFor(8);  // "error" included
  object["source"] = ValidUtf8(verdict.source);
  object["verdict"] = LabelName(verdict.label);
  object["score"] = verdict.score;
  Json signals = Json::array();
  signals.get_ref<Json::array_t&>().reserve(verdict.signals.size());
  for (const Signal& signal : verdict.signals) signals.push_back(SignalObject(signal, lang));
  object["signals"] = std::move(signals);
  object["advice"] = verdict.error.empty() ? Advice(verdict.label, lang) : UnreadAdvice(lang);
  object["message"] = MessageObject(verdict.message);
  Json notes = Json::array();
  for (const std::string& note : verdict.notes) notes.push_back(ValidUtf8(note));
  object["notes"] = std::move(notes);
  if (!verdict.error.empty()) object["error"] = ValidUtf8(verdict.error);
  // Everything is valid UTF-8 by now; `replace` only guards against a string
  // added above without ValidUtf8 ever making dump() throw.
  return object.dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace phishscan
