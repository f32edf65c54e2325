#include "parse/sha256.h"

#include <openssl/evp.h>

namespace phishscan {

Sha256::Sha256() : context_(EVP_MD_CTX_new()), ok_(false) {
  ok_ = context_ != nullptr && EVP_DigestInit_ex(context_, EVP_sha256(), nullptr) == 1;
}

Sha256::~Sha256() { EVP_MD_CTX_free(context_); }

void Sha256::Update(std::string_view bytes) {
  if (ok_ && !bytes.empty()) ok_ = EVP_DigestUpdate(context_, bytes.data(), bytes.size()) == 1;
}

std::string Sha256::HexDigest() {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (!ok_ || EVP_DigestFinal_ex(context_, digest, &length) != 1) return "";
  ok_ = false;
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(length * 2);
  for (unsigned int i = 0; i < length; ++i) {
    hex.push_back(kHex[digest[i] >> 4]);
    hex.push_back(kHex[digest[i] & 0x0F]);
  }
  return hex;
}

}  // namespace phishscan
