// Test support (header-only, used by *_test.cc only): writes small raw
// messages for detector tests, so each test states only what it is about.
#ifndef PHISHSCAN_DETECT_TEST_MAIL_H_
#define PHISHSCAN_DETECT_TEST_MAIL_H_

#include <string>
#include <vector>

#include "detect/base64.h"

namespace phishscan::testing {

struct TestMail {
  std::string from = "Alice Martin <alice@example.org>";
  std::string to = "bob@example-corp.com";
  std::string subject = "Hello";
  std::vector<std::string> headers;  // extra "Name: value" lines, written first
  std::string text;                  // text/plain body, "" for none
  std::string html;                  // text/html body, "" for none
  struct File {
    std::string name;
    std::string type;
    std::string content;  // raw bytes, base64-encoded when written
  };
  std::vector<File> files;

  std::string Build() const {
    std::string m;
    for (const std::string& h : headers) m += h + "\r\n";
    m += "From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject +
         "\r\nDate: Tue, 18 Nov 2025 07:41:58 +0100\r\nMessage-ID: <t1@example.org>\r\nMIME-Version: 1.0\r\n";
    std::string body = Alternatives();
    if (files.empty()) return m + body;
    m += "Content-Type: multipart/mixed; boundary=\"mixed-b\"\r\n\r\n--mixed-b\r\n" + body;
    for (const File& f : files) {
      m += "\r\n--mixed-b\r\nContent-Type: " + f.type + "; name=\"" + f.name +
           "\"\r\nContent-Disposition: attachment; filename=\"" + f.name +
           "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + Wrapped(Base64EncodeUnpadded(f.content)) + "\r\n";
    }
    return m + "--mixed-b--\r\n";
  }

 private:
  static std::string Wrapped(std::string b64) {
    while (b64.size() % 4 != 0) b64 += '=';
    std::string out;
    for (std::size_t i = 0; i < b64.size(); i += 76) out += b64.substr(i, 76) + "\r\n";
    return out;
  }

  static std::string Part(const std::string& type, const std::string& content) {
    return "Content-Type: " + type + "; charset=\"utf-8\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + content + "\r\n";
  }

  std::string Alternatives() const {
    if (html.empty()) return Part("text/plain", text);
    if (text.empty()) return Part("text/html", html);
    return "Content-Type: multipart/alternative; boundary=\"alt-b\"\r\n\r\n--alt-b\r\n" + Part("text/plain", text) +
           "--alt-b\r\n" + Part("text/html", html) + "--alt-b--\r\n";
  }
};

}  // namespace phishscan::testing

#endif  // PHISHSCAN_DETECT_TEST_MAIL_H_
