"""Timings of the post-ranking stage: code-set loads, the checks, assertion detection.

    medcode bench checks_bench [--notes DIR] [--repeat N]

Prints one line per figure; the notes (CodiEsp dev by default) are read, never printed.
"""

from __future__ import annotations

import argparse
import glob
import os
import random
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from medcode import paths

_DEFAULT_NOTES = paths.codiesp_dir() / "dev" / "text_files_en"
_CODES = [
    "E11.40",
    "I10",
    "J18.9",
    "N18.30",
    "E78.5",
    "I25.10",
    "Z79.4",
    "K21.9",
    "F32.9",
    "M54.50",
    "J44.9",
    "I48.91",
    "N39.0",
    "R50.9",
    "D64.9",
    "E03.9",
    "G47.33",
    "I50.9",
    "J45.909",
    "K59.00",
    "M81.0",
    "R07.9",
    "R51.9",
    "E66.9",
    "Z87.891",
    "I63.9",
    "C34.90",
    "C50.911",
    "O80",
    "E10.9",
]


@dataclass
class _Code:
    system: str
    code: str
    score: float


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="medcode bench checks_bench", description=__doc__.splitlines()[0])
    ap.add_argument("--notes", default=str(_DEFAULT_NOTES), help="folder of .txt notes for the assertion timing")
    ap.add_argument("--repeat", type=int, default=200, help="run_checks repetitions")
    args = ap.parse_args(argv)

    from medcode.checks.runner import Patient, run_checks
    from medcode.codesets import validity
    from medcode.coding.assertions import NoteContext

    for name, fn in [
        ("ICD-10-CM", validity.icd10cm),
        ("ICD-10-PCS", validity.pcs_titles),
        ("HCPCS", validity.hcpcs_codes),
    ]:
        t0 = time.perf_counter()
        fn()
        print(f"load {name}: {(time.perf_counter() - t0) * 1000:.0f} ms")

    codes = [_Code("ICD-10-CM", c, 1 - i / 100) for i, c in enumerate(_CODES)]
    patient = Patient(age=40, sex="F")
    t0 = time.perf_counter()
    run_checks(codes, patient)
    print(f"run_checks, 30 ICD-10-CM codes, first call: {(time.perf_counter() - t0) * 1000:.2f} ms")
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        run_checks(codes, patient)
    print(f"run_checks, 30 ICD-10-CM codes, warm: {(time.perf_counter() - t0) / args.repeat * 1000:.2f} ms")

    files = sorted(glob.glob(os.path.join(args.notes, "*.txt")))
    if not files:
        print(f"no notes in {args.notes}: assertion timing skipped", file=sys.stderr)
        return 0
    rng = random.Random(0)
    times = []
    for f in files:
        text = Path(f).read_text(encoding="utf-8")
        words = [m.span() for m in re.finditer(r"\w+", text)]
        spans = rng.sample(words, min(50, len(words)))
        t0 = time.perf_counter()
        NoteContext(text).assertions(spans)
        times.append(time.perf_counter() - t0)
    times.sort()
    print(
        f"assertions, 50 spans/note over {len(files)} notes: mean {sum(times) / len(times) * 1000:.2f} ms, "
        f"p95 {times[int(0.95 * (len(times) - 1))] * 1000:.2f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
