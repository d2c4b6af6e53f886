"""Check one `medcode code --json` result from the converged server (used by ops/test-ops.sh).

Asserts: codes came back, each evidence span lies inside the note, and no line of the note nor
its identifiers appear in the server log. Prints the served model_version on stdout (the
release under test) and a one-line summary on stderr.

    python tests/ops/check_coding.py RESULT.jsonl NOTE.txt SERVER.log
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path


def check(result_path: Path, note_path: Path, log_path: Path) -> str:
    lines = result_path.read_text().splitlines()
    if not lines:
        raise SystemExit("no result from medcode code")
    res = json.loads(lines[0])
    note = note_path.read_text(encoding="utf-8")
    codes = res.get("codes", [])
    if not codes:
        raise SystemExit("the server returned no codes")
    spans = [e for c in codes for e in c.get("evidence", [])]
    if not spans or not all(0 <= e["start"] < e["end"] <= len(note) for e in spans):
        raise SystemExit("codes without valid evidence offsets")
    log = log_path.read_text(encoding="utf-8", errors="replace")
    # Every note line of some length, and every number/name-like token of the header line.
    needles = [ln.strip() for ln in note.splitlines() if len(ln.strip()) >= 12]
    needles += re.findall(r"[A-Z][a-z]{4,}|\d{5,}|\(\d{3}\) \d{3}-\d{4}", note.splitlines()[0])
    leaks = [n for n in needles if n in log]
    if leaks:
        raise SystemExit(f"{len(leaks)} piece(s) of note text found in {log_path}")
    top = ", ".join(f"{c['system']}:{c['code']}" for c in codes[:3])
    print(
        f"{res['model_version']}: {len(codes)} codes, {len(spans)} evidence spans (top {top}); "
        f"{len(needles)} note fragments absent from the server log",
        file=sys.stderr,
    )
    return res["model_version"]


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit(__doc__.strip().splitlines()[-1].strip())
    print(check(*map(Path, sys.argv[1:])))
