// Whether a sender name and its address name the same party: "Deutsche Bahn"
// and bahn.de, "Washington Mutual" and wamu.com, "The Motley Fool" and
// motleyfool.com, "CNET News.com" and cnet.com. Names are compared by their
// significant words, folded to ASCII, without the generic words ("team",
// "service", "news"...) that every sender uses, in the languages supported.
#ifndef PHISHSCAN_DETECT_SENDER_NAME_MATCH_H_
#define PHISHSCAN_DETECT_SENDER_NAME_MATCH_H_

#include <string>
#include <string_view>
#include <vector>

namespace phishscan {

// The significant words of a sender name, lower-case ASCII ("Crédit
// Agricole Sud" -> {"credit", "agricole", "sud"}). Words that do not fold to
// ASCII letters or digits (other scripts) are dropped; at most 16 words.
std::vector<std::string> SignificantNameWords(std::string_view display_name);

// How many space-separated words of a sender name hold a significant word
// of at least `min_letters`: hyphenated names ("Jean-Pierre") count once.
std::size_t CountNameWords(std::string_view display_name, std::size_t min_letters);

// True when the name's words and the address share a part: a word found in
// the local part or a domain label, a label found in the name, or a label
// spelt from the words' beginnings ("wamu", "dbschenker", "ce" for "Caisse
// d'Epargne"). `labels` are the domain labels the owner chose, lower case.
bool NameMatchesAddress(const std::vector<std::string>& words, std::string_view local_part,
                        const std::vector<std::string>& labels);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_SENDER_NAME_MATCH_H_
