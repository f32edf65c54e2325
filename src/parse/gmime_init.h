// GMime must be initialised once per process before any of its objects are
// used; every parse entry point calls EnsureGMimeInitialized() first.
#ifndef PHISHSCAN_PARSE_GMIME_INIT_H_
#define PHISHSCAN_PARSE_GMIME_INIT_H_

#include <gmime/gmime.h>

#include "parse/glib_ptr.h"

namespace phishscan {

// Thread-safe and idempotent.
void EnsureGMimeInitialized();

// New parser options tolerant of everything real mail gets wrong: loose
// RFC 2047, address and parameter parsing, addresses without a domain, and
// 8-bit header text read as UTF-8 or else windows-1252.
ParserOptionsPtr NewPermissiveParserOptions();

// One shared permissive options object (no warning callback), for parsing
// single header values outside a message. Read-only after creation.
GMimeParserOptions* SharedPermissiveParserOptions();

}  // namespace phishscan

#endif  // PHISHSCAN_PARSE_GMIME_INIT_H_
