#include "parse/printable_ascii.h"

#include <gtest/gtest.h>

#include <string>

namespace phishscan {
namespace {

TEST(IsPrintableAsciiTextTest, PrintableAndTabPass) {
  EXPECT_TRUE(IsPrintableAsciiText(""));
  EXPECT_TRUE(IsPrintableAsciiText("from a.example (a.example [192.0.2.1])\tby b.example; ~!"));
  EXPECT_TRUE(IsPrintableAsciiText(std::string(100, ' ') + std::string(100, '~')));
}

TEST(IsPrintableAsciiTextTest, EveryOtherByteFailsAtEveryPlace) {
  for (int byte = 0; byte < 256; ++byte) {
    const bool printable = (byte >= 0x20 && byte <= 0x7E) || byte == '\t';
    for (std::size_t at = 0; at < 19; ++at) {  // within and after the words read eight bytes at a time
      std::string text(19, 'a');
      text[at] = static_cast<char>(byte);
      EXPECT_EQ(IsPrintableAsciiText(text), printable) << byte << " at " << at;
    }
  }
}

}  // namespace
}  // namespace phishscan
