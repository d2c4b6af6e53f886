"""Split a note into sentence-like segments with character offsets.

Why: the encoder truncates at 128 word pieces, and evidence must point at a place in the note.
Segments break at line ends and sentence punctuation; over-long segments are cut at `;`/`,`
or, failing that, at a word boundary, so no text is silently dropped from coding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_CHARS = 400

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\[(\"'])|\n+")
# A full stop after these is not a sentence end ("Dr. Smith", "approx. 5 cm").
_ABBREVIATIONS = {"dr", "mr", "mrs", "ms", "st", "vs", "approx", "fig", "no", "e.g", "i.e", "prof", "sr", "jr"}


def _is_abbreviation(note: str, pos: int) -> bool:
    if pos == 0 or note[pos - 1] != ".":
        return False
    word = note[max(0, pos - 8) : pos - 1].split()[-1:] or [""]
    return word[0].lower() in _ABBREVIATIONS


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int

    def text(self, note: str) -> str:
        return note[self.start : self.end]


def _strip(note: str, start: int, end: int) -> tuple[int, int]:
    while start < end and note[start].isspace():
        start += 1
    while end > start and note[end - 1].isspace():
        end -= 1
    return start, end


def _cut_long(note: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    pieces = []
    while end - start > max_chars:
        window = note[start : start + max_chars]
        cut = max(window.rfind("; "), window.rfind(", "))
        if cut < max_chars // 3:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = max_chars - 1
        pieces.append((start, start + cut + 1))
        start += cut + 1
    pieces.append((start, end))
    return pieces


def split_sentences(note: str, max_chars: int = MAX_CHARS) -> list[Sentence]:
    """Non-empty segments covering every non-space character of `note`, in order."""
    out: list[Sentence] = []
    pos = 0
    bounds = [
        m.start()
        for m in _SENTENCE_END.finditer(note)
        if note[m.start()] == "\n" or not _is_abbreviation(note, m.start())
    ] + [len(note)]
    for b in bounds:
        s, e = _strip(note, pos, b)
        pos = b
        if s >= e:
            continue
        for ps, pe in _cut_long(note, s, e, max_chars):
            ps, pe = _strip(note, ps, pe)
            if ps < pe:
                out.append(Sentence(ps, pe))
    return out
