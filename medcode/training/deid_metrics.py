"""De-identification metrics: character- and span-level recall, precision, keep-term redaction.

A gold span is caught when >= 90% of its characters are covered by predicted spans of any
type (the usual "binary" de-id view: a typed miss-label still hides the PHI). A predicted span
is a true positive for span precision when it overlaps some gold span.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

Span = tuple[int, int, str]
COVER = 0.9


def _mask(spans: Iterable[Sequence], n: int) -> bytearray:
    m = bytearray(n)
    for s in spans:
        a, b = max(0, int(s[0])), min(n, int(s[1]))
        if b > a:
            m[a:b] = b"\x01" * (b - a)
    return m


def coverage(span: Sequence, mask: bytearray) -> float:
    a, b = int(span[0]), int(span[1])
    if b <= a:
        return 1.0
    return sum(mask[a:b]) / (b - a)


def keep_occurrences(text: str, terms: Iterable[str]) -> list[tuple[int, int, str]]:
    """Every word-bounded occurrence of each keep term in `text`."""
    out = []
    for t in set(terms):
        if not t:
            continue
        for m in re.finditer(rf"(?<![\w/]){re.escape(t)}(?![\w/])", text):
            out.append((m.start(), m.end(), t))
    return out


@dataclass
class DeidCounts:
    gold_chars: int = 0
    gold_chars_hit: int = 0
    pred_chars: int = 0
    pred_chars_hit: int = 0
    gold_spans: int = 0
    gold_spans_hit: int = 0
    pred_spans: int = 0
    pred_spans_hit: int = 0
    keep_total: int = 0
    keep_redacted: int = 0
    per_type: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0]))  # type -> [hit, total]
    missed: list = field(default_factory=list)  # (doc_id, start, end, type) of missed gold spans
    keep_per_kind: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0]))  # kind -> [redacted, total]

    def add(
        self,
        doc_id: str,
        text: str,
        gold: Sequence[Span],
        pred: Sequence[Span],
        keep: Sequence[str] = (),
        keep_kinds: dict[str, str] | None = None,
    ) -> None:
        """keep_kinds: term -> kind of non-PHI (code, insurer, ...), for over-redaction per kind."""
        n = len(text)
        gm, pm = _mask(gold, n), _mask(pred, n)
        both = sum(1 for i in range(n) if gm[i] and pm[i]) if n < 2_000_000 else 0
        self.gold_chars += sum(gm)
        self.pred_chars += sum(pm)
        self.gold_chars_hit += both
        self.pred_chars_hit += both
        for s in gold:
            hit = coverage(s, pm) >= COVER
            self.gold_spans += 1
            self.gold_spans_hit += hit
            pt = self.per_type[s[2]]
            pt[0] += hit
            pt[1] += 1
            if not hit:
                self.missed.append((doc_id, int(s[0]), int(s[1]), s[2]))
        for s in pred:
            self.pred_spans += 1
            self.pred_spans_hit += coverage(s, gm) > 0
        for a, b, term in keep_occurrences(text, keep):
            if any(gm[a:b]):
                continue  # the term sits inside gold PHI: not a keep occurrence
            self.keep_total += 1
            red = any(pm[a:b])
            self.keep_redacted += red
            if keep_kinds and term in keep_kinds:
                kk = self.keep_per_kind[keep_kinds[term]]
                kk[0] += red
                kk[1] += 1

    def summary(self) -> dict:
        div = lambda a, b: (a / b) if b else None
        return {
            "char_recall": div(self.gold_chars_hit, self.gold_chars),
            "char_precision": div(self.pred_chars_hit, self.pred_chars),
            "span_recall": div(self.gold_spans_hit, self.gold_spans),
            "span_precision": div(self.pred_spans_hit, self.pred_spans),
            "gold_spans": self.gold_spans,
            "pred_spans": self.pred_spans,
            "keep_redacted_share": div(self.keep_redacted, self.keep_total),
            "keep_terms": self.keep_total,
            "per_type_recall": {t: {"recall": div(h, n), "n": n} for t, (h, n) in sorted(self.per_type.items())},
            "keep_redacted_per_kind": {
                k: {"redacted": div(r, n), "n": n} for k, (r, n) in sorted(self.keep_per_kind.items())
            },
        }
