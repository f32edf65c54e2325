// A local part made of a person's first and last name and a serial number:
// "eustacia_lefloch_92905", "Hartness_Lacy_95443", "lina.fern.6659". Mass
// mailers draw such mailboxes from lists of names to look like people; a
// person choosing their own address writes it without the serial's
// separator ("john.smith84") or uses it on a free mailbox under their own
// name. Only the shape is judged here: whose name it is, against the sender
// name, is the caller's question.
#ifndef PHISHSCAN_DETECT_SERIAL_NAME_MAILBOX_H_
#define PHISHSCAN_DETECT_SERIAL_NAME_MAILBOX_H_

#include <string>
#include <string_view>
#include <vector>

namespace phishscan {

// The two name words of such a local part, lower case ("eustacia",
// "lefloch"), or nothing when the local part has another shape.
std::vector<std::string> SerialNameParts(std::string_view local_part);

}  // namespace phishscan

#endif  // PHISHSCAN_DETECT_SERIAL_NAME_MAILBOX_H_
