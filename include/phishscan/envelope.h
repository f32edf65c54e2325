// What the MTA knows about a message before its bytes: the SMTP envelope.
#ifndef PHISHSCAN_ENVELOPE_H_
#define PHISHSCAN_ENVELOPE_H_

#include <string>
#include <vector>

namespace phishscan {

struct Envelope {
  std::string mail_from;             // MAIL FROM address, without angle brackets; may be empty (bounce)
  std::vector<std::string> rcpt_to;  // RCPT TO addresses; the first one's domain is "the recipient's domain"
  std::string client_ip;             // connecting client's address
  std::string client_hostname;       // its reverse DNS name as the MTA saw it ("unknown" when none)
  std::string helo;                  // HELO/EHLO argument
};

}  // namespace phishscan

#endif  // PHISHSCAN_ENVELOPE_H_
