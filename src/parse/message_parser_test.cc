// ParseMessage on whole messages: the shared samples, header decoding, the
// LF/CRLF property and the authentication and routing headers.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include <thread>
#include <vector>

#include "parse/message.h"
#include "parse/message_test_support.h"

namespace phishscan {
namespace {

constexpr char kSamples[] = "/work/shared/samples/";

std::string SampleOrSkip(const std::string& name) {
  std::optional<std::string> bytes = ReadFileBytes(kSamples + name);
  return bytes.value_or("");
}

TEST(SampleMessagesTest, ImapAuthLure) {
  const std::string raw = SampleOrSkip("imap-auth-lure.eml");
  if (raw.empty()) GTEST_SKIP() << "samples not available";
  Message m = ParseMessage(raw, Limits{});
  EXPECT_EQ(m.from.display_name, "Webmail Support");
  EXPECT_EQ(m.from.domain, "kx-hostingmail.top");
  EXPECT_EQ(m.from.registrable_domain, "kx-hostingmail.top");
  ASSERT_TRUE(m.reply_to.has_value());
  EXPECT_EQ(m.reply_to->registrable_domain, "gmail.com");
  EXPECT_EQ(m.return_path, "bounce-7731@srv4.kx-hostingmail.top");
  EXPECT_EQ(m.subject, "Update Internet Message Access Protocol");
  ASSERT_EQ(m.auth_results.size(), 1u);
  EXPECT_EQ(m.auth_results[0].authserv_id, "mx.dupont-avocats.fr");
  EXPECT_EQ(m.auth_results[0].spf, "softfail");
  EXPECT_EQ(m.auth_results[0].dkim, "none");
  EXPECT_EQ(m.auth_results[0].dmarc_domain, "kx-hostingmail.top");
  ASSERT_EQ(m.received.size(), 1u);
  EXPECT_EQ(m.received[0].from_ip, "185.234.72.19");
  ASSERT_EQ(m.text_parts.size(), 2u);
  EXPECT_FALSE(m.text_parts[0].is_html);
  EXPECT_TRUE(m.text_parts[1].is_html);
  EXPECT_NE(m.text_parts[0].text.find("don\xE2\x80\x99t hesitate"), std::string::npos);
  EXPECT_NE(m.text_parts[1].text.find("href=\"https://dupont-avocats-fr.imap-auth-portal"),
            std::string::npos);
  EXPECT_EQ(m.text_parts[1].depth, 1u);
  EXPECT_TRUE(m.attachments.empty());
  EXPECT_EQ(m.mime_part_count, 2u);
  EXPECT_TRUE(m.notes.empty());
  ExpectAllTextValidUtf8(m);
}

TEST(SampleMessagesTest, FrenchQuotaNoticeAndGithubReset) {
  const std::string fr = SampleOrSkip("hosting-quota-notice.fr.eml");
  const std::string gh = SampleOrSkip("github-password-reset.eml");
  if (fr.empty() || gh.empty()) GTEST_SKIP() << "samples not available";
  Message quota = ParseMessage(fr, Limits{});
  EXPECT_EQ(quota.subject,
            "[dupont-avocats.fr] Le compte \xC2\xAB dupont\xC2\xBB a atteint 80 % de son quota "
            "de disque");
  ASSERT_EQ(quota.text_parts.size(), 1u);
  EXPECT_NE(quota.text_parts[0].text.find("a \xC3\xA9t\xC3\xA9 envoy\xC3\xA9"), std::string::npos);
  Message reset = ParseMessage(gh, Limits{});
  EXPECT_EQ(reset.from.registrable_domain, "github.com");
  EXPECT_EQ(reset.auth_results.at(0).dkim_domain, "github.com");
  EXPECT_EQ(reset.auth_results.at(0).dmarc, "pass");
}

TEST(SampleMessagesTest, CrlfTransportGivesTheSameMessage) {
  for (const char* name :
       {"imap-auth-lure.eml", "hosting-quota-notice.fr.eml", "github-password-reset.eml"}) {
    const std::string raw = SampleOrSkip(name);
    if (raw.empty()) GTEST_SKIP() << "samples not available";
    SCOPED_TRACE(name);
    ExpectSameMessage(ParseMessage(raw, Limits{}), ParseMessage(ToCrlf(raw), Limits{}));
  }
}

TEST(HeaderDecodingTest, Rfc2047Subjects) {
  struct Case {
    const char* subject;
    const char* expected;
  } cases[] = {
      {"=?UTF-8?Q?Votre_compte_sera_suspendu_=E2=80=93_action_requise?=",
       "Votre compte sera suspendu \xE2\x80\x93 action requise"},
      {"=?utf-8?B?0JLQsNGIINCw0LrQutCw0YPQvdGC?=",
       "\xD0\x92\xD0\xB0\xD1\x88 \xD0\xB0\xD0\xBA\xD0\xBA\xD0\xB0\xD1\x83\xD0\xBD\xD1\x82"},
      {"=?ISO-8859-1?Q?V=E9rifiez_votre_identit=E9?=", "V\xC3\xA9rifiez votre identit\xC3\xA9"},
      {"Re: =?iso-8859-1?b?Q29tcHRlIGJsb3F16Q==?= maintenant",
       "Re: Compte bloqu\xC3\xA9 maintenant"},
      {"=?UTF-8?Q?Konto_gesperrt?=\n =?UTF-8?Q?_=E2=80=94_jetzt_pr=C3=BCfen?=",
       "Konto gesperrt \xE2\x80\x94 jetzt pr\xC3\xBC" "fen"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.subject);
    Message m = ParseMessage(std::string("Subject: ") + c.subject + "\n\nbody\n", Limits{});
    EXPECT_EQ(m.subject, c.expected);
  }
}

TEST(HeaderDecodingTest, EightBitHeadersNeverLeakInvalidUtf8) {
  // Raw windows-1252 ("Sécurité – urgent") and raw UTF-8 in unencoded headers.
  Message latin = ParseMessage("Subject: S\xE9" "curit\xE9 \x96 urgent\n"
                               "From: Service Client\xE8le <a@b.example>\n\nx\n",
                               Limits{});
  EXPECT_EQ(latin.subject, "S\xC3\xA9" "curit\xC3\xA9 \xE2\x80\x93 urgent");
  EXPECT_EQ(latin.from.display_name, "Service Client\xC3\xA8le");
  ExpectAllTextValidUtf8(latin);
  Message utf8 = ParseMessage("Subject: Pa\xC3\xAFment refus\xC3\xA9\n\nx\n", Limits{});
  EXPECT_EQ(utf8.subject, "Pa\xC3\xAFment refus\xC3\xA9");
  Message garbage = ParseMessage("Subject: \xFF\xFE\x80\x81\xC3\n\nx\n", Limits{});
  ExpectAllTextValidUtf8(garbage);
}

bool HasNote(const Message& m, std::string_view note) {
  return std::find(m.notes.begin(), m.notes.end(), note) != m.notes.end();
}

// GMime is asked for the MIME structure only; what it says of an address
// list comes from parsing every address field with the message's options.
TEST(HeaderDecodingTest, EveryAddressFieldIsCheckedAsGMimeWould) {
  for (const std::string field : {"From", "Sender", "Reply-To", "To", "Cc", "Bcc"}) {
    for (const std::string bad : {"@@@", "x@y.example (comment"}) {
      const Message m = ParseMessage("From: a@b.example\nReply-To: r@b.example\n" + field + ": " + bad +
                                         "\nSubject: t\n\nhello\n",
                                     Limits{});
      EXPECT_TRUE(HasNote(m, "invalid address list")) << field << ": " << bad;
    }
  }
  // A second Reply-To is read for nothing else, but is still checked.
  const Message second = ParseMessage("From: a@b.example\nReply-To: r@b.example\nReply-To: @@@\n\nx\n", Limits{});
  ASSERT_TRUE(second.reply_to.has_value());
  EXPECT_EQ(second.reply_to->address, "r@b.example");
  EXPECT_TRUE(HasNote(second, "invalid address list"));
  // Return-Path is an envelope address GMime never reads as a list.
  EXPECT_FALSE(HasNote(ParseMessage("Return-Path: @@@\nFrom: a@b.example\n\nx\n", Limits{}), "invalid address list"));
  EXPECT_FALSE(HasNote(ParseMessage("From: A <a@b.example>\nTo: c@d.example, e@f.example\n\nx\n", Limits{}),
                       "invalid address list"));
  // Repeats are still GMime's to report, from a digest of each value.
  const Message twice = ParseMessage("From: a@b.example\nFrom: c@d.example\n\nx\n", Limits{});
  EXPECT_TRUE(HasNote(twice, "conflicting header fields: From"));
  EXPECT_EQ(twice.from_all.size(), 2u);
}

// GMime no longer sees encoded words in fields it reads nothing from; the
// warning comes from ReadHeaderFields' own decoding, with the same options.
TEST(HeaderDecodingTest, InvalidEncodedWordsAreReportedFromEveryField) {
  for (const std::string field : {"X-Plain", "Subject", "Thread-Topic"}) {
    const Message m =
        ParseMessage("From: a@b.example\n" + field + ": =?iso-8859-1?q?Dear Sam Customer?= x\n\nhello\n", Limits{});
    EXPECT_TRUE(HasNote(m, "invalid RFC 2047 encoded word")) << field;
  }
  EXPECT_FALSE(HasNote(ParseMessage("From: a@b.example\nX-Plain: =?utf-8?q?caf=C3=A9?=\n\nhello\n", Limits{}),
                       "invalid RFC 2047 encoded word"));
}

TEST(HeaderDecodingTest, HeadersKeptInOrderWithRawAndDecodedValues) {
  Message m = ParseMessage(
      "Received: from a (a [192.0.2.1]) by b\nX-Mailer: test\n"
      "Subject: =?utf-8?q?caf=C3=A9?=\nsubject: second\nContent-Type: text/plain\n\nbody\n",
      Limits{});
  ASSERT_EQ(m.headers.size(), 5u);
  EXPECT_EQ(m.headers[2].name, "Subject");
  EXPECT_EQ(m.headers[2].raw, "=?utf-8?q?caf=C3=A9?=");
  EXPECT_EQ(m.headers[2].value, "caf\xC3\xA9");
  EXPECT_EQ(m.headers[4].name, "Content-Type");
  EXPECT_EQ(m.subject, "caf\xC3\xA9");
  EXPECT_EQ(m.CountHeaders("SUBJECT"), 2u);
  ASSERT_NE(m.FindHeader("x-mailer"), nullptr);
  EXPECT_EQ(m.FindHeader("x-mailer")->value, "test");
  EXPECT_EQ(m.FindHeader("X-Missing"), nullptr);
  EXPECT_EQ(m.CountHeaders("X-Missing"), 0u);
  EXPECT_FALSE(m.IsListTraffic());
}

TEST(HeaderDecodingTest, ListTrafficByListIdOrListPost) {
  EXPECT_TRUE(ParseMessage("list-id: <radio.lists.example>\nSubject: x\n\nbody\n", Limits{}).IsListTraffic());
  EXPECT_TRUE(ParseMessage("List-Post: <mailto:radio@lists.example>\n\nbody\n", Limits{}).IsListTraffic());
  EXPECT_FALSE(ParseMessage("List-Unsubscribe: <https://shop.example/u>\n\nbody\n", Limits{}).IsListTraffic());
}

TEST(HeaderDecodingTest, EffectiveFromIsTheFirstMailboxWithADomain) {
  Message plain = ParseMessage("From: Ana <ana@shop.example>\n\nbody\n", Limits{});
  EXPECT_EQ(&plain.EffectiveFrom(), &plain.from);
  Message bare = ParseMessage("From: postmaster\n\nbody\n", Limits{});
  EXPECT_EQ(&bare.EffectiveFrom(), &bare.from);  // nothing better to offer
  Message cut;
  cut.from.address = "Darty";
  cut.from_all = {cut.from, Mailbox{}};
  cut.from_all[1].address = "news@shop.example";
  cut.from_all[1].domain = "shop.example";
  EXPECT_EQ(cut.EffectiveFrom().address, "news@shop.example");
}

TEST(HeaderDecodingTest, AddressHeaders) {
  Message m = ParseMessage(
      "From: \"PayPal\" <service@paypal.example>, Second <two@other.example>\n"
      "From: =?utf-8?q?Apple_=3Cid=40apple.com=3E?= <x@evil.example>\n"
      "Sender: bulk@mailer.example\nReply-To: Help <help@Free-Mail.Example>\n"
      "To: a@one.example, \"B\" <b@two.example>\nCc: c@three.example\n"
      "Return-Path: <>\nDate:  Mon, 1 Jan 2024 10:00:00 +0000 \n"
      "Message-ID: <abc@mailer.example>\n\nx\n",
      Limits{});
  EXPECT_EQ(m.from.address, "service@paypal.example");
  ASSERT_EQ(m.from_all.size(), 3u);
  EXPECT_EQ(m.from_all[2].address, "x@evil.example");
  EXPECT_EQ(m.from_all[2].display_name, "Apple <id@apple.com>");
  ASSERT_TRUE(m.sender && m.reply_to);
  EXPECT_EQ(m.sender->domain, "mailer.example");
  EXPECT_EQ(m.reply_to->address, "help@free-mail.example");
  ASSERT_EQ(m.to.size(), 2u);
  EXPECT_EQ(m.to[1].display_name, "B");
  ASSERT_EQ(m.cc.size(), 1u);
  EXPECT_EQ(m.return_path, "");
  EXPECT_EQ(m.date, "Mon, 1 Jan 2024 10:00:00 +0000");
  EXPECT_EQ(m.message_id, "<abc@mailer.example>");
}

TEST(MboxTest, LeadingFromLineIsSkipped) {
  Message m = ParseMessage(
      "From MAILER-DAEMON Mon Jan  1 00:00:00 2024\nFrom: a@b.example\nSubject: hi\n\nbody\n",
      Limits{});
  EXPECT_TRUE(m.had_mbox_from_line);
  EXPECT_EQ(m.subject, "hi");
  EXPECT_EQ(m.from.address, "a@b.example");
  ASSERT_EQ(m.headers.size(), 2u);
  EXPECT_FALSE(ParseMessage("From: a@b.example\n\nx", Limits{}).had_mbox_from_line);
}

TEST(AuthenticationHeadersTest, EveryHeaderInOrder) {
  Message m = ParseMessage(
      "Authentication-Results: mx2.example.net; dkim=pass (good signature) "
      "header.i=@example.com; spf=pass smtp.mailfrom=example.com\n"
      "Authentication-Results: mx1.example.net; spf=fail (not permitted) "
      "smtp.mailfrom=spoof.example; dmarc=fail header.from=example.com\n"
      "Received-SPF: pass (x) envelope-from=a@ignored.example\n\nx\n",
      Limits{});
  ASSERT_EQ(m.auth_results.size(), 2u);  // Received-SPF unused: SPF already known
  EXPECT_EQ(m.auth_results[0].authserv_id, "mx2.example.net");
  EXPECT_EQ(m.auth_results[0].dkim_domain, "example.com");
  EXPECT_EQ(m.auth_results[1].spf, "fail");
  EXPECT_EQ(m.auth_results[1].spf_domain, "spoof.example");
  EXPECT_EQ(m.auth_results[1].dmarc, "fail");
}

TEST(AuthenticationHeadersTest, ReceivedSpfWhenNoAuthenticationResultsSpf) {
  Message m = ParseMessage(
      "Authentication-Results: mx.example.net; dkim=none\n"
      "Received-SPF: SoftFail (mx.example.net: domain of transitioning "
      "x@bulk.example does not designate 192.0.2.1 as permitted sender)\n"
      "Received-SPF: pass (second, older)\n\nx\n",
      Limits{});
  ASSERT_EQ(m.auth_results.size(), 2u);
  EXPECT_EQ(m.auth_results[1].authserv_id, "Received-SPF");
  EXPECT_EQ(m.auth_results[1].spf, "softfail");
  EXPECT_EQ(m.auth_results[1].spf_domain, "bulk.example");
}

TEST(ReceivedChainTest, MostRecentHopFirst) {
  Message m = ParseMessage(
      "Received: from relay.example.org (relay.example.org [198.51.100.1]) by mx.example.com "
      "with ESMTPS; Mon, 1 Jan 2024 10:00:02 +0000\n"
      "Received: from [10.0.0.5] (helo=pc) by relay.example.org; Mon, 1 Jan 2024 10:00:01 "
      "+0000\n\nx\n",
      Limits{});
  ASSERT_EQ(m.received.size(), 2u);
  EXPECT_EQ(m.received[0].by, "mx.example.com");
  EXPECT_EQ(m.received[0].from_ip, "198.51.100.1");
  EXPECT_EQ(m.received[1].from_helo, "pc");
  EXPECT_EQ(m.received[1].from_ip, "10.0.0.5");
}

TEST(ConcurrencyTest, ParallelParsesAgreeWithASerialOne) {
  const std::string raw = SampleOrSkip("imap-auth-lure.eml");
  if (raw.empty()) GTEST_SKIP() << "samples not available";
  const std::string with_attachment =
      "From: a@b.example\nContent-Type: multipart/mixed; boundary=\"m\"\n\n--m\n"
      "Content-Type: text/plain; charset=koi8-r\n\n\xF3\xD2\xCF\xDE\xCE\xCF\n--m\n"
      "Content-Type: application/octet-stream; name=\"a.htm\"\n\n<html><body>x</body></html>\n"
      "--m--\n";
  const Message lure = ParseMessage(raw, Limits{});
  const Message attached = ParseMessage(with_attachment, Limits{});
  std::vector<Message> results(8);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&, i] {
      for (int round = 0; round < 20; ++round) {
        results[i] = ParseMessage(i % 2 == 0 ? raw : with_attachment, Limits{});
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (std::size_t i = 0; i < results.size(); ++i) {
    ExpectSameMessage(i % 2 == 0 ? lure : attached, results[i]);
  }
}

}  // namespace
}  // namespace phishscan
