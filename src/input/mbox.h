// The mbox format (mboxo and mboxrd): messages one after another, each
// starting with a "From sender date" line at the start of the file or after
// an empty line. A body line starting with "From " is escaped ">From " by
// mboxrd writers, but mboxo writers leave it, so a separator must also be
// followed by a header field line: "From the desk of..." opening a paragraph
// does not split a message.
#ifndef PHISHSCAN_INPUT_MBOX_H_
#define PHISHSCAN_INPUT_MBOX_H_

#include <cstddef>
#include <functional>
#include <string_view>

namespace phishscan {

// The offset of the first separator ("From " line) at or after `from`, not
// counting offset 0; npos when there is none.
std::size_t NextMboxSeparator(std::string_view mbox, std::size_t from);

// Calls `message(begin, end)` for each message in order, as SplitMbox
// describes, without holding all offsets: a huge mbox streams.
void ForEachMboxMessage(std::string_view mbox,
                        const std::function<void(std::size_t, std::size_t)>& message);

}  // namespace phishscan

#endif  // PHISHSCAN_INPUT_MBOX_H_
