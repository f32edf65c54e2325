// Address headers: GMime's tolerant address-list parser first, then a last
// resort that still finds "something@domain" in values it rejects, since a
// sender that cannot be read is itself worth reporting on.
#include <string>

#include "base/byte_set.h"
#include "base/domain.h"
#include "base/text.h"
#include "parse/glib_ptr.h"
#include "parse/gmime_init.h"
#include "parse/mailbox_list.h"
#include "parse/message.h"
#include "parse/utf8_repair.h"

namespace phishscan {

namespace {

constexpr std::size_t kMaxValueBytes = 64u << 10;
constexpr std::size_t kMaxMailboxes = 1000;
constexpr int kMaxGroupDepth = 4;

std::string LowerUtf8(std::string_view text) {
  GCharPtr lower(g_utf8_strdown(text.data(), static_cast<gssize>(text.size())));
  return lower != nullptr ? std::string(lower.get()) : AsciiLower(text);
}

Mailbox BuildMailbox(std::string_view display_name, std::string_view address) {
  Mailbox mailbox;
  mailbox.display_name = RepairUtf8(TrimWhitespace(display_name));
  std::string written = RepairUtf8(TrimWhitespace(address));
  const std::size_t at = written.rfind('@');
  if (at != std::string::npos) {
    written = written.substr(0, at + 1) + LowerUtf8(std::string_view(written).substr(at + 1));
  }
  mailbox.address = std::move(written);
  mailbox.domain = DomainOfAddress(mailbox.address);
  if (!mailbox.domain.empty()) mailbox.registrable_domain = RegistrableDomain(mailbox.domain);
  return mailbox;
}

void AppendMailboxes(InternetAddressList* list, int depth, std::vector<Mailbox>& out) {
  if (list == nullptr || depth > kMaxGroupDepth) return;
  const int count = internet_address_list_length(list);
  for (int i = 0; i < count && out.size() < kMaxMailboxes; ++i) {
    InternetAddress* address = internet_address_list_get_address(list, i);
    if (INTERNET_ADDRESS_IS_GROUP(address)) {
      auto* group = INTERNET_ADDRESS_GROUP(address);
      AppendMailboxes(internet_address_group_get_members(group), depth + 1, out);
    } else if (INTERNET_ADDRESS_IS_MAILBOX(address)) {
      const char* name = internet_address_get_name(address);
      const char* addr = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address));
      if (addr == nullptr || *addr == '\0') continue;
      out.push_back(BuildMailbox(name != nullptr ? name : "", addr));
    }
  }
}

// "Name <a@b>" or a bare word holding '@', for values GMime could not parse.
std::vector<Mailbox> FallbackMailbox(std::string_view value) {
  const std::size_t open = value.rfind('<');
  const std::size_t close = value.find('>', open == std::string_view::npos ? 0 : open);
  if (open != std::string_view::npos && close != std::string_view::npos) {
    std::string_view inner = value.substr(open + 1, close - open - 1);
    if (inner.find('@') != std::string_view::npos) {
      std::string_view name = TrimWhitespace(value.substr(0, open));
      if (name.size() >= 2 && name.front() == '"' && name.back() == '"') {
        name = name.substr(1, name.size() - 2);
      }
      return {BuildMailbox(name, inner)};
    }
  }
  std::size_t at = value.find('@');
  if (at == std::string_view::npos) return {};
  static constexpr ByteSet kAddressEnd(" \t<>\",;()");
  std::size_t begin = kAddressEnd.FindLastIn(value, at);
  std::size_t end = kAddressEnd.FindFirstIn(value, at);
  begin = begin == std::string_view::npos ? 0 : begin + 1;
  end = end == std::string_view::npos ? value.size() : end;
  return {BuildMailbox("", value.substr(begin, end - begin))};
}

}  // namespace

std::vector<Mailbox> ParseMailboxList(std::string_view value) {
  EnsureGMimeInitialized();
  return ParseMailboxList(value, SharedPermissiveParserOptions());
}

std::vector<Mailbox> ParseMailboxList(std::string_view value, GMimeParserOptions* options) {
  value = TrimWhitespace(value.substr(0, kMaxValueBytes));
  std::vector<Mailbox> mailboxes;
  if (value.empty()) return mailboxes;
  EnsureGMimeInitialized();
  const std::string terminated(value);
  GObjectPtr<InternetAddressList> list(internet_address_list_parse(options, terminated.c_str()));
  AppendMailboxes(list.get(), 0, mailboxes);
  if (mailboxes.empty()) mailboxes = FallbackMailbox(value);
  return mailboxes;
}

Mailbox MailboxFromAddress(std::string_view address) {
  address = TrimWhitespace(address.substr(0, kMaxValueBytes));
  if (!address.empty() && address.front() == '<') address.remove_prefix(1);
  if (!address.empty() && address.back() == '>') address.remove_suffix(1);
  return BuildMailbox("", address);
}

}  // namespace phishscan
