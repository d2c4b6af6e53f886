"""The learned PHI recognizer: an int8 ONNX token classifier run with ONNX Runtime.

The model (`medcode/deid/ner_model/`: `model.onnx`, `tokenizer.json`, `ner.json`) ships in the
package, made by `medcode train deid` (see `medcode/training/train_deid_ner.py` and ner.json for the
seed, command and parity figures), so nothing is downloaded or trained at run time. It finds PHI
that has no pattern or context for the rules to catch (names with no title, lower-case names,
organisations without "Hospital", cities in prose). Its vocabulary is uncased: it never sees
capitalisation, so a note in capitals reads the same as one in lower case.

A note is read in overlapping windows of the tokenizer's tokens; each token takes its label from
the window in which it sits farthest from an edge, and labels become character spans through the
tokenizer's offsets. The model's cost grows with the note (about 0.15 ms of one core per token),
so `read` takes a token budget: a note longer than it is read up to the budget and the caller
decides what to do with the rest (the engine masks it conservatively, see
`medcode.deid.engine.Deidentifier.detect`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MODEL_DIR = Path(__file__).parent / "ner_model"
WINDOW = 126  # content tokens per window (+ [CLS] and [SEP] = the model's 128)
STRIDE = 96  # window start step: 30 tokens of overlap, so every token has context on both sides
BATCH = 16  # windows per ONNX Runtime call
MAX_TOKENS = 4096  # default budget per note: ~1 s of one core, ~16-19 KB of prose (a long discharge summary)


@dataclass(frozen=True)
class NerHit:
    """A model span: [start, end) offsets, a medcode PHI type and the model's confidence (< 1.0:
    a weak hit, which the keep list may overrule, never a strong one)."""

    start: int
    end: int
    entity_type: str
    score: float


@dataclass(frozen=True)
class NerReading:
    """What the model found, and how far it read: `read_to` is the character offset where the
    first unread token starts (`len(text)` when the whole note was read)."""

    hits: list[NerHit]
    read_to: int


class PhiNer:
    """Load once; `find(text)` returns the PHI spans the model labels in `text`."""

    def __init__(self, model_dir: Path = MODEL_DIR, threads: int = 1, min_score: float = 0.5):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        meta = json.loads((model_dir / "ner.json").read_text(encoding="utf-8"))
        self.labels: list[str] = meta["labels"]
        self.min_score = min_score
        self.tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tok.no_truncation()
        self.tok.no_padding()
        self.cls = self.tok.token_to_id("[CLS]")
        self.sep = self.tok.token_to_id("[SEP]")
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        self.sess = ort.InferenceSession(str(model_dir / "model.onnx"), opts, providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.sess.get_inputs()}
        # whole words of the vocabulary (no "##" pieces): the words the model was built to read
        self.words = frozenset(w for w in self.tok.get_vocab() if w.isalpha())

    def _windows(self, n: int) -> list[tuple[int, int]]:
        if n <= WINDOW:
            return [(0, n)]
        starts = list(range(0, n - WINDOW, STRIDE)) + [n - WINDOW]
        return [(s, s + WINDOW) for s in starts]

    def token_probs(self, ids: list[int]) -> np.ndarray:
        """Label probabilities for each content token, over sliding windows."""
        n = len(ids)
        wins = self._windows(n)
        probs = np.zeros((n, len(self.labels)), dtype=np.float32)
        best_margin = np.full(n, -1, dtype=np.int64)
        for b in range(0, len(wins), BATCH):
            chunk = wins[b : b + BATCH]
            width = max(e - s for s, e in chunk) + 2
            input_ids = np.zeros((len(chunk), width), dtype=np.int64)
            mask = np.zeros_like(input_ids)
            for k, (s, e) in enumerate(chunk):
                row = [self.cls, *ids[s:e], self.sep]
                input_ids[k, : len(row)] = row
                mask[k, : len(row)] = 1
            logits = self.sess.run(None, onnx_feed(input_ids, mask, self.inputs))[0]
            z = np.exp(logits - logits.max(-1, keepdims=True))
            p = z / z.sum(-1, keepdims=True)
            for k, (s, e) in enumerate(chunk):
                pos = np.arange(s, e)
                margin = np.minimum(pos - s, e - 1 - pos)  # distance from the window's edges
                better = margin > best_margin[s:e]
                probs[pos[better]] = p[k, 1 : 1 + e - s][better]
                best_margin[pos[better]] = margin[better]
        return probs

    def find(self, text: str) -> list[NerHit]:
        """Every PHI span the model labels in `text`, however long (no budget)."""
        return self.read(text).hits

    def read(self, text: str, max_tokens: int | None = None) -> NerReading:
        """PHI spans in `text`, reading at most `max_tokens` tokens (None: all of them)."""
        if not text.strip():
            return NerReading([], len(text))
        enc = self.tok.encode(text, add_special_tokens=False)
        if not enc.ids:
            return NerReading([], len(text))
        ids, offsets = enc.ids, enc.offsets
        read_to = len(text)
        if max_tokens is not None and len(ids) > max_tokens:
            read_to = offsets[max_tokens][0]
            ids, offsets = ids[:max_tokens], offsets[:max_tokens]
        probs = self.token_probs(ids)
        hits: list[NerHit] = []
        cur: list | None = None  # [start, end, type, scores]
        for i, (s, e) in enumerate(offsets):
            lab = int(probs[i].argmax())
            name = self.labels[lab]
            score = float(1.0 - probs[i, 0])
            if name == "O" or score < self.min_score:
                if cur is not None:
                    hits.append(self._close(cur))
                    cur = None
                continue
            bio, typ = name.split("-", 1)
            glued = cur is not None and s == cur[1]  # a word piece of the word already open
            if cur is not None and cur[2] == typ and (bio == "I" or glued):
                cur[1] = e
                cur[3].append(score)
                continue
            if cur is not None:
                hits.append(self._close(cur))
            cur = [s, e, typ, [score]]
        if cur is not None:
            hits.append(self._close(cur))
        return NerReading([_widen(text, h) for h in hits], read_to)

    @staticmethod
    def _close(cur: list) -> NerHit:
        return NerHit(cur[0], cur[1], cur[2], min(0.99, float(np.mean(cur[3]))))


def onnx_feed(input_ids: np.ndarray, mask: np.ndarray, input_names: set[str]) -> dict[str, np.ndarray]:
    """The token classifier's inputs for a padded batch: ids, attention mask, and all-zero segment
    ids where the exported graph takes them (BERT exports do, others may not)."""
    feed = {"input_ids": input_ids, "attention_mask": mask}
    if "token_type_ids" in input_names:
        feed["token_type_ids"] = np.zeros_like(input_ids)
    return feed


def _widen(text: str, h: NerHit) -> NerHit:
    """Extend a hit to whole words (the model may label only some pieces of a word)."""
    s, e = h.start, h.end
    while s > 0 and text[s - 1].isalnum():
        s -= 1
    while e < len(text) and text[e].isalnum():
        e += 1
    return NerHit(s, e, h.entity_type, h.score)
