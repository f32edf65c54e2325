// The code a bulk mailer stamps on each run of a mailing: "Stroom Advies...HXpD",
// "Pakketservice .TQWNRXD", "newsletters.RVNw@". Mailing software appends it to
// the sender name and the address (and often the subject) so that each run
// looks different to filters and the sender can tell which run was
// answered. A person or an organisation signs with a name; nobody signs
// "...tzRK".
#ifndef PHISHSCAN_DETECT_CAMPAIGN_TAG_H_
#define PHISHSCAN_DETECT_CAMPAIGN_TAG_H_

#include <string>
#include <string_view>

namespace phishscan {

// The code glued to the end of a sender name by dots ("Shop...tzRK",
// "Shop .WQTN", not "M.A. DeSouza"): letters and digits mixed, or letters
// whose capitals fall where no word puts them. When `subject` ends with
// the same glued word, a plain word ("Team...Pwrk" and "...?..Pwrk")
// counts too. "" when the name ends otherwise.
std::string NameCampaignTag(std::string_view sender_name, std::string_view subject);

// The code in an address's local part: after a word and a dot
// ("newsletters.RVNw", "news.kZTT", "news.XKPT"), four to six letters whose
// capitals fall where no name or word puts them, or capitals without a
// vowel ("Jean.DUPONT", "anne.McKay" are names); or the whole local part
// when it is capitalised words and a serial number ("HOT_DEAL_4_58302").
// "" when none.
std::string LocalPartCampaignTag(std::string_view local_part);

// Whether `tag` stands as a whole word in `text`, in the same case.
bool ContainsTag(std::string_view text, std::string_view tag);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_CAMPAIGN_TAG_H_
