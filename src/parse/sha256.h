// Incremental SHA-256 (OpenSSL EVP), so attachments are hashed as they are
// decoded instead of being held whole in memory.
#ifndef PHISHSCAN_PARSE_SHA256_H_
#define PHISHSCAN_PARSE_SHA256_H_

#include <string>
#include <string_view>

typedef struct evp_md_ctx_st EVP_MD_CTX;

namespace phishscan {

class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  void Update(std::string_view bytes);
  // Lower-case hex digest of everything passed to Update; call once.
  std::string HexDigest();

 private:
  EVP_MD_CTX* context_;
  bool ok_;
};

}  // namespace phishscan

#endif  // PHISHSCAN_PARSE_SHA256_H_
