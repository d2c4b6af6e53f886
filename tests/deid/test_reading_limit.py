"""A note longer than the reading limit: the rules and the model read its first part in full, and
the rest fails closed (every word or number that could identify masked, clinical prose kept), so
no note, however long, holds a `deid` instance for long and none leaks past the limit."""

from __future__ import annotations

import dataclasses

import pytest

from medcode.deid import DeidConfig
from medcode.deid.engine import DeidError, _reading_limit

FILLER = "Blood pressure stable, lungs clear, abdomen soft, no edema.\n"
TAIL = (
    "Temperature 37.5 and pulse 72. Called zbigniewa oyelaran on 555-867-5309 and wrote to "
    "z.oyelaran@kwikmail.biz on 03/14/2021, MRN 44718823. She lives in Thornbury with Hope Adeyemi; "
    "Crohn disease flare, billed E11.65, Aetna notified.\n"
)


@pytest.fixture
def limited(deid, monkeypatch):
    """The shared Deidentifier reading at most 2,000 characters of a note."""
    monkeypatch.setattr(deid, "config", dataclasses.replace(deid.config, max_chars=2_000))
    return deid


def test_past_the_limit_identifiers_are_masked_and_prose_kept(limited):
    note = "Seen by Dr. Kowalski today.\n" + FILLER * 40 + TAIL
    assert note.index(TAIL) > limited.config.max_chars  # the whole tail lies past the limit
    res = limited.deidentify(note)
    for phi in ("Kowalski", "zbigniewa", "oyelaran", "867-5309", "kwikmail", "03/14/2021", "44718823"):
        assert phi not in res.text, phi
    for phi in ("Thornbury", "Hope", "Adeyemi"):  # capitalised inside a sentence: a possible name or place
        assert phi not in res.text, phi
    for kept in ("Temperature 37.5", "pulse 72", "Crohn disease", "Aetna", "lungs clear"):
        assert kept in res.text, kept
    assert res.text.count("lungs clear") == 40
    assert res.to_original(0, len(res.text)) == (0, len(note))
    prev = 0
    for sp in res.spans:
        assert prev <= sp.start < sp.end <= len(note)
        prev = sp.end


def test_within_the_limit_nothing_is_masked_word_by_word(limited):
    """The same tail in a short note is read by the rules and the model: its prose and its
    capitalised clinical words stay, and each identifier gets its own type."""
    res = limited.deidentify(TAIL)
    types = {sp.type for sp in res.spans}
    assert {"PHONE", "EMAIL", "DATE"} <= types
    assert "Temperature 37.5" in res.text and "Crohn disease" in res.text


def test_a_word_cut_by_the_limit_is_masked_whole(limited):
    """With no space in the second half of the limit the cut falls inside a word; the mask past
    the limit starts where that word starts, so the word is one masked span, not a piece read
    by the rules and a piece masked after it."""
    run = "Seen today.\n" + "Lungs clear.\n" * 60 + "lungs-clear-" * 100
    note = run[: limited.config.max_chars - 4] + "kowalczyk " + FILLER
    word = note.index("kowalczyk")
    cut = _reading_limit(note, limited.config.max_chars)
    assert word < cut < word + 9  # the limit falls inside the word
    res = limited.deidentify(note)
    assert any(sp.start <= word and sp.end >= word + 9 for sp in res.spans)
    assert "kowa" not in res.text and "abdomen soft" in res.text
    assert res.text.count("Lungs clear.") == 60


def test_the_limit_falls_on_a_line_break():
    text = "a" * 50 + "\n" + "b" * 50
    assert _reading_limit(text, 80) == 51
    assert _reading_limit(text, None) == len(text) == _reading_limit(text, 200)
    assert _reading_limit("x" * 100, 80) == 80  # no break at all: the limit itself


@pytest.mark.parametrize(
    ("variable", "field"),
    [("MEDCODE_DEID_MAX_CHARS", "max_chars"), ("MEDCODE_DEID_LEARNED_MAX_TOKENS", "learned_max_tokens")],
)
def test_served_limits_are_read_from_the_environment(monkeypatch, variable, field):
    """A site with longer notes and faster hosts raises the limits; a bad value stops the server
    at start with the variable's name, not at the first note."""
    monkeypatch.setenv(variable, "65536")
    assert getattr(DeidConfig.served(), field) == 65536
    for bad in ("0", "lots"):
        monkeypatch.setenv(variable, bad)
        with pytest.raises(ValueError, match=f"{variable} must be a positive integer"):
            DeidConfig.served()


def test_a_model_failure_in_its_thread_surfaces_without_note_text(deid, monkeypatch):
    """The model reads in a worker thread beside the rules; its error still reaches the caller,
    as a DeidError that carries no note text."""

    def fail(text, max_tokens=None):
        raise ValueError(f"cannot read {text}")

    monkeypatch.setattr(deid.learned, "read", fail)
    with pytest.raises(DeidError) as err:
        deid.deidentify("Seen by Dr. Kowalski today.")
    assert "Kowalski" not in str(err.value)
