#include "parse/auth_results.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "base/byte_set.h"
#include "base/text.h"
#include "parse/utf8_repair.h"

namespace phishscan {

namespace {

constexpr std::size_t kMaxValueBytes = 16u << 10;

// "key=value" or a lone word ("mx.example.com", "none"); lower-cased keys.
struct Word {
  std::string key;
  std::string value;
  bool has_value = false;
};

using Statement = std::vector<Word>;

enum class TokenKind { kWord, kEquals, kSemicolon };

struct Token {
  TokenKind kind;
  std::string text;
};

std::size_t SkipComment(std::string_view in, std::size_t i) {
  int depth = 0;
  for (; i < in.size(); ++i) {
    if (in[i] == '\\') {
      ++i;
    } else if (in[i] == '(') {
      ++depth;
    } else if (in[i] == ')' && --depth == 0) {
      return i + 1;
    }
  }
  return in.size();  // an unclosed comment swallows the rest
}

std::size_t ReadQuoted(std::string_view in, std::size_t i, std::string& out) {
  for (++i; i < in.size() && in[i] != '"'; ++i) {
    if (in[i] == '\\' && i + 1 < in.size()) ++i;
    out.push_back(in[i]);
  }
  return i < in.size() ? i + 1 : i;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::vector<Token> Tokenize(std::string_view in) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < in.size()) {
    const char c = in[i];
    if (IsSpace(c) || c == ')') {  // a stray ')' closes nothing: skip it
      ++i;
    } else if (c == '(') {
      i = SkipComment(in, i);
    } else if (c == ';' || c == '=') {
      tokens.push_back({c == ';' ? TokenKind::kSemicolon : TokenKind::kEquals, ""});
      ++i;
    } else if (c == '"') {
      Token token{TokenKind::kWord, ""};
      i = ReadQuoted(in, i, token.text);
      tokens.push_back(std::move(token));
    } else {
      static constexpr ByteSet kWordEnd(" \t\r\n();=\"");
      const std::size_t end = kWordEnd.FindFirstIn(in, i);
      const std::size_t stop = end == std::string_view::npos ? in.size() : end;
      tokens.push_back({TokenKind::kWord, std::string(in.substr(i, stop - i))});
      i = stop;
    }
  }
  return tokens;
}

// Groups tokens into ';'-separated statements of words and key=value pairs.
// A stray '=' (base64 padding in header.b) is dropped.
std::vector<Statement> SplitStatements(const std::vector<Token>& tokens) {
  std::vector<Statement> statements(1);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind == TokenKind::kSemicolon) {
      statements.emplace_back();
    } else if (tokens[i].kind == TokenKind::kWord) {
      Word word{AsciiLower(tokens[i].text), "", false};
      if (i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::kEquals) {
        word.has_value = true;
        if (i + 2 < tokens.size() && tokens[i + 2].kind == TokenKind::kWord) {
          word.value = tokens[i + 2].text;
          ++i;
        }
        ++i;
      }
      statements.back().push_back(std::move(word));
    }
  }
  return statements;
}

// Methods that open a new result even when the ';' before them is missing.
bool IsMethodName(std::string_view key) {
  static constexpr std::array<std::string_view, 16> kMethods = {
      "spf", "dkim", "dmarc", "arc", "iprev", "auth", "dkim-adsp", "dkim-atps",
      "bimi", "compauth", "sender-id", "domainkeys", "smime", "rrvs", "vbr", "x-original-spf"};
  for (std::string_view method : kMethods) {
    if (key == method) return true;
  }
  return false;
}

// "user@Example.COM." / "@example.com" / "example.com" -> "example.com".
std::string DomainPart(std::string_view value) {
  const std::size_t at = value.rfind('@');
  if (at != std::string_view::npos) value.remove_prefix(at + 1);
  value = TrimWhitespace(value);
  while (!value.empty() && (value.back() == '.' || value.back() == '>')) value.remove_suffix(1);
  return RepairUtf8(AsciiLower(value));
}

// The result being filled while walking the pairs of one header.
struct MethodResult {
  std::string method;
  std::string result;
  std::string smtp_mailfrom, smtp_helo, header_d, header_i, header_from;
};

