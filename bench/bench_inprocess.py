"""In-process side of the benchmark, on the same machine and the same notes:

- the encoder-only ceiling: ONNX Runtime running the served encoder file on exactly the
  segments the served pipeline embeds (the de-identified notes, split by the same segmenter),
  one batch per note (the shapes the `medcode` model sends), tokenization included;
- the plain baseline a user would otherwise write: de-identify, segment, embed with
  sentence-transformers on PyTorch, rank with the same coder, one note at a time, no Triton;
- the same in-process pipeline with the ONNX Runtime encoder (to split the gain between
  "ONNX int8" and "serving/batching").
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from medcode.loadtest.analysis import percentile

ENCODER_CHUNK = 64  # as the `medcode` model sends them


def _rate(n: int, latencies: list[float], wall: float, cpu_s: float) -> dict:
    """Wall-clock rate plus CPU seconds per record (this process, all threads): the CPU figure
    is what other jobs on a shared machine disturb least."""
    return {
        "records": n,
        "wall_s": round(wall, 3),
        "records_per_s": round(n / wall, 3),
        "p50_s": round(percentile(latencies, 50) or 0.0, 4),
        "p95_s": round(percentile(latencies, 95) or 0.0, 4),
        "cpu_s_per_record": round(cpu_s / n, 4),
    }


def encoder_ceiling(repo: Path, segments_per_note: list[list[str]], threads: int = 2) -> dict:
    """Records/s if the whole pipeline cost only the encoder (same file, same segments)."""
    from medcode.coding.encoder import Tokenizer, make_session

    tok = Tokenizer(repo / "medcode" / "1" / "tokenizer.json")
    session = make_session(repo / "encoder" / "1" / "model.onnx", threads)
    lat = []
    n_seg = 0
    for segs in segments_per_note[:2]:  # warm-up
        ids, mask = tok(segs[:ENCODER_CHUNK])
        session.run(["sentence_embedding"], {"input_ids": ids, "attention_mask": mask})
    t0, c0 = time.perf_counter(), time.process_time()
    for segs in segments_per_note:
        t1 = time.perf_counter()
        for i in range(0, len(segs), ENCODER_CHUNK):
            ids, mask = tok(segs[i : i + ENCODER_CHUNK])
            session.run(["sentence_embedding"], {"input_ids": ids, "attention_mask": mask})
        n_seg += len(segs)
        lat.append(time.perf_counter() - t1)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {
        **_rate(len(segments_per_note), lat, wall, cpu),
        "segments": n_seg,
        "segments_per_s": round(n_seg / wall, 1),
        "threads": threads,
    }


def _pipeline_run(repo: Path, notes: list[str], embed: Callable[[list[str]], np.ndarray]) -> dict:
    """Code notes one at a time in-process: deid -> segment -> embed -> rank -> checks."""
    from medcode.deid import Deidentifier
    from medcode.pipeline import CodingOptions
    from medcode.server.pipeline_loader import load_pipeline

    deid = Deidentifier()
    pipe = load_pipeline(repo / "medcode" / "1")

    def one(note: str) -> dict:
        res = deid.deidentify(note)
        p = pipe.prepare(note, res.text, res.to_records(), CodingOptions())
        return pipe.code_batch([p], embed)[0]

    for note in notes[:2]:  # warm-up (lazy loading, first-call allocations)
        one(note)
    lat = []
    t0, c0 = time.perf_counter(), time.process_time()
    for note in notes:
        t1 = time.perf_counter()
        one(note)
        lat.append(time.perf_counter() - t1)
    return _rate(len(notes), lat, time.perf_counter() - t0, time.process_time() - c0)


def hf_baseline(repo: Path, notes: list[str], model_dir: Path, threads: int = 2) -> dict:
    """sentence-transformers on PyTorch (the packaged weights, offline), one note at a time."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(threads)
    model = SentenceTransformer(str(model_dir), device="cpu")
    model.max_seq_length = 128  # the served encoder's truncation

    def embed(texts: list[str]) -> np.ndarray:
        return model.encode(
            texts, batch_size=ENCODER_CHUNK, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        ).astype(np.float32)

    with torch.inference_mode():
        return {
            **_pipeline_run(repo, notes, embed),
            "encoder": f"sentence-transformers on PyTorch {torch.__version__}",
            "threads": threads,
        }


class _ServedOnnxEncoder:
    """OnnxEncoder over the repository's files (encoder and tokenizer sit in two model folders)."""

    def __init__(self, repo: Path, threads: int):
        from medcode.coding.encoder import OnnxEncoder, Tokenizer, make_session

        self._enc = OnnxEncoder.__new__(OnnxEncoder)
        self._enc.tokenizer = Tokenizer(repo / "medcode" / "1" / "tokenizer.json")
        self._enc.session = make_session(repo / "encoder" / "1" / "model.onnx", threads)
        self._enc.batch_size = ENCODER_CHUNK

    def __call__(self, texts: list[str]) -> np.ndarray:
        return self._enc.encode(texts)


def onnx_inprocess(repo: Path, notes: list[str], threads: int = 2) -> dict:
    """The same in-process loop with the served ONNX file (one note at a time, no Triton)."""
    return {
        **_pipeline_run(repo, notes, _ServedOnnxEncoder(repo, threads)),
        "encoder": "ONNX Runtime (served file)",
        "threads": threads,
    }
