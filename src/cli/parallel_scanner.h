// Reading and scanning work items on a pool of threads while results come
// out in input order. Each worker takes the next item and reads it; a file
// is scanned by the worker that read it, while the messages of an mbox are
// handed to idle workers, so one large mbox is scanned in parallel too.
// Results go through a reorder buffer to the calling thread, so the output
// is the same whatever the number of workers. Workers never run more than a
// bounded number of items ahead of the output, which bounds memory.
#ifndef PHISHSCAN_CLI_PARALLEL_SCANNER_H_
#define PHISHSCAN_CLI_PARALLEL_SCANNER_H_

#include <cstddef>
#include <functional>
#include <span>
#include <vector>

#include "cli/progress_bar.h"
#include "input/message_source.h"
#include "phishscan/verdict.h"

namespace phishscan {

struct ParallelScanOptions {
  unsigned jobs = 1;
  std::size_t max_message_bytes = 32u << 20;
};

// Scans one readable message; must be safe to call from several threads.
using ScanFunction = std::function<Verdict(std::span<const char> raw)>;

// Called on the calling thread, in input order: the index of the item the
// message came from, and its verdict (source set; error set and no scan done
// when the message could not be read).
using VerdictSink = std::function<void(std::size_t item_index, Verdict&& verdict)>;

// Called on the calling thread about ten times a second while scanning.
using ProgressSink = std::function<void(const ProgressState& progress)>;

// Returns when every item has been read, scanned and delivered.
void ScanInParallel(const std::vector<InputItem>& items, const ParallelScanOptions& options,
                    const ScanFunction& scan, const VerdictSink& on_verdict,
                    const ProgressSink& on_progress);

}  // namespace phishscan

#endif  // PHISHSCAN_CLI_PARALLEL_SCANNER_H_
