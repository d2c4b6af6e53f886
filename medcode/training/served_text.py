"""The text the served coder sees, for training and in-process evaluation.

The served `medcode` model ranks the de-identified note (`deid`'s DEID_TEXT: PHI replaced by
`[NAME]`-style placeholders), never the raw note. A coder fitted on raw notes learns n-grams,
TF-IDF weights and sentence embeddings of names, dates and places it will never be shown; one
fitted on what it is served learns the placeholders instead. `medcode train` records which text
it fitted on (`meta.json` "text": "deid" or "raw"), and the in-process evaluation and the
reliability report give the coder the same kind of text, so their figures match the served ones.
"""

from __future__ import annotations

import functools

DEID = "deid"
RAW = "raw"


@functools.lru_cache(maxsize=1)
def _deidentifier():
    from medcode.deid import DeidConfig, Deidentifier

    return Deidentifier(DeidConfig.served())


def served_texts(texts: list[str], kind: str = DEID) -> list[str]:
    """`texts` as a coder fitted on `kind` text ranks them: de-identified by the in-process
    `medcode.deid.Deidentifier` (the engine the served `deid` model runs), or unchanged."""
    if kind == RAW:
        return list(texts)
    if kind != DEID:
        raise ValueError(f"unknown text kind {kind!r}; expected {DEID!r} or {RAW!r}")
    deid = _deidentifier()
    return [deid.deidentify(t).text for t in texts]


def coder_text_kind(coder) -> str:
    """What text a trained coder was fitted on; coders from before this record fitted on raw text."""
    return str(coder.meta.get("text", RAW))
