// Message::forwarded: the senders of the messages a mail forwards, gathered
// from attached messages and from the header blocks in its text.
#ifndef PHISHSCAN_PARSE_FORWARDED_ORIGINALS_H_
#define PHISHSCAN_PARSE_FORWARDED_ORIGINALS_H_

#include "parse/message.h"

namespace phishscan {

// Adds `original` to message.forwarded unless the same sender and subject is
// already there (the plain and HTML versions of one text show one block) or
// kMaxForwardedOriginals are known.
void AddForwardedOriginal(ForwardedOriginal original, Message& message);

// Reads the inline header blocks of every text part (HTML read as lines).
void ReadInlineForwardedOriginals(Message& message);

}  // namespace phishscan

#endif  // PHISHSCAN_PARSE_FORWARDED_ORIGINALS_H_
