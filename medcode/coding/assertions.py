"""Assertion status of a mention: present, negated, uncertain, family or history.

A small ConText (Harkema et al., J Biomed Inform 2009) implementation, written here
instead of using medspaCy 1.3.1 (``pip install --dry-run medspacy`` would downgrade
spaCy 3.8 to 3.7.5 and add ~25 packages) and fast enough to run on every candidate: the note is tokenised once and trigger
phrases are matched leftmost-longest over the tokens by a dictionary lookup (one big
regex alternation was 100x slower); each mention is then resolved by bisection.

Rules (``RULES`` below is the complete list):
- A *forward* trigger ("no", "denies", "history of") governs text after it, a
  *backward* trigger ("was ruled out", "cannot be excluded") text before it, a
  *bidirectional* one ("suspected", "ruled out") both.
- Scope ends at the sentence end, at ";" and at a termination term ("but",
  "however", "although", "except", "which", "presents", "showed", ...), and after
  ``MAX_SCOPE_WORDS`` (forward) or ``MAX_BACKWARD_SCOPE_WORDS`` (backward) words.
- Pseudo-triggers ("no increase", "gram negative", "history of present illness",
  "not only") match first and block the shorter trigger they contain.
- Family triggers require a possessive or a family phrase ("her mother", "family
  history of", "paternal"), so "the mother presented with preeclampsia" in an
  obstetric note stays about the patient.
- A duration before "history of" ("a 2-month history of headache", "three-day history of
  fever") dates the presenting complaint, which is current: no history trigger there.
- Several statuses: negated > family > uncertain > history > present.
"""

from __future__ import annotations

import bisect
import enum
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


class MentionStatus(str, enum.Enum):
    """A mention's assertion status. A `str` enum: a member equals (and serialises as) its value,
    so the served JSON still says "negated"."""

    PRESENT = "present"
    NEGATED = "negated"
    UNCERTAIN = "uncertain"
    FAMILY = "family"
    HISTORY = "history"

    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)

    @property
    def affirmed(self) -> bool:
        """The patient has (present) or had (history) the condition."""
        return self in (MentionStatus.PRESENT, MentionStatus.HISTORY)


# Short names kept for the rule table and callers.
PRESENT = MentionStatus.PRESENT
NEGATED = MentionStatus.NEGATED
UNCERTAIN = MentionStatus.UNCERTAIN
FAMILY = MentionStatus.FAMILY
HISTORY = MentionStatus.HISTORY
STATUSES = tuple(MentionStatus)
# Several triggers govern one mention: the first status here wins (present when none).
_PRIORITY = (NEGATED, FAMILY, UNCERTAIN, HISTORY)
# Several mentions of one code: the first status here speaks for the code, so an affirmed
# mention wins over history, family, uncertain and negated ones (used by the coder).
MENTION_PREFERENCE = (PRESENT, HISTORY, FAMILY, UNCERTAIN, NEGATED)

TERMINATE = "terminate"
PSEUDO = "pseudo"
FWD, BWD, BOTH = "forward", "backward", "bidirectional"
MAX_SCOPE_WORDS = 12  # forward triggers
MAX_BACKWARD_SCOPE_WORDS = 6  # backward triggers ("X positive, Y negative" lists)

_KIN = (
    "mother",
    "father",
    "brother",
    "brothers",
    "sister",
    "sisters",
    "sibling",
    "siblings",
    "son",
    "sons",
    "daughter",
    "daughters",
    "aunt",
    "uncle",
    "grandmother",
    "grandfather",
    "grandparents",
    "cousin",
    "parents",
    "children",
    "twin",
)
_POSSESSIVES = ("her", "his", "their", "patient's", "the patient's")

