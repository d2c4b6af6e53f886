"""CodiEsp ranking metrics: MAP (the official measure), P@k and micro P/R/F1.

MAP: per document, average precision of the ranked list against the gold set (sum of
precision at each relevant rank, divided by the number of gold codes); a document with gold
codes and no predictions scores 0; the mean runs over documents with gold codes. Duplicate
predictions count once (first occurrence).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence


def _dedupe(ranked: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for c in ranked:
        seen.setdefault(c, None)
    return list(seen)


def average_precision(ranked: Sequence[str], gold: Iterable[str]) -> float:
    gold = set(gold)
    if not gold:
        return 0.0
    hits, total = 0, 0.0
    for i, c in enumerate(_dedupe(ranked), start=1):
        if c in gold:
            hits += 1
            total += hits / i
    return total / len(gold)


def mean_average_precision(pred: Mapping[str, Sequence[str]], gold: Mapping[str, Iterable[str]]) -> float:
    docs = [d for d, g in gold.items() if set(g)]
    if not docs:
        return 0.0
    return sum(average_precision(pred.get(d, []), gold[d]) for d in docs) / len(docs)


def precision_at_k(pred: Mapping[str, Sequence[str]], gold: Mapping[str, Iterable[str]], k: int) -> float:
    """Mean over documents with gold of |top-k ∩ gold| / k."""
    docs = [d for d, g in gold.items() if set(g)]
    if not docs:
        return 0.0
    return sum(len(set(_dedupe(pred.get(d, []))[:k]) & set(gold[d])) / k for d in docs) / len(docs)


def micro_prf(pred: Mapping[str, Iterable[str]], gold: Mapping[str, Iterable[str]]) -> tuple[float, float, float]:
    """Micro precision, recall, F1 of unranked predicted sets against gold sets."""
    tp = fp = fn = 0
    for d in set(pred) | set(gold):
        p, g = set(pred.get(d, [])), set(gold.get(d, []))
        tp += len(p & g)
        fp += len(p - g)
        fn += len(g - p)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1
