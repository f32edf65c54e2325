// DecodeHeaderText: plain printable ASCII skips GMime's decoder, which must
// not change any result; encoded words and 8-bit text still go through it.
#include "parse/header_fields.h"

#include <gtest/gtest.h>

#include <string>

#include "base/text.h"
#include "parse/glib_ptr.h"
#include "parse/gmime_init.h"
#include "parse/utf8_repair.h"

namespace phishscan {
namespace {

// What DecodeHeaderText returned before plain ASCII skipped GMime.
std::string ThroughGMime(GMimeParserOptions* options, const std::string& raw) {
  GCharPtr decoded(g_mime_utils_header_decode_text(options, raw.c_str()));
  return RepairUtf8(TrimWhitespace(decoded.get()));
}

TEST(DecodeHeaderTextTest, PlainAsciiIsWhatGMimeReturns) {
  EnsureGMimeInitialized();
  ParserOptionsPtr options = NewPermissiveParserOptions();
  for (const std::string raw : {
           "Your order #4411 has shipped",
           "Re:  two  spaces\tand a tab",
           "\"Support Team\" <help@shop.example>, (comment) other@example.org",
           "a=b; c=d =x= ?= ?",
           "Ihre Rechnung vom 03.05.2024",
           "Votre commande est en route !",
           "=",
           "?",
       }) {
    EXPECT_EQ(DecodeHeaderText(options.get(), raw), ThroughGMime(options.get(), raw)) << raw;
  }
}

TEST(DecodeHeaderTextTest, EightBitByteAnywhereInALongValueIsDecoded) {
  EnsureGMimeInitialized();
  ParserOptionsPtr options = NewPermissiveParserOptions();
  for (std::size_t at = 0; at < 21; ++at) {  // within and after the words read eight bytes at a time
    std::string raw = "Rechnung\tvom 03.05.24";
    raw[at] = '\xE9';  // Latin-1, read by the fallback charset
    EXPECT_EQ(DecodeHeaderText(options.get(), raw), ThroughGMime(options.get(), raw)) << at;
    EXPECT_NE(DecodeHeaderText(options.get(), raw).find("\xC3\xA9"), std::string::npos) << at;
  }
}

TEST(DecodeHeaderTextTest, EncodedWordsAreDecoded) {
  EnsureGMimeInitialized();
  ParserOptionsPtr options = NewPermissiveParserOptions();
  EXPECT_EQ(DecodeHeaderText(options.get(), "=?UTF-8?B?UsOpc2VydmF0aW9uIGNvbmZpcm3DqWU=?="),
            "Réservation confirmée");
  EXPECT_EQ(DecodeHeaderText(options.get(), "=?ISO-8859-1?Q?Gr=FC=DFe?= aus Berlin"), "Grüße aus Berlin");
}

TEST(DecodeHeaderTextTest, EightBitTextIsRepaired) {
  EnsureGMimeInitialized();
  ParserOptionsPtr options = NewPermissiveParserOptions();
  const std::string utf8 = "Привет, ваш заказ готов";
  EXPECT_EQ(DecodeHeaderText(options.get(), utf8), ThroughGMime(options.get(), utf8));
  const std::string nul("a\0b", 3);
  EXPECT_EQ(DecodeHeaderText(options.get(), nul).find('\0'), std::string::npos);
}

}  // namespace
}  // namespace phishscan
