"""`medcode audit verify|show`: check and read the audit trail of `medcode serve --audit-dir`.

medcode audit verify DIR [--key-file F]
    walk the hash chain; exit 0 with the record count when intact, 1 naming the first bad
    record when one was edited, removed, reordered or inserted (MACs are checked with the
    site key: --key-file, else DIR/.site-key when it is there)
medcode audit show [DIR] --request-id ID | --audit-id ID
    print the matching records, one JSON object a line (DIR defaults to $MEDCODE_AUDIT_DIR)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from medcode.audit import AuditError, find_records, load_site_key, verify
from medcode.audit.chain import ENV_DIR, KEY_FILE_NAME


def _verify(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="medcode audit verify")
    ap.add_argument("dir", type=Path)
    ap.add_argument("--key-file", type=Path, help=f"the site key (default DIR/{KEY_FILE_NAME} when present)")
    a = ap.parse_args(argv)
    if not a.dir.is_dir():
        print(f"medcode audit verify: {a.dir} is not a directory", file=sys.stderr)
        return 2
    key_file = a.key_file or (a.dir / KEY_FILE_NAME if (a.dir / KEY_FILE_NAME).exists() else None)
    try:
        key = load_site_key(key_file) if key_file else None
    except AuditError as exc:
        print(f"medcode audit verify: {exc}", file=sys.stderr)
        return 2
    rep = verify(a.dir, key)
    for w in rep.warnings:
        print(f"medcode audit verify: warning: {w}", file=sys.stderr)
    if not rep.ok:
        print(f"audit chain BROKEN after {rep.records} good record(s): {rep.problem}")
        return 1
    macs = "hashes and MACs" if key else "hashes only (no site key: MACs not checked)"
    print(
        f"audit chain intact: {rep.records} records ({rep.coding_records} coding) in {rep.segments} segment(s); {macs}"
    )
    return 0


def _show(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="medcode audit show")
    ap.add_argument("dir", type=Path, nargs="?", default=os.environ.get(ENV_DIR))
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--request-id")
    g.add_argument("--audit-id")
    a = ap.parse_args(argv)
    if a.dir is None or not Path(a.dir).is_dir():
        print(f"medcode audit show: give the audit directory (or set {ENV_DIR})", file=sys.stderr)
        return 2
    recs = find_records(Path(a.dir), request_id=a.request_id, audit_id=a.audit_id)
    for r in recs:
        print(json.dumps(r, sort_keys=True))
    if not recs:
        print("medcode audit show: no matching record", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["verify"]:
        return _verify(argv[1:])
    if argv[:1] == ["show"]:
        return _show(argv[1:])
    print(__doc__, file=sys.stderr if argv[:1] not in (["-h"], ["--help"]) else sys.stdout)
    return 0 if argv[:1] in (["-h"], ["--help"]) else 2
