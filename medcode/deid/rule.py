"""One de-identification rule = one `Rule` object: its pattern, what it finds, how it is gated.

Everything the recognizers need to know about a rule lives on the rule (its PHI type, the
capture group that is redacted, its strength, whether its span must hold a proper token, the
keyword or anchor gate that decides where it runs, a second span it reports, and examples it
must find). The registry in `medcode.deid.rules` lists every rule; `recognizers.py` builds the
Presidio recognizers from it. Adding a rule means adding one object there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

TypeSpec = str | Callable[[re.Match], str]
ProperKind = Literal["name", "place", "facility", "trade", "street", "initials", "last_first", "leading_name"]

WEAK_SCORE = 0.8  # score of a rule whose context is not conclusive
STRONG_SCORE = 1.0  # a title, a label or an unambiguous shape: the keep list never undoes it

PATTERN_RECOGNIZER = "ClinicalPatternRecognizer"
NAME_RECOGNIZER = "ContextNameRecognizer"


@dataclass(frozen=True)
class Keywords:
    """Run the rule only in windows [word - before, word + after] around these words.

    Words are matched lower-cased; with `cased`, only occurrences starting with a capital count.
    """

    words: frozenset[str]
    before: int
    after: int
    cased: bool = False


def keywords(words: str | frozenset[str], after: int, before: int = 2, cased: bool = False) -> Keywords:
    """`Keywords` from a space-separated word list (the usual way to write one)."""
    ws = words if isinstance(words, frozenset) else frozenset(words.split())
    return Keywords(ws, before, after, cased)


@dataclass(frozen=True)
class Anchor:
    """Run the rule only in windows [hit - before, hit + after] around matches of a cheap regex."""

    pattern: str
    before: int
    after: int
    flags: int = 0
    regex: re.Pattern = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", re.compile(self.pattern, self.flags))


@dataclass(frozen=True)
class Also:
    """A second span the same match reports (the ZIP of "City, ST 12345")."""

    group: int
    phi_type: str
    rule: str  # the rule name reported in the result metadata
    strong: bool = False
    proper: ProperKind | None = None  # the span must hold a proper token, judged this way


@dataclass(frozen=True)
class Rule:
    """A regex rule for one kind of PHI; only `group` of each match is redacted.

    name: unique, reported in each result's metadata ("rule").
    phi_type: a PHI type, or a function of the match (phone vs fax from the label before it).
    pattern, flags: the regex (long ones in re.VERBOSE with comments).
    strong: score 1.0 and immune to the keep list; otherwise WEAK_SCORE.
    proper: the span must hold a token that is not a common or clinical word, judged as a
        person name ("name"), a place ("place") or a facility name ("facility"); or ("trade")
        begin with such a token, as a business name before its trade noun does; or ("street")
        hold one besides its direction and suffix words, as a street named without its number does;
        or ("leading_name") begin with a word that can only be a name, as a name in any case must
        where the context alone cannot end it; or ("last_first") be "LAST, First" with both halves so.
    gate: a `Keywords` or `Anchor` gate (the rule then only runs in windows around its hits).
    recognizer: which Presidio recognizer runs the rule.
    also: further spans the same match reports.
    examples: (text, value) pairs: the rule, run as the recognizer runs it, must report `value`.
    """

    name: str
    phi_type: TypeSpec
    pattern: str
    flags: int = 0
    group: int = 0
    strong: bool = False
    proper: ProperKind | None = None
    gate: Keywords | Anchor | None = None
    recognizer: str = PATTERN_RECOGNIZER
    also: tuple[Also, ...] = ()
    examples: tuple[tuple[str, str], ...] = ()
    regex: re.Pattern = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", re.compile(self.pattern, self.flags))
        if self.group > self.regex.groups:
            raise ValueError(f"rule {self.name}: no capture group {self.group}")

    @property
    def score(self) -> float:
        return STRONG_SCORE if self.strong else WEAK_SCORE

    @property
    def keywords(self) -> Keywords | None:
        return self.gate if isinstance(self.gate, Keywords) else None

    @property
    def anchor(self) -> Anchor | None:
        return self.gate if isinstance(self.gate, Anchor) else None

    def type_of(self, m: re.Match) -> str:
        return self.phi_type(m) if callable(self.phi_type) else self.phi_type
