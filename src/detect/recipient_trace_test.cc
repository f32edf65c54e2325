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

TEST(RecipientTraceTest, OneTracerOverManyLinks) {
  // The address written with capitals: base64 of either spelling is a trace.
  const std::string address = "J.Martin@Dupont-Avocats.fr";
  const RecipientTracer tracer(address, "dupont-avocats.fr", true);
  const std::string lower_b64 = Base64EncodeUnpadded("x=j.martin@dupont-avocats.fr");
  const std::string as_written_b64 = Base64EncodeUnpadded("xy=" + address);
  EXPECT_EQ(tracer.Trace(MustParse("https://x.example.net/?e=j.martin@dupont-avocats.fr")).address_encoding,
            "as written");
  EXPECT_EQ(tracer.Trace(MustParse("https://x.example.net/#" + lower_b64)).address_encoding, "base64-encoded");
  EXPECT_EQ(tracer.Trace(MustParse("https://x.example.net/#" + as_written_b64)).address_encoding, "base64-encoded");
  EXPECT_EQ(tracer.Trace(MustParse("https://dupont-avocats-fr.imap-auth-portal.pages.dev/")).host_label,
            "dupont-avocats-fr");
  EXPECT_FALSE(tracer.Trace(MustParse("https://www.example.org/page?id=12")).found());
  // The same answers as TraceRecipient, link by link.
  for (const char* url : {"https://x.example.net/?e=j.martin@dupont-avocats.fr", "https://www.example.org/"}) {
    const RecipientTrace one = TraceRecipient(MustParse(url), address, "dupont-avocats.fr", true);
    const RecipientTrace many = tracer.Trace(MustParse(url));
    EXPECT_EQ(one.address_encoding, many.address_encoding) << url;
    EXPECT_EQ(one.host_label, many.host_label) << url;
    EXPECT_EQ(one.path_token, many.path_token) << url;
  }
}

TEST(RecipientTraceTest, NoAddressNoEncodedForms) {
  const RecipientTracer tracer("", "dupont-avocats.fr", true);
  EXPECT_TRUE(tracer.Trace(MustParse("https://x.example.net/?e=dupont-avocats.fr")).address_encoding.empty());
}

TEST(RecipientTraceTest, OrganisationInHost) {
  EXPECT_EQ(TraceRecipient(MustParse("https://dupont-avocats-fr.imap-auth-portal.pages.dev/"), "",
                           "dupont-avocats.fr", true).host_label,
            "dupont-avocats-fr");
  EXPECT_EQ(TraceRecipient(MustParse("https://mail.dupont-avocats.fr.secure-box.example.net/"), "",
                           "dupont-avocats.fr", true).host_label,
            "dupont-avocats.fr");
  EXPECT_EQ(TraceRecipient(MustParse("https://dupont-avocats-login.secure-box.example/"), "", "dupont-avocats.fr", true)
                .host_label,
            "dupont-avocats-login");
  EXPECT_EQ(TraceRecipient(MustParse("https://dupont-avocats.webmail-sync.example/"), "", "dupont-avocats.fr", true)
                .host_label,
            "dupont-avocats");
  // A registered name counts only when it carries the whole domain.
  EXPECT_EQ(TraceRecipient(MustParse("https://dupont-avocats-fr-login.example/"), "", "dupont-avocats.fr", true)
                .host_label,
            "dupont-avocats-fr-login");
  // Exactly the organisation's name as a site on a shared platform, or as a
  // TLD-less coincidence inside another word: not a trace.
  EXPECT_TRUE(TraceRecipient(MustParse("https://dupont-avocats.github.io/"), "", "dupont-avocats.fr", true)
                  .host_label.empty());
  EXPECT_TRUE(TraceRecipient(MustParse("https://dupontavocatsgroup.example/"), "", "dupont-avocats.fr", true)
                  .host_label.empty());
  EXPECT_TRUE(TraceRecipient(MustParse("https://dupont-avocats-fr.example.net/"), "", "dupont-avocats.fr", false)
                  .host_label.empty());
}

TEST(RecipientTraceTest, RegisteredNameSharingTheOrganisationsWordIsNotATrace) {
  // A shop called "example-shop" for a reader at example.net: someone else's
  // name, even with the shared word in its path.
  for (const char* url : {"https://example-shop.nl/", "https://www.example-shop.nl/aanbieding?ref=nieuwsbrief",
                          "https://examplestore.example/", "https://shop.example.nl/",
                          "https://example-shop-cdn.example/example/banner.html"}) {
    EXPECT_FALSE(TraceRecipient(MustParse(url), "kees@example.net", "example.net", true).found()) << url;
  }
}

TEST(RecipientTraceTest, OrganisationInPathOrQuery) {
  EXPECT_EQ(TraceRecipient(MustParse("https://mail-verify.example.org/auth?domain=acme-corp.com&step=2"), "",
                           "acme-corp.com", true).path_token,
            "acme-corp.com");
  EXPECT_EQ(TraceRecipient(MustParse("https://cloud-docs.example.org/acme-corp.com/login"), "", "acme-corp.com", true)
                .path_token,
            "acme-corp.com");
  EXPECT_EQ(TraceRecipient(MustParse("https://portal.example.org/?org=acme%2Dcorp%2Ecom"), "", "acme-corp.com", true)
                .path_token,
            "acme-corp.com");
  // Whole tokens only; the name alone is how the organisation's own pages on
  // other sites are addressed; nothing is looked for when the organisation
  // is not specific.
  EXPECT_FALSE(TraceRecipient(MustParse("https://portal.example.org/acme-corporate/?q=acme-corp.community"), "",
                              "acme-corp.com", true).found());
  EXPECT_FALSE(TraceRecipient(MustParse("https://www.linkedin.com/company/lindqvist-bouw"), "", "lindqvist-bouw.nl",
                              true).found());
  EXPECT_FALSE(TraceRecipient(MustParse("https://social.example/lindqvist-bouw?lang=nl"), "", "lindqvist-bouw.nl",
                              true).found());
  EXPECT_FALSE(TraceRecipient(MustParse("https://portal.example.org/?domain=acme-corp.com"), "", "acme-corp.com", false)
                   .found());
}

TEST(RecipientTraceTest, NothingFound) {
  RecipientTrace t = TraceRecipient(MustParse("https://www.example.org/page?id=12"), "a.b@example.com", "example.com", true);
  EXPECT_FALSE(t.found());
  EXPECT_FALSE(TraceRecipient(MustParse("https://www.example.org/"), "", "", true).found());
}

}  // namespace
}  // namespace phishscan
