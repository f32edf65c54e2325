#include "extract/gumbo_arena.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace phishscan {
namespace {

bool Aligned(const void* p) {
  return reinterpret_cast<std::uintptr_t>(p) % alignof(std::max_align_t) == 0;
}

TEST(GumboArenaTest, SmallPiecesAreAlignedDistinctAndWritable) {
  GumboArena arena;
  std::vector<char*> pieces;
  for (std::size_t size : {1u, 7u, 16u, 33u, 100u, 1000u, 0u, 5000u}) {
    char* p = static_cast<char*>(arena.Allocate(size));
    ASSERT_NE(p, nullptr);
    EXPECT_TRUE(Aligned(p)) << size;
    std::memset(p, 'x', size);
    pieces.push_back(p);
  }
  EXPECT_EQ(std::set<char*>(pieces.begin(), pieces.end()).size(), pieces.size());
  EXPECT_EQ(arena.bytes_held(), GumboArena::kBlockBytes);  // all from the first block
  for (char* p : pieces) arena.Deallocate(p);                // small frees are no-ops
  EXPECT_EQ(arena.bytes_held(), GumboArena::kBlockBytes);
  arena.Deallocate(nullptr);
}

TEST(GumboArenaTest, LargePiecesAreFreedWhenGumboFreesThem) {
  GumboArena arena;
  void* a = arena.Allocate(GumboArena::kLargeRequestBytes);
  void* b = arena.Allocate(1u << 20);
  void* c = arena.Allocate(3u << 20);
  EXPECT_TRUE(Aligned(a) && Aligned(b) && Aligned(c));
  std::memset(b, 0, 1u << 20);
  const std::size_t all = arena.bytes_held();
  EXPECT_GE(all, (4u << 20) + GumboArena::kLargeRequestBytes);
  arena.Deallocate(b);  // from the middle of the list
  EXPECT_EQ(arena.bytes_held(), all - (1u << 20));
  arena.Deallocate(c);  // the head
  arena.Deallocate(a);  // the last one
  EXPECT_EQ(arena.bytes_held(), 0u);
}

TEST(GumboArenaTest, BlocksStopGrowingAtTheCapAndLaterPiecesAreFreed) {
  GumboArena arena;
  constexpr std::size_t kPiece = 4096;
  void* last = nullptr;
  for (std::size_t total = 0; total < GumboArena::kMaxBlockBytes + (8u << 20); total += kPiece) {
    last = arena.Allocate(kPiece);
  }
  const std::size_t held = arena.bytes_held();
  EXPECT_LE(held, GumboArena::kMaxBlockBytes + (8u << 20) + (1u << 20));
  arena.Deallocate(last);  // past the cap: a malloc'd piece, really freed
  EXPECT_EQ(arena.bytes_held(), held - kPiece);
}

// Walks the parsed tree: under ASan this reads every node Gumbo built.
std::string TextOf(const GumboNode* node) {
  if (node->type == GUMBO_NODE_TEXT) return node->v.text.text;
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return "";
  const GumboVector& children =
      node->type == GUMBO_NODE_ELEMENT ? node->v.element.children : node->v.document.children;
  std::string text;
  for (unsigned i = 0; i < children.length; ++i) {
    text += TextOf(static_cast<const GumboNode*>(children.data[i]));
  }
  return text;
}

TEST(GumboArenaTest, GumboParsesIntoTheArena) {
  std::string html = "<html><body><table>";
  for (int i = 0; i < 3000; ++i) {
    html += "<tr><td class=\"c" + std::to_string(i) + "\">cell " + std::to_string(i) + "</td></tr>";
  }
  html += "</table><p>end</p></body></html>";
  for (int round = 0; round < 3; ++round) {  // later rounds reuse the thread's spare block
    GumboArena arena;
    GumboOptions options = kGumboDefaultOptions;
    arena.Configure(options);
    const GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
    ASSERT_NE(output, nullptr);
    const std::string text = TextOf(output->document);
    EXPECT_NE(text.find("cell 0"), std::string::npos);
    EXPECT_NE(text.find("cell 2999"), std::string::npos);
    EXPECT_EQ(text.substr(text.size() - 3), "end");
    EXPECT_GT(arena.bytes_held(), GumboArena::kBlockBytes);
  }
}

}  // namespace
}  // namespace phishscan
