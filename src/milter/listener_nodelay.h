// libmilter answers end-of-message with several small packets (one per added
// header, then the verdict) in separate writes. With Nagle's algorithm on,
// each batch waits for the MTA's delayed ACK: about 40 ms per message. The
// listening socket is libmilter's and it offers no hook, so this finds it
// and sets TCP_NODELAY there; Linux copies the option to every accepted
// connection.
#ifndef PHISHSCAN_MILTER_LISTENER_NODELAY_H_
#define PHISHSCAN_MILTER_LISTENER_NODELAY_H_

#include <string>

namespace phishscan {

// For an inet:/inet6: socket spec, sets TCP_NODELAY on this process's
// listening socket bound to that port. True when one was found.
bool SetNoDelayOnListener(const std::string& socket_spec);

}  // namespace phishscan

#endif  // PHISHSCAN_MILTER_LISTENER_NODELAY_H_
