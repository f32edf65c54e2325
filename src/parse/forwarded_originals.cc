#include "parse/forwarded_originals.h"

#include <string>
#include <utility>
#include <vector>

#include "base/text.h"
#include "parse/forwarded_header.h"
#include "parse/html_lines.h"

namespace phishscan {

void AddForwardedOriginal(ForwardedOriginal original, Message& message) {
  if (message.forwarded.size() >= kMaxForwardedOriginals) return;
  for (const ForwardedOriginal& known : message.forwarded)
    if (EqualsIgnoreCase(known.from.address, original.from.address) && known.subject == original.subject) return;
  message.forwarded.push_back(std::move(original));
}

void ReadInlineForwardedOriginals(Message& message) {
  for (const TextPart& part : message.text_parts) {
    if (message.forwarded.size() >= kMaxForwardedOriginals) return;
    // Plain text is tested by ReadForwardedHeaderBlocks itself; HTML is
    // tested here, before the longer work of rendering it to lines.
    if (part.is_html && !MayHoldForwardedHeader(part.text)) continue;
    const std::string lines = part.is_html ? HtmlToLines(part.text, part.text.size()) : std::string();
    const std::string_view text = part.is_html ? std::string_view(lines) : std::string_view(part.text);
    for (ForwardedOriginal& original : ReadForwardedHeaderBlocks(text, kMaxForwardedOriginals))
      AddForwardedOriginal(std::move(original), message);
  }
}

}  // namespace phishscan
