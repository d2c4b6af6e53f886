"""Names that an e-mail address beside them spells out.

A signature ("-- Mikako Ikeda | ikedam63@gmail.com") or a sign-off often puts the sender's name
next to an address built from it. The address is redacted by its shape, but the name beside it may
be written in lower case, without a title or label, in a layout no rule reads, and the model may
find only part of it. A word near an e-mail address whose local part spells it, whole ("marie" of
"mariemathy95") or, beside such a word, by its initial at either end of a run of the local part's
letters ("Chanya Polpo" of "cpolpo", "Mikako Ikeda" of "ikedam63"), names that person, unless it is
an ordinary word ("info@", "appointments@", "bestcare@").
"""

from __future__ import annotations

import re

from medcode.deid.lexicon import common_words, fold, name_gazetteer
from medcode.deid.types import PhiSpan

_REACH_BEFORE = 80  # a signature line: the name, a separator, the address
_REACH_AFTER = 40  # "write to ikedam63@gmail.com, mikako"
_MIN_LETTERS = 3  # "li" or "an" spelled inside an address proves nothing
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_NOT_LETTER = re.compile(r"[^a-z]")
_LETTER_RUN = re.compile(r"[a-z]+")


def email_name_spans(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """NAME spans for the words near each EMAIL span that its local part spells (see the module
    docstring); they may overlap spans already found, and the caller merges them."""
    out: list[PhiSpan] = []
    for sp in spans:
        if sp.type != "EMAIL":
            continue
        local = text[sp.start : sp.end].split("@", 1)[0]
        letters = _NOT_LETTER.sub("", fold(local).lower())
        runs = _LETTER_RUN.findall(fold(local).lower())  # "ikedam" of "ikedam63"
        if len(letters) < _MIN_LETTERS:
            continue
        words = [
            w
            for w in _WORD.finditer(text, max(0, sp.start - _REACH_BEFORE), min(len(text), sp.end + _REACH_AFTER))
            if w.end() <= sp.start or w.start() >= sp.end
        ]
        folded = [_NOT_LETTER.sub("", fold(w.group()).lower()) for w in words]
        spelled = [len(f) >= _MIN_LETTERS and f in letters and _could_be_name(f) for f in folded]
        for k, w in enumerate(words):
            # the given name beside a spelled surname, by its initial: "Chanya Polpo" / "cpolpo"
            beside = [j for j in (k - 1, k + 1) if 0 <= j < len(words) and spelled[j]]
            initial = folded[k][:1]
            if spelled[k] or (
                folded[k]
                and _could_be_name(folded[k])
                and any(
                    run.startswith(initial + folded[j]) or run.endswith(folded[j] + initial)
                    for j in beside
                    for run in runs
                    if text[min(w.end(), words[j].end()) : max(w.start(), words[j].start())].strip() == ""
                )
            ):
                end = w.end() - 2 if w.group()[-2:] in ("'s", "’s") else w.end()  # not the possessive
                out.append(PhiSpan(w.start(), end, "NAME"))
    return out


# what shared mailboxes are called ("info@", "noreply@"): words a note may also use near them
_MAILBOX_WORDS = frozenset(
    "info admin contact support noreply reply help office mail email billing records scheduling referrals portal "
    "team hello webmaster frontdesk clinic pharmacy nurse nurses".split()
)


def _could_be_name(folded: str) -> bool:
    """Not an ordinary word, a plural of one ("appointments") or a mailbox's name; a word that is
    also a listed name ("Rose") counts as a name."""
    if folded in _MAILBOX_WORDS:
        return False
    if folded in name_gazetteer():
        return True
    cw = common_words()
    return not (folded in cw or (folded.endswith("s") and (folded[:-1] in cw or folded[:-2] in cw)))
