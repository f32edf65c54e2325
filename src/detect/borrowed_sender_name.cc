#include "detect/borrowed_sender_name.h"

#include <algorithm>

#include "base/text.h"
#include "detect/host_labels.h"
#include "detect/sender_name_match.h"
#include "detect/serial_name_mailbox.h"

namespace phishscan {
namespace {

constexpr std::size_t kMaxLocalPart = 40;  // longer local parts are bounce or tracking ids
constexpr std::size_t kMachineDigits = 4;  // "2.21122.29-..." VERP and ticket ids
// Person names mostly have two words; organisation names and slogans that
// can be compared with an address have at least this many.
constexpr std::size_t kMinOrganisationWords = 3;
constexpr std::size_t kMinComparedWord = 3;
constexpr std::size_t kMaxComparedName = 256;

std::string_view LocalPartOf(std::string_view address) {
  const std::size_t at = address.rfind('@');
  return at == std::string_view::npos ? std::string_view() : address.substr(0, at);
}

// "Stephen from Some Game", "Anna de Boutique", "Shop via Platform": a
// person or shop writing through a platform that sends from its own domain.
bool NamesARelayingPlatform(std::string_view sender_name) {
  const std::string name = AsciiLower(sender_name.substr(0, std::min(sender_name.size(), kMaxComparedName)));
  for (std::string_view connector : {" from ", " via ", " von ", " de la part de ", " at ", " @ ", " bei "})
    if (name.find(connector) != std::string::npos) return true;
  return false;
}

}  // namespace

std::string_view ChosenLocalPartOf(std::string_view address) {
  std::string_view local = LocalPartOf(address);
  if (const std::size_t plus = local.find('+'); plus != std::string_view::npos) local = local.substr(0, plus);
  const auto digits =
      static_cast<std::size_t>(std::count_if(local.begin(), local.end(), [](char c) { return c >= '0' && c <= '9'; }));
  if (local.size() > kMaxLocalPart || digits >= kMachineDigits || local.find_first_of("#=\"") != std::string_view::npos)
    return {};
  return local;
}

std::optional<BorrowedSenderName> FindBorrowedSenderName(const ScanContext& ctx) {
  const Mailbox& from = ctx.message.from;
  if (from.address.empty() || from.domain.empty()) return std::nullopt;  // sender.malformed_from's case
  const std::string sender_name = SenderNameOf(ctx);
  // Names carrying an address or a domain are sender.display_name_address's.
  if (sender_name.empty() || sender_name.find('@') != std::string::npos) return std::nullopt;
  // A personal mailbox carries a person's name, however the address reads;
  // a catalogued brand's own domain speaks for all its product names;
  // "Anna from Shop", "Shop via Platform": a platform sends for its
  // customers from its own domain.
  if (ctx.knowledge.IsFreemail(from.registrable_domain) ||
      ctx.knowledge.brands().BrandOfDomain(from.registrable_domain) != nullptr ||
      NamesARelayingPlatform(sender_name))
    return std::nullopt;
  const std::string_view local = LocalPartOf(from.address);
  std::vector<std::string> words = SignificantNameWords(sender_name);
  words.erase(
      std::remove_if(words.begin(), words.end(), [](const std::string& w) { return w.size() < kMinComparedWord; }),
      words.end());
  if (words.empty() || NameMatchesAddress(words, local, ChosenSenderLabels(from))) return std::nullopt;
  // "Audien Atom <eustacia_lefloch_92905@...>": the mailbox is a person
  // drawn from a list of names, the name shown is a product. Whatever the
  // name's length, the two do not belong together.
  std::vector<std::string> serial_person = SerialNameParts(local);
  if (serial_person.empty()) {
    // A mailing list rewrites From to itself (mass mailers add a List-Id
    // too, but a list never invents a name-and-serial mailbox).
    if (ctx.message.IsListTraffic()) return std::nullopt;
    // Bulk-mail systems address each copy from a tracking id
    // ("Online#3.20471.b9-x@"), often on a sister domain of the publisher.
    if (ChosenLocalPartOf(from.address).empty()) return std::nullopt;
    // "Jean-Pierre Martin", "Anne-Sophie Müller" are two words, not three:
    // person names mostly have two words, organisation names more.
    if (words.size() < kMinOrganisationWords || CountNameWords(sender_name, kMinComparedWord) < kMinOrganisationWords)
      return std::nullopt;
  }
  return BorrowedSenderName{sender_name, std::move(words), std::move(serial_person)};
}

}  // namespace phishscan
