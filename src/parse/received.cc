#include "parse/received.h"

#include <algorithm>
#include <string>
#include <vector>

#include "base/byte_set.h"
#include "base/text.h"
#include "parse/utf8_repair.h"

namespace phishscan {

namespace {

constexpr std::size_t kMaxValueBytes = 16u << 10;
constexpr std::size_t kMaxTokens = 256;

// A bare word, or the flattened text of a parenthesised comment. Words are
// views of the header value: most tokens are words, and copying each one
// was most of the work.
struct Token {
  std::string_view word;  // when !comment
  std::string text;       // when comment
  bool comment = false;
};

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Where the word starting at `i` ends.
std::size_t WordEnd(std::string_view in, std::size_t i) {
  static constexpr ByteSet kWordEnd(" \t\r\n(;");
  return std::min(kWordEnd.FindFirstIn(in, i), in.size());
}

// Flattens the comment opening at in[i] into `out`, nested parentheses
// becoming spaces; returns the position after it. Text between parentheses
// is appended a run at a time.
std::size_t ReadComment(std::string_view in, std::size_t i, std::string& out) {
  int depth = 0;
  while (i < in.size()) {
    const char c = in[i];
    if (c == '(') {
      if (depth++ > 0) out.push_back(' ');
    } else if (c == ')') {
      if (--depth == 0) return i + 1;
      out.push_back(' ');
    } else {
      std::size_t end = i + 1;
      while (end < in.size() && in[end] != '(' && in[end] != ')') ++end;
      out.append(in.substr(i, end - i));
      i = end;
      continue;
    }
    ++i;
  }
  return in.size();
}

// Tokens up to the ';' that introduces the date.
std::vector<Token> Tokenize(std::string_view in) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < in.size() && tokens.size() < kMaxTokens) {
    const char c = in[i];
    if (c == ';') break;
    if (IsBlank(c)) {
      ++i;
    } else if (c == '(') {
      Token token{{}, "", true};
      i = ReadComment(in, i, token.text);
      tokens.push_back(std::move(token));
    } else {
      const std::size_t end = WordEnd(in, i);
      tokens.push_back({in.substr(i, end - i), "", false});
      i = end;
    }
  }
  return tokens;
}

// A bare IPv4 (digits and dots) or IPv6 (hex digits and colons) address.
bool IsIpChars(std::string_view s) {
  const bool v6 = s.find(':') != std::string_view::npos;
  if (!v6 && s.find('.') == std::string_view::npos) return false;
  bool digit = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c != '.' && !(v6 && (c == ':' || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))) {
      return false;
    }
  }
  return digit;
}

// "[1.2.3.4]", "[IPv6:2001:db8::1]", "[1.2.3.4]:25" -> the address; else "".
std::string BracketedIp(std::string_view word) {
  const std::size_t open = word.find('[');
  const std::size_t close = word.find(']', open == std::string_view::npos ? 0 : open);
  if (open == std::string_view::npos || close == std::string_view::npos) return "";
  std::string_view ip = word.substr(open + 1, close - open - 1);
  if (ip.size() > 5 && AsciiLower(ip.substr(0, 5)) == "ipv6:") ip.remove_prefix(5);
  return std::string(ip);
}

std::string HostName(std::string_view word) {
  const std::size_t at = word.rfind('@');  // Sendmail: "ident@rdns"
  if (at != std::string_view::npos) word.remove_prefix(at + 1);
  while (!word.empty() && word.back() == '.') word.remove_suffix(1);
  return AsciiLower(word);
}

// What a comment after "from <name>" says about the connecting client.
struct ClientComment {
  std::string rdns, ip, helo;
};

void ReadClientComment(std::string_view text, ClientComment& client) {
  std::vector<std::string_view> words;
  while (!(text = TrimWhitespace(text)).empty()) {
    std::size_t end = 0;
    while (end < text.size() && !IsBlank(text[end])) ++end;
    words.push_back(text.substr(0, end));
    text.remove_prefix(end);
  }
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string_view word = words[i];
    if (word.size() >= 5 && EqualsIgnoreCase(word.substr(0, 5), "helo=")) {
      client.helo = HostName(word.substr(5));
    } else if ((EqualsIgnoreCase(word, "helo") || EqualsIgnoreCase(word, "ehlo")) && i + 1 < words.size()) {
      client.helo = HostName(words[++i]);
    } else if (std::string ip = BracketedIp(word); !ip.empty()) {
      if (client.ip.empty()) client.ip = ip;
    } else if (IsIpChars(word) && client.ip.empty()) {
      client.ip = std::string(word);
    } else if (client.rdns.empty() && client.ip.empty() && word.find('=') == std::string_view::npos &&
               (word.find('.') != std::string_view::npos || EqualsIgnoreCase(word, "unknown") ||
                EqualsIgnoreCase(word, "localhost") || word.find('@') != std::string_view::npos)) {
      client.rdns = HostName(words[i]);
    }
  }
}

std::size_t FindWord(const std::vector<Token>& tokens, std::string_view word, std::size_t from) {
  for (std::size_t i = from; i < tokens.size(); ++i) {
    if (!tokens[i].comment && EqualsIgnoreCase(tokens[i].word, word)) return i;
  }
  return tokens.size();
}

void ReadFromClause(const std::vector<Token>& tokens, std::size_t from, std::size_t by,
                    ReceivedHop& hop) {
  if (from + 1 >= by || tokens[from + 1].comment) return;
  const std::string_view name = tokens[from + 1].word;
  const std::string named_ip = BracketedIp(name);
  ClientComment client;
  for (std::size_t i = from + 2; i < by; ++i) {
    if (tokens[i].comment) ReadClientComment(tokens[i].text, client);
  }
  if (!client.helo.empty()) {
    // Exim and qmail put the reverse name (or [ip]) first and the HELO name
    // in the comment.
    hop.from_helo = client.helo;
    hop.from_rdns = !client.rdns.empty() ? client.rdns : (named_ip.empty() ? HostName(name) : "");
  } else {
    hop.from_helo = named_ip.empty() ? HostName(name) : "";
    hop.from_rdns = client.rdns;
  }
  hop.from_ip = !client.ip.empty() ? client.ip : named_ip;
}

}  // namespace

ReceivedHop ParseReceived(std::string_view value) {
  value = value.substr(0, kMaxValueBytes);
  ReceivedHop hop;
  hop.raw = RepairUtf8(TrimWhitespace(value));
  const std::vector<Token> tokens = Tokenize(value);
  const std::size_t from = FindWord(tokens, "from", 0);
  const std::size_t by = FindWord(tokens, "by", from == tokens.size() ? 0 : from + 1);
  if (from < tokens.size()) ReadFromClause(tokens, from, by, hop);
  if (by + 1 < tokens.size() && !tokens[by + 1].comment) hop.by = HostName(tokens[by + 1].word);
  hop.from_helo = RepairUtf8(hop.from_helo);
  hop.from_rdns = RepairUtf8(hop.from_rdns);
  hop.from_ip = RepairUtf8(AsciiLower(hop.from_ip));
  hop.by = RepairUtf8(hop.by);
  return hop;
}

}  // namespace phishscan
