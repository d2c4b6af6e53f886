"""Word normalisation shared by dictionary terms and notes, so both sides match the same way.

Why a light suffix stripper and not a library stemmer: it has no dependency, is fast, and
only folds the inflections that separate a note's wording from a code title's
("fractures" ~ "fracture", "infections" ~ "infection").
"""

from __future__ import annotations

import functools
import re

_WORD = re.compile(r"[a-z0-9]+")

STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "without",
        "and",
        "or",
        "not",
        "no",
        "nor",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "into",
        "due",
        "other",
        "others",
        "unspecified",
        "specified",
        "nos",
        "nec",
        "than",
        "then",
        "also",
        "any",
        "all",
        "both",
        "each",
        "either",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "when",
        "where",
        "while",
        "than",
        "via",
        "per",
        "s",
        "type",
        "site",
        "part",
        "use",
        "using",
        "used",
    ]
) - {"type"}


@functools.lru_cache(maxsize=1 << 16)  # a note repeats its words; ~4 ms a note without it
def stem(word: str) -> str:
    """Fold plural/inflectional suffixes (conservative: a few rules, no dictionary)."""
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith(("us", "is", "ss", "os")):
        return word
    if word.endswith("es") and word[-3:-2] in ("x", "s", "z") or word.endswith(("ches", "shes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def tokens(text: str) -> list[str]:
    """Lower-case, stemmed word tokens (stop words kept: callers decide)."""
    return [stem(w) for w in _WORD.findall(text.lower())]


def token_spans(text: str) -> list[tuple[str, int, int]]:
    """(stemmed token, start, end) for each word in *text* (offsets into *text*)."""
    return [(stem(m.group()), m.start(), m.end()) for m in _WORD.finditer(text.lower())]


def content_tokens(text: str) -> list[str]:
    """Stemmed tokens without stop words, in order, de-duplicated."""
    seen: dict[str, None] = {}
    for t in tokens(text):
        if t not in STOP_WORDS:
            seen.setdefault(t, None)
    return list(seen)
