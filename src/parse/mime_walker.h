// Visits a parsed MIME tree without recursion, depth-first in document order,
// turning its leaves into text parts and attachments within the Limits on
// depth, part count and decoded bytes.
#ifndef PHISHSCAN_PARSE_MIME_WALKER_H_
#define PHISHSCAN_PARSE_MIME_WALKER_H_

#include <gmime/gmime.h>

#include "parse/message.h"
#include "parse/part_content.h"
#include "phishscan/limits.h"

namespace phishscan {

// Reads the tree under `root` (the message body, depth 0) into
// message.text_parts, message.attachments and the part counters. An embedded
// message/rfc822 or attached .eml file is entered one level deeper (parsed
// with `options`): a forwarded lure is read too.
void WalkMimeTree(GMimeObject* root, GMimeParserOptions* options, const Limits& limits,
                  DecodeBudget& budget, Message& message);

}  // namespace phishscan

#endif  // PHISHSCAN_PARSE_MIME_WALKER_H_
