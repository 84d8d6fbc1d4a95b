#!/usr/bin/python3
"""Reads one message (a file, or - for standard input) with Python's own
email package, strictly, and prints what the mail tests check as JSON:

  {"defects": [...], "subject": "...", "from": "...", "to": "...",
   "reply_to": "...", "date": "...", "date_ok": true, "message_id": "...",
   "mime_version": "1.0", "content_type": "multipart/alternative",
   "max_line": 76, "headers": {...}, "parts": [{"content_type": "text/plain",
   "charset": "utf-8", "filename": null, "text": "...", "sha256": "..."}]}
"""
import email
import email.policy
import email.utils
import hashlib
import json
import sys


def main():
    path = sys.argv[1]
    raw = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.strict)
    defects = [type(d).__name__ for part in msg.walk() for d in part.defects]
    out = {
        "defects": defects,
        "subject": str(msg["Subject"]),
        "from": str(msg["From"]),
        "to": str(msg["To"]),
        "reply_to": str(msg["Reply-To"]) if msg["Reply-To"] else "",
        "date": str(msg["Date"]),
        "message_id": str(msg["Message-ID"]),
        "mime_version": str(msg["MIME-Version"]),
        "auto_submitted": str(msg["Auto-Submitted"]) if msg["Auto-Submitted"] else "",
        "content_type": msg.get_content_type(),
        "max_line": max(len(line) for line in raw.split(b"\r\n")),
        "bare_lf": raw.replace(b"\r\n", b"").count(b"\n"),
        "parts": [],
    }
    try:
        out["date_ok"] = email.utils.parsedate_to_datetime(out["date"]) is not None
    except (TypeError, ValueError):
        out["date_ok"] = False
    for part in msg.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True) or b""
        entry = {
            "content_type": part.get_content_type(),
            "charset": part.get_content_charset(),
            "filename": part.get_filename(),
            "sha256": hashlib.sha256(payload).hexdigest(),
            "size": len(payload),
        }
        if part.get_content_maintype() == "text":
            entry["text"] = payload.decode(part.get_content_charset() or "ascii")
        out["parts"].append(entry)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
