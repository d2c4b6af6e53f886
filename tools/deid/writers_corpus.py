"""Training text from other writers: the third to eighth evaluation generators run at training seeds.

Why: the learned PHI recognizer trained only on this project's own generator and presidio_synth
meets each new writer's text shapes for the first time at evaluation. Run at seeds that no
committed set, tuning round or test uses, those writers' generators give it other sentence
shapes, name and place lists, and layouts to learn from, while their committed sets
(`datasets/deid/eval3_*` ... `eval8_*`) stay out of training. The ninth and tenth writers'
generators are never used here: their families judge the model.

Seeds: writer k's messages at 22k1 and its clinical documents at 22k2 (`writer{k}_{family}.jsonl`);
with `--second-round`, also at 23k1 / 23k2 (`extra{k}_{family}.jsonl`). A row whose text equals a
committed set's row (any `datasets/deid/*.jsonl`) or an earlier row here is dropped, so no
evaluation text is trained on. Candidates were trained on it so (none shipped; the recognizer
shipped since the twenty-ninth session was trained on the families' tuning seeds instead,
`tools/deid/tuning_corpus.py`; docs/deidentification.md):

    python -m tools.deid.writers_corpus --out build/deid-train
    medcode train deid --epochs 2 --extra-data build/deid-train/writer*.jsonl
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import json
import tempfile
from pathlib import Path

from medcode.paths import data_dir

WRITERS = (3, 4, 5, 6, 7, 8)
FAMILIES = ("messages", "clinical")
MESSAGES, CLINICAL = 300, 120
COMMITTED = data_dir() / "deid"


def training_seed(writer: int, family: str, round_: int) -> int:
    """2200 + 10k + 1 for writer k's messages, + 2 for its clinical documents; round 2 adds 100."""
    return 2100 + 100 * round_ + 10 * writer + (1 if family == "messages" else 2)


def committed_texts(folder: Path = COMMITTED) -> set[str]:
    return {json.loads(line)["text"].strip() for p in folder.glob("*.jsonl") for line in p.open() if line.strip()}


def run_generator(writer: int, family: str, n: int, seed: int, path: Path) -> None:
    """Writer `writer`'s generator (`tools/deid/evalset{writer}.py`) run through its own command line,
    its progress line silenced: each writes its file its own way."""
    module = importlib.import_module(f"tools.deid.evalset{writer}")
    with contextlib.redirect_stdout(io.StringIO()):
        module.main(["--family", family, "--n", str(n), "--seed", str(seed), "--out", str(path)])


def generate(writer: int, family: str, round_: int, scratch: Path) -> list[dict]:
    """One writer's rows at its training seed (the rows are what is kept)."""
    n = MESSAGES if family == "messages" else CLINICAL
    path = scratch / f"{writer}_{family}.jsonl"
    run_generator(writer, family, n, training_seed(writer, family, round_), path)
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write_corpus(
    out: Path, rounds: int = 1, committed: Path = COMMITTED, writers: tuple[int, ...] = WRITERS
) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    seen = committed_texts(committed)
    written = []
    with tempfile.TemporaryDirectory(prefix="writers-corpus-") as tmp:
        for round_ in range(1, rounds + 1):
            prefix = "writer" if round_ == 1 else "extra"
            for writer in writers:
                for family in sorted(FAMILIES):
                    rows = []
                    for row in generate(writer, family, round_, Path(tmp)):
                        text = row["text"].strip()
                        if text not in seen:
                            seen.add(text)
                            rows.append(row)
                    path = out / f"{prefix}{writer}_{family}.jsonl"
                    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
                    print(f"{len(rows)} rows -> {path}")
                    written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--second-round", action="store_true", help="also each writer at its second training seeds")
    args = ap.parse_args(argv)
    write_corpus(args.out, rounds=2 if args.second_round else 1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