RULES: list[tuple[str, str, str]] = [
    # --- negation
    *[
        (p, NEGATED, FWD)
        for p in (
            "no",
            "not",
            "denies",
            "denied",
            "denying",
            "without",
            "negative for",
            "no evidence of",
            "no evidence",
            "no sign of",
            "no signs of",
            "no signs",
            "no symptoms of",
            "free of",
            "absence of",
            "absent",
            "never had",
            "never",
            "neither",
            "nor",
            "no history of",
            "no findings of",
            "no suggestion of",
            "fails to reveal",
            "failed to reveal",
            "no findings consistent with",
            "nothing consistent with",
            "not consistent with",
            "no evidence consistent with",
            "not compatible with",
            "no findings compatible with",
            "did not show",
            "does not show",
            "did not reveal",
            "no new",
            "non",
            "not demonstrate",
            "did not have",
            "does not have",
            "lack of",
            "excluding",
            "rules out",
            "ruling out",
            "negative",
        )
    ],
    *[(p, NEGATED, BOTH) for p in ("ruled out", "was ruled out", "were ruled out", "excluded")],
    *[
        (p, NEGATED, BWD)
        for p in (
            "is absent",
            "was absent",
            "were absent",
            "are absent",
            "not seen",
            "was not seen",
            "not present",
            "not detected",
            "not identified",
            "not found",
            "not observed",
            "was negative",
            "were negative",
            "is negative",
            "are negative",
            "negative",
            "was excluded",
            "were excluded",
            "has been ruled out",
            "free",
            "unremarkable",
        )
    ],
    # --- uncertainty
    *[
        (p, UNCERTAIN, FWD)
        for p in (
            "possible",
            "possibly",
            "probable",
            "probably",
            "suspected",
            "suspect",
            "suspicion of",
            "suspicious for",
            "suspicious of",
            "rule out",
            "r/o",
            "to rule out",
            "likely",
            "may be",
            "might be",
            "could be",
            "may have",
            "might have",
            "questionable",
            "question of",
            "concern for",
            "concerning for",
            "cannot exclude",
            "can not exclude",
            "cannot rule out",
            "can not rule out",
            "differential diagnosis",
            "presumed",
            "presumptive",
            "suggestive of",
            "suggests",
            "suspicious",
            "impression of",
            "versus",
            "vs",
            "doubtful",
            "uncertain",
            "unclear",
            "query",
            "?",
        )
    ],
    *[(p, UNCERTAIN, BOTH) for p in ("suspected", "is suspected", "was suspected")],
    *[
        (p, UNCERTAIN, BWD)
        for p in (
            "cannot be excluded",
            "can not be excluded",
            "could not be excluded",
            "cannot be ruled out",
            "can not be ruled out",
            "could not be ruled out",
            "not ruled out",
            "not excluded",
            "is possible",
            "is likely",
            "is probable",
            "was considered",
            "is unlikely",
            "unlikely",
            "?",
            "versus",
            "vs",
            "is questionable",
            "to be ruled out",
            "was suspected",
            "is suspected",
        )
    ],
    # --- family
    *[(f"{pos} {kin}", FAMILY, FWD) for pos in _POSSESSIVES for kin in _KIN],
    *[
        (p, FAMILY, FWD)
        for p in (
            "family history of",
            "family history",
            "family hx of",
            "fh of",
            "fhx of",
            "maternal",
            "paternal",
            "first-degree relative",
            "first degree relative",
            "first-degree relatives",
            "relatives",
            "relative with",
            "family member",
            "family members",
        )
    ],
    *[(p, FAMILY, BWD) for p in ("in the family", "in her family", "in his family", "runs in the family")],
    # --- history
    *[
        (p, HISTORY, FWD)
        for p in (
            "history of",
            "a history of",
            "h/o",
            "hx of",
            "past history of",
            "past medical history of",
            "past medical history",
            "pmh",
            "previous",
            "previously",
            "prior",
            "prior history of",
            "status post",
            "s/p",
            "remote history of",
            "personal history of",
            "known history of",
            "background of",
            "formerly",
        )
    ],
    *[
        (p, HISTORY, BWD)
        for p in (
            "in the past",
            "years ago",
            "months ago",
            "in childhood",
            "previously",
            "in remission",
            "was treated",
            "resolved",
        )
    ],
    # --- scope terminators
    *[
        (p, TERMINATE, BOTH)
        for p in (
            "but",
            "however",
            "although",
            "though",
            "yet",
            "except",
            "aside from",
            "apart from",
            "nevertheless",
            "whereas",
            "which",
            "who",
            "whose",
            "secondary to",
            "due to",
            "because",
            "since",
            "presenting",
            "presents",
            "presented",
            "complains",
            "reports",
            "admitted",
            "now",
            "currently",
            "today",
            "complaining",
            "consulted",
            "consults",
            "came",
            "comes",
            "attended",
            "referred",
            "developed",
            "showed",
            "shows",
            "revealed",
            "reveals",
            "demonstrated",
            "cause of",
            "etiology of",
            "source of",
            "reason for",
            "other than",
            "then",
            "after",
            ";",
            # a conclusion starts a new clause: "absent reflexes, consistent with polyneuropathy"
            "consistent with",
            "compatible with",
            "in keeping with",
            "diagnosed with",
            "diagnosis of",
        )
    ],
    # --- pseudo-triggers (block the triggers they contain)
    *[
        (p, PSEUDO, BOTH)
        for p in (
            "no increase",
            "no change",
            "no significant change",
            "no interval change",
            "not only",
            "not necessarily",
            "not certain if",
            "not certain whether",
            "without difficulty",
            "without any further",
            "no further",
            "not cause",
            "not drain",
            "gram negative",
            "gram-negative",
            "negative pressure",
            "history of present illness",
            "history and physical",
            "clinical history",
            "social history",
            "history taking",
            "previous day",
            "prior to admission",
            "prior to",
            "previous visit",
            "likely to",
            "possible to",
            "free fluid",
            "free air",
            "free t4",
            "free thyroxine",
            "non-small",
            "non small",
            "non-hodgkin",
            "non hodgkin",
            "non-st",
            "non-insulin",
            "non-alcoholic",
            "nonalcoholic",
            "not improve",
            "no improvement",
        )
    ],
]


