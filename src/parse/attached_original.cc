#include "parse/attached_original.h"

#include <string>
#include <string_view>
#include <vector>

#include "base/text.h"
#include "parse/header_fields.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxRawValueBytes = 2048;

// The unfolded raw value of the first `name` header, "" when none.
std::string RawHeader(GMimeMessage* message, const char* name) {
  GMimeHeaderList* headers = g_mime_object_get_header_list(GMIME_OBJECT(message));
  if (headers == nullptr) return "";
  GMimeHeader* header = g_mime_header_list_get_header(headers, name);
  const char* raw = header != nullptr ? g_mime_header_get_raw_value(header) : nullptr;
  if (raw == nullptr) return "";
  std::string value;
  for (const char* p = raw; *p != '\0' && value.size() < kMaxRawValueBytes; ++p)
    if (*p != '\r' && *p != '\n') value += *p;
  return value;
}

std::optional<Mailbox> FirstWithDomain(const std::string& raw) {
  for (Mailbox& m : ParseMailboxList(raw))
    if (!m.registrable_domain.empty()) return std::move(m);
  return std::nullopt;
}

}  // namespace

std::optional<ForwardedOriginal> ReadAttachedOriginal(GMimeMessage* attached, GMimeParserOptions* options) {
  if (attached == nullptr) return std::nullopt;
  std::optional<Mailbox> from = FirstWithDomain(RawHeader(attached, "From"));
  if (!from) return std::nullopt;
  ForwardedOriginal original;
  original.from = std::move(*from);
  original.reply_to = FirstWithDomain(RawHeader(attached, "Reply-To"));
  original.to = ParseMailboxList(RawHeader(attached, "To"));
  if (original.to.size() > kMaxForwardedRecipients) original.to.resize(kMaxForwardedRecipients);
  original.subject = Ellipsize(DecodeHeaderText(options, TrimWhitespace(RawHeader(attached, "Subject"))),
                               kMaxForwardedSubjectBytes);
  original.attached = true;
  return original;
}

}  // namespace phishscan
