#!/usr/bin/env python3
"""Drives a milter directly over the milter protocol (version 6), the way an
MTA would, and reports messages per second. Used by bench/milter_bench.sh for
the "milter alone" row. Loopback only; bounded by --messages.

  milter_load.py --port 8890 --messages 200 --connections 4 FILE.eml [...]
"""
import argparse
import socket
import struct
import sys
import threading
import time


def packet(cmd, data=b""):
    return struct.pack(">I", len(data) + 1) + cmd + data


def z(s):
    return s.encode() + b"\0" if isinstance(s, str) else s + b"\0"


class Client:
    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=60)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buf = b""
        self.send(b"O", struct.pack(">III", 6, 0x1FF, 0x1FFFFF))
        cmd, body = self.read()
        if cmd != b"O":
            raise RuntimeError("negotiation failed")
        self.no_reply = struct.unpack(">I", body[8:12])[0]

    def send(self, cmd, data=b""):
        self.sock.sendall(packet(cmd, data))

    def read(self):
        while len(self.buf) < 4 or len(self.buf) < 4 + struct.unpack(">I", self.buf[:4])[0]:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise RuntimeError("milter closed the connection")
            self.buf += chunk
        n = struct.unpack(">I", self.buf[:4])[0]
        pkt, self.buf = self.buf[4:4 + n], self.buf[4 + n:]
        return pkt[:1], pkt[1:]

    NR = {b"C": 0x1000, b"H": 0x2000, b"M": 0x4000, b"R": 0x8000, b"L": 0x80, b"N": 0x40000, b"B": 0x80000}

    def command(self, cmd, data=b""):
        """Sends one command; returns the final reply code (b'c', b'a', ...)."""
        self.send(cmd, data)
        if self.no_reply & self.NR.get(cmd, 0):
            return b"c"
        while True:
            code, _ = self.read()
            if code not in (b"h", b"m", b"i", b"q", b"p"):
                return code

    def message(self, sender, rcpt, headers, body, queue_id):
        for cmd, data in ((b"M", z("<%s>" % sender)), (b"R", z("<%s>" % rcpt))):
            if self.command(cmd, data) != b"c":
                return "refused"
        for name, value in headers:
            self.command(b"L", z(name) + z(value))
        self.command(b"N")
        for at in range(0, len(body), 65535):
            self.command(b"B", body[at:at + 65535])
        self.send(b"D", b"E" + z("i") + z(queue_id))
        return self.command(b"E").decode()

    def close(self):
        try:
            self.send(b"Q")
        finally:
            self.sock.close()


def split_message(raw):
    head, _, body = raw.replace(b"\r\n", b"\n").partition(b"\n\n")
    headers = []
    for line in head.split(b"\n"):
        if line[:1] in (b" ", b"\t") and headers:
            headers[-1][1] += b"\r\n" + line
        elif b":" in line:
            name, value = line.split(b":", 1)
            headers.append([name, value.lstrip(b" ")])
    return headers, body.replace(b"\n", b"\r\n")


def envelope(headers, field):
    for name, value in headers:
        if name.lower() == field:
            v = value.decode("latin-1")
            return v[v.find("<") + 1:v.find(">")] if "<" in v else v.strip()
    return "someone@example.org"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--messages", type=int, default=200)
    ap.add_argument("--connections", type=int, default=4)
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    samples = []
    for f in args.files:
        headers, body = split_message(open(f, "rb").read())
        samples.append((envelope(headers, b"return-path"), envelope(headers, b"to"), headers, body))

    counter = {"next": 0, "codes": {}}
    lock = threading.Lock()

    def worker(n):
        client = Client(args.port)
        client.command(b"C", z("client.example") + b"4" + struct.pack(">H", 25) + z("192.0.2.1"))
        client.command(b"H", z("client.example"))
        while True:
            with lock:
                i = counter["next"]
                if i >= args.messages:
                    break
                counter["next"] += 1
            sender, rcpt, headers, body = samples[i % len(samples)]
            code = client.message(sender, rcpt, headers, body, "BENCH%06d" % i)
            with lock:
                counter["codes"][code] = counter["codes"].get(code, 0) + 1
        client.close()

    start = time.monotonic()
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(args.connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - start
    print("%d %.3f %.1f %s" % (args.messages, elapsed, args.messages / elapsed,
                               ",".join("%s=%d" % kv for kv in sorted(counter["codes"].items()))))


if __name__ == "__main__":
    sys.exit(main())
