"""Sentence encoder over an exported ONNX file, run by ONNX Runtime.

The same file is served by the Triton model `encoder`; this class is what training, evaluation
and the encoder's Triton adapter use to tokenize and run it.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

EMBEDDING_DIM = 384
MAX_LENGTH = 128
# How the CPU profile runs a note's sentences: the `medcode` model sends them to `encoder` in
# chunks of NOTE_CHUNK rows (the encoder's max_batch_size), and the encoder's adapter runs each
# request in length-sorted sub-batches of SUB_BATCH rows (medcode.export.configs uses both).
# Training and in-process evaluation run a note the same way, so they see the served embeddings.
NOTE_CHUNK = 64
SUB_BATCH = 4


class Tokenizer:
    """Fast WordPiece tokenizer (tokenizers) producing INT32 ids and masks, padded per batch."""

    def __init__(self, tokenizer_json: Path, max_length: int = MAX_LENGTH, pad_multiple: int = 0):
        from tokenizers import Tokenizer as HfTokenizer

        self._tok = HfTokenizer.from_file(str(tokenizer_json))
        self._tok.enable_truncation(max_length=max_length)
        self._tok.no_padding()
        self.pad_multiple = pad_multiple  # > 0: widths rounded up, so equal-width requests batch

    def __call__(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        encs = self._tok.encode_batch(list(texts))
        width = max((len(e.ids) for e in encs), default=1)
        if self.pad_multiple:
            width = -(-width // self.pad_multiple) * self.pad_multiple
        ids = np.zeros((len(encs), width), dtype=np.int32)
        mask = np.zeros((len(encs), width), dtype=np.int32)
        for i, e in enumerate(encs):
            ids[i, : len(e.ids)] = e.ids
            mask[i, : len(e.ids)] = 1
        return ids, mask


def make_session(model: Path | bytes, threads: int | None = None):
    """An ORT CPU session that does not spin (it shares 2 cores with Triton and the pipeline);
    `model` is a file or the serialized model."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads or int(os.environ.get("MEDCODE_ORT_THREADS", "0"))
    opts.inter_op_num_threads = 1
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    src = model if isinstance(model, bytes) else str(model)
    return ort.InferenceSession(src, sess_options=opts, providers=["CPUExecutionProvider"])


def run_sorted(session, ids: np.ndarray, mask: np.ndarray, sub_batch: int) -> np.ndarray:
    """Embeddings of the rows of (ids, mask), run in length-sorted sub-batches of `sub_batch`
    rows, each cut to its own longest row: on a CPU padding is paid in full (measured: half of
    the work, docs/performance.md). Rows come back in their input order."""
    lengths = mask.sum(axis=1)
    order = np.argsort(lengths, kind="stable")
    emb = np.empty((ids.shape[0], EMBEDDING_DIM), dtype=np.float32)
    for i in range(0, len(order), sub_batch):
        rows = order[i : i + sub_batch]
        w = max(int(lengths[rows].max()), 1)
        emb[rows] = session.run(["sentence_embedding"], {"input_ids": ids[rows, :w], "attention_mask": mask[rows, :w]})[
            0
        ]
    return emb


class OnnxEncoder:
    """`encode(texts) -> (n, 384)` L2-normalised embeddings, batched by length to limit padding."""

    def __init__(self, model_dir: Path | str, batch_size: int = 64, threads: int | None = None):
        model_dir = Path(model_dir)
        self.tokenizer = Tokenizer(model_dir / "tokenizer.json")
        self.session = make_session(model_dir / "model.onnx", threads)
        self.batch_size = batch_size

    def run_ids(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        return self.session.run(["sentence_embedding"], {"input_ids": ids, "attention_mask": mask})[0]

    def encode_note(self, texts: list[str], chunk: int = NOTE_CHUNK, sub_batch: int = SUB_BATCH) -> np.ndarray:
        """Embeddings of one note's segments, run exactly as the served CPU profile runs them (in
        chunks of `chunk`, each in length-sorted sub-batches of `sub_batch`).

        Why not `encode`: the int8 graph quantizes its activations with one scale per batch
        (DynamicQuantizeLinear), so a sentence's embedding moves with the other rows it is run
        beside (up to 0.013 in one coordinate, cosine 0.998, measured). Run on its own rows
        alone, a note's embeddings depend on that note only: the same in training, in-process
        evaluation and serving, whatever else is being coded, and whatever an embedding cache
        held before."""
        out = [np.zeros((0, EMBEDDING_DIM), dtype=np.float32)]
        for i in range(0, len(texts), chunk):
            ids, mask = self.tokenizer(texts[i : i + chunk])
            out.append(run_sorted(self.session, ids, mask, sub_batch))
        return np.concatenate(out)

    def encode(self, texts: list[str]) -> np.ndarray:
        """Embeddings of `texts` in length-sorted batches of `batch_size` (fast; an int8 row's
        embedding depends on its batch: see `encode_note` for what must be reproducible)."""
        if not texts:
            return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
        order = np.argsort([len(t) for t in texts])
        out = np.zeros((len(texts), EMBEDDING_DIM), dtype=np.float32)
        for i in range(0, len(texts), self.batch_size):
            idx = order[i : i + self.batch_size]
            ids, mask = self.tokenizer([texts[j] for j in idx])
            out[idx] = self.run_ids(ids, mask)
        return out
