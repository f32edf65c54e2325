#include "detect/crypto_address.h"

#include <openssl/sha.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <optional>

#include "base/text.h"

namespace phishscan {
namespace {

constexpr std::string_view kBase58Alphabet =
    "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
constexpr std::string_view kBech32Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
constexpr std::uint32_t kBech32Const = 1;
constexpr std::uint32_t kBech32mConst = 0x2bc830a3;

// A table, one look-up a byte: every byte of every body part is classified.
constexpr std::array<bool, 256> kAsciiAlnum = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) table[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return table;
}();

bool IsAsciiAlnum(char c) { return kAsciiAlnum[static_cast<unsigned char>(c)]; }

// Characters that glue a token into base64 data, where long alphanumeric
// runs occur by chance ('=' only as trailing padding).
bool IsBase64Glue(char c) { return c == '+' || c == '/'; }

std::optional<std::vector<unsigned char>> Base58Decode(std::string_view token) {
  std::vector<unsigned char> bytes;  // big-endian, built digit by digit
  for (char c : token) {
    std::size_t digit = kBase58Alphabet.find(c);
    if (digit == std::string_view::npos) return std::nullopt;
    unsigned carry = static_cast<unsigned>(digit);
    for (auto it = bytes.rbegin(); it != bytes.rend(); ++it) {
      carry += 58u * *it;
      *it = static_cast<unsigned char>(carry & 0xff);
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.insert(bytes.begin(), static_cast<unsigned char>(carry & 0xff));
      carry >>= 8;
    }
  }
  std::size_t leading_ones = 0;
  while (leading_ones < token.size() && token[leading_ones] == '1') ++leading_ones;
  bytes.insert(bytes.begin(), leading_ones, 0);
  return bytes;
}

std::uint32_t Bech32Polymod(const std::vector<std::uint8_t>& values) {
  static constexpr std::array<std::uint32_t, 5> kGen = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa,
                                                        0x3d4233dd, 0x2a1462b3};
  std::uint32_t chk = 1;
  for (std::uint8_t v : values) {
    std::uint8_t top = static_cast<std::uint8_t>(chk >> 25);
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (int i = 0; i < 5; ++i)
      if ((top >> i) & 1) chk ^= kGen[i];
  }
  return chk;
}

bool AllSameChar(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [&](char c) { return c == s.front(); });
}

bool IsEthereumAddress(std::string_view token) {
  if (token.size() != 42 || token[0] != '0' || (token[1] != 'x' && token[1] != 'X')) return false;
  std::string_view hex = token.substr(2);
  for (char c : hex)
    if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
  // Real addresses mix letters and digits; a run of one digit is a placeholder.
  bool has_letter = std::any_of(hex.begin(), hex.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
  bool has_digit = std::any_of(hex.begin(), hex.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  return has_letter && has_digit && !AllSameChar(hex);
}

// Monero has a Keccak checksum we do not compute; its fixed length, network
// prefix and alphabet are specific enough outside base64 runs.
bool IsMoneroAddress(std::string_view token) {
  if (token.size() != 95 && token.size() != 106) return false;
  if (token[0] != '4' && token[0] != '8') return false;
  return std::all_of(token.begin(), token.end(),
                     [](char c) { return kBase58Alphabet.find(c) != std::string_view::npos; });
}

std::string_view Base58CheckCurrency(std::string_view token) {
  unsigned char version = 0;
  if (token.size() < 26 || token.size() > 35) return "";
  if (!IsValidBase58Check(token, &version)) return "";
  switch (version) {
    case 0x00: return token[0] == '1' ? "Bitcoin" : "";
    case 0x05: return token[0] == '3' ? "Bitcoin" : "";
    case 0x30:
    case 0x32: return "Litecoin";
    case 0x41: return token[0] == 'T' ? "Tron" : "";
    default: return "";
  }
}

std::string_view CurrencyOf(std::string_view token) {
  // Bech32 is written in one case, either one.
  bool has_lower = std::any_of(token.begin(), token.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  bool has_upper = std::any_of(token.begin(), token.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  bool one_case = !(has_lower && has_upper);
  std::string lower = AsciiLower(token);
  if (one_case && lower.rfind("bc1", 0) == 0 && IsValidBech32Address(lower, "bc")) return "Bitcoin";
  if (one_case && lower.rfind("ltc1", 0) == 0 && IsValidBech32Address(lower, "ltc")) return "Litecoin";
  if (IsEthereumAddress(token)) return "Ethereum";
  if (IsMoneroAddress(token)) return "Monero";
  return Base58CheckCurrency(token);
}

}  // namespace

bool IsValidBase58Check(std::string_view token, unsigned char* version) {
  std::optional<std::vector<unsigned char>> bytes = Base58Decode(token);
  if (!bytes || bytes->size() != 25) return false;
  unsigned char first[SHA256_DIGEST_LENGTH], second[SHA256_DIGEST_LENGTH];
  SHA256(bytes->data(), 21, first);
  SHA256(first, sizeof first, second);
  if (!std::equal(second, second + 4, bytes->begin() + 21)) return false;
  *version = (*bytes)[0];
  return true;
}

bool IsValidBech32Address(std::string_view token, std::string_view hrp) {
  if (token.size() > 90 || token.size() < hrp.size() + 1 + 7) return false;
  if (token.substr(0, hrp.size()) != hrp || token[hrp.size()] != '1') return false;
  std::vector<std::uint8_t> values;
  for (char c : hrp) values.push_back(static_cast<std::uint8_t>(c) >> 5);
  values.push_back(0);
  for (char c : hrp) values.push_back(static_cast<std::uint8_t>(c) & 31);
  for (char c : token.substr(hrp.size() + 1)) {
    std::size_t v = kBech32Charset.find(c);
    if (v == std::string_view::npos) return false;
    values.push_back(static_cast<std::uint8_t>(v));
  }
  std::uint32_t check = Bech32Polymod(values);
  return check == kBech32Const || check == kBech32mConst;
}

std::vector<CryptoAddress> FindCryptoAddresses(std::string_view text, std::size_t max_results) {
  std::vector<CryptoAddress> found;
  std::size_t i = 0;
  while (i < text.size() && found.size() < max_results) {
    if (!IsAsciiAlnum(text[i])) {
      ++i;
      continue;
    }
    std::size_t start = i;
    while (i < text.size() && IsAsciiAlnum(text[i])) ++i;
    std::string_view token = text.substr(start, i - start);
    if (token.size() < 26 || token.size() > 110) continue;
    bool glued = (start > 0 && IsBase64Glue(text[start - 1])) ||
                 (i < text.size() && (IsBase64Glue(text[i]) || text[i] == '='));
    if (glued) continue;
    std::string_view currency = CurrencyOf(token);
    if (currency.empty()) continue;
    bool seen = std::any_of(found.begin(), found.end(),
                            [&](const CryptoAddress& a) { return a.address == token; });
    if (!seen) found.push_back({currency, std::string(token)});
  }
  return found;
}

}  // namespace phishscan
