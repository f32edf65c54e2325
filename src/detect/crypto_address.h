// Recognises cryptocurrency wallet addresses in text, with their checksums
// where the format has one we can verify (Base58Check, Bech32/Bech32m), so a
// random token does not count as a wallet. Extortion and investment scams
// name one; legitimate mail almost never does.
#ifndef PHISHSCAN_DETECT_CRYPTO_ADDRESS_H_
#define PHISHSCAN_DETECT_CRYPTO_ADDRESS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace phishscan {

struct CryptoAddress {
  std::string_view currency;  // "Bitcoin", "Ethereum", "Litecoin", "Tron", "Monero"
  std::string address;        // as written
};

// Addresses found in `text` (case preserved: Base58 is case-sensitive),
// distinct, in text order, at most `max_results`.
std::vector<CryptoAddress> FindCryptoAddresses(std::string_view text, std::size_t max_results = 8);

// Exposed for tests.
bool IsValidBase58Check(std::string_view token, unsigned char* version);
bool IsValidBech32Address(std::string_view token, std::string_view hrp);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_CRYPTO_ADDRESS_H_
