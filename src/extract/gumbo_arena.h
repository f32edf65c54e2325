// Memory for one Gumbo parse. Gumbo allocates every node, attribute, string
// and vector separately, grows its buffers by allocate-copy-free, and frees
// the tree one piece at a time in gumbo_destroy_output: on mail HTML that
// malloc/free traffic is a large share of the parse. The arena hands Gumbo
// memory from a few large blocks instead, ignores the frees of small pieces
// and releases the whole tree at once when it goes out of scope, so
// gumbo_destroy_output is never called.
//
// Bounds: small requests come from blocks only while the blocks total less
// than kMaxBlockBytes; after that, and for every large request, memory comes
// from malloc one piece at a time and is freed when Gumbo frees it, so the
// memory a crafted page can make the arena waste is capped. One block is kept
// per thread for the next parse.
#ifndef PHISHSCAN_EXTRACT_GUMBO_ARENA_H_
#define PHISHSCAN_EXTRACT_GUMBO_ARENA_H_

#include <gumbo.h>

#include <cstddef>

namespace phishscan {

class GumboArena {
 public:
  static constexpr std::size_t kBlockBytes = 256u << 10;
  static constexpr std::size_t kLargeRequestBytes = 16u << 10;
  static constexpr std::size_t kMaxBlockBytes = 64u << 20;

  GumboArena() = default;
  ~GumboArena();
  GumboArena(const GumboArena&) = delete;
  GumboArena& operator=(const GumboArena&) = delete;

  // Points options' allocator and deallocator at this arena. The arena must
  // outlive every use of the output parsed with them.
  void Configure(GumboOptions& options);

  void* Allocate(std::size_t size);
  void Deallocate(void* ptr);

  // What the arena holds now: blocks plus large pieces not yet freed.
  std::size_t bytes_held() const { return block_bytes_ + large_bytes_; }

 private:
  struct Block;
  struct Large;

  void* AllocateLarge(std::size_t size);
  bool NewBlock(std::size_t at_least);

  Block* blocks_ = nullptr;  // newest first
  char* next_ = nullptr;     // free space in blocks_
  char* end_ = nullptr;
  std::size_t block_bytes_ = 0;
  Large* large_ = nullptr;   // live large pieces, a doubly linked list
  std::size_t large_bytes_ = 0;
};

}  // namespace phishscan

#endif  // PHISHSCAN_EXTRACT_GUMBO_ARENA_H_
