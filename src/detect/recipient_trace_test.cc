#include "detect/recipient_trace.h"

#include <gtest/gtest.h>

#include "detect/base64.h"

namespace phishscan {
namespace {

Url MustParse(std::string_view text) {
  std::optional<Url> url = ParseUrl(text);
  EXPECT_TRUE(url.has_value()) << text;
  return url.value_or(Url{});
}

TEST(RecipientTraceTest, AddressInEveryEncoding) {
  const std::string address = "j.martin@dupont-avocats.fr";
  EXPECT_EQ(TraceRecipient(MustParse("https://x.example.net/?e=j.martin@dupont-avocats.fr"), address,
                           "dupont-avocats.fr", true).address_encoding,
            "as written");
  EXPECT_EQ(TraceRecipient(MustParse("https://x.example.net/?e=J.Martin%40Dupont-Avocats.fr"), address,
                           "dupont-avocats.fr", true).address_encoding,
            "percent-encoded");
  // Base64 at each of the three alignments inside a longer encoded value.
  for (const char* prefix : {"", "a", "ab"}) {
    std::string encoded = Base64EncodeUnpadded(std::string(prefix) + "email=" + address + "&lang=fr");
    RecipientTrace t = TraceRecipient(MustParse("https://x.example.net/#" + encoded), address, "dupont-avocats.fr", true);
    EXPECT_EQ(t.address_encoding, "base64-encoded") << prefix;
  }
}

TEST(RecipientTraceTest, OrganisationInHost) {
  EXPECT_EQ(TraceRecipient(MustParse("https://dupont-avocats-fr.imap-auth-portal.pages.dev/"), "",
                           "dupont-avocats.fr", true).host_label,
            "dupont-avocats-fr");
  EXPECT_EQ(TraceRecipient(MustParse("https://mail.dupont-avocats.fr.secure-box.example.net/"), "",
                           "dupont-avocats.fr", true).host_label,
            "dupont-avocats.fr");
  EXPECT_EQ(TraceRecipient(MustParse("https://dupont-avocats-login.example/"), "", "dupont-avocats.fr", true).host_label,
            "dupont-avocats-login");
  // Exactly the organisation's name as a site on a shared platform, or as a
  // TLD-less coincidence inside another word: not a trace.
  EXPECT_TRUE(TraceRecipient(MustParse("https://dupont-avocats.github.io/"), "", "dupont-avocats.fr", true)
                  .host_label.empty());
  EXPECT_TRUE(TraceRecipient(MustParse("https://dupontavocatsgroup.example/"), "", "dupont-avocats.fr", true)
                  .host_label.empty());
  EXPECT_TRUE(TraceRecipient(MustParse("https://dupont-avocats-fr.example.net/"), "", "dupont-avocats.fr", false)
                  .host_label.empty());
}

TEST(RecipientTraceTest, NothingFound) {
  RecipientTrace t = TraceRecipient(MustParse("https://www.example.org/page?id=12"), "a.b@example.com", "example.com", true);
  EXPECT_FALSE(t.found());
  EXPECT_FALSE(TraceRecipient(MustParse("https://www.example.org/"), "", "", true).found());
}

}  // namespace
}  // namespace phishscan
