// ParseMessage on bodies: transfer encodings, charsets, multipart trees,
// embedded messages and attachments.
#include <gtest/gtest.h>

#include "parse/message.h"
#include "parse/message_test_support.h"

namespace phishscan {
namespace {

std::string SinglePart(const std::string& content_headers, const std::string& body) {
  return "From: a@sender.example\nSubject: t\nMIME-Version: 1.0\n" + content_headers + "\n" +
         body;
}

const TextPart& OnlyText(const Message& m) {
  EXPECT_EQ(m.text_parts.size(), 1u);
  return m.text_parts.at(0);
}

TEST(BodyCharsetTest, QuotedPrintableLatin1) {
  Message m = ParseMessage(
      SinglePart("Content-Type: text/plain; charset=ISO-8859-1\n"
                 "Content-Transfer-Encoding: quoted-printable\n",
                 "V=E9rifiez votre compte imm=E9diatement=\n ou il sera ferm=E9.\n"),
      Limits{});
  const TextPart& part = OnlyText(m);
  EXPECT_EQ(part.text, "V\xC3\xA9rifiez votre compte imm\xC3\xA9" "diatement ou il sera ferm\xC3\xA9.\n");
  EXPECT_EQ(part.charset, "iso-8859-1");
  EXPECT_EQ(part.content_type, "text/plain");
  EXPECT_FALSE(part.truncated);
}

TEST(BodyCharsetTest, Base64Koi8r) {
  Message m = ParseMessage(SinglePart("Content-Type: text/plain; charset=\"koi8-r\"\n"
                                      "Content-Transfer-Encoding: base64\n",
                                      "89LP3s7POiDQz8TU18XSxMnUxSDQwdLPzNg=\n"),
                           Limits{});
  EXPECT_EQ(OnlyText(m).text,
            "\xD0\xA1\xD1\x80\xD0\xBE\xD1\x87\xD0\xBD\xD0\xBE: \xD0\xBF\xD0\xBE\xD0\xB4\xD1\x82"
            "\xD0\xB2\xD0\xB5\xD1\x80\xD0\xB4\xD0\xB8\xD1\x82\xD0\xB5 \xD0\xBF\xD0\xB0\xD1\x80"
            "\xD0\xBE\xD0\xBB\xD1\x8C");  // "Срочно: подтвердите пароль"
}

TEST(BodyCharsetTest, Base64ShiftJisAndQuotedPrintableGb2312) {
  Message sjis = ParseMessage(SinglePart("Content-Type: text/html; charset=Shift_JIS\n"
                                         "Content-Transfer-Encoding: base64\n",
                                         "g3CDWIOPgVuDaILwim2URoK1gsSCrYK+grOCog==\n"),
                              Limits{});
  EXPECT_TRUE(OnlyText(sjis).is_html);
  // "パスワードを確認してください"
  EXPECT_EQ(OnlyText(sjis).text,
            "\xE3\x83\x91\xE3\x82\xB9\xE3\x83\xAF\xE3\x83\xBC\xE3\x83\x89\xE3\x82\x92\xE7\xA2"
            "\xBA\xE8\xAA\x8D\xE3\x81\x97\xE3\x81\xA6\xE3\x81\x8F\xE3\x81\xA0\xE3\x81\x95\xE3"
            "\x81\x84");
  Message gb = ParseMessage(SinglePart("Content-Type: text/plain; charset=gb2312\n"
                                       "Content-Transfer-Encoding: quoted-printable\n",
                                       "=C7=EB=C1=A2=BC=B4=D1=E9=D6=A4=C4=FA=B5=C4=D5=CB=BB=A7"),
                            Limits{});
  // "请立即验证您的账户"
  EXPECT_EQ(OnlyText(gb).text,
            "\xE8\xAF\xB7\xE7\xAB\x8B\xE5\x8D\xB3\xE9\xAA\x8C\xE8\xAF\x81\xE6\x82\xA8\xE7\x9A"
            "\x84\xE8\xB4\xA6\xE6\x88\xB7");
}

TEST(BodyCharsetTest, UnknownCharsetIsNotedAndGuessed) {
  Message m = ParseMessage(SinglePart("Content-Type: text/plain; charset=x-klingon\n",
                                      "Mot de passe expir\xE9\n"),
                           Limits{});
  EXPECT_EQ(OnlyText(m).text, "Mot de passe expir\xC3\xA9\n");
  ASSERT_FALSE(m.notes.empty());
  EXPECT_NE(m.notes[0].find("unknown charset \"x-klingon\""), std::string::npos);
}

TEST(BodyCharsetTest, NoContentTypeAndHtmlMetaCharset) {
  Message plain = ParseMessage("Subject: x\n\nUTF-8 sans label: d\xC3\xA9j\xC3\xA0\n", Limits{});
  EXPECT_EQ(OnlyText(plain).text, "UTF-8 sans label: d\xC3\xA9j\xC3\xA0\n");
  EXPECT_EQ(OnlyText(plain).content_type, "text/plain");
  Message html = ParseMessage(
      SinglePart("Content-Type: text/html\n",
                 "<html><head><meta charset=\"windows-1251\"></head><body>\xCF\xE0\xF0\xEE\xEB\xFC"
                 "</body></html>"),
      Limits{});
  EXPECT_NE(OnlyText(html).text.find("\xD0\x9F\xD0\xB0\xD1\x80\xD0\xBE\xD0\xBB\xD1\x8C"),
            std::string::npos);  // "Пароль"
}

TEST(BodyStructureTest, MultipartAlternativeInDocumentOrder) {
  Message m = ParseMessage(
      "From: a@b.example\nContent-Type: multipart/alternative; boundary=\"b1\"\n\n"
      "preamble\n--b1\nContent-Type: text/plain\n\nplain version\n"
      "--b1\nContent-Type: text/html\n\n<p>html version</p>\n--b1--\nepilogue\n",
      Limits{});
  ASSERT_EQ(m.text_parts.size(), 2u);
  EXPECT_EQ(m.text_parts[0].text, "plain version");
  EXPECT_EQ(m.text_parts[1].text, "<p>html version</p>");
  EXPECT_EQ(m.text_parts[1].depth, 1u);
  EXPECT_EQ(m.mime_part_count, 2u);
  EXPECT_EQ(m.max_depth_seen, 1u);
}

constexpr char kForwarded[] =
    "From: colleague@company.example\nSubject: Fwd: urgent\n"
    "Content-Type: multipart/mixed; boundary=\"outer\"\n\n"
    "--outer\nContent-Type: text/plain\n\nSee below, is this real?\n"
    "--outer\nContent-Type: message/rfc822\nContent-Disposition: attachment; "
    "filename=\"original.eml\"\n\n"
    "From: security@bank-verify.example\nSubject: Account locked\n"
    "Content-Type: multipart/alternative; boundary=\"inner\"\n\n"
    "--inner\nContent-Type: text/plain; charset=utf-8\n\nVerify now: https://bank-verify.example/\n"
    "--inner\nContent-Type: text/html; charset=utf-8\n\n<a href=\"https://bank-verify.example/\">"
    "Verify</a>\n--inner--\n"
    "--outer--\n";

// Outlook's plain and HTML versions of one forward show the same header
// block once; the forwarder's own From stays the message's From.
TEST(BodyStructureTest, InlineForwardedHeaderIsReadOnceFromPlainAndHtml) {
  const char raw[] =
      "From: Ana <ana@empresa.example>\nTo: abuse@empresa.example\nSubject: ENC: Conta bloqueada\n"
      "Content-Type: multipart/alternative; boundary=\"b\"\n\n"
      "--b\nContent-Type: text/plain; charset=utf-8\n\nPhishing?\n\n"
      "________________________________\nDe: Banco <alerta@conta-aviso.example>\n"
      "Enviado: segunda-feira, 3 de março de 2025 10:12\nPara: Ana <ana@empresa.example>\n"
      "Assunto: =?utf-8?q?Conta_bloqueada?=\n\nClique aqui.\n"
      "--b\nContent-Type: text/html; charset=utf-8\n\n<p>Phishing?</p><hr><div><b>De:</b> Banco "
      "&lt;alerta@conta-aviso.example&gt;<br><b>Enviado:</b> segunda-feira<br><b>Para:</b> Ana<br>"
      "<b>Assunto:</b> =?utf-8?q?Conta_bloqueada?=</div><p>Clique aqui.</p>\n--b--\n";
  Message m = ParseMessage(raw, Limits{});
  EXPECT_EQ(m.from.address, "ana@empresa.example");
  ASSERT_EQ(m.forwarded.size(), 1u);
  EXPECT_EQ(m.forwarded[0].from.display_name, "Banco");
  EXPECT_EQ(m.forwarded[0].from.address, "alerta@conta-aviso.example");
  EXPECT_FALSE(m.forwarded[0].attached);
}

TEST(BodyStructureTest, ReplyQuoteIsNoForwardedOriginal) {
  Message m = ParseMessage(
      "From: Bob <bob@home.example>\nSubject: Re: lunch\n\nYes!\n\n"
      "On Mon, Mar 3, 2025 at 10:12 AM Alice <alice@company.example> wrote:\n> Lunch on Friday?\n",
      Limits{});
  EXPECT_TRUE(m.forwarded.empty());
}

TEST(BodyStructureTest, EmbeddedMessageTextIsRead) {
  Message m = ParseMessage(kForwarded, Limits{});
  ASSERT_EQ(m.text_parts.size(), 3u);
  EXPECT_EQ(m.text_parts[0].depth, 1u);
  EXPECT_EQ(m.text_parts[1].text, "Verify now: https://bank-verify.example/");
  EXPECT_EQ(m.text_parts[1].depth, 3u);  // multipart -> message -> multipart -> leaf
  EXPECT_TRUE(m.text_parts[2].is_html);
  ASSERT_EQ(m.attachments.size(), 1u);
  const Attachment& eml = m.attachments[0];
  EXPECT_EQ(eml.filename, "original.eml");
  EXPECT_EQ(eml.declared_type, "message/rfc822");
  EXPECT_GT(eml.size, 0u);
  EXPECT_EQ(eml.sha256.size(), 64u);
  EXPECT_NE(eml.content.find("bank-verify.example"), std::string::npos);
  EXPECT_EQ(m.max_depth_seen, 3u);
  EXPECT_EQ(m.subject, "Fwd: urgent");  // the outer message's fields only
  ASSERT_EQ(m.forwarded.size(), 1u);    // ...and the attached message's sender apart
  EXPECT_EQ(m.forwarded[0].from.address, "security@bank-verify.example");
  EXPECT_EQ(m.forwarded[0].subject, "Account locked");
  EXPECT_TRUE(m.forwarded[0].attached);
}

TEST(BodyStructureTest, AttachedEmlFilesAreReadToo) {
  // An .eml sent as application/octet-stream, and a message/rfc822 part sent
  // in base64: GMime keeps both as opaque leaves.
  Message m = ParseMessage(
      "From: a@b.example\nContent-Type: multipart/mixed; boundary=\"o\"\n\n"
      "--o\nContent-Type: application/octet-stream; name=\"report.eml\"\n\n"
      "From: it@helpdesk.example\nSubject: quota\nContent-Type: text/plain\n\n"
      "Your mailbox is full, log in at https://helpdesk.example/\n"
      "--o\nContent-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n"
      "RnJvbTogZXZpbEB4LmV4YW1wbGUKU3ViamVjdDogaW5uZXIKQ29udGVudC1UeXBlOiB0ZXh0L2h0bWwK\n"
      "CjxhIGhyZWY9J2h0dHBzOi8vZXZpbC5leGFtcGxlLyc+bG9naW48L2E+Cg==\n--o--\n",
      Limits{});
  ASSERT_EQ(m.attachments.size(), 2u);
  EXPECT_EQ(m.attachments[1].sniffed_type, "message/rfc822");
  ASSERT_EQ(m.text_parts.size(), 2u);
  EXPECT_EQ(m.text_parts[0].text, "Your mailbox is full, log in at https://helpdesk.example/");
  EXPECT_EQ(m.text_parts[0].depth, 2u);
  EXPECT_TRUE(m.text_parts[1].is_html);
  EXPECT_EQ(m.text_parts[1].text, "<a href='https://evil.example/'>login</a>\n");
  EXPECT_EQ(m.mime_part_count, 4u);
}

TEST(AttachmentTest, HashSizeAndSniffedTypeOfALyingHtmlAttachment) {
  Message m = ParseMessage(
      "From: a@b.example\nContent-Type: multipart/mixed; boundary=\"m\"\n\n"
      "--m\nContent-Type: text/plain\n\nPlease see the attached invoice.\n"
      "--m\nContent-Type: application/octet-stream; name=\"Invoice_0412.htm\"\n"
      "Content-Transfer-Encoding: base64\nContent-Disposition: attachment; "
      "filename=\"Invoice_0412.htm\"\n\n"
      "PGh0bWw+PGJvZHk+PGZvcm0gYWN0aW9uPSJodHRwczovL2xvZ2luLmV4YW1wbGUudG9wL293YSI+PGlucHV0\n"
      "IHR5cGU9InBhc3N3b3JkIiBuYW1lPSJwIj48L2Zvcm0+PC9ib2R5PjwvaHRtbD4K\n"
      "--m\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n"
      "YWJj\n--m--\n",
      Limits{});
  ASSERT_EQ(m.text_parts.size(), 1u);
  ASSERT_EQ(m.attachments.size(), 2u);
  const Attachment& html = m.attachments[0];
  EXPECT_EQ(html.filename, "Invoice_0412.htm");
  EXPECT_EQ(html.declared_type, "application/octet-stream");
  EXPECT_EQ(html.sniffed_type, "text/html");
  EXPECT_EQ(html.size, 111u);
  EXPECT_EQ(html.sha256, "5069edbc5e159b93ad3f0795efb71143ff3d06641650f08ebe3f11ef6848a93b");
  EXPECT_NE(html.content.find("type=\"password\""), std::string::npos);
  EXPECT_FALSE(html.inline_disposition);
  const Attachment& abc = m.attachments[1];
  EXPECT_EQ(abc.size, 3u);
  EXPECT_EQ(abc.sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(abc.sniffed_type, "text/plain");
  EXPECT_EQ(abc.content, "abc");  // declared binary, but the bytes are text: kept
}

TEST(AttachmentTest, ImagesKeepNoContentAndNamedTextIsAnAttachment) {
  Message m = ParseMessage(
      "From: a@b.example\nContent-Type: multipart/related; boundary=\"r\"\n\n"
      "--r\nContent-Type: text/html\n\n<img src=\"cid:logo\">\n"
      "--r\nContent-Type: image/png\nContent-ID: <logo>\nContent-Disposition: inline\n"
      "Content-Transfer-Encoding: base64\n\n"
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4//8/AAX+Av6n1qTKAAAAAElFTkSuQmCC\n"
      "--r\nContent-Type: text/plain; charset=iso-8859-1; name=\"notes.txt\"\n"
      "Content-Disposition: inline\n\nmot de passe oubli\xE9\n--r--\n",
      Limits{});
  ASSERT_EQ(m.text_parts.size(), 1u);
  ASSERT_EQ(m.attachments.size(), 2u);
  EXPECT_EQ(m.attachments[0].sniffed_type, "image/png");
  EXPECT_EQ(m.attachments[0].sha256,
            "7b0e3737b45c5db85cba0d1ebe7fd463c8839c5d1eeada7721a9c78cd4b25553");
  EXPECT_TRUE(m.attachments[0].inline_disposition);
  EXPECT_EQ(m.attachments[0].content, "");
  EXPECT_EQ(m.attachments[1].filename, "notes.txt");
  EXPECT_EQ(m.attachments[1].content, "mot de passe oubli\xC3\xA9");
}

TEST(AttachmentTest, Rfc2231AndEncodedFilenames) {
  Message m = ParseMessage(
      "From: a@b.example\nContent-Type: multipart/mixed; boundary=\"m\"\n\n"
      "--m\nContent-Type: application/pdf\nContent-Disposition: attachment;\n"
      " filename*=UTF-8''Facture%20n%C2%B0%2012.pdf\n\n%PDF-1.4\n"
      "--m\nContent-Type: application/pdf; name=\"=?utf-8?b?UmXDp3UucGRm?=\"\n\n%PDF-1.4\n--m--\n",
      Limits{});
  ASSERT_EQ(m.attachments.size(), 2u);
  EXPECT_EQ(m.attachments[0].filename, "Facture n\xC2\xB0 12.pdf");
  EXPECT_EQ(m.attachments[0].sniffed_type, "application/pdf");
  EXPECT_EQ(m.attachments[0].content.substr(0, 8), "%PDF-1.4");
  EXPECT_EQ(m.attachments[1].filename, "Re\xC3\xA7u.pdf");
}

TEST(BodyStructureTest, CrlfTransportGivesTheSameMessage) {
  for (const std::string& raw :
       {std::string(kForwarded),
        SinglePart("Content-Type: text/plain; charset=iso-8859-1\n"
                   "Content-Transfer-Encoding: quoted-printable\n",
                   "ligne un=\nsuite\nligne deux =E9\n\nfin\n"),
        SinglePart("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n",
                   "bGlnbmUgMQ0KbGlnbmUgMg0K\n")}) {
    SCOPED_TRACE(raw);
    const Message lf = ParseMessage(raw, Limits{});
    ExpectSameMessage(lf, ParseMessage(ToCrlf(raw), Limits{}));
    ExpectAllTextValidUtf8(lf);
  }
}

}  // namespace
}  // namespace phishscan