@dataclass(frozen=True)
class _Trigger:
    start: int
    end: int
    category: str
    direction: str


# Tokens: words (keeping inner ' / - so "r/o", "patient's", "non-small" stay whole), "?" and ";".
_TOKEN_RE = re.compile(r"\w+(?:['/-]\w+)*|[?;]")


def _tokens(phrase: str) -> tuple[str, ...]:
    return tuple(m.group().lower() for m in _TOKEN_RE.finditer(phrase))


@functools.lru_cache(maxsize=1)
def _compiled() -> tuple[dict[tuple[str, ...], tuple[str, str]], dict[str, int]]:
    """Phrase table (token tuple -> (category, direction)) and the longest phrase per first token."""
    table: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    for phrase, cat, direction in RULES:
        table.setdefault(_tokens(phrase), []).append((cat, direction))
    merged: dict[tuple[str, ...], tuple[str, str]] = {}
    longest: dict[str, int] = {}
    for toks, entries in table.items():
        cats = {c for c, _ in entries}
        if len(cats) > 1:  # one phrase in several categories: keep the strongest
            cat = next(c for c in (PSEUDO, TERMINATE, *_PRIORITY) if c in cats)
            entries = [e for e in entries if e[0] == cat]
        dirs = {d for _, d in entries}
        # forward in one rule and backward in another = bidirectional
        merged[toks] = (entries[0][0], dirs.pop() if len(dirs) == 1 else BOTH)
        longest[toks[0]] = max(longest.get(toks[0], 0), len(toks))
    return merged, longest


# "a 2-month history of", "three-day history of", "10 days' history of": how long the presenting
# complaint has lasted, not a past condition.
_DURATION_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|several|few|many|long|short)[- ](?:hour|day|week|month|year)s?'?s?[- ](?:long[- ])?\Z"
)


# Sentence ends: ".!?" followed by space and a capital/digit/bracket, or any line break.
_SENT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(\[])|\n")


