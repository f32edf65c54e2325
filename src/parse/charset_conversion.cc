#include "parse/charset_conversion.h"

#include <glib.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <array>
#include <climits>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "base/text.h"
#include "parse/utf8_repair.h"

namespace phishscan {

namespace {

struct ConverterClose {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};

// Labels whose bytes mail clients and browsers read with a wider charset.
std::string_view WidenedCharset(std::string_view label) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 22> kWidened = {{
      {"us-ascii", "windows-1252"},    {"ascii", "windows-1252"},
      {"ansi_x3.4-1968", "windows-1252"}, {"iso-8859-1", "windows-1252"},
      {"iso8859-1", "windows-1252"},   {"iso_8859-1", "windows-1252"},
      {"latin1", "windows-1252"},      {"latin-1", "windows-1252"},
      {"l1", "windows-1252"},          {"cp819", "windows-1252"},
      {"iso-8859-9", "windows-1254"},  {"iso-8859-11", "windows-874"},
      {"tis-620", "windows-874"},      {"gb2312", "gb18030"},
      {"gb_2312-80", "gb18030"},       {"gbk", "gb18030"},
      {"x-gbk", "gb18030"},            {"shift_jis", "windows-31j"},
      {"sjis", "windows-31j"},         {"x-sjis", "windows-31j"},
      {"ks_c_5601-1987", "windows-949"}, {"euc-kr", "windows-949"},
  }};
  for (const auto& [from, to] : kWidened) {
    if (label == from) return to;
  }
  return label;
}

// ICU accepts any NUL-free name; keep hostile labels short and printable.
bool IsPlausibleLabel(std::string_view label) {
  if (label.empty() || label.size() > 40) return false;
  for (char c : label) {
    if (c <= ' ' || c > '~') return false;
  }
  return true;
}

std::unique_ptr<UConverter, ConverterClose> OpenConverter(std::string_view label) {
  if (!IsPlausibleLabel(label)) return nullptr;
  const std::string name(WidenedCharset(label));
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterClose> converter(ucnv_open(name.c_str(), &status));
  if (U_FAILURE(status)) return nullptr;
  return converter;
}

std::string ConvertWith(UConverter* converter, std::string_view bytes) {
  if (bytes.size() > INT_MAX / 4) bytes = bytes.substr(0, INT_MAX / 4);
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), converter, status);
  std::string utf8;
  if (U_FAILURE(status)) return RepairUtf8(bytes);
  text.toUTF8String(utf8);
  return RepairUtf8(utf8);  // replaces the NULs a converter passes through
}

std::string GuessAndConvert(std::string_view bytes) {
  if (IsValidUtf8(bytes)) return std::string(bytes);
  auto windows1252 = OpenConverter("windows-1252");
  return windows1252 != nullptr ? ConvertWith(windows1252.get(), bytes) : RepairUtf8(bytes);
}

// Charsets (as WidenedCharset names them) whose converters read every byte
// below 0x80 as that ASCII character.
bool ReadsAsciiAsAscii(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "utf-8",        "utf8",         "windows-1250", "windows-1251", "windows-1252", "windows-1253",
      "windows-1254", "windows-1255", "windows-1256", "windows-1257", "windows-1258", "windows-874",
      "iso-8859-2",   "iso-8859-3",   "iso-8859-4",   "iso-8859-5",   "iso-8859-6",   "iso-8859-7",
      "iso-8859-8",   "iso-8859-10",  "iso-8859-13",  "iso-8859-14",  "iso-8859-15",  "iso-8859-16"};
  for (std::string_view known : kNames)
    if (name == known) return true;
  return false;
}

// What ConvertWith would return, computed without ICU when the answer is
// the bytes themselves: ASCII text in an ASCII-compatible charset, or valid
// UTF-8 declared as UTF-8 (most parts of most messages). An ICU round trip
// costs a UTF-16 copy and a UTF-8 copy of the whole part. std::nullopt when
// ICU is needed.
std::optional<std::string> AlreadyUtf8(std::string_view name, std::string_view bytes) {
  if (!ReadsAsciiAsAscii(name)) return std::nullopt;
  // Valid UTF-8 holds no NUL either (g_utf8_validate_len), so RepairUtf8
  // would return it as it is: one validation pass, not two.
  if ((name == "utf-8" || name == "utf8") && IsValidUtf8(bytes)) return std::string(bytes);
  if (IsAscii(bytes)) return RepairUtf8(bytes);  // replaces NULs, as after a conversion
  return std::nullopt;
}

}  // namespace

Utf8Text ConvertToUtf8(std::string_view bytes, std::string_view charset) {
  Utf8Text result;
  const std::string label = AsciiLower(TrimWhitespace(charset));
  if (label.empty()) {
    result.text = GuessAndConvert(bytes);
    return result;
  }
  auto converter = OpenConverter(label);
  if (converter == nullptr) {
    result.charset_known = false;
    result.text = GuessAndConvert(bytes);
    return result;
  }
  if (std::optional<std::string> text = AlreadyUtf8(WidenedCharset(label), bytes)) {
    result.text = std::move(*text);
    return result;
  }
  result.text = ConvertWith(converter.get(), bytes);
  return result;
}

}  // namespace phishscan
