#include "detect/finding_examples.h"

#include <algorithm>

namespace phishscan {
namespace {

constexpr std::size_t kMaxExamples = 3;
constexpr int kWeightPerExtraExample = 2;

}  // namespace

void EmitFinding(std::string id, Sign sign, FindingItem item, int max_weight,
                 std::vector<FindingExample> examples, std::vector<Signal>& out) {
  if (examples.empty()) return;
  std::stable_sort(examples.begin(), examples.end(),
                   [](const FindingExample& a, const FindingExample& b) { return a.weight > b.weight; });
  const std::size_t others = examples.size() - 1;
  Signal s;
  s.id = std::move(id);
  s.sign = sign;
  s.weight = std::min(max_weight, examples.front().weight +
                                      kWeightPerExtraExample * static_cast<int>(std::min<std::size_t>(others, 2)));
  s.explanation_en = std::move(examples.front().en);
  s.explanation_fr = std::move(examples.front().fr);
  const bool link = item == FindingItem::kLink;
  const std::string n = std::to_string(others);
  if (others == 1) {
    s.explanation_en += link ? " One other link does the same." : " One other attachment does the same.";
    s.explanation_fr += link ? " Un autre lien fait de même." : " Une autre pièce jointe fait de même.";
  } else if (others > 1) {
    s.explanation_en += " " + n + (link ? " other links do the same." : " other attachments do the same.");
    s.explanation_fr += " " + n + (link ? " autres liens font de même." : " autres pièces jointes font de même.");
  }
  for (std::size_t i = 0; i < examples.size() && i < kMaxExamples; ++i)
    for (auto& kv : examples[i].evidence) s.evidence.push_back(std::move(kv));
  out.push_back(std::move(s));
}

}  // namespace phishscan
