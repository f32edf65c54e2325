#include "parse/message_fields.h"

#include <algorithm>

#include "base/text.h"
#include "parse/auth_results.h"
#include "parse/displayed_sender.h"
#include "parse/mailbox_list.h"
#include "parse/parse_notes.h"
#include "parse/received.h"

namespace phishscan {

namespace {

constexpr std::size_t kMaxRecipients = 1000;

void AppendAll(std::vector<Mailbox> from, std::vector<Mailbox>& to) {
  for (Mailbox& mailbox : from) {
    if (to.size() >= kMaxRecipients) return;
    to.push_back(std::move(mailbox));
  }
}

std::optional<Mailbox> FirstMailbox(std::vector<Mailbox> list) {
  if (list.empty()) return std::nullopt;
  return std::move(list.front());
}

// The fields GMime reads addresses from when it builds a message, and so
// warns about: they are all parsed with the message's parser options.
bool IsAddressField(std::string_view name) {
  for (std::string_view known : {"from", "sender", "reply-to", "to", "cc", "bcc"})
    if (EqualsIgnoreCase(name, known)) return true;
  return false;
}

std::string ReturnPathAddress(const std::string& raw) {
  std::optional<Mailbox> mailbox = FirstMailbox(ParseMailboxList(raw));
  return mailbox ? mailbox->address : MailboxFromAddress(raw).address;
}

// A Received-SPF line counts only when no Authentication-Results gave SPF.
void AddReceivedSpf(const std::optional<std::string>& received_spf, Message& message) {
  if (!received_spf) return;
  const bool have_spf = std::any_of(message.auth_results.begin(), message.auth_results.end(),
                                    [](const AuthResults& r) { return !r.spf.empty(); });
  if (have_spf) return;
  if (std::optional<AuthResults> spf = ParseReceivedSpf(*received_spf)) {
    message.auth_results.push_back(std::move(*spf));
  }
}

// `"Offer name", x@shop.example`: the first parsed mailbox is the name
// alone; the sender is the name mail programs show with the address after it.
void RecoverFrom(std::string_view from_value, Message& message) {
  std::optional<Mailbox> shown = RecoverDisplayedSender(from_value, message.from_all);
  if (!shown) return;
  message.from = std::move(*shown);
  AddNote(message, "From: a comma cuts the name off from the address; the sender is read as the "
                   "name shown with the address that follows it");
}

}  // namespace

void ReadMessageFields(const std::vector<std::string>& raw_values, GMimeParserOptions* options, Message& message) {
  bool seen_subject = false, seen_date = false, seen_id = false, seen_return_path = false;
  std::optional<std::string> received_spf;
  bool seen_from = false;
  std::string from_value;  // decoded value of the first From
  for (std::size_t i = 0; i < message.headers.size() && i < raw_values.size(); ++i) {
    const HeaderField& field = message.headers[i];
    const std::string& raw = raw_values[i].empty() ? field.raw : raw_values[i];
    const auto is = [&field](std::string_view name) { return EqualsIgnoreCase(field.name, name); };
    std::vector<Mailbox> mailboxes;
    if (IsAddressField(field.name)) mailboxes = ParseMailboxList(raw, options);
    if (is("from")) {
      if (!seen_from) from_value = field.value;
      seen_from = true;
      AppendAll(std::move(mailboxes), message.from_all);
    } else if (is("reply-to") && !message.reply_to) {
      message.reply_to = FirstMailbox(std::move(mailboxes));
    } else if (is("sender") && !message.sender) {
      message.sender = FirstMailbox(std::move(mailboxes));
    } else if (is("return-path") && !seen_return_path) {
      seen_return_path = true;
      message.return_path = ReturnPathAddress(raw);
    } else if (is("to")) {
      AppendAll(std::move(mailboxes), message.to);
    } else if (is("cc")) {
      AppendAll(std::move(mailboxes), message.cc);
    } else if (is("subject") && !seen_subject) {
      seen_subject = true;
      message.subject = field.value;
    } else if (is("date") && !seen_date) {
      seen_date = true;
      message.date = field.raw;
    } else if (is("message-id") && !seen_id) {
      seen_id = true;
      message.message_id = field.raw;
    } else if (is("authentication-results")) {
      message.auth_results.push_back(ParseAuthenticationResults(raw));
    } else if (is("received")) {
      message.received.push_back(ParseReceived(raw));
    } else if (is("received-spf") && !received_spf) {
      received_spf = raw;
    }
  }
  if (!message.from_all.empty()) message.from = message.from_all.front();
  RecoverFrom(from_value, message);
  AddReceivedSpf(received_spf, message);
}

}  // namespace phishscan
