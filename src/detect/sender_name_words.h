// The words that identify a sender by name: "Washington Mutual" in
// "Washington Mutual Security Service". A link whose text carries them
// presents itself as the sender's own site.
#ifndef PHISHSCAN_DETECT_SENDER_NAME_WORDS_H_
#define PHISHSCAN_DETECT_SENDER_NAME_WORDS_H_

#include <string>
#include <string_view>
#include <vector>

namespace phishscan {

// Up to three lower-case words of at least four letters from a display name,
// without the words any sender uses ("team", "support", "service", "news",
// "security", "customer"...) and without addresses. Empty when nothing
// distinctive is left.
std::vector<std::string> DistinctiveNameWords(std::string_view display_name);

// True when `text` names the sender: it carries, as whole words in any case,
// every one of `words` or at least two of them ("Harbour Savings Online" for
// "Harbour Savings Bank").
bool TextNamesWords(std::string_view text, const std::vector<std::string>& words);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_SENDER_NAME_WORDS_H_
