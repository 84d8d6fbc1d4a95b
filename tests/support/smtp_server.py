#!/usr/bin/python3
"""A real SMTP server for the mail tests: Debian's aiosmtpd on 127.0.0.1.

  smtp_server.py --folder DIR [--port P] [--tls none|starttls|implicit]
                 [--cert PEM --key PEM] [--user U --password P]

Prints "PORT <n>" once it accepts connections, then serves until killed.
Every message it accepts is written to DIR as NNNN.eml (the bytes received,
written under a temporary name and renamed, so a reader never sees half a
file), in the order received. With --user and --password, AUTH is required
(after STARTTLS when --tls starttls).

Behaviour the tests steer by the recipient's local part or by files in DIR:
  refuse...@    550 at RCPT (a permanent refusal)
  tempfail...@  451 at RCPT (a temporary one)
  drop...@      the connection is closed at RCPT, with no reply
  DIR/tempfail  while this file exists, 451 at DATA for every message
"""
import argparse
import asyncio
import os
import socket
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Handler:
    def __init__(self, folder):
        self.folder = folder
        self.count = len([n for n in os.listdir(folder) if n.endswith(".eml")])

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@")[0].lower()
        if local.startswith("refuse"):
            return "550 5.1.1 No such mailbox here"
        if local.startswith("tempfail"):
            return "451 4.3.0 Mailbox busy, try again later"
        if local.startswith("drop"):
            server.transport.close()
            return "421 4.4.2 Closing"  # never reaches the client: the transport is gone
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if os.path.exists(os.path.join(self.folder, "tempfail")):
            return "451 4.3.0 Queue full, try again later"
        self.count += 1
        name = os.path.join(self.folder, "%04d.eml" % self.count)
        with open(name + ".part", "wb") as f:
            f.write(envelope.original_content)
        os.rename(name + ".part", name)
        return "250 2.0.0 Message accepted"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--folder", required=True)
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--tls", choices=["none", "starttls", "implicit"], default="none")
    p.add_argument("--cert")
    p.add_argument("--key")
    p.add_argument("--user")
    p.add_argument("--password")
    a = p.parse_args()
    os.makedirs(a.folder, exist_ok=True)
    context = None
    if a.tls != "none":
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(a.cert, a.key)

    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = auth_data.login == a.user.encode() and auth_data.password == a.password.encode()
        return AuthResult(success=ok, handled=False)

    kwargs = dict(hostname="127.0.0.1", port=a.port or free_port())
    if a.tls == "starttls":
        kwargs.update(tls_context=context, require_starttls=True)
    elif a.tls == "implicit":
        kwargs.update(ssl_context=context)
    if a.user:
        # With implicit TLS aiosmtpd cannot tell the connection is encrypted
        # and would hide AUTH: it is required only where STARTTLS applies.
        kwargs.update(authenticator=authenticate, auth_required=True, auth_require_tls=a.tls == "starttls")
    controller = Controller(Handler(a.folder), **kwargs)
    controller.start()
    print("PORT %d" % controller.port, flush=True)
    try:
        asyncio.run(asyncio.Event().wait())
    finally:
        controller.stop()


if __name__ == "__main__":
    sys.exit(main())
