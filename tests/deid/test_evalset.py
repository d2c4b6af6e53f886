"""The evaluation-set generator: deterministic, offsets exact, held-out locales only."""

import json

from medcode.deid.lexicon import GAZETTEER_LOCALES
from tools.deid.devset import UNSEEN_LOCALES
from tools.deid.evalset import FAMILIES, NAME_LOCALES, Gen


def test_locales_are_held_out():
    assert not set(NAME_LOCALES) & (set(GAZETTEER_LOCALES) | set(UNSEEN_LOCALES))


def test_families_are_deterministic_with_exact_offsets():
    for family, make in FAMILIES.items():
        a = [make(Gen(5)).row(str(i), family) for i in range(3)]
        b = [make(Gen(5)).row(str(i), family) for i in range(3)]
        assert json.dumps(a) == json.dumps(b)
        for row in a:
            assert row["phi"]
            for p in row["phi"]:
                value = row["text"][p["start"] : p["end"]]
                assert value and value == value.strip(), (family, value)
            for term in row["keep"]:
                assert term in row["text"] and term in row["keep_kinds"]
