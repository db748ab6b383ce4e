#!/usr/bin/env python3
"""Stress test of `dyad serve` against slow and large requests (issue 18.12-13).

    python3 bench/serve_abuse.py [--dyad build/dyad] [--seconds 15]

Starts `dyad serve` on 127.0.0.1 (a free port, a throw-away store made from
examples/), then, one after the other:

  slowloris  70 connections (--connections, at most 500) each sending its
             request headers one byte a second (the attack of issue 18.12);
  bodies     60 clients at once sending unauthenticated 32 MiB bodies to
             /api/ingest (issue 18.13), then 60 more that announce 32 MiB and
             send nothing;

and during each, a probe GET /api/stats every 0.25 s. It prints the probes'
latency (median, max, failures), how many attack connections the server
closed, and the server's resident memory (now and peak). Everything is on
loopback, bounded in connections and time (--seconds per phase), and the
server is stopped at the end. Exit status 1 when a probe took more than 1 s
or failed.
"""
import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def rss_kb(pid):
    now = peak = 0
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                now = int(line.split()[1])
            elif line.startswith("VmHWM:"):
                peak = int(line.split()[1])
    return now, peak


def probe_loop(port, stop, out):
    while not stop.is_set():
        t0 = time.monotonic()
        ok = False
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
                s.sendall(b"GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                data = b""
                while True:
                    chunk = s.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                ok = data.startswith(b"HTTP/1.1 200")
        except OSError:
            ok = False
        out.append((time.monotonic() - t0, ok))
        stop.wait(0.25)


def slowloris(port, stop, closed, connections=70):
    request = b"GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + b"a" * 200 + b"\r\n\r\n"
    socks = []
    for _ in range(connections):
        try:
            socks.append([socket.create_connection(("127.0.0.1", port), timeout=2), 0])
        except OSError:
            pass
    while not stop.is_set() and socks:
        for entry in list(socks):
            s, sent = entry
            try:
                # A connection the server ended reads as end of file (a send
                # may still succeed into it).
                try:
                    if s.recv(1, socket.MSG_DONTWAIT) == b"":
                        raise ConnectionResetError
                except BlockingIOError:
                    pass
                s.send(request[sent:sent + 1])
                entry[1] += 1
            except OSError:
                closed[0] += 1
                socks.remove(entry)
                s.close()
        stop.wait(1.0)
    for s, _ in socks:
        s.close()


def big_body(port, stop, closed, send_body):
    size = 32 << 20
    head = (f"POST /api/ingest HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Content-Length: {size}\r\n\r\n").encode()
    chunk = b"a" * (1 << 20)
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
            s.sendall(head)
            if send_body:
                for _ in range(size // len(chunk)):
                    if stop.is_set():
                        break
                    s.sendall(chunk)
            else:
                stop.wait(5)
            s.settimeout(10)
            data = s.recv(4096)
            if data.startswith(b"HTTP/1.1 4") or not data:
                closed[0] += 1
    except OSError:
        closed[0] += 1


def phase(name, port, pid, seconds, attack):
    stop = threading.Event()
    probes = []
    closed = [0]
    prober = threading.Thread(target=probe_loop, args=(port, stop, probes))
    attackers = attack(stop, closed)
    prober.start()
    for t in attackers:
        t.start()
    peak_during = 0
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        peak_during = max(peak_during, rss_kb(pid)[0])
        time.sleep(0.2)
    stop.set()
    for t in attackers:
        t.join(30)
    prober.join(30)
    times = [t for t, ok in probes if ok]
    failed = sum(1 for _, ok in probes if not ok)
    now, peak = rss_kb(pid)
    print(f"{name}: {len(probes)} probes, median {statistics.median(times) * 1000:.1f} ms, "
          f"max {max(times) * 1000:.1f} ms, {failed} failed; attack connections refused or closed: {closed[0]}; "
          f"server RSS max during {peak_during // 1024} MB, after {now // 1024} MB, peak {peak // 1024} MB"
          if times else f"{name}: no probe answered ({failed} failed)")
    return bool(times) and failed == 0 and max(times) <= 1.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dyad", default=os.path.join(ROOT, "build", "dyad"))
    ap.add_argument("--seconds", type=float, default=15)
    ap.add_argument("--connections", type=int, default=70, help="slowloris connections (at most 500)")
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="dyad-abuse.")
    db = os.path.join(tmp, "s.sqlite")
    subprocess.run([args.dyad, "ingest", "--db", db, os.path.join(ROOT, "examples")], check=True,
                   stderr=subprocess.DEVNULL)
    log = open(os.path.join(tmp, "serve.log"), "w+")
    server = subprocess.Popen([args.dyad, "serve", "--db", db, "--port", "0", "--token", "a-long-enough-test-token"],
                              stderr=log)
    try:
        port = None
        for _ in range(300):
            log.seek(0)
            m = re.search(r"http://127\.0\.0\.1:(\d+)/", log.read())
            if m:
                port = int(m.group(1))
                break
            time.sleep(0.1)
        if not port:
            print("serve_abuse: the server did not start", file=sys.stderr)
            return 1
        ok = phase("slowloris", port, server.pid, args.seconds,
                   lambda stop, closed: [threading.Thread(target=slowloris,
                                                         args=(port, stop, closed, min(args.connections, 500)))])
        ok &= phase("bodies", port, server.pid, args.seconds,
                    lambda stop, closed: [threading.Thread(target=big_body, args=(port, stop, closed, True))
                                          for _ in range(60)])
        ok &= phase("announced bodies", port, server.pid, args.seconds,
                    lambda stop, closed: [threading.Thread(target=big_body, args=(port, stop, closed, False))
                                          for _ in range(60)])
        return 0 if ok else 1
    finally:
        server.terminate()
        server.wait(30)
        log.close()
        subprocess.run(["rm", "-rf", tmp])


if __name__ == "__main__":
    sys.exit(main())
