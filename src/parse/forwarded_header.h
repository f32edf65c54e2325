// Inline forwarded header blocks: the "From: / Sent: / To: / Subject:" lines
// a mail program writes above a message it forwards or quotes, in the
// languages the common programs write them ("De: / Enviado: / Assunto:",
// "Von: / Gesendet: / Betreff:", "Van: / Verzonden: / Onderwerp:"...).
#ifndef PHISHSCAN_PARSE_FORWARDED_HEADER_H_
#define PHISHSCAN_PARSE_FORWARDED_HEADER_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "parse/message.h"

namespace phishscan {

// The forwarded originals whose header blocks appear in `text` (plain text,
// LF or CRLF lines), in order, at most `max_blocks`. A block is a From line
// with an address, followed within a few lines by a date line and a subject
// line; lines may carry quote markers ("> ") or bold markers ("*From:*").
// Attribution lines ("On Mon, X wrote:") are not header blocks.
std::vector<ForwardedOriginal> ReadForwardedHeaderBlocks(std::string_view text, std::size_t max_blocks);

// Cheap test: whether `text` names a subject label at all, so that longer
// work (rendering HTML to lines) is done only where a block may be. Markup
// may separate a label from its colon, so this is the test for HTML.
bool MayHoldForwardedHeader(std::string_view text);

// Cheaper test for text as ReadForwardedHeaderBlocks reads it: whether a
// subject label is followed by its colon, with only blanks, no-break spaces
// or bold markers between ("Subject:", "*Betreff:*", "Objet :"). False
// means ReadForwardedHeaderBlocks finds nothing, since every block has a
// subject line.
bool MayHoldLabelledSubject(std::string_view text);

}  // namespace phishscan

#endif  // PHISHSCAN_PARSE_FORWARDED_HEADER_H_
