"""Dictionary matching of code terms (titles, inclusion terms, index paths) in note sentences.

A term matches a sentence when all its content words (stemmed, stop words removed) occur in
that sentence, in any order: index paths such as "Diabetes type 2 with polyneuropathy" rarely
appear verbatim. Each term is looked up through its rarest word, so a note costs one dict
probe per distinct word. How much a match is worth is learned on training notes per term
(`medcode.coding.signals`), which is what keeps over-general terms from flooding the ranking.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from medcode.coding.textnorm import content_tokens, token_spans

SOURCES = ("title", "incl", "index", "neoplasm", "pcs")

# Single words that occur in most notes and say nothing about a code on their own
# ("old" from "37-year-old" is an index term).
_GENERIC_SINGLE = frozenset(
    [
        "old",
        "year",
        "age",
        "day",
        "month",
        "week",
        "time",
        "left",
        "right",
        "history",
        "patient",
        "case",
        "normal",
        "study",
        "test",
        "status",
        "state",
        "disease",
        "disorder",
        "syndrome",
        "condition",
        "finding",
        "problem",
        "complication",
        "abnormal",
        "abnormality",
        "general",
        "examination",
        "exam",
        "care",
        "treatment",
        "admission",
        "level",
        "high",
        "low",
        "acute",
        "chronic",
        "male",
        "female",
        "man",
        "woman",
        "child",
        "infant",
        "adult",
        "pain",
    ]
) - {"pain"}


class TermDictionary:
    """Terms as word sets, each with its code and source; `match` finds them in sentences."""

    def __init__(self, codes: list[str], words: list[tuple[str, ...]], sources: list[int]):
        # Term ids >= n_terms are the same terms matched across two adjacent sentences
        # ("type 2 diabetes ... \n ... diabetic peripheral neuropathy"): a separate id, so
        # their reliability is learned apart from whole-sentence matches.
        self.n_terms = len(codes)
        self.codes = list(codes) + list(codes)
        self.words = list(words) + list(words)
        self.sources = list(sources) + [s + len(SOURCES) for s in sources]
        self._sets = [frozenset(w) for w in words]
        freq = Counter(w for ws in words for w in ws)
        self._by_key: dict[str, list[int]] = {}
        for i, ws in enumerate(words):
            key = min(ws, key=lambda w: (freq[w], w))
            self._by_key.setdefault(key, []).append(i)

    @classmethod
    def build(cls, terms: Iterable[tuple[str, str, str]]) -> TermDictionary:
        """From (code, term text, source) triples; duplicate (code, words) pairs are merged."""
        seen: dict[tuple[str, tuple[str, ...]], int] = {}
        for code, text, source in terms:
            ws = tuple(sorted(content_tokens(text)))
            if not ws or (len(ws) == 1 and (ws[0] in _GENERIC_SINGLE or len(ws[0]) <= 2 or ws[0].isdigit())):
                continue
            src = SOURCES.index(source)
            k = (code, ws)
            if k not in seen or src < seen[k]:
                seen[k] = src
        items = sorted(seen.items())
        return cls([c for (c, _), _ in items], [w for (_, w), _ in items], [s for _, s in items])

    def __len__(self) -> int:
        """Number of term ids (each term twice: within one sentence, across two)."""
        return len(self.codes)

    def match(self, sentence_texts: list[str]) -> list[tuple[int, int, int, int]]:
        """(term id, sentence index, start, end) for every term whose words all occur in one
        sentence, or (term id + n_terms) in two adjacent sentences but neither alone;
        start/end delimit the term's words found in that sentence (the later one when split).
        Matches come in text order (words are visited as they occur, never in set order), so the
        result, and the features built on it, do not depend on PYTHONHASHSEED."""
        out: list[tuple[int, int, int, int]] = []
        sets = self._sets
        prev: dict[str, tuple[int, int]] = {}
        for si, text in enumerate(sentence_texts):
            first: dict[str, tuple[int, int]] = {}
            for tok, a, b in token_spans(text):
                first.setdefault(tok, (a, b))
            present = set(first)
            for w in first:
                for tid in self._by_key.get(w, ()):
                    if sets[tid] <= present:
                        spans = [first[x] for x in self.words[tid]]
                        out.append((tid, si, min(a for a, _ in spans), max(b for _, b in spans)))
            if prev:
                union = present | set(prev)
                for w in [w for w in first if w not in prev]:  # a key only in this sentence: new combinations
                    for tid in self._by_key.get(w, ()):
                        ws = sets[tid]
                        if len(ws) > 1 and ws <= union and not ws <= present:
                            spans = [first[x] for x in self.words[tid] if x in first]
                            out.append((tid + self.n_terms, si, min(a for a, _ in spans), max(b for _, b in spans)))
                for w in [w for w in prev if w not in first]:  # a key only in the previous sentence
                    for tid in self._by_key.get(w, ()):
                        ws = sets[tid]
                        if len(ws) > 1 and ws <= union and not ws <= set(prev):
                            spans = [first[x] for x in self.words[tid] if x in first]
                            if spans:
                                out.append((tid + self.n_terms, si, min(a for a, _ in spans), max(b for _, b in spans)))
            prev = first
        return out

    def to_json(self) -> dict:
        n = self.n_terms
        return {"codes": self.codes[:n], "words": [" ".join(w) for w in self.words[:n]], "sources": self.sources[:n]}

    @classmethod
    def from_json(cls, d: dict) -> TermDictionary:
        return cls(d["codes"], [tuple(w.split(" ")) for w in d["words"]], d["sources"])
