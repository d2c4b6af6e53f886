#!/usr/bin/env python3
"""Verify a medcode bundle before anything is changed: signature, checksums, no extra files.

usage: verify_bundle.py BUNDLE_DIR KEYRING
Exit 0 and print bundle.json (as JSON) when the bundle is intact; exit 1 with the reason
otherwise. Standard library + gpgv only, so it runs on a bare target.
"""

import hashlib
import json
import os
import subprocess
import sys


def fail(msg):
    print(f"BUNDLE REJECTED: {msg}", file=sys.stderr)
    sys.exit(1)


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def main(bundle, keyring):
    sums, sig = os.path.join(bundle, "SHA256SUMS"), os.path.join(bundle, "SHA256SUMS.asc")
    for path in (sums, sig, keyring):
        if not os.path.isfile(path):
            fail(f"missing {path}")
    res = subprocess.run(["gpgv", "--keyring", os.path.abspath(keyring), sig, sums], capture_output=True, text=True)
    if res.returncode != 0:
        fail("bad signature on SHA256SUMS: " + res.stderr.strip().splitlines()[-1])
    listed = {}
    with open(sums, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            digest, sep, rel = line.rstrip("\n").partition("  ")
            if not sep or len(digest) != 64 or rel.startswith("/") or ".." in rel.split("/"):
                fail(f"SHA256SUMS line {n} is malformed")
            listed[rel] = digest
    present = set()
    for root, dirs, files in os.walk(bundle):
        for name in files + [d for d in dirs if os.path.islink(os.path.join(root, d))]:
            path = os.path.join(root, name)
            rel = os.path.relpath(path, bundle)
            if os.path.islink(path):
                fail(f"symlink in bundle: {rel}")
            present.add(rel)
    present -= {"SHA256SUMS", "SHA256SUMS.asc"}
    extra = sorted(present - set(listed))
    if extra:
        fail(f"{len(extra)} file(s) not covered by SHA256SUMS, e.g. {extra[0]}")
    for rel, digest in sorted(listed.items()):
        path = os.path.join(bundle, rel)
        if not os.path.isfile(path):
            fail(f"missing file {rel}")
        if sha256(path) != digest:
            fail(f"checksum mismatch: {rel}")
    with open(os.path.join(bundle, "bundle.json"), encoding="utf-8") as fh:
        meta = json.load(fh)
    meta["verified_files"] = len(listed)
    print(json.dumps(meta))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        fail("usage: verify_bundle.py BUNDLE_DIR KEYRING")
    main(sys.argv[1], sys.argv[2])
