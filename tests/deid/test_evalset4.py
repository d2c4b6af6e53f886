"""The independent eval4 generator (tools/deid/evalset4.py) and the two sets it committed."""

import re

import pytest

from tools.deid import evalset3, evalset4

from .evalset_checks import (
    check_committed_rows,
    check_docstring_commands,
    check_faker_tables_are_the_locales_own,
    check_own_locales,
    check_regenerates,
    read_rows,
)

# family -> (committed file, n, seed): the commands in the module docstring.
SETS = {
    "messages": ("eval4_messages.jsonl", 300, 701),
    "clinical": ("eval4_clinical.jsonl", 120, 702),
}


def _rows(family):
    return read_rows(SETS[family][0])


def test_the_docstring_gives_the_commands():
    check_docstring_commands(evalset4, SETS)


@pytest.mark.parametrize("family", sorted(SETS))
def test_regenerating_reproduces_the_committed_file(family):
    check_regenerates(evalset4, family, *SETS[family])


@pytest.mark.parametrize("family", sorted(SETS))
def test_committed_spans_match_their_text(family):
    rows = _rows(family)
    check_committed_rows(rows, "eval4", family, SETS[family][1], evalset4.KEEP_KINDS)
    for r in rows:
        assert list(r) == ["id", "family", "text", "phi", "keep", "keep_kinds"]


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
    check_own_locales(evalset4, evalset3)


def test_every_faker_table_is_the_locales_own():
    check_faker_tables_are_the_locales_own(evalset4)


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
