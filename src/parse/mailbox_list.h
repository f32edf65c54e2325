// Address-list parsing that reports what GMime finds wrong with a value.
#ifndef PHISHSCAN_PARSE_MAILBOX_LIST_H_
#define PHISHSCAN_PARSE_MAILBOX_LIST_H_

#include <gmime/gmime.h>

#include <string_view>
#include <vector>

#include "parse/message.h"

namespace phishscan {

// ParseMailboxList with the parser options of the message being read: GMime
// reports an invalid address list or encoded word through their warning
// callback, as it would while building a message from the same field.
std::vector<Mailbox> ParseMailboxList(std::string_view value, GMimeParserOptions* options);

}  // namespace phishscan

#endif  // PHISHSCAN_PARSE_MAILBOX_LIST_H_
