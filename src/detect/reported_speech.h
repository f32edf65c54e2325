// Words a message reports rather than says. An IT department's alert quotes
// the lure it warns about ("Failure to authenticate within 24 hours will
// result in disrupted email access"); a bank's scam bulletin quotes the
// extortion mail ("I will send the video to all your contacts"). Read as the
// sender's own words, those quotes make the warning look like the lure.
//
// Quotation marks are no excuse from a stranger: anyone can type them. They
// count only when the receiving server vouched for the sender and every link
// stays with that sender, so the quoted words cannot lead the reader anywhere
// the sender does not answer for.
#ifndef PHISHSCAN_DETECT_REPORTED_SPEECH_H_
#define PHISHSCAN_DETECT_REPORTED_SPEECH_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "detect/context.h"
#include "detect/phrase_matcher.h"

namespace phishscan {

// The farthest apart an opening and a closing quotation mark may be: a
// quoted sentence or short paragraph, not half a message.
inline constexpr std::size_t kMaxQuotationBytes = 1200;

// True when [start, end) of `text` lies between an opening and a closing
// quotation mark ("…", «…», „…“ after normalisation) within one part of the
// text (parts are separated by '\n') and at most kMaxQuotationBytes apart.
bool InQuotation(std::string_view text, std::size_t start, std::size_t end);

// True when the receiving server vouched for From (DMARC pass or aligned
// DKIM) and every web link leads to a domain related to the sender; a
// message without links qualifies too.
bool SpeaksFromItsOwnAddress(const ScanContext& ctx);

// The matches of `hits` that are not inside quotation marks, in order.
std::vector<PhraseMatch> UnquotedMatches(const PhraseHits& hits);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_REPORTED_SPEECH_H_
