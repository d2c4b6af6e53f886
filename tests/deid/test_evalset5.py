"""The independent eval5 generator (tools/deid/evalset5.py) and the two sets it committed."""

import importlib
import json
import re

import pytest

from medcode.deid.lexicon import GAZETTEER_LOCALES
from medcode.deid.types import PHI_TYPES
from medcode.training import deid_corpus
from tools.deid import evalset as evalset1
from tools.deid import evalset3, evalset4, evalset5
from tools.deid.devset import UNSEEN_LOCALES

from .conftest import DATA

# family -> (committed file, n, seed): the commands in the module docstring.
SETS = {
    "messages": ("eval5_messages.jsonl", 300, 901),
    "clinical": ("eval5_clinical.jsonl", 120, 902),
}

# The 18 Safe Harbor identifiers as this project's PHI types (biometric and photo references are ID).
SAFE_HARBOR = {
    "NAME", "LOCATION", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN",
    "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "ID", "FACILITY",
}  # fmt: skip


def _rows(family):
    with open(DATA / SETS[family][0], encoding="utf-8") as fh:
        return [json.loads(l) for l in fh if l.strip()]


def test_the_docstring_gives_the_commands():
    for family, (name, n, seed) in SETS.items():
        cmd = f"python -m tools.deid.evalset5 --family {family} --n {n} --seed {seed} --out datasets/deid/{name}"
        assert cmd in evalset5.__doc__
    assert set(SETS) == set(evalset5.FAMILIES)


@pytest.mark.parametrize("family", sorted(SETS))
def test_regenerating_reproduces_the_committed_file(family):
    name, n, seed = SETS[family]
    expected = (DATA / name).read_bytes()
    assert evalset5.dumps(evalset5.generate(family, n, seed)).encode("utf-8") == expected


def test_other_seeds_give_other_rows():
    a = evalset5.generate("messages", 20, 1)
    b = evalset5.generate("messages", 20, 2)
    assert [r["text"] for r in a] != [r["text"] for r in b]
    assert evalset5.generate("messages", 20, 1) == a


@pytest.mark.parametrize("family", sorted(SETS))
def test_committed_spans_match_their_text(family):
    rows = _rows(family)
    assert len(rows) == SETS[family][1]
    assert [r["id"] for r in rows] == [f"eval5-{family}-{i}" for i in range(len(rows))]
    assert len({r["text"] for r in rows}) == len(rows)
    for r in rows:
        text = r["text"]
        assert list(r) == ["id", "family", "text", "phi", "keep", "keep_kinds"]
        assert r["family"] == family
        prev = 0
        for p in r["phi"]:
            assert list(p) == ["start", "end", "type"]
            assert p["type"] in PHI_TYPES
            assert prev <= p["start"] < p["end"] <= len(text), (r["id"], p)
            surface = text[p["start"] : p["end"]]
            assert surface == surface.strip() and surface, (r["id"], p)
            prev = p["end"]
        assert set(r["keep"]) == set(r["keep_kinds"])
        assert len(r["keep"]) == len(set(r["keep"]))
        for term in r["keep"]:
            assert r["keep_kinds"][term] in evalset5.KEEP_KINDS
            hits = [m.start() for m in re.finditer(re.escape(term), text)]
            assert hits, (r["id"], term)
            for i in hits:
                assert not any(p["start"] < i + len(term) and i < p["end"] for p in r["phi"]), (r["id"], term)
        if family == "clinical":
            assert 150 <= len(text) <= 1500, r["id"]


@pytest.mark.parametrize("family", sorted(SETS))
def test_annotation_conventions_hold(family):
    """Titles and credentials stay outside NAME spans, a bare year is never a DATE, an AGE is 90 or
    more, states and countries are never a LOCATION, a ZIP is a ZIP (+4)."""
    states = {"Georgia", "Oregon", "Texas", "Ohio", "Iowa", "Vermont", "Maine", "Armenia", "Bulgaria", "Bosnia"}
    for r in _rows(family):
        text = r["text"]
        for p in r["phi"]:
            surface = text[p["start"] : p["end"]]
            if p["type"] == "NAME":
                assert not re.match(r"(?i)(dr|mr|mrs|ms|miss|pastor|nurse)\.?\s", surface), (r["id"], surface)
                assert not re.search(r",\s*(RN|MD|NP|DO|LPN|CHW|MSW|CNA|PA-C|M\.D\.)$", surface), (r["id"], surface)
            if p["type"] == "DATE":
                assert not re.fullmatch(r"\d{4}", surface), (r["id"], surface)
            if p["type"] == "AGE":
                assert int(surface) >= 90, (r["id"], surface)
            if p["type"] == "LOCATION":
                assert surface not in states, (r["id"], surface)
            if p["type"] == "ZIP":
                assert re.fullmatch(r"\d{5}(-\d{4})?", surface), (r["id"], surface)


