#include "detect/armor_block.h"

namespace phishscan {
namespace {

constexpr std::string_view kBegin = "-----begin pgp";
constexpr std::string_view kEnd = "-----end pgp";
constexpr std::string_view kDashes = "-----";
// A clear-signed message's header line precedes prose the reader does read.
constexpr std::string_view kSignedMessage = "-----begin pgp signed message";

// Where the block that starts at `begin` ends: after the dashes closing its
// "-----end pgp ..." line, or the end of the text. A clear-signed message's
// "-----begin pgp signed message-----" line is a block of its own.
std::size_t BlockEnd(std::string_view text, std::size_t begin) {
  if (text.substr(begin, kSignedMessage.size()) == kSignedMessage) {
    const std::size_t dashes = text.find(kDashes, begin + kSignedMessage.size());
    return dashes == std::string_view::npos ? text.size() : dashes + kDashes.size();
  }
  const std::size_t end_line = text.find(kEnd, begin + kBegin.size());
  if (end_line == std::string_view::npos) return text.size();
  const std::size_t dashes = text.find(kDashes, end_line + kEnd.size());
  return dashes == std::string_view::npos ? text.size() : dashes + kDashes.size();
}

}  // namespace

bool HasArmorBlock(std::string_view lower_text) { return lower_text.find(kBegin) != std::string_view::npos; }

std::string WithoutArmorBlocks(std::string_view lower_text) {
  std::string out;
  out.reserve(lower_text.size());
  std::size_t pos = 0;
  for (std::size_t begin = lower_text.find(kBegin); begin != std::string_view::npos;
       begin = lower_text.find(kBegin, pos)) {
    out.append(lower_text.substr(pos, begin - pos));
    out.push_back(' ');
    pos = BlockEnd(lower_text, begin);
  }
  out.append(lower_text.substr(pos));
  return out;
}

}  // namespace phishscan
