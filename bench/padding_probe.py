"""How much of the encoder's work is padding, and what length-sorted sub-batches would save.

    medcode bench padding_probe [--notes 100] [--repository DIR]

The `medcode` model sends one note's segments as one batch padded to its longest segment.
This counts real vs padded word pieces over CodiEsp dev notes, then times ONNX Runtime
in-process on the same segments: one batch per note (as served) vs the note's segments sorted
by length in sub-batches of 4 and 8, and four notes merged (as the served encoder sees them
from concurrent callers) in sorted sub-batches of 2 to 32 rows.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from medcode import paths
from medcode.coding.encoder import Tokenizer, make_session
from medcode.loadtest.notes import load_texts
from medcode.text.segment import split_sentences


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="medcode bench padding_probe")
    p.add_argument("--notes", type=int, default=100)
    p.add_argument("--timed-notes", type=int, default=30)
    p.add_argument("--repository", type=Path, default=paths.model_repository("cpu"))
    p.add_argument("--threads", type=int, default=1)
    a = p.parse_args(argv)
    tok = Tokenizer(a.repository / "medcode" / "1" / "tokenizer.json")
    session = make_session(a.repository / "encoder" / "1" / "model.onnx", a.threads)
    texts = load_texts(splits=("dev",), limit=a.notes, seed=5)
    segs = [[s.text(t) for s in split_sentences(t)] for t in texts]
    real = padded = 0
    for s in segs:
        _, mask = tok(s)
        real, padded = real + int(mask.sum()), padded + mask.size
    out: dict[str, object] = {
        "notes": len(segs),
        "segments": sum(map(len, segs)),
        "real_tokens": real,
        "padded_tokens": padded,
        "padding_factor": round(padded / real, 3),
    }

    def run(batch: int | None, notes_per_batch: int = 1) -> float:
        """Notes/s; `notes_per_batch` > 1 merges that many notes' segments first (what the
        served encoder receives from concurrent callers)."""
        groups = [sum(segs[i : i + notes_per_batch], []) for i in range(0, a.timed_notes, notes_per_batch)]

        def one(s):
            order = sorted(range(len(s)), key=lambda i: len(s[i])) if batch else list(range(len(s)))
            size = batch or len(s)
            for i in range(0, len(order), size):
                ids, mask = tok([s[j] for j in order[i : i + size]])
                session.run(["sentence_embedding"], {"input_ids": ids, "attention_mask": mask})

        one(groups[0])
        t0 = time.process_time()  # CPU time: a shared host disturbs it less than wall time
        for s in groups:
            one(s)
        return round(a.timed_notes / (time.process_time() - t0), 2)

    for rep in range(2):  # twice: the machine may be shared, look at both
        out[f"notes_per_cpu_s_round{rep + 1}"] = {
            "one batch per note": run(None),
            **{f"sorted, batches of {b}": run(b) for b in (4, 8)},
            **{f"4 notes merged, sorted, batches of {b}": run(b, 4) for b in (2, 4, 8, 16, 32)},
        }
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