void Store(const MethodResult& m, AuthResults& out) {
  if (m.method == "spf" && out.spf.empty()) {
    out.spf = m.result;
    out.spf_domain = DomainPart(!m.smtp_mailfrom.empty() ? m.smtp_mailfrom : m.smtp_helo);
  } else if (m.method == "dkim" && out.dkim.empty()) {
    out.dkim = m.result;
    out.dkim_domain = DomainPart(!m.header_d.empty() ? m.header_d : m.header_i);
  } else if (m.method == "dmarc" && out.dmarc.empty()) {
    out.dmarc = m.result;
    out.dmarc_domain = DomainPart(m.header_from);
  }
}

void SetProperty(const Word& word, MethodResult& m) {
  if (word.key == "smtp.mailfrom") m.smtp_mailfrom = word.value;
  else if (word.key == "smtp.helo") m.smtp_helo = word.value;
  else if (word.key == "header.d") m.header_d = word.value;
  else if (word.key == "header.i") m.header_i = word.value;
  else if (word.key == "header.from") m.header_from = word.value;
}

void ReadStatement(const Statement& statement, AuthResults& out) {
  std::optional<MethodResult> current;
  for (const Word& word : statement) {
    if (!word.has_value) continue;
    const bool opens = !current.has_value() ? word.key.find('.') == std::string::npos
                                            : IsMethodName(word.key);
    if (opens) {
      if (current) Store(*current, out);
      current = MethodResult{word.key, RepairUtf8(AsciiLower(word.value)), "", "", "", "", ""};
    } else if (current) {
      SetProperty(word, *current);
    }
  }
  if (current) Store(*current, out);
}

// Without envelope-from=, the comment says "domain of [transitioning]
// user@example.com designates ...": the first word holding '@' after it.
std::string AddressInSpfComment(std::string_view value) {
  const std::size_t of = AsciiLower(value).find("domain of ");
  if (of == std::string::npos) return "";
  std::string_view rest = value.substr(of + 10, 256);
  while (!rest.empty()) {
    rest = TrimWhitespace(rest);
    static constexpr ByteSet kWordEnd(" \t\r\n)");
    const std::size_t end = std::min(kWordEnd.FindFirstIn(rest), rest.size());
    std::string_view word = rest.substr(0, end);
    if (word.find('@') != std::string_view::npos) return std::string(word);
    rest.remove_prefix(end);
    if (!rest.empty() && rest.front() == ')') break;
  }
  return "";
}

}  // namespace

AuthResults ParseAuthenticationResults(std::string_view value) {
  value = value.substr(0, kMaxValueBytes);
  AuthResults out;
  out.raw = RepairUtf8(TrimWhitespace(value));
  std::vector<Statement> statements = SplitStatements(Tokenize(value));
  // The authserv-id is the first lone word of the first statement; broken
  // servers omit it and start with "spf=...".
  Statement& first = statements.front();
  if (!first.empty() && !first.front().has_value) {
    out.authserv_id = RepairUtf8(AsciiLower(first.front().key));
    first.erase(first.begin());
  }
  for (const Statement& statement : statements) ReadStatement(statement, out);
  return out;
}

std::optional<AuthResults> ParseReceivedSpf(std::string_view value) {
  value = value.substr(0, kMaxValueBytes);
  std::vector<Statement> statements = SplitStatements(Tokenize(value));
  const Statement& first = statements.front();
  if (first.empty() || first.front().has_value) return std::nullopt;
  AuthResults out;
  out.authserv_id = "Received-SPF";
  out.raw = RepairUtf8(TrimWhitespace(value));
  out.spf = RepairUtf8(first.front().key);
  std::string envelope_from, helo;
  for (const Statement& statement : statements) {
    for (const Word& word : statement) {
      if (word.key == "envelope-from" && envelope_from.empty()) envelope_from = word.value;
      if (word.key == "helo" && helo.empty()) helo = word.value;
    }
  }
  if (envelope_from.empty()) envelope_from = AddressInSpfComment(value);
  out.spf_domain = DomainPart(!envelope_from.empty() ? envelope_from : helo);
  return out;
}

}  // namespace phishscan
