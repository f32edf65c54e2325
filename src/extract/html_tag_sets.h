// Element categories of the HTML5 tree construction algorithm, as Gumbo
// 0.10 implements them, used by the HTML guard to predict the parser's stack.
// Where Gumbo and the current standard differ the sets err on the side that
// keeps the guard's estimate of the stack at least as deep as Gumbo's.
#ifndef PHISHSCAN_EXTRACT_HTML_TAG_SETS_H_
#define PHISHSCAN_EXTRACT_HTML_TAG_SETS_H_

#include <gumbo.h>

#include <string_view>

namespace phishscan {

// Inserted and immediately popped: never on the stack of open elements.
bool IsVoidElement(GumboTag tag);
// Void elements that carry evidence and are never dropped.
bool IsEvidenceVoidElement(GumboTag tag);
// "Special" elements: an end tag for an ordinary element stops at them.
bool IsSpecialElement(GumboTag tag);
// Boundaries of "has an element in scope" (the default scope).
bool IsScopeBoundary(GumboTag tag);
// Elements whose content the tokenizer may read as text up to their end tag
// (always in HTML for most; <noscript> and <plaintext> depending on context).
bool IsRawTextElement(GumboTag tag);
// Start tags that close an open <p> ("close a p element").
bool ClosesParagraph(GumboTag tag);
// Table parts that Gumbo ignores outside a table.
bool IsTablePart(GumboTag tag);
// Ends scoped by "table scope" instead of the default scope.
bool UsesTableScope(GumboTag tag);
// The name a formatting element is renamed to (kGuardedTagPrefix + its
// name), or "" for other elements.
std::string_view FormattingReplacement(GumboTag tag);

}  // namespace phishscan

#endif  // PHISHSCAN_EXTRACT_HTML_TAG_SETS_H_
