"""The independent eval4 generator (tools/deid/evalset4.py) and the two sets it committed."""

import importlib
import json
import re

import pytest

from medcode.deid.lexicon import GAZETTEER_LOCALES
from medcode.deid.types import PHI_TYPES
from medcode.training import deid_corpus
from tools.deid import evalset as evalset1
from tools.deid import evalset3, evalset4
from tools.deid.devset import UNSEEN_LOCALES

from .conftest import DATA

# family -> (committed file, n, seed): the commands in the module docstring.
SETS = {
    "messages": ("eval4_messages.jsonl", 300, 701),
    "clinical": ("eval4_clinical.jsonl", 120, 702),
}


def _rows(family):
    with open(DATA / SETS[family][0], encoding="utf-8") as fh:
        return [json.loads(l) for l in fh if l.strip()]


def test_the_docstring_gives_the_commands():
    for family, (name, n, seed) in SETS.items():
        cmd = f"python -m tools.deid.evalset4 --family {family} --n {n} --seed {seed} --out datasets/deid/{name}"
        assert cmd in evalset4.__doc__


@pytest.mark.parametrize("family", sorted(SETS))
def test_regenerating_reproduces_the_committed_file(family):
    name, n, seed = SETS[family]
    expected = (DATA / name).read_bytes()
    assert evalset4.dumps(evalset4.generate(family, n, seed)).encode("utf-8") == expected


@pytest.mark.parametrize("family", sorted(SETS))
def test_committed_spans_match_their_text(family):
    rows = _rows(family)
    assert len(rows) == SETS[family][1]
    assert [r["id"] for r in rows] == [f"eval4-{family}-{i}" for i in range(len(rows))]
    assert len({r["text"] for r in rows}) == len(rows)
    for r in rows:
        text = r["text"]
        assert list(r) == ["id", "family", "text", "phi", "keep", "keep_kinds"]
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
            assert r["keep_kinds"][term] in evalset4.KEEP_KINDS
            hits = [m.start() for m in re.finditer(re.escape(term), text)]
            assert hits, (r["id"], term)
            for i in hits:
                assert not any(p["start"] < i + len(term) and i < p["end"] for p in r["phi"]), (r["id"], term)
        if family == "clinical":
            assert 150 <= len(text) <= 1500, r["id"]


@pytest.mark.parametrize("family", sorted(SETS))
def test_annotation_conventions_hold(family):
    """Titles stay outside NAME spans, a bare year is never a DATE, an AGE is 90 or more."""
    for r in _rows(family):
        text = r["text"]
        for p in r["phi"]:
            surface = text[p["start"] : p["end"]]
            if p["type"] == "NAME":
                assert not re.match(r"(?i)(dr|mr|mrs|ms)\.?\s", surface), (r["id"], surface)
            if p["type"] == "DATE":
                assert not re.fullmatch(r"\d{4}", surface), (r["id"], surface)
            if p["type"] == "AGE":
                assert int(surface) >= 90, (r["id"], surface)


def test_locales_are_disjoint_from_every_project_locale_tuple():
    used = (
        set(GAZETTEER_LOCALES)
        | set(UNSEEN_LOCALES)
        | set(evalset1.NAME_LOCALES)
        | set(evalset1.CITY_LOCALES)
        | set(evalset1.ORG_LOCALES)
        | set(evalset3.NAME_LOCALES)
        | set(evalset3.CITY_LOCALES)
        | set(evalset3.ORG_LOCALES)
        | set(evalset3.LOCALES)
        | set(deid_corpus.NAME_LOCALES)
        | set(deid_corpus.CITY_LOCALES)
        | set(deid_corpus.ORG_LOCALES)
    )
    mine = set(evalset4.NAME_LOCALES) | set(evalset4.CITY_LOCALES) | set(evalset4.ORG_LOCALES)
    assert mine == set(evalset4.LOCALES) == set(evalset4.FAKER_TABLES)
    assert not mine & used, sorted(mine & used)


def test_every_faker_table_is_the_locales_own():
    assert evalset4.provenance_problems() == []
    for loc, pairs in evalset4.FAKER_TABLES.items():
        for module, attr in pairs:
            mod = importlib.import_module(module)
            assert mod.__name__.rsplit(".", 1)[1] == loc
            assert mod.Provider.__module__ == module
            own = vars(mod) if attr in vars(mod) else vars(mod.Provider)
            assert attr in own, (module, attr)
            # not inherited from a parent locale's provider either
            for base in mod.Provider.__mro__[1:]:
                if base.__module__ != module and attr in vars(base):
                    assert vars(base)[attr] is not own[attr], (module, attr, base.__module__)


def test_romanized_values_are_latin_script():
    pools = evalset4.Pools()
    values = [v for d in (pools.first, pools.last) for by_sex in d.values() for vs in by_sex.values() for v in vs]
    values += [v for vs in pools.places.values() for v in vs]
    assert values and all(re.fullmatch(r"[A-Za-z]+(?:[- ][A-Za-z]+)*", v) for v in values)


@pytest.mark.parametrize("family", sorted(SETS))
def test_each_family_covers_many_phi_types(family):
    types = {p["type"] for r in _rows(family) for p in r["phi"]}
    assert len(types) >= 14, sorted(types)


def test_messages_have_lower_case_and_all_caps_names():
    names = [r["text"][p["start"] : p["end"]] for r in _rows("messages") for p in r["phi"] if p["type"] == "NAME"]
    assert sum(n == n.lower() and n != n.upper() for n in names) >= 30
    assert sum(n == n.upper() and n != n.lower() for n in names) >= 15
    assert sum(not re.search(r"[\s,.]", n) for n in names) >= 60
