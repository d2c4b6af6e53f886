"""Check the audit record of one `medcode code --json` result from the converged server (used by
ops/test-ops.sh after `medcode audit show DIR --audit-id ID`).

Asserts: exactly one `coding` record with the result's audit_id, naming a request id (the
result's, when the result carries one), outcome `ok`,
the same codes (system, code, accepted) as the result, and no line of the note nor its
identifiers in any file of the audit directory.

    python tests/ops/check_audit.py RESULT.jsonl RECORDS.jsonl NOTE.txt AUDIT_DIR
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path


def check(result_path: Path, records_path: Path, note_path: Path, audit_dir: Path) -> str:
    res = json.loads(result_path.read_text().splitlines()[0])
    recs = [json.loads(ln) for ln in records_path.read_text().splitlines() if ln.strip()]
    coding = [r for r in recs if r.get("kind") == "coding" and r.get("audit_id") == res.get("audit_id")]
    if len(coding) != 1:
        raise SystemExit(f"expected one coding record for audit_id {res.get('audit_id')}, found {len(coding)}")
    rec = coding[0]
    # `medcode code FILE --json` prints the server's RESULT (audit_id, no request_id); batch mode adds it.
    if not rec.get("request_id") or (res.get("request_id") and rec["request_id"] != res["request_id"]):
        raise SystemExit("the audit record does not name the request (request_id)")
    if rec.get("outcome") != "ok":
        raise SystemExit(f"the audit record's outcome is {rec.get('outcome')!r}, not 'ok'")
    got = sorted((c["system"], c["code"], bool(c["accepted"])) for c in rec.get("codes", []))
    want = sorted((c["system"], c["code"], bool(c["accepted"])) for c in res.get("codes", []))
    if got != want:
        raise SystemExit(f"the audit record's codes differ from the result's ({len(got)} vs {len(want)})")
    note = note_path.read_text(encoding="utf-8")
    needles = [ln.strip() for ln in note.splitlines() if len(ln.strip()) >= 12]
    needles += re.findall(r"[A-Z][a-z]{4,}|\d{5,}|\(\d{3}\) \d{3}-\d{4}", note.splitlines()[0])
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in audit_dir.iterdir() if p.is_file())
    leaks = [n for n in needles if n in text]
    if leaks:
        raise SystemExit(f"{len(leaks)} piece(s) of note text found in the audit directory")
    return f"audit record {rec['audit_id']} (seq {rec.get('seq')}): {len(got)} codes as returned, outcome ok; {len(needles)} note fragments absent from {audit_dir}"


if __name__ == "__main__":
    if len(sys.argv) != 5:
        raise SystemExit(__doc__.strip().splitlines()[-1].strip())
    print(check(*map(Path, sys.argv[1:])))
