// Test support: the MTA side of the milter protocol (version 6), just enough
// to drive the service the way Postfix does and read back what it asks for.
// Used by the tests only; the service itself speaks through libmilter.
#ifndef PHISHSCAN_MILTER_MILTER_TEST_CLIENT_H_
#define PHISHSCAN_MILTER_MILTER_TEST_CLIENT_H_

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace phishscan::testing {

// What the milter answered to one command.
struct MilterReply {
  char code = 0;  // 'c' continue, 'a' accept, 'r' reject, 't' tempfail, 'y' reply code, 'd' discard; 0: I/O failure
  std::string smtp_reply;  // for 'y': "550 5.7.1 text"
  std::vector<std::pair<std::string, std::string>> added_headers;  // 'h'
  struct Change {
    uint32_t index;
    std::string name;
    std::string value;  // empty: delete
  };
  std::vector<Change> changed_headers;  // 'm'
  std::optional<std::string> quarantine_reason;  // 'q'

  std::optional<std::string> Added(std::string_view name) const {
    for (const auto& [n, v] : added_headers) {
      if (n == name) return v;
    }
    return std::nullopt;
  }
};

class MilterTestClient {
 public:
  // Connects to 127.0.0.1:port and negotiates; ok() tells whether it worked.
  explicit MilterTestClient(int port, int timeout_seconds = 15) {
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    if (fd_ < 0) return;
    struct timeval tv = {timeout_seconds, 0};
    setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    setsockopt(fd_, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    int one = 1;  // small packets back to back: no Nagle delay
    setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    struct sockaddr_in addr = {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd_, reinterpret_cast<struct sockaddr*>(&addr), sizeof addr) != 0) return;
    ok_ = Negotiate();
  }
  ~MilterTestClient() {
    if (fd_ >= 0) {
      if (ok_) SendPacket('Q', "");
      close(fd_);
    }
  }
  MilterTestClient(const MilterTestClient&) = delete;
  MilterTestClient& operator=(const MilterTestClient&) = delete;

  bool ok() const { return ok_; }

  MilterReply Connect(std::string_view hostname, std::string_view ipv4) {
    std::string data = Z(hostname) + "4";
    data += '\0';
    data += '\x19';  // port 25, big-endian
    data += Z(ipv4);
    return Command('C', data);
  }
  MilterReply Helo(std::string_view name) { return Command('H', Z(name)); }
  MilterReply MailFrom(std::string_view address) { return Command('M', Z("<" + std::string(address) + ">")); }
  MilterReply RcptTo(std::string_view address) { return Command('R', Z("<" + std::string(address) + ">")); }
  MilterReply Header(std::string_view name, std::string_view value) { return Command('L', Z(name) + Z(value)); }
  MilterReply EndOfHeaders() { return Command('N', ""); }
  MilterReply Body(std::string_view chunk) { return Command('B', std::string(chunk)); }
  MilterReply EndOfMessage(std::string_view queue_id) {
    std::string macros = "E" + Z("i") + Z(queue_id);
    if (!SendPacket('D', macros)) return {};
    return Command('E', "");
  }
  void Abort() { SendPacket('A', ""); }

  // Sends a whole raw message (header fields unfolded the way an MTA hands
  // them over, then the body in chunks) and returns the end-of-message reply,
  // or the first reply that was not "continue".
  MilterReply SendMessage(std::string_view raw, std::string_view from, const std::vector<std::string>& rcpts,
                          std::string_view queue_id = "TESTQ1") {
    MilterReply r = MailFrom(from);
    if (r.code != 'c') return r;
    for (const std::string& rcpt : rcpts) {
      r = RcptTo(rcpt);
      if (r.code != 'c') return r;
    }
    auto [headers, body] = SplitMessage(raw);
    for (const auto& [name, value] : headers) {
      r = Header(name, value);
      if (r.code != 'c') return r;
    }
    r = EndOfHeaders();
    if (r.code != 'c') return r;
    for (std::size_t at = 0; at < body.size(); at += 65535) {
      r = Body(body.substr(at, 65535));
      if (r.code != 'c') return r;
    }
    return EndOfMessage(queue_id);
  }

  // "Name: value\r\n\tmore" fields and the body, as an MTA would pass them.
  static std::pair<std::vector<std::pair<std::string, std::string>>, std::string> SplitMessage(
      std::string_view raw) {
    std::vector<std::pair<std::string, std::string>> headers;
    std::size_t pos = 0;
    while (pos < raw.size()) {
      std::size_t eol = raw.find('\n', pos);
      if (eol == std::string_view::npos) eol = raw.size();
      std::string_view line = raw.substr(pos, eol - pos);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      pos = eol + 1;
      if (line.empty()) break;
      if ((line[0] == ' ' || line[0] == '\t') && !headers.empty()) {
        headers.back().second += "\r\n" + std::string(line);
        continue;
      }
      std::size_t colon = line.find(':');
      if (colon == std::string_view::npos) continue;
      std::string_view value = line.substr(colon + 1);
      if (!value.empty() && value[0] == ' ') value.remove_prefix(1);
      headers.emplace_back(std::string(line.substr(0, colon)), std::string(value));
    }
    std::string body;
    for (std::string_view rest = pos < raw.size() ? raw.substr(pos) : std::string_view(); !rest.empty();) {
      std::size_t eol = rest.find('\n');
      std::string_view line = rest.substr(0, eol);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      body.append(line);
      if (eol == std::string_view::npos) break;
      body.append("\r\n");
      rest.remove_prefix(eol + 1);
    }
    return {std::move(headers), std::move(body)};
  }

 private:
  static std::string Z(std::string_view s) { return std::string(s) + '\0'; }

  static void PutU32(std::string& out, uint32_t v) {
    uint32_t be = htonl(v);
    out.append(reinterpret_cast<const char*>(&be), 4);
  }
  static uint32_t GetU32(std::string_view s) {
    uint32_t be = 0;
    if (s.size() >= 4) std::memcpy(&be, s.data(), 4);
    return ntohl(be);
  }

  bool WriteAll(const std::string& bytes) {
    for (std::size_t done = 0; done < bytes.size();) {
      ssize_t n = write(fd_, bytes.data() + done, bytes.size() - done);
      if (n <= 0) return false;
      done += static_cast<std::size_t>(n);
    }
    return true;
  }
  bool ReadAll(char* out, std::size_t size) {
    for (std::size_t done = 0; done < size;) {
      ssize_t n = read(fd_, out + done, size - done);
      if (n <= 0) return false;
      done += static_cast<std::size_t>(n);
    }
    return true;
  }
  bool SendPacket(char cmd, const std::string& data) {
    std::string packet;
    PutU32(packet, static_cast<uint32_t>(data.size() + 1));
    packet += cmd;
    packet += data;
    return WriteAll(packet);
  }
  // One packet: its command byte and data; cmd 0 on failure.
  std::pair<char, std::string> ReadPacket() {
    char len_bytes[4];
    if (!ReadAll(len_bytes, 4)) return {0, {}};
    uint32_t len = GetU32(std::string_view(len_bytes, 4));
    if (len == 0 || len > (1u << 20)) return {0, {}};
    std::string data(len, '\0');
    if (!ReadAll(data.data(), len)) return {0, {}};
    return {data[0], data.substr(1)};
  }

  static std::vector<std::string> Strings(std::string_view data) {
    std::vector<std::string> out;
    while (!data.empty()) {
      std::size_t nul = data.find('\0');
      out.emplace_back(data.substr(0, nul));
      if (nul == std::string_view::npos) break;
      data.remove_prefix(nul + 1);
    }
    return out;
  }

  // The "no reply" flag the milter may have asked for, per command.
  static uint32_t NoReplyFlag(char cmd) {
    switch (cmd) {
      case 'C': return 0x1000;
      case 'H': return 0x2000;
      case 'M': return 0x4000;
      case 'R': return 0x8000;
      case 'L': return 0x80;
      case 'N': return 0x40000;
      case 'B': return 0x80000;
      default: return 0;
    }
  }

  MilterReply Command(char cmd, const std::string& data) {
    MilterReply reply;
    if (!SendPacket(cmd, data)) return reply;
    if ((milter_flags_ & NoReplyFlag(cmd)) != 0) {
      reply.code = 'c';
      return reply;
    }
    for (;;) {
      auto [code, body] = ReadPacket();
      std::vector<std::string> parts = Strings(body);
      switch (code) {
        case 'h':
          reply.added_headers.emplace_back(parts.size() > 0 ? parts[0] : "", parts.size() > 1 ? parts[1] : "");
          continue;
        case 'm': {
          std::vector<std::string> rest = Strings(std::string_view(body).substr(body.size() >= 4 ? 4 : 0));
          reply.changed_headers.push_back(
              {GetU32(body), rest.size() > 0 ? rest[0] : "", rest.size() > 1 ? rest[1] : ""});
          continue;
        }
        case 'q':
          reply.quarantine_reason = parts.empty() ? "" : parts[0];
          continue;
        case 'p':
        case 'i':
          continue;
        case 'y':
          reply.smtp_reply = parts.empty() ? "" : parts[0];
          reply.code = 'y';
          return reply;
        default:
          reply.code = code;
          return reply;
      }
    }
  }

  bool Negotiate() {
    std::string data;
    PutU32(data, 6);         // protocol version
    PutU32(data, 0x1ff);     // every action
    PutU32(data, 0x1fffff);  // every protocol step flag Postfix offers
    if (!SendPacket('O', data)) return false;
    auto [code, body] = ReadPacket();
    if (code != 'O' || body.size() < 12) return false;
    milter_flags_ = GetU32(std::string_view(body).substr(8));
    return true;
  }

  int fd_ = -1;
  bool ok_ = false;
  uint32_t milter_flags_ = 0;
};

}  // namespace phishscan::testing

#endif  // PHISHSCAN_MILTER_MILTER_TEST_CLIENT_H_
