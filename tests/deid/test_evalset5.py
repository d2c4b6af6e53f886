"""The independent eval5 generator (tools/deid/evalset5.py) and the two sets it committed."""

import re

import pytest

from tools.deid import evalset3, evalset4, evalset5

from .evalset_checks import (
    SAFE_HARBOR,
    check_committed_rows,
    check_docstring_commands,
    check_faker_tables_are_the_locales_own,
    check_own_locales,
    check_regenerates,
    check_seeds_differ,
    read_rows,
)

# family -> (committed file, n, seed): the commands in the module docstring.
SETS = {
    "messages": ("eval5_messages.jsonl", 300, 901),
    "clinical": ("eval5_clinical.jsonl", 120, 902),
}


def _rows(family):
    return read_rows(SETS[family][0])


def test_the_docstring_gives_the_commands():
    check_docstring_commands(evalset5, SETS)


@pytest.mark.parametrize("family", sorted(SETS))
def test_regenerating_reproduces_the_committed_file(family):
    check_regenerates(evalset5, family, *SETS[family])


def test_other_seeds_give_other_rows():
    check_seeds_differ(evalset5, ("messages",))


@pytest.mark.parametrize("family", sorted(SETS))
def test_committed_spans_match_their_text(family):
    rows = _rows(family)
    check_committed_rows(rows, "eval5", family, SETS[family][1], evalset5.KEEP_KINDS)
    for r in rows:
        assert list(r) == ["id", "family", "text", "phi", "keep", "keep_kinds"]
        assert all(list(p) == ["start", "end", "type"] for p in r["phi"]), r["id"]
        assert len(r["keep"]) == len(set(r["keep"])), r["id"]


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
    check_own_locales(evalset5, evalset3, evalset4)


def test_every_faker_table_is_the_locales_own():
    check_faker_tables_are_the_locales_own(evalset5)


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
