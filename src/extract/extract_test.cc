#include <gtest/gtest.h>

#include <string>

#include "base/text.h"
#include "extract/extraction.h"

namespace phishscan {
namespace {

TextPart Plain(std::string text) {
  TextPart part;
  part.text = std::move(text);
  part.content_type = "text/plain";
  return part;
}

TextPart Html(std::string text) {
  TextPart part;
  part.is_html = true;
  part.text = std::move(text);
  part.content_type = "text/html";
  return part;
}

bool Contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

// The seed lure (/work/shared/samples/imap-auth-lure.eml) after the parser's
// quoted-printable decoding, shortened.
Message LureMessage() {
  Message m;
  m.text_parts.push_back(Plain(
      "Automated system has detected an ongoing issue affecting the IMAP (Internet Message "
      "Access Protocol) authentication process for your email account ********.\n\n"
      "AUTHENTICATE IMAP <https://dupont-avocats-fr.imap-auth-portal.pages.dev/cpanel/login?"
      "email=j.martin%40dupont-avocats.fr>\n\n"
      "If you encounter any difficulties during this process, please don\xE2\x80\x99t hesitate "
      "to contact our support team\n\ncP\nCopyright\xC2\xA9 2025 cPanel, L.L.C.\n"));
  m.text_parts.push_back(Html(
      "<html><body style=\"font-family:Arial,sans-serif;color:#333\">"
      "<p>Automated system has detected an ongoing issue affecting the IMAP (Internet Message "
      "Access Protocol) authentication process for your email account <b>********</b>.</p>"
      "<p style=\"text-align:center\"><a href=\"https://dupont-avocats-fr.imap-auth-portal."
      "pages.dev/cpanel/login?email=j.martin%40dupont-avocats.fr\" style=\"background:#ff6c2c;"
      "color:#fff;padding:12px 28px\">AUTHENTICATE IMAP</a></p>"
      "<p>please don&rsquo;t hesitate to contact our support team</p>"
      "<p style=\"font-size:11px;color:#999\"><img src=\"https://imap-auth-portal.pages.dev/"
      "assets/cp-logo.png\" alt=\"cP\" width=\"24\"><br>Copyright&copy; 2025 cPanel, L.L.C.</p>"
      "</body></html>"));
  return m;
}

TEST(ExtractTest, SeedLure) {
  const Extraction x = Extract(LureMessage(), Limits());
  ASSERT_EQ(x.links.size(), 2u);
  EXPECT_EQ(x.links[0].origin, LinkOrigin::kPlainText);
  EXPECT_EQ(x.links[0].part_index, 0u);
  EXPECT_EQ(x.links[1].origin, LinkOrigin::kHtmlAnchor);
  EXPECT_EQ(x.links[1].part_index, 1u);
  for (const Link& link : x.links) {
    EXPECT_EQ(link.text, "AUTHENTICATE IMAP");
    EXPECT_EQ(link.url.host, "dupont-avocats-fr.imap-auth-portal.pages.dev");
    EXPECT_EQ(link.url.registrable_domain, "imap-auth-portal.pages.dev");
    EXPECT_FALSE(link.shown_url);  // the text is not an address
  }
  ASSERT_EQ(x.images.size(), 1u);
  EXPECT_EQ(x.images[0].src->host, "imap-auth-portal.pages.dev");
  EXPECT_TRUE(x.hidden.empty());
  EXPECT_TRUE(x.forms.empty());
  EXPECT_TRUE(x.limits_hit.empty());
  // Normalised: lower case, typographic apostrophe folded, NBSP-free.
  EXPECT_TRUE(Contains(x.text, "authenticate imap"));
  EXPECT_TRUE(Contains(x.text, "please don't hesitate"));
  EXPECT_TRUE(Contains(x.text, "copyright\xC2\xA9 2025 cpanel"));
  // Plain part first, then the HTML part, separated by a newline. The plain
  // part shows its URL; an href is not visible text.
  const std::size_t newline = x.text.find('\n');
  ASSERT_NE(newline, std::string::npos);
  EXPECT_TRUE(Contains(x.text.substr(0, newline), "<https://dupont-avocats-fr"));
  EXPECT_EQ(x.text.substr(newline + 1, 9), "automated");
  EXPECT_FALSE(Contains(x.text.substr(newline), "https://"));
}

TEST(ExtractTest, ShownUrlOnDeceptiveLinks) {
  Message m;
  m.text_parts.push_back(Html(
      "<a href=\"https://paypal.com.account-verify.example/login\">https://www.paypal.com/signin</a>"
      "<a href=\"https://evil.example/\">www.pay\xE2\x80\x8Bpal.com</a>"
      "<a href=\"https://www.paypal.com/\">Log in</a>"
      "<a href=\"http://xn--pypal-4ve.com/\">paypal.com</a>"));
  const Extraction x = Extract(m, Limits());
  ASSERT_EQ(x.links.size(), 4u);
  ASSERT_TRUE(x.links[0].shown_url);
  EXPECT_EQ(x.links[0].shown_url->registrable_domain, "paypal.com");
  EXPECT_EQ(x.links[0].url.registrable_domain, "account-verify.example");
  ASSERT_TRUE(x.links[1].shown_url);
  EXPECT_EQ(x.links[1].shown_url->host, "www.paypal.com");
  EXPECT_FALSE(x.links[2].shown_url);
  ASSERT_TRUE(x.links[3].shown_url);
  EXPECT_TRUE(x.links[3].url.confusable);
  EXPECT_EQ(x.links[3].url.skeleton, x.links[3].shown_url->skeleton);
  EXPECT_NE(x.links[3].url.host, x.links[3].shown_url->host);
}

TEST(ExtractTest, PlainTextLabelThatIsADomain) {
  Message m;
  m.text_parts.push_back(Plain("Connectez-vous sur impots.gouv.fr <https://impots-remboursement.example/>"));
  const Extraction x = Extract(m, Limits());
  ASSERT_EQ(x.links.size(), 1u);
  EXPECT_EQ(x.links[0].text, "Connectez-vous sur impots.gouv.fr");
  EXPECT_FALSE(x.links[0].shown_url);  // the whole label is not an address
  Message bare;
  bare.text_parts.push_back(Plain("impots.gouv.fr <https://impots-remboursement.example/>"));
  const Extraction y = Extract(bare, Limits());
  ASSERT_EQ(y.links.size(), 1u);
  ASSERT_TRUE(y.links[0].shown_url);
  EXPECT_EQ(y.links[0].shown_url->registrable_domain, "impots.gouv.fr");
}

TEST(ExtractTest, IdenticalLinksAreDeduplicated) {
  Message m;
  m.text_parts.push_back(Html(
      "<a href=\"https://x.example/a\">Pay now</a><a href=\"https://x.example/a\">Pay now</a>"
      "<a href=\"https://x.example/a\">Other text</a>"));
  m.text_parts.push_back(Html("<a href=\"https://x.example/a\">Pay now</a>"));
  const Extraction x = Extract(m, Limits());
  ASSERT_EQ(x.links.size(), 2u);
  EXPECT_EQ(x.links[0].text, "Pay now");
  EXPECT_EQ(x.links[1].text, "Other text");
}

TEST(ExtractTest, HtmlAttachmentsAreScanned) {
  Message m;
  m.text_parts.push_back(Plain("Please find your invoice attached."));
  Attachment page;
  page.filename = "Invoice_0932.htm";
  page.declared_type = "application/octet-stream";
  page.sniffed_type = "text/html";
  page.content =
      "<html><body><h1>Microsoft 365</h1><p>Sign in to view the document</p>"
      "<form action=\"https://collect.evil.example/next.php\" method=\"post\">"
      "<input type=\"email\" name=\"login\"><input type=\"password\" name=\"passwd\"></form>"
      "<a href=\"https://evil.example/help\">Help</a></body></html>";
  m.attachments.push_back(page);
  Attachment image;
  image.filename = "logo.png";
  image.sniffed_type = "image/png";
  m.attachments.push_back(image);
  Attachment notes;
  notes.filename = "notes.txt";
  notes.sniffed_type = "text/plain";
  notes.content = "Portal: https://notes.example/portal";
  m.attachments.push_back(notes);

  const Extraction x = Extract(m, Limits());
  ASSERT_EQ(x.forms.size(), 1u);
  EXPECT_TRUE(x.forms[0].in_attachment);
  EXPECT_TRUE(x.forms[0].has_password_input);
  EXPECT_EQ(x.forms[0].action->host, "collect.evil.example");
  ASSERT_EQ(x.links.size(), 2u);
  EXPECT_EQ(x.links[0].origin, LinkOrigin::kAttachment);
  EXPECT_EQ(x.links[0].part_index, 0u);
  EXPECT_EQ(x.links[1].url.host, "notes.example");
  EXPECT_EQ(x.links[1].part_index, 2u);
  // The HTML page's text is visible text; the text attachment's is not.
  EXPECT_TRUE(Contains(x.text, "sign in to view the document"));
  EXPECT_FALSE(Contains(x.text, "portal"));
}

TEST(ExtractTest, TextIsCappedOnACodePointBoundary) {
  Message m;
  std::string long_text;
  for (int i = 0; i < 1000; ++i) long_text += "\xC3\xA9t\xC3\xA9 ";
  m.text_parts.push_back(Plain(long_text));
  m.text_parts.push_back(Plain("never reached"));
  Limits limits;
  limits.max_text_bytes = 101;
  const Extraction x = Extract(m, limits);
  EXPECT_LE(x.text.size(), 101u);
  EXPECT_EQ(NormalizeText(x.text), x.text);  // still valid UTF-8: no U+FFFD appears
  EXPECT_FALSE(Contains(x.text, "never"));
  EXPECT_EQ(x.limits_hit, std::vector<std::string>{"max_text_bytes"});
}

TEST(ExtractTest, LinkLimitIsMessageWide) {
  Message m;
  std::string plain, html;
  for (int i = 0; i < 1500; ++i) {
    plain += "https://p" + std::to_string(i) + ".example/\n";
    html += "<a href=\"https://h" + std::to_string(i) + ".example/\">x</a>";
  }
  m.text_parts.push_back(Plain(plain));
  m.text_parts.push_back(Html(html));
  const Extraction x = Extract(m, Limits());
  EXPECT_EQ(x.links.size(), 2000u);
  EXPECT_EQ(x.limits_hit, std::vector<std::string>{"max_links"});
}

TEST(ExtractTest, EmptyMessage) {
  const Extraction x = Extract(Message(), Limits());
  EXPECT_TRUE(x.text.empty());
  EXPECT_TRUE(x.links.empty());
  EXPECT_TRUE(x.limits_hit.empty());
}

TEST(ExtractTest, HiddenTextAndMetaRefreshAreCollected) {
  Message m;
  m.text_parts.push_back(Html(
      "<head><meta http-equiv=\"refresh\" content=\"0;url=https://next.example/\"></head>"
      "<body><p>Votre compte sera suspendu</p>"
      "<div style=\"display:none\">newsletter filler text</div></body>"));
  const Extraction x = Extract(m, Limits());
  ASSERT_EQ(x.meta_refresh.size(), 1u);
  EXPECT_EQ(x.meta_refresh[0].host, "next.example");
  ASSERT_EQ(x.hidden.size(), 1u);
  EXPECT_EQ(x.hidden[0].reason, "display:none");
  EXPECT_EQ(x.text, "votre compte sera suspendu");
}

}  // namespace
}  // namespace phishscan
