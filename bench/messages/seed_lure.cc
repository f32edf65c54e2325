// The seed lure is read from the source tree rather than copied, so the
// benchmark always runs on the example the project is built around.
#include <fstream>
#include <sstream>
#include <string>

#include "messages/generated_messages.h"

namespace phishscan::bench {

std::string SeedLure() {
  std::ifstream in(PHISHSCAN_SOURCE_DIR "/examples/imap-auth-lure.eml", std::ios::binary);
  if (!in) return "";
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace phishscan::bench
