#!/usr/bin/env python3
"""NXDOMAIN-for-everything DNS server on 127.0.0.1, for Rspamd run offline.

With every network module off, Rspamd still does one lookup: the PTR of a
client whose reverse name the receiving MTA recorded as "unknown". Answering
"no such name" at once gives the answer that MTA got, without waiting for a
timeout, and no packet leaves the machine. Every question is logged so the
run can be audited.

usage: dns_stub.py PORT LOGFILE PIDFILE    (detaches and writes PIDFILE)
"""
import os
import socket
import struct
import sys
import time


def question_end(packet):
    """Offset just past the first question (name, type, class)."""
    i = 12
    while i < len(packet):
        length = packet[i]
        if length == 0:
            return i + 5
        if length & 0xC0:
            return i + 6
        i += 1 + length
    return len(packet)


def question_name(packet, end):
    labels, i = [], 12
    while i < end - 5 and packet[i] and not packet[i] & 0xC0:
        labels.append(packet[i + 1:i + 1 + packet[i]].decode("ascii", "replace"))
        i += 1 + packet[i]
    qtype = struct.unpack("!H", packet[end - 4:end - 2])[0] if end <= len(packet) else 0
    return ".".join(labels), qtype


def nxdomain(packet, end):
    qid, flags, qdcount = struct.unpack("!HHH", packet[:6])
    # response, same opcode and RD, recursion available, RCODE 3 (NXDOMAIN)
    reply_flags = 0x8000 | (flags & 0x7900) | 0x0080 | 3
    header = struct.pack("!HHHHHH", qid, reply_flags, min(qdcount, 1), 0, 0, 0)
    return header + (packet[12:end] if qdcount else b"")


def detach(pidfile):
    if os.fork():
        os._exit(0)
    os.setsid()
    if os.fork():
        os._exit(0)
    with open(pidfile, "w") as f:
        f.write(f"{os.getpid()}\n")
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)


def main():
    port, logfile, pidfile = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", port))
    detach(pidfile)
    with open(logfile, "a", buffering=1) as log:
        while True:
            packet, peer = sock.recvfrom(4096)
            if len(packet) < 12:
                continue
            end = min(question_end(packet), len(packet))
            sock.sendto(nxdomain(packet, end), peer)
            name, qtype = question_name(packet, end)
            log.write(f"{time.time():.3f}\t{peer[0]}\ttype={qtype}\t{name}\n")


if __name__ == "__main__":
    main()
