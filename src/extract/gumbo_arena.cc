#include "extract/gumbo_arena.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>

namespace phishscan {

// Pieces are aligned like malloc's, so any Gumbo structure fits.
constexpr std::size_t kAlign = alignof(std::max_align_t);

struct GumboArena::Block {
  Block* next;
  std::size_t size;  // bytes after this header
  char* data() { return reinterpret_cast<char*>(this + 1); }
  bool Holds(const void* ptr) {
    const auto p = reinterpret_cast<std::uintptr_t>(ptr);
    const auto begin = reinterpret_cast<std::uintptr_t>(data());
    return p >= begin && p < begin + size;
  }
};

struct alignas(kAlign) GumboArena::Large {
  Large* prev;
  Large* next;
  std::size_t size;
};

namespace {

std::size_t RoundUp(std::size_t size) { return (size + kAlign - 1) & ~(kAlign - 1); }

// Gumbo has no way to report a failed allocation (its default allocator,
// malloc, would hand it a null pointer to write through): stop cleanly.
void* MallocOrAbort(std::size_t size) {
  void* memory = std::malloc(size);
  if (memory == nullptr) std::abort();
  return memory;
}

// The first block of a finished parse, kept for the thread's next parse so
// that a typical message costs no block allocation at all.
struct SpareBlock {
  void* block = nullptr;
  ~SpareBlock() { std::free(block); }
};
thread_local SpareBlock spare;

}  // namespace

GumboArena::~GumboArena() {
  while (large_ != nullptr) {
    Large* next = large_->next;
    std::free(large_);
    large_ = next;
  }
  while (blocks_ != nullptr) {
    Block* next = blocks_->next;
    if (blocks_->size == kBlockBytes && spare.block == nullptr) {
      spare.block = blocks_;
    } else {
      std::free(blocks_);
    }
    blocks_ = next;
  }
}

void GumboArena::Configure(GumboOptions& options) {
  options.allocator = [](void* self, std::size_t size) {
    return static_cast<GumboArena*>(self)->Allocate(size);
  };
  options.deallocator = [](void* self, void* ptr) { static_cast<GumboArena*>(self)->Deallocate(ptr); };
  options.userdata = this;
}

void* GumboArena::Allocate(std::size_t size) {
  size = RoundUp(std::max<std::size_t>(size, 1));
  if (size >= kLargeRequestBytes) return AllocateLarge(size);
  if (static_cast<std::size_t>(end_ - next_) < size && !NewBlock(size)) return AllocateLarge(size);
  void* piece = next_;
  next_ += size;
  return piece;
}

void GumboArena::Deallocate(void* ptr) {
  if (ptr == nullptr) return;
  // Small pieces live in blocks and go with them; blocks double in size, so
  // there are only a handful to look through.
  for (Block* block = blocks_; block != nullptr; block = block->next) {
    if (block->Holds(ptr)) return;
  }
  Large* large = static_cast<Large*>(ptr) - 1;
  (large->prev != nullptr ? large->prev->next : large_) = large->next;
  if (large->next != nullptr) large->next->prev = large->prev;
  large_bytes_ -= large->size;
  std::free(large);
}

void* GumboArena::AllocateLarge(std::size_t size) {
  Large* large = static_cast<Large*>(MallocOrAbort(sizeof(Large) + size));
  large->prev = nullptr;
  large->next = large_;
  large->size = size;
  if (large_ != nullptr) large_->prev = large;
  large_ = large;
  large_bytes_ += size;
  return large + 1;
}

bool GumboArena::NewBlock(std::size_t at_least) {
  // Each new block is as large as all the earlier ones together.
  const std::size_t size = std::max({kBlockBytes, block_bytes_, RoundUp(at_least)});
  if (block_bytes_ + size > kMaxBlockBytes) return false;
  void* memory = nullptr;
  if (size == kBlockBytes && spare.block != nullptr) {
    memory = spare.block;
    spare.block = nullptr;
  } else {
    memory = MallocOrAbort(sizeof(Block) + size);
  }
  Block* block = static_cast<Block*>(memory);
  block->next = blocks_;
  block->size = size;
  blocks_ = block;
  next_ = block->data();
  end_ = next_ + size;
  block_bytes_ += size;
  return true;
}

}  // namespace phishscan
