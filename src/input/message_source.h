// Where messages come from on disk: one file, stdin, a folder (recursive), an
// mbox, a Maildir. Detected automatically; each message keeps a source name
// ("path", or "path#N" for the N-th message of an mbox, counted from 1).
#ifndef PHISHSCAN_INPUT_MESSAGE_SOURCE_H_
#define PHISHSCAN_INPUT_MESSAGE_SOURCE_H_

#include <functional>
#include <string>
#include <vector>

#include "phishscan/status.h"

namespace phishscan {

struct RawMessage {
  std::string source;  // file path or path#N
  std::string bytes;
  std::string error;   // set when the file could not be read (bytes empty)
};

enum class InputKind { kFile, kStdin, kDirectory, kMbox, kMaildir };

// What a path is: "-" is stdin; a folder with cur/ and new/ is a Maildir; a
// file whose first line starts with "From " and that holds more than one
// such separated message is an mbox.
StatusOr<InputKind> DetectInputKind(const std::string& path);

// A work item: something that yields one or more messages when read. Listing
// is cheap (paths and mbox offsets); reading happens on the worker threads.
struct InputItem {
  std::string path;
  InputKind kind = InputKind::kFile;
};

// Expands the command-line paths into items (folders walked recursively, in
// sorted order). Paths that do not exist produce an error status.
StatusOr<std::vector<InputItem>> ListInputs(const std::vector<std::string>& paths);

// Reads an item and calls `emit` for each message in it (one for a file,
// many for an mbox). Files over `max_bytes` are read up to that size.
void ReadItem(const InputItem& item, std::size_t max_bytes,
              const std::function<void(RawMessage&&)>& emit);

// Splits mbox bytes on "From " lines that start a line after a blank line
// (or at the start); returns [begin, end) offsets of each message, with its
// "From " line included. ">From " escapes are left as they are.
std::vector<std::pair<std::size_t, std::size_t>> SplitMbox(std::string_view mbox);

}  // namespace phishscan

#endif  // PHISHSCAN_INPUT_MESSAGE_SOURCE_H_
