#include "parse/gmime_init.h"

#include <mutex>

namespace phishscan {

void EnsureGMimeInitialized() {
  static std::once_flag once;
  std::call_once(once, [] { g_mime_init(); });
}

ParserOptionsPtr NewPermissiveParserOptions() {
  EnsureGMimeInitialized();
  ParserOptionsPtr options(g_mime_parser_options_new());
  g_mime_parser_options_set_rfc2047_compliance_mode(options.get(), GMIME_RFC_COMPLIANCE_LOOSE);
  g_mime_parser_options_set_address_compliance_mode(options.get(), GMIME_RFC_COMPLIANCE_LOOSE);
  g_mime_parser_options_set_parameter_compliance_mode(options.get(), GMIME_RFC_COMPLIANCE_LOOSE);
  g_mime_parser_options_set_allow_addresses_without_domain(options.get(), TRUE);
  // Unlabelled 8-bit header bytes: UTF-8 when valid, else the charset most
  // Western mailers actually meant when they sent raw Latin-1.
  const char* fallback[] = {"utf-8", "windows-1252", nullptr};
  g_mime_parser_options_set_fallback_charsets(options.get(), fallback);
  return options;
}

GMimeParserOptions* SharedPermissiveParserOptions() {
  // Intentionally never freed: it lives as long as the process, like GMime.
  static GMimeParserOptions* const shared = NewPermissiveParserOptions().release();
  return shared;
}

}  // namespace phishscan
