#!/usr/bin/env python3
"""Hostile clients against `healthcheck serve` on 127.0.0.1, the longer
version of tests/web/http_connection_test.cpp and sign_in_flood_test.cpp.

One phase per run, for SECONDS: the hostile side (--role hostile) in one
process and, in another, a bystander on 127.0.0.1 (--role bystander) that
loads /login twice a second and samples the server's threads, memory and
descriptors every second:
  quiet   nothing else
  slow    SLOW connections from 127.0.0.2 onwards (ADDRESSES addresses),
          half sending a header line and half a body byte every 2 s, each
          reopened when the server closes it
  flood   FLOOD clients from 127.0.0.2 posting wrong sign-ins as fast as
          they are answered (each with the sign-in page's token)
Each prints one line of JSON: the hostile side its answers by status; the
bystander its answers (count, non-200, p50, p99, max in ms) and the
server's peak threads, RSS and open descriptors.

  hostile_clients.py --port 8080 --pid 1234 --role hostile --phase slow --slow 2000 --seconds 32 &
  hostile_clients.py --port 8080 --pid 1234 --role bystander --phase slow --seconds 30
"""
import argparse
import asyncio
import json
import os
import re
import time


def server_sample(pid):
    threads = rss = 0
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("Threads:"):
                threads = int(line.split()[1])
            elif line.startswith("VmRSS:"):
                rss = int(line.split()[1]) // 1024
    fds = len(os.listdir(f"/proc/{pid}/fd"))
    return threads, rss, fds


async def answer(reader):
    head = await reader.readuntil(b"\r\n\r\n")
    m = re.search(rb"Content-Length: (\d+)", head)
    body = await reader.readexactly(int(m.group(1))) if m else b""
    return int(head[9:12]), head, body


async def bystander(port, until, latencies, statuses):
    while time.monotonic() < until:
        next_at = time.monotonic() + 0.5
        started = time.monotonic()
        try:
            reader, writer = await asyncio.wait_for(
                asyncio.open_connection("127.0.0.1", port, local_addr=("127.0.0.1", 0)), 30)
            writer.write(b"GET /login HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            status, _, _ = await asyncio.wait_for(answer(reader), 30)
            writer.close()
        except Exception:
            status = 0
        latencies.append((time.monotonic() - started) * 1000)
        statuses.append(status)
        await asyncio.sleep(max(0, next_at - time.monotonic()))


async def slow_client(port, source, body, until, counts):
    while time.monotonic() < until:
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=(source, 0))
        except Exception:
            counts["connect failed"] = counts.get("connect failed", 0) + 1
            await asyncio.sleep(1)
            continue
        counts["opened"] = counts.get("opened", 0) + 1
        writer.write(b"POST /login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                     b"Content-Length: 60000\r\n\r\n" if body else b"GET /login HTTP/1.1\r\nHost: x\r\n")
        try:
            while time.monotonic() < until:
                await asyncio.sleep(2)
                writer.write(b"a" if body else b"X-Slow: 1\r\n")
                await writer.drain()
                if reader.at_eof():
                    break
                try:
                    await asyncio.wait_for(reader.read(4096), 0.01)
                    if reader.at_eof():
                        break
                except asyncio.TimeoutError:
                    pass
        except Exception:
            pass
        writer.close()


async def flood_client(port, source, until, counts):
    while time.monotonic() < until:
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=(source, 0))
            writer.write(b"GET /login HTTP/1.1\r\nHost: x\r\n\r\n")
            status, head, body = await answer(reader)
            cookie = re.search(rb"Set-Cookie: (hc_csrf=[^;]*)", head).group(1)
            token = re.search(rb'name="csrf" value="([^"]*)"', body).group(1)
            form = b"csrf=" + token + b"&username=nobody&password=wrong-password"
            post = (b"POST /login HTTP/1.1\r\nHost: x\r\nCookie: " + cookie +
                    b"\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
                    str(len(form)).encode() + b"\r\n\r\n" + form)
            while time.monotonic() < until:
                writer.write(post)
                status, head, _ = await asyncio.wait_for(answer(reader), 60)
                counts[status] = counts.get(status, 0) + 1
                if b"Connection: close" in head:
                    break
            writer.close()
        except Exception:  # refused, closed, or no form (the GET itself got 429)
            counts["no answer"] = counts.get("no answer", 0) + 1
            await asyncio.sleep(0.1)


async def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--pid", type=int, required=True)
    p.add_argument("--role", choices=["bystander", "hostile"], required=True)
    p.add_argument("--phase", choices=["quiet", "slow", "flood"], required=True)
    p.add_argument("--seconds", type=float, default=30)
    p.add_argument("--slow", type=int, default=2000)
    p.add_argument("--addresses", type=int, default=20)
    p.add_argument("--flood", type=int, default=300)
    a = p.parse_args()
    until = time.monotonic() + a.seconds
    if a.role == "hostile":
        counts = {}
        if a.phase == "slow":
            await asyncio.gather(*[slow_client(a.port, f"127.0.0.{2 + i % a.addresses}", i % 2 == 1, until, counts)
                                   for i in range(a.slow)])
        if a.phase == "flood":
            await asyncio.gather(*[flood_client(a.port, "127.0.0.2", until, counts) for _ in range(a.flood)])
        print(json.dumps({str(k): v for k, v in counts.items()}))
        return
    latencies, statuses, peak = [], [], [0, 0, 0]

    async def sample():
        while time.monotonic() < until:
            for i, v in enumerate(server_sample(a.pid)):
                peak[i] = max(peak[i], v)
            await asyncio.sleep(1)

    await asyncio.gather(sample(), bystander(a.port, until, latencies, statuses))
    latencies.sort()
    pick = lambda q: round(latencies[min(len(latencies) - 1, int(q * len(latencies)))], 1)
    print(json.dumps({
        "phase": a.phase, "bystander": {"answers": len(latencies), "non_200": sum(s != 200 for s in statuses),
                                        "p50_ms": pick(0.5), "p99_ms": pick(0.99), "max_ms": round(latencies[-1], 1)},
        "server_peak": {"threads": peak[0], "rss_mb": peak[1], "fds": peak[2]}}))


if __name__ == "__main__":
    asyncio.run(main())
