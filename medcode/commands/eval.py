"""`medcode eval codiesp|deid|reliability`: measure coding quality, de-identification, calibration.

- `codiesp`: MAP and accepted-code precision on CodiEsp-format notes, through a running server
  (`--url`) or in process (`--in-process`);
- `deid`: span recall, precision and over-redaction on de-identification sets (JSONL);
- `reliability`: cross-validated calibration of the coder's scores (the curve in
  docs/coding-quality.md).
"""

from __future__ import annotations

import importlib
import sys

EVALUATIONS = {
    "codiesp": "medcode.training.eval_codiesp",
    "deid": "medcode.training.eval_deid",
    "reliability": "medcode.training.reliability",
}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in EVALUATIONS:
        print(f"usage: medcode eval {{{','.join(EVALUATIONS)}}} [options]\n\n{__doc__}", file=sys.stderr)
        return 0 if argv[:1] in (["-h"], ["--help"]) else 2
    return int(importlib.import_module(EVALUATIONS[argv[0]]).main(argv[1:]) or 0)
