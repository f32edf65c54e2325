// Host names and the registrable domain (eTLD+1) they belong to, via libpsl
// and libidn2. Shared by every stage that sees a host: addresses, links, forms.
#ifndef PHISHSCAN_BASE_DOMAIN_H_
#define PHISHSCAN_BASE_DOMAIN_H_

#include <string>
#include <string_view>

namespace phishscan {

// Lower-cases and converts a (possibly Unicode) host to its ASCII (punycode)
// form. Trailing dots are dropped. Returns "" for something that is not a host.
std::string HostToAscii(std::string_view host);

// The Unicode form of an ASCII host ("xn--pypal-4ve.com" -> "pаypal.com").
// Returns the input when it holds no punycode label or cannot be decoded.
std::string HostToUnicode(std::string_view ascii_host);

// Registrable domain of an ASCII host per the Public Suffix List
// ("srv4.kx-hostingmail.top" -> "kx-hostingmail.top"). IP literals and
// bare public suffixes return the host itself.
std::string RegistrableDomain(std::string_view ascii_host);

// True when `ascii_name` is itself a suffix listed in the Public Suffix List
// ("com", "co.uk", "pages.dev"), ignoring the implicit "*" rule: a made-up
// TLD like "txt" is not one. Used to tell "paypal.com" from "file.txt".
bool IsListedPublicSuffix(std::string_view ascii_name);

// True for dotted-quad IPv4 (also decimal/hex/octal single-number forms) or
// bracketed IPv6.
bool IsIpLiteral(std::string_view host);

// The domain part of an address ("a@B.example." -> "b.example"), ASCII, lower case.
std::string DomainOfAddress(std::string_view address);

// True when `host` is `domain` or a subdomain of it (both ASCII lower case).
bool HostIsWithin(std::string_view host, std::string_view domain);

}  // namespace phishscan

#endif  // PHISHSCAN_BASE_DOMAIN_H_
