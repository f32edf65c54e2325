#include "messages/message_writer.h"

#include <cstddef>
#include <cstdint>

namespace phishscan::bench {

void AppendEnvelopeHeaders(std::string& out, std::string_view from, std::string_view subject,
                           std::string_view content_type) {
  out.append(
      "Return-Path: <bounce-7731@mail.example-sender.net>\n"
      "Received: from mail.example-sender.net (mail.example-sender.net [192.0.2.45])\n"
      "\tby mail.example-corp.com (Postfix) with ESMTPS id 4ZmQ7b1Kx2z9P\n"
      "\tfor <alice.martin@example-corp.com>; Mon, 24 Nov 2025 09:12:40 +0100 (CET)\n"
      "Authentication-Results: mail.example-corp.com;\n"
      "\tspf=pass smtp.mailfrom=mail.example-sender.net;\n"
      "\tdkim=pass header.d=example-sender.net;\n"
      "\tdmarc=pass header.from=example-sender.net\n");
  out.append("From: ").append(from).append("\n");
  out.append(
      "To: alice.martin@example-corp.com\n"
      "Date: Mon, 24 Nov 2025 09:12:31 +0100\n"
      "Message-ID: <20251124081231.5F2C1@mail.example-sender.net>\n");
  out.append("Subject: ").append(subject).append("\n");
  out.append("MIME-Version: 1.0\nContent-Type: ").append(content_type).append("\n");
}

void AppendBase64Lines(std::string& out, std::string_view data) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  out.reserve(out.size() + data.size() / 3 * 4 * 78 / 76 + 8);
  std::size_t column = 0;
  for (std::size_t i = 0; i < data.size(); i += 3) {
    const std::size_t left = data.size() - i;
    std::uint32_t chunk = static_cast<unsigned char>(data[i]) << 16;
    if (left > 1) chunk |= static_cast<unsigned char>(data[i + 1]) << 8;
    if (left > 2) chunk |= static_cast<unsigned char>(data[i + 2]);
    out.push_back(kAlphabet[(chunk >> 18) & 63]);
    out.push_back(kAlphabet[(chunk >> 12) & 63]);
    out.push_back(left > 1 ? kAlphabet[(chunk >> 6) & 63] : '=');
    out.push_back(left > 2 ? kAlphabet[chunk & 63] : '=');
    column += 4;
    if (column == 76) {
      out.push_back('\n');
      column = 0;
    }
  }
  if (column != 0) out.push_back('\n');
}

void AppendQuotedPrintable(std::string& out, std::string_view data) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::size_t column = 0;
  for (const char ch : data) {
    const auto byte = static_cast<unsigned char>(ch);
    if (ch == '\n') {
      out.push_back('\n');
      column = 0;
      continue;
    }
    const bool plain = byte >= 32 && byte < 127 && ch != '=';
    const std::size_t width = plain ? 1 : 3;
    if (column + width > 75) {
      out.append("=\n");
      column = 0;
    }
    if (plain) {
      out.push_back(ch);
    } else {
      out.push_back('=');
      out.push_back(kHex[byte >> 4]);
      out.push_back(kHex[byte & 15]);
    }
    column += width;
  }
  out.push_back('\n');
}

void AppendPartHeader(std::string& out, std::string_view boundary, std::string_view content_type,
                      std::string_view transfer_encoding) {
  out.append("\n--").append(boundary).append("\n");
  out.append("Content-Type: ").append(content_type).append("\n");
  out.append("Content-Transfer-Encoding: ").append(transfer_encoding).append("\n\n");
}

void AppendClosingBoundary(std::string& out, std::string_view boundary) {
  out.append("\n--").append(boundary).append("--\n");
}

}  // namespace phishscan::bench
