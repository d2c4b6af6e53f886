"""The independent eval3 generator (tools/deid/evalset3.py) and the two sets it committed."""

import json
import re

import pytest

from medcode.deid.lexicon import GAZETTEER_LOCALES
from medcode.deid.types import PHI_TYPES
from medcode.training import deid_corpus
from tools.deid import evalset as evalset1
from tools.deid import evalset3
from tools.deid.devset import UNSEEN_LOCALES

from .conftest import DATA

# family -> (committed file, n, seed): the commands in the module docstring.
SETS = {
    "messages": ("eval3_messages.jsonl", 300, 501),
    "clinical": ("eval3_clinical.jsonl", 120, 502),
}


def _rows(family):
    with open(DATA / SETS[family][0], encoding="utf-8") as fh:
        return [json.loads(l) for l in fh if l.strip()]


@pytest.mark.parametrize("family", sorted(SETS))
def test_regenerating_reproduces_the_committed_file(family):
    name, n, seed = SETS[family]
    expected = (DATA / name).read_bytes()
    assert evalset3.dumps(evalset3.generate(family, n, seed)).encode("utf-8") == expected


@pytest.mark.parametrize("family", sorted(SETS))
def test_committed_spans_match_their_text(family):
    rows = _rows(family)
    assert len(rows) == SETS[family][1]
    assert [r["id"] for r in rows] == [f"eval3-{family}-{i}" for i in range(len(rows))]
    assert len({r["text"] for r in rows}) == len(rows)
    for r in rows:
        text = r["text"]
        assert r["family"] == family
        prev = 0
        for p in r["phi"]:
            assert p["type"] in PHI_TYPES
            assert prev <= p["start"] < p["end"] <= len(text), (r["id"], p)
            surface = text[p["start"] : p["end"]]
            assert surface == surface.strip() and surface, (r["id"], p)
            prev = p["end"]
        assert set(r["keep"]) == set(r["keep_kinds"])
        for term in r["keep"]:
            assert r["keep_kinds"][term] in evalset3.KEEP_KINDS
            hits = [m.start() for m in re.finditer(re.escape(term), text)]
            assert hits, (r["id"], term)
            for i in hits:
                assert not any(p["start"] < i + len(term) and i < p["end"] for p in r["phi"]), (r["id"], term)
        if family == "clinical":
            assert 150 <= len(text) <= 1500, r["id"]


def test_locales_are_disjoint_from_every_project_locale_tuple():
    used = (
        set(GAZETTEER_LOCALES)
        | set(UNSEEN_LOCALES)
        | set(evalset1.NAME_LOCALES)
        | set(evalset1.CITY_LOCALES)
        | set(evalset1.ORG_LOCALES)
        | set(deid_corpus.NAME_LOCALES)
        | set(deid_corpus.CITY_LOCALES)
        | set(deid_corpus.ORG_LOCALES)
    )
    mine = set(evalset3.NAME_LOCALES) | set(evalset3.CITY_LOCALES) | set(evalset3.ORG_LOCALES)
    assert mine == set(evalset3.LOCALES) == set(evalset3.FAKER_TABLES)
    assert not mine & used, sorted(mine & used)
    # and no table read through them is inherited from another (possibly used) locale
    assert evalset3.provenance_problems() == []


@pytest.mark.parametrize("family", sorted(SETS))
def test_each_family_covers_many_phi_types(family):
    types = {p["type"] for r in _rows(family) for p in r["phi"]}
    assert len(types) >= 10, sorted(types)


def test_messages_have_lower_case_names_and_names_alone():
    names = [r["text"][p["start"] : p["end"]] for r in _rows("messages") for p in r["phi"] if p["type"] == "NAME"]
    lower = [n for n in names if n == n.lower() and n != n.upper()]
    alone = [n for n in names if not re.search(r"[\s,.]", n)]
    assert len(lower) >= 30, lower
    assert len(alone) >= 60, alone
