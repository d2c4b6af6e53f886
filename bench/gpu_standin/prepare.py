"""Precompute, on the CPU machine, what the GPU machine cannot make itself (it has no medcode
dependencies and no tokenizer of ours): tokenized benchmark records and reference embeddings.

- records.npz: one record = one CodiEsp train note split with `medcode.text.segment
  .split_sentences` and tokenized with the exported tokenizer (flat token ids + lengths).
- reference.npz: `n` tokenized sentences with their fp32 ONNX Runtime embeddings, for the
  parity check of the GPU model over Triton.
No note text is written, only token ids.

    medcode bench gpu_standin.prepare --model-dir build/encoder/fp32 --out .gpu/runtime
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from medcode import paths

DEFAULT_DATA = paths.codiesp_dir()


def tokenize_notes(notes: list[str], tokenizer) -> dict[str, np.ndarray]:
    """Flat layout: `tokens` (all ids), `seg_len` (per segment), `rec_nseg` (per record)."""
    from medcode.text.segment import split_sentences

    tokens, seg_len, rec_nseg = [], [], []
    for note in notes:
        segs = [s.text(note) for s in split_sentences(note)] or [" "]
        ids, mask = tokenizer(segs)
        lens = mask.sum(1)
        for row, n in zip(ids, lens):
            tokens.append(row[:n])
            seg_len.append(n)
        rec_nseg.append(len(segs))
    return {
        "tokens": np.concatenate(tokens).astype(np.int32),
        "seg_len": np.asarray(seg_len, np.int32),
        "rec_nseg": np.asarray(rec_nseg, np.int32),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model-dir", type=Path, default=Path("build/encoder/fp32"))
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--split", default="train")
    ap.add_argument("--records", type=int, default=500)
    ap.add_argument("--reference", type=int, default=64)
    ap.add_argument("--out", type=Path, default=Path(".gpu/runtime"))
    a = ap.parse_args(argv)
    from medcode.coding.encoder import OnnxEncoder, Tokenizer

    text_dir = a.data / a.split / "text_files_en"
    paths = sorted(text_dir.glob("*.txt"))[: a.records]
    if not paths:
        raise SystemExit(f"no notes in {text_dir}")
    notes = [p.read_text(encoding="utf-8") for p in paths]
    tok = Tokenizer(a.model_dir / "tokenizer.json")
    rec = tokenize_notes(notes, tok)
    a.out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(a.out / "records.npz", **rec)
    # Reference: the first sentences of the records, embedded by ONNX Runtime fp32.
    enc = OnnxEncoder(a.model_dir)
    n = min(a.reference, len(rec["seg_len"]))
    lens = rec["seg_len"][:n]
    ids = np.zeros((n, int(lens.max())), np.int32)
    off = 0
    for i, L in enumerate(lens):
        ids[i, :L] = rec["tokens"][off : off + L]
        off += L
    mask = (np.arange(ids.shape[1])[None] < lens[:, None]).astype(np.int32)
    emb = enc.run_ids(ids, mask)
    np.savez_compressed(a.out / "reference.npz", input_ids=ids, attention_mask=mask, embedding=emb)
    print(
        f"records: {len(rec['rec_nseg'])} notes, {len(rec['seg_len'])} segments, "
        f"{len(rec['tokens'])} tokens, max segments/note {rec['rec_nseg'].max()}, "
        f"max tokens/segment {rec['seg_len'].max()}; reference: {n} sentences"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