class NoteContext:
    """Trigger and sentence analysis of one text, reused for all its mentions."""

    __slots__ = ("text", "_triggers", "_starts", "_terms", "_sent_bounds", "_words")

    def __init__(self, text: str) -> None:
        if not isinstance(text, str):
            raise TypeError("text must be a str")
        self.text = text
        table, longest = _compiled()
        spans = [(m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]
        lowered = text.lower()
        toks = [lowered[a:b] for a, b in spans]
        triggers: list[_Trigger] = []
        terms: list[int] = []
        i, n = 0, len(toks)
        while i < n:  # leftmost-longest phrase match over tokens
            width = longest.get(toks[i], 0)
            hit = None
            for w in range(min(width, n - i), 0, -1):
                hit = table.get(tuple(toks[i : i + w]))
                if hit:
                    break
            if not hit:
                i += 1
                continue
            cat, direction = hit
            a, b = spans[i][0], spans[i + w - 1][1]
            if cat == HISTORY and toks[i] == "history" and _DURATION_BEFORE.search(text, max(0, a - 40), a):
                cat = PSEUDO
            if cat == TERMINATE:
                terms.append(a)
            elif cat != PSEUDO:
                triggers.append(_Trigger(a, b, cat, direction))
            i += w
        self._triggers = triggers
        self._starts = [t.start for t in triggers]
        self._terms = terms
        self._sent_bounds = [m.start() for m in _SENT_RE.finditer(text)]
        self._words = [a for a, _ in spans]

    def _sentence(self, start: int, end: int) -> tuple[int, int]:
        b = self._sent_bounds
        i = bisect.bisect_right(b, start)
        s0 = b[i - 1] if i else 0
        j = bisect.bisect_left(b, end)
        s1 = b[j] if j < len(b) else len(self.text)
        return s0, s1

    def _words_between(self, a: int, b: int) -> int:
        if b <= a:
            return 0
        return bisect.bisect_left(self._words, b) - bisect.bisect_left(self._words, a)

    def _terminated(self, a: int, b: int) -> bool:
        if b <= a:
            return False
        i = bisect.bisect_left(self._terms, a)
        return i < len(self._terms) and self._terms[i] < b

    def assertion(self, start: int, end: int) -> MentionStatus:
        """Status of the mention ``text[start:end]``."""
        if not (isinstance(start, int) and isinstance(end, int)) or not 0 <= start < end <= len(self.text):
            raise ValueError(f"bad mention span ({start!r}, {end!r}) for a text of length {len(self.text)}")
        s0, s1 = self._sentence(start, end)
        lo = bisect.bisect_left(self._starts, s0)
        hi = bisect.bisect_left(self._starts, s1)
        found: set[str] = set()
        for t in self._triggers[lo:hi]:
            if t.end > s1:
                continue
            if t.direction != BWD and t.end <= end and t.start < start:
                # forward: governs what follows it, up to a terminator or the word limit
                if not self._terminated(t.end, start) and self._words_between(t.end, start) <= MAX_SCOPE_WORDS:
                    found.add(t.category)
                    continue
            if t.direction != FWD and t.start > start:
                # backward: governs what precedes it (distance 0 when inside the mention)
                if not self._terminated(end, t.start) and self._words_between(end, t.start) <= MAX_BACKWARD_SCOPE_WORDS:
                    found.add(t.category)
        for status in _PRIORITY:
            if status in found:
                return status
        return PRESENT

    def assertions(self, spans: Iterable[tuple[int, int]]) -> list[MentionStatus]:
        return [self.assertion(s, e) for s, e in spans]


@functools.lru_cache(maxsize=8)
def analyze(text: str) -> NoteContext:
    """The (cached) analysis of *text*; repeated calls on one note reuse it."""
    return NoteContext(text)


def assertion_for(text: str, start: int, end: int) -> MentionStatus:
    """Assertion status of the mention at ``text[start:end]`` (character offsets)."""
    return analyze(text).assertion(start, end)


def assertions_for(text: str, spans: Sequence[tuple[int, int]]) -> list[MentionStatus]:
    """Assertion statuses for many mentions of one text, scanning the text once."""
    return analyze(text).assertions(spans)
