"""The tuning seeds of the independent evaluation families, written where the learned recognizer's
training reads them (`build/deid-fresh/eval{k}t_{family}.jsonl`).

Why: each family's committed rows (`datasets/deid/eval{k}_*.jsonl`) are a judge nobody tunes on;
the same generator run at other seeds gives text in its writer's shapes that rules may be written
from and a recognizer may be trained on. The shipped recognizer was trained on exactly the files
this writes (their sha256 are in `medcode/deid/ner_model/ner.json`), so the command below, then the
one in `docs/deidentification.md`, reproduces it:

    python -m tools.deid.tuning_corpus --out build/deid-fresh

`CORPUS` lists what the recognizer was trained on, as it was: the ninth family has no tuning seeds
in it (it stays a judge of the recognizer), the eighth family only its clinical documents, and the
seventh family's clinical documents also at a second seed (360 rows). A family added later joins
with `--family` (e.g. `--family 28`, which writes `eval28t_*`), not by default.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tools.deid.writers_corpus import run_generator

MESSAGES, CLINICAL = 300, 120

# (family k, its genre family, seed, rows, file stem): a family's tuning seeds are its committed
# seeds + 100 (`datasets/deid/README.md` names both)
CORPUS: tuple[tuple[int, str, int, int, str], ...] = (
    (7, "messages", 1401, MESSAGES, "eval7t_messages"),
    (7, "clinical", 1402, CLINICAL, "eval7t_clinical"),
    (7, "clinical", 1499, 360, "eval7x_clinical"),
    (8, "clinical", 1602, CLINICAL, "eval8t_clinical"),
    *(
        (
            k,
            family,
            seed + (1 if family == "messages" else 2),
            MESSAGES if family == "messages" else CLINICAL,
            f"eval{k}t_{family}",
        )
        for k, seed in (
            (10, 2000),
            (11, 2200),
            (12, 2500),
            (13, 2700),
            (14, 2900),
            (15, 3100),
            (16, 3300),
            (17, 3500),
            (18, 3700),
            (19, 3900),
            (20, 4100),
            (21, 4300),
            (22, 4500),
            (23, 4700),
            (24, 4900),
            (25, 5100),
            (26, 5300),
            (27, 5500),
            (28, 5700),
        )
        for family in ("clinical", "messages")
    ),
)
DEFAULT_FAMILIES = frozenset(range(7, 28))


def write(out: Path, families: frozenset[int] = DEFAULT_FAMILIES) -> list[Path]:
    """Each listed family's tuning rows through its generator's own command line."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for k, family, seed, n, stem in CORPUS:
        if k not in families:
            continue
        path = out / f"{stem}.jsonl"
        run_generator(k, family, n, seed, path)
        written.append(path)
        print(f"{n} rows -> {path}")
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--family", type=int, action="append", help="only this family (repeatable)")
    args = ap.parse_args(argv)
    write(args.out, frozenset(args.family) if args.family else DEFAULT_FAMILIES)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
