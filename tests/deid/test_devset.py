"""The dev-set generator, the committed sets, and a recall floor on a slice of the dev set."""

import json

import pytest

from medcode import paths
from medcode.deid.types import PHI_TYPES
from medcode.training.deid_metrics import DeidCounts
from tools.deid.devset import generate

from .conftest import DATA

CODIESP = paths.codiesp_dir()


def _rows(name):
    with open(DATA / name, encoding="utf-8") as fh:
        return [json.loads(l) for l in fh if l.strip()]


@pytest.mark.parametrize("name", ["dev.jsonl", "dev2.jsonl", "heldout.jsonl", "presidio_synth.jsonl"])
def test_committed_sets_are_well_formed(name):
    rows = _rows(name)
    assert rows
    for r in rows:
        assert isinstance(r["id"], str) and isinstance(r["text"], str)
        prev = -1
        for p in r["phi"]:
            assert 0 <= p["start"] < p["end"] <= len(r["text"])
            assert p["type"] in PHI_TYPES
            assert p["start"] >= prev
            prev = p["end"] if name != "presidio_synth.jsonl" else p["start"]


def test_dev_and_heldout_notes_are_disjoint():
    ids = lambda n: {r["id"] for r in _rows(n)}
    assert not ids("dev2.jsonl") & ids("heldout.jsonl")
    assert not ids("dev.jsonl") & ids("heldout.jsonl")


def test_generator_is_seeded_and_offsets_are_exact():
    a = generate(CODIESP / "train" / "text_files_en", 3, seed=11, unseen_share=0.5)
    b = generate(CODIESP / "train" / "text_files_en", 3, seed=11, unseen_share=0.5)
    assert a == b
    for r in a:
        assert r["phi"] and r["keep"]
        for p in r["phi"]:
            value = r["text"][p["start"] : p["end"]]
            assert value.strip() == value and value  # surrogate values sit exactly at the offsets


def _dev_slice_summary(d) -> dict:
    c = DeidCounts()
    for r in _rows("dev.jsonl")[:40] + _rows("dev2.jsonl")[:20]:
        pred = [(s.start, s.end, s.type) for s in d.detect(r["text"])]
        c.add(r["id"], r["text"], [(p["start"], p["end"], p["type"]) for p in r["phi"]], pred, r["keep"])
    return c.summary()


def test_recall_floor_on_dev_slice_rules_only():
    """The rules alone on this slice (their tuning set) measured span recall 0.9989, char precision
    0.939, 0 of 272 keep terms redacted (docs/deidentification.md has the full-set figures)."""
    from medcode.deid import DeidConfig, Deidentifier

    s = _dev_slice_summary(Deidentifier(DeidConfig(learned=False)))
    assert s["span_recall"] >= 0.995
    assert s["char_precision"] >= 0.93
    assert s["keep_redacted_share"] <= 0.005


def test_recall_floor_on_dev_slice(deid):
    """Rules + learned recognizer (the default) measured span recall 0.9989, char precision 0.770
    (the model redacts more of the real CodiEsp text: its real dates and places are not in the
    gold, and some clinical words), 4 of 272 keep terms redacted; floors sit just below."""
    s = _dev_slice_summary(deid)
    assert s["span_recall"] >= 0.995
    assert s["char_precision"] >= 0.75
    assert s["keep_redacted_share"] <= 0.02
