#include "parse/received.h"

#include <gtest/gtest.h>

namespace phishscan {
namespace {

TEST(ReceivedTest, Postfix) {
  ReceivedHop hop = ParseReceived(
      "from srv4.mailer.example (srv4.mailer.example [185.234.72.19])\n\tby mx.example.fr "
      "(Postfix) with ESMTP id 4QxZ2k1Hn9z9vK\n\tfor <a@example.fr>; Tue, 18 Nov 2025 "
      "07:42:11 +0100 (CET)");
  EXPECT_EQ(hop.from_helo, "srv4.mailer.example");
  EXPECT_EQ(hop.from_rdns, "srv4.mailer.example");
  EXPECT_EQ(hop.from_ip, "185.234.72.19");
  EXPECT_EQ(hop.by, "mx.example.fr");
}

TEST(ReceivedTest, PostfixUnknownReverseName) {
  ReceivedHop hop = ParseReceived("from WIN-ABC (unknown [203.0.113.5]) by mx.example.org");
  EXPECT_EQ(hop.from_helo, "win-abc");
  EXPECT_EQ(hop.from_rdns, "unknown");
  EXPECT_EQ(hop.from_ip, "203.0.113.5");
}

TEST(ReceivedTest, GmailTrailingDotAndSendmailIdent) {
  ReceivedHop gmail = ParseReceived(
      "from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41]) by "
      "mx.google.com with SMTPS id x; Mon, 1 Jan 2024 00:00:00 -0800 (PST)");
  EXPECT_EQ(gmail.from_rdns, "mail-sor-f41.google.com");
  EXPECT_EQ(gmail.from_ip, "209.85.220.41");
  ReceivedHop sendmail = ParseReceived(
      "from helo.example (root@rdns.example [192.0.2.3] (may be forged)) by mail.example");
  EXPECT_EQ(sendmail.from_helo, "helo.example");
  EXPECT_EQ(sendmail.from_rdns, "rdns.example");
  EXPECT_EQ(sendmail.from_ip, "192.0.2.3");
  EXPECT_EQ(sendmail.by, "mail.example");
}

TEST(ReceivedTest, EximAndQmailPutHeloInTheComment) {
  ReceivedHop exim = ParseReceived(
      "from [198.51.100.4] (helo=Laptop.Example) by smtp.example.com with esmtpa (Exim 4.96)");
  EXPECT_EQ(exim.from_helo, "laptop.example");
  EXPECT_EQ(exim.from_rdns, "");
  EXPECT_EQ(exim.from_ip, "198.51.100.4");
  ReceivedHop exim2 = ParseReceived(
      "from host.example.net ([198.51.100.5] helo=mx.fake.example) by smtp.example.com");
  EXPECT_EQ(exim2.from_rdns, "host.example.net");
  EXPECT_EQ(exim2.from_helo, "mx.fake.example");
  EXPECT_EQ(exim2.from_ip, "198.51.100.5");
  ReceivedHop qmail = ParseReceived("from unknown (HELO bulk.example) (192.0.2.77) by mail.example");
  EXPECT_EQ(qmail.from_rdns, "unknown");
  EXPECT_EQ(qmail.from_helo, "bulk.example");
  EXPECT_EQ(qmail.from_ip, "192.0.2.77");
}

TEST(ReceivedTest, ExchangeIpv6AndNoFromClause) {
  ReceivedHop exchange = ParseReceived(
      "from EUR05-DB8-obe.outbound.protection.outlook.com (2a01:111:f400:7e1a::201) by "
      "AM0PR01MB1234.eurprd01.prod.outlook.com (2603:10a6:208:1::1) with Microsoft SMTP Server");
  EXPECT_EQ(exchange.from_helo, "eur05-db8-obe.outbound.protection.outlook.com");
  EXPECT_EQ(exchange.from_ip, "2a01:111:f400:7e1a::201");
  EXPECT_EQ(exchange.by, "am0pr01mb1234.eurprd01.prod.outlook.com");
  ReceivedHop local = ParseReceived("by mail.example.org (Postfix, from userid 1000) id 1234");
  EXPECT_EQ(local.from_helo, "");
  EXPECT_EQ(local.by, "mail.example.org");
  ReceivedHop v6 = ParseReceived("from a.example (b.example [IPv6:2001:db8::1]) by c.example");
  EXPECT_EQ(v6.from_ip, "2001:db8::1");
}

TEST(ReceivedTest, GarbageDoesNotCrash) {
  EXPECT_EQ(ParseReceived("").by, "");
  EXPECT_EQ(ParseReceived("from").from_helo, "");
  EXPECT_EQ(ParseReceived("from (((((( by").by, "");
  const std::string huge = "from " + std::string(100000, 'a') + " by x";
  EXPECT_LE(ParseReceived(huge).from_helo.size(), 100000u);
}

}  // namespace
}  // namespace phishscan
