#include "milter/listener_nodelay.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <cstdlib>
#include <string_view>

namespace phishscan {

namespace {

// "inet:8890@127.0.0.1" -> 8890; 0 when not a TCP spec.
int PortOf(std::string_view spec) {
  for (std::string_view scheme : {"inet:", "inet6:"}) {
    if (spec.starts_with(scheme)) {
      std::string_view rest = spec.substr(scheme.size());
      std::string port(rest.substr(0, rest.find('@')));
      if (port.empty() || port.find_first_not_of("0123456789") != std::string::npos || port.size() > 5) return 0;
      return std::atoi(port.c_str());
    }
  }
  return 0;
}

bool IsListenerOnPort(int fd, int port) {
  int listening = 0;
  socklen_t len = sizeof listening;
  if (getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &len) != 0 || !listening) return false;
  struct sockaddr_storage addr = {};
  socklen_t addr_len = sizeof addr;
  if (getsockname(fd, reinterpret_cast<struct sockaddr*>(&addr), &addr_len) != 0) return false;
  if (addr.ss_family == AF_INET) return ntohs(reinterpret_cast<struct sockaddr_in*>(&addr)->sin_port) == port;
  if (addr.ss_family == AF_INET6) return ntohs(reinterpret_cast<struct sockaddr_in6*>(&addr)->sin6_port) == port;
  return false;
}

}  // namespace

bool SetNoDelayOnListener(const std::string& socket_spec) {
  int port = PortOf(socket_spec);
  if (port <= 0) return false;
  DIR* dir = opendir("/proc/self/fd");
  if (dir == nullptr) return false;
  bool found = false;
  while (struct dirent* entry = readdir(dir)) {
    char* end = nullptr;
    long fd = std::strtol(entry->d_name, &end, 10);
    if (end == entry->d_name || *end != '\0' || fd == dirfd(dir)) continue;
    if (!IsListenerOnPort(static_cast<int>(fd), port)) continue;
    int one = 1;
    found |= setsockopt(static_cast<int>(fd), IPPROTO_TCP, TCP_NODELAY, &one, sizeof one) == 0;
  }
  closedir(dir);
  return found;
}

}  // namespace phishscan
