"""`medcode eval codiesp|deid|reliability`: measure coding quality, de-identification, calibration.

- `codiesp`: MAP and accepted-code precision on CodiEsp-format notes, through a running server
  (`--url`) or in process (`--in-process`);
- `deid`: span recall, precision and over-redaction on de-identification sets (JSONL);
- `reliability`: cross-validated calibration of the coder's scores (the curve in
  docs/coding-quality.md).

Through a server over TLS: `--tls-ca CA [--tls-cert CERT --tls-key KEY]` (any evaluation).
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
    from medcode.client import MedcodeError
    from medcode.client.tls import split_tls_args

    try:  # --tls-ca/--tls-cert/--tls-key reach the evaluation's clients through MEDCODE_TLS_*
        tls, rest = split_tls_args(argv[1:])
    except MedcodeError as exc:
        print(f"medcode eval: {exc}", file=sys.stderr)
        return 2
    tls.export_env()
    return int(importlib.import_module(EVALUATIONS[argv[0]]).main(rest) or 0)
