// Finds values a message hands out under a label, as in "Password: bx5vbi99",
// "Mot de passe : x7Kq2", "Website: coin-vault.example". The fake
// funded-account scam gives the reader a login for a site holding a fortune;
// what it hands over is written exactly this way.
#ifndef PHISHSCAN_DETECT_LABELLED_VALUE_H_
#define PHISHSCAN_DETECT_LABELLED_VALUE_H_

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace phishscan {

struct LabelledValue {
  std::string label;  // as matched, e.g. "password"
  std::string value;  // the word after the colon, trailing punctuation removed
};

// In normalised (lower-case) `text`, each `label` that starts a word and is
// followed by a colon (or '='), up to two spaces either side, and a value of
// 1 to 64 non-space bytes. At most `max_results`, in label then text order.
std::vector<LabelledValue> FindLabelledValues(std::string_view text, const std::vector<std::string_view>& labels,
                                              std::size_t max_results = 4);

// Whether one of `labels` ends right before one of `separators` in `text`,
// spaces or tabs between ("password :"). A label search that needs the
// separator finds nothing in a text without one, and most texts have none:
// one pass per separator spares a search of the whole text per label.
bool HasLabelBeforeSeparator(std::string_view text, std::span<const std::string_view> labels,
                             std::string_view separators = ":");

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_LABELLED_VALUE_H_
