#include "parse/utf8_repair.h"

#include <glib.h>
#include <gtest/gtest.h>

#include <random>
#include <string>

namespace phishscan {
namespace {

TEST(RepairUtf8Test, KeepsValidText) {
  EXPECT_EQ(RepairUtf8("caf\xC3\xA9 \xE2\x82\xAC"), "caf\xC3\xA9 \xE2\x82\xAC");
  EXPECT_EQ(RepairUtf8(""), "");
}

TEST(RepairUtf8Test, ReplacesInvalidBytesAndNul) {
  EXPECT_EQ(RepairUtf8("caf\xE9!"), "caf\xEF\xBF\xBD!");
  EXPECT_EQ(RepairUtf8(std::string_view("a\0b", 3)), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(RepairUtf8("\xC3"), "\xEF\xBF\xBD");  // truncated sequence
  EXPECT_EQ(RepairUtf8("\xFF\xFE"), "\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(RepairUtf8Test, FindsTheFirstBadByteAfterLongAsciiRuns) {
  const std::string ascii(37, 'a');
  EXPECT_EQ(RepairUtf8(ascii), ascii);
  EXPECT_EQ(RepairUtf8(ascii + "\xE9" + ascii), ascii + "\xEF\xBF\xBD" + ascii);
  EXPECT_EQ(RepairUtf8(ascii + std::string(1, '\0') + ascii), ascii + "\xEF\xBF\xBD" + ascii);
  EXPECT_EQ(RepairUtf8(ascii + "\xC3\xA9" + ascii), ascii + "\xC3\xA9" + ascii);
  EXPECT_EQ(RepairUtf8(ascii + "\x7F\x01"), ascii + "\x7F\x01");
  for (std::size_t at = 0; at < 20; ++at) {  // each place within and across words
    std::string text(20, 'b');
    text[at] = '\xFF';
    std::string repaired = text;
    repaired.replace(at, 1, "\xEF\xBF\xBD");
    EXPECT_EQ(RepairUtf8(text), repaired) << at;
  }
}

// The repair as GLib does it over the whole text at once.
std::string RepairWholeText(std::string_view in) {
  std::string out;
  while (!in.empty()) {
    const gchar* end = nullptr;
    if (g_utf8_validate_len(in.data(), in.size(), &end)) {
      out.append(in);
      break;
    }
    const std::size_t valid = static_cast<std::size_t>(end - in.data());
    out.append(in.substr(0, valid));
    out.append("\xEF\xBF\xBD");
    in.remove_prefix(valid + 1);
  }
  return out;
}

TEST(RepairUtf8Test, AgreesWithGlibOverTheWholeText) {
  // Bytes drawn mostly from ASCII, lead and continuation bytes, NUL and
  // bytes that start no character, so that runs of every kind meet.
  const std::string alphabet("a \n\0\x7F\x80\xA9\xBF\xC0\xC3\xE2\x82\xED\xA0\xF0\x9F\xF4\x90\xF5\xFF", 20);
  std::mt19937 random(4);
  for (int round = 0; round < 2000; ++round) {
    std::string text(random() % 40, 'x');
    for (char& c : text) c = alphabet[random() % alphabet.size()];
    EXPECT_EQ(RepairUtf8(text), RepairWholeText(text)) << round;
    const bool whole = g_utf8_validate_len(text.data(), text.size(), nullptr);
    EXPECT_EQ(IsValidUtf8(text), whole) << round;
  }
}

TEST(IsValidUtf8Test, AcceptsWhatRepairKeeps) {
  const std::string ascii(40, 'x');
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8(ascii));
  EXPECT_TRUE(IsValidUtf8(ascii + "caf\xC3\xA9 \xE2\x82\xAC" + ascii));
  EXPECT_FALSE(IsValidUtf8(ascii + "\xE9"));
  EXPECT_FALSE(IsValidUtf8(ascii + "\xE2\x82"));  // cut short
  EXPECT_FALSE(IsValidUtf8(std::string_view("abcdefgh\0ijk", 12)));
  EXPECT_FALSE(IsValidUtf8(std::string_view("a\0", 2)));
  EXPECT_FALSE(IsValidUtf8("a\x80" "b"));          // continuation without a lead
  EXPECT_FALSE(IsValidUtf8("\xC3" "a"));           // lead cut short by ASCII
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));           // overlong
  EXPECT_FALSE(IsValidUtf8("x \xED\xA0\x80 y"));  // surrogate
  EXPECT_TRUE(IsValidUtf8("\xF0\x9F\x98\x80 ok \xE4\xB8\xAD\xE6\x96\x87"));
}

TEST(Utf8PrefixTest, NeverSplitsACodePoint) {
  const std::string text = "ab\xE2\x82\xAC";  // "ab€"
  EXPECT_EQ(Utf8Prefix(text, 10), text);
  EXPECT_EQ(Utf8Prefix(text, 4), "ab");
  EXPECT_EQ(Utf8Prefix(text, 2), "ab");
  EXPECT_EQ(Utf8Prefix(text, 0), "");
}

TEST(UnixNewlinesTest, TurnsCrlfAndLoneCrIntoLf) {
  EXPECT_EQ(UnixNewlines("a\r\nb\rc\n"), "a\nb\nc\n");
  EXPECT_EQ(UnixNewlines("\r"), "\n");
  EXPECT_EQ(UnixNewlines("plain"), "plain");
  EXPECT_EQ(UnixNewlines("x\r\r\ny\r\n\r\n"), "x\n\ny\n\n");
  EXPECT_EQ(UnixNewlines(""), "");
}

}  // namespace
}  // namespace phishscan
