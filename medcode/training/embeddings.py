"""On-disk cache of sentence embeddings, so repeated training/evaluation runs encode each note once.

Keyed by the encoder file's size+mtime and each note's SHA-1, so a changed note or encoder is
re-encoded; stores vectors only (no note text).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import numpy as np

from medcode import paths
from medcode.coding.encoder import EMBEDDING_DIM
from medcode.text.segment import Sentence, split_sentences

# Bumped when how a note is run changes its embeddings (2: each note alone, as served), so a
# cache of embeddings run the old way is not read.
_RUN_WAY = 2


def _encoder_tag(model_dir: Path) -> str:
    st = (model_dir / "model.onnx").stat()
    key = f"{model_dir.resolve()}:{st.st_size}:{int(st.st_mtime)}:{_RUN_WAY}"
    return hashlib.sha1(key.encode()).hexdigest()[:12]


def _note_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def embed_notes(
    texts: list[str], model_dir: Path | str | None = None, cache_dir: Path | str | None = None
) -> list[tuple[list[Sentence], np.ndarray]]:
    """(sentences, embeddings) per note, from cache where present, encoding the rest in one batch."""
    model_dir = Path(model_dir or paths.encoder_dir("int8"))
    cache_dir = Path(cache_dir or paths.embedding_cache_dir())
    tag = _encoder_tag(model_dir)
    cache_file = cache_dir / f"{tag}.npz"
    cache: dict[str, np.ndarray] = {}
    if cache_file.exists():
        with np.load(cache_file) as z:
            cache = {k: z[k] for k in z.files}
    sents = [split_sentences(t) for t in texts]
    keys = [_note_key(t) for t in texts]
    missing = [i for i, k in enumerate(keys) if k not in cache]
    if missing:
        from medcode.coding.encoder import OnnxEncoder

        enc = OnnxEncoder(model_dir)
        for i in missing:  # each note alone, as it is served: its embeddings depend on it only
            cache[keys[i]] = enc.encode_note([s.text(texts[i]) for s in sents[i]]).astype(np.float16)
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = cache_file.with_name(f"{cache_file.stem}.{os.getpid()}.tmp.npz")
        np.savez(tmp, **cache)
        tmp.replace(cache_file)
    return [(s, cache[k].astype(np.float32)) for s, k in zip(sents, keys)]


def embed_short(
    texts: list[str], model_dir: Path | str | None = None, cache_dir: Path | str | None = None
) -> np.ndarray:
    """Embeddings of short strings (code titles), cached like notes (one vector per string)."""
    if not texts:
        return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
    model_dir = Path(model_dir or paths.encoder_dir("int8"))
    cache_dir = Path(cache_dir or paths.embedding_cache_dir())
    tag = _encoder_tag(model_dir)
    cache_file = cache_dir / f"{tag}-short.npz"
    cache: dict[str, np.ndarray] = {}
    if cache_file.exists():
        with np.load(cache_file) as z:
            cache = {k: z[k] for k in z.files}
    keys = [_note_key("short:" + t) for t in texts]
    missing = sorted({i for i, k in enumerate(keys) if k not in cache})
    if missing:
        from medcode.coding.encoder import OnnxEncoder

        enc = OnnxEncoder(model_dir)
        for i in missing:  # each string alone: what the cache held before cannot move it
            cache[keys[i]] = enc.encode_note([texts[i]])[0].astype(np.float16)
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = cache_file.with_name(f"{cache_file.stem}.{os.getpid()}.tmp.npz")
        np.savez(tmp, **cache)
        tmp.replace(cache_file)
    return np.stack([cache[k].astype(np.float32) for k in keys])