def test_the_two_families_cover_every_safe_harbor_type():
    types = {p["type"] for f in SETS for r in _rows(f) for p in r["phi"]}
    assert types >= SAFE_HARBOR, sorted(SAFE_HARBOR - types)


@pytest.mark.parametrize("family", sorted(SETS))
def test_each_family_covers_many_phi_types_and_every_keep_kind(family):
    rows = _rows(family)
    types = {p["type"] for r in rows for p in r["phi"]}
    assert len(types) >= 18, sorted(types)
    kinds = {k for r in rows for k in r["keep_kinds"].values()}
    assert kinds == set(evalset5.KEEP_KINDS)


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
        | set(evalset4.NAME_LOCALES)
        | set(evalset4.CITY_LOCALES)
        | set(evalset4.ORG_LOCALES)
        | set(evalset4.LOCALES)
        | set(deid_corpus.NAME_LOCALES)
        | set(deid_corpus.CITY_LOCALES)
        | set(deid_corpus.ORG_LOCALES)
    )
    mine = set(evalset5.NAME_LOCALES) | set(evalset5.CITY_LOCALES) | set(evalset5.ORG_LOCALES)
    assert mine == set(evalset5.LOCALES) == set(evalset5.FAKER_TABLES)
    assert not mine & used, sorted(mine & used)


def test_every_faker_table_is_the_locales_own():
    assert evalset5.provenance_problems() == []
    for loc, pairs in evalset5.FAKER_TABLES.items():
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
    pools = evalset5.Pools()
    values = [v for d in (pools.first, pools.last) for by_sex in d.values() for vs in by_sex.values() for v in vs]
    values += [v for vs in pools.places.values() for v in vs]
    values += [v for vs in pools.streets.values() for v in vs]
    assert values and all(re.fullmatch(r"[A-Za-z]+(?:[- ][A-Za-z]+)*", v) for v in values)
    assert set(pools.first) == set(evalset5.NAME_LOCALES)
    assert set(pools.places) == set(evalset5.CITY_LOCALES)
    assert evalset5.romanize_bg("Георги Иванов") == "Georgi Ivanov"
    assert evalset5.romanize_ka("აბაშიძე") == "Abashidze"
    assert evalset5.romanize_hy("Երևան") == "Yerevan"


@pytest.mark.parametrize("family", sorted(SETS))
def test_committed_text_is_ascii(family):
    assert all(r["text"].isascii() for r in _rows(family))


def test_messages_have_many_name_shapes():
    names = [r["text"][p["start"] : p["end"]] for r in _rows("messages") for p in r["phi"] if p["type"] == "NAME"]
    assert sum(n == n.lower() and n != n.upper() for n in names) >= 30
    assert sum(n == n.upper() and n != n.lower() for n in names) >= 30
    assert sum(not re.search(r"[\s,.]", n) for n in names) >= 100
    assert sum(bool(re.fullmatch(r"[A-Za-z'-]+, [A-Za-z]+( [A-Z]\.)?", n)) for n in names) >= 20
    assert any(re.search(r"\b(Jr\.?|Sr\.|II|III|IV)$", n) for n in names)
    assert any('"' in n or "'" in n for n in names)
    assert any(re.search(r"(?i)\b(al-|van der |de la |o'|mc|von |da |abu |el-)", n) for n in names)
    assert any(re.fullmatch(r"[A-Z]\.( ?[A-Z]\.)? [A-Za-z]+", n) for n in names)
    assert any(re.search(r"[a-z]-[A-Z]", n) for n in names)
