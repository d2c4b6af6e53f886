"""The independent eval3 generator (tools/deid/evalset3.py) and the two sets it committed."""

import re

import pytest

from tools.deid import evalset3

from .evalset_checks import check_committed_rows, check_own_locales, check_regenerates, read_rows

# family -> (committed file, n, seed): the commands in the module docstring.
SETS = {
    "messages": ("eval3_messages.jsonl", 300, 501),
    "clinical": ("eval3_clinical.jsonl", 120, 502),
}


def _rows(family):
    return read_rows(SETS[family][0])


@pytest.mark.parametrize("family", sorted(SETS))
def test_regenerating_reproduces_the_committed_file(family):
    check_regenerates(evalset3, family, *SETS[family])


@pytest.mark.parametrize("family", sorted(SETS))
def test_committed_spans_match_their_text(family):
    rows = _rows(family)
    check_committed_rows(rows, "eval3", family, SETS[family][1], evalset3.KEEP_KINDS)


def test_locales_are_disjoint_from_every_project_locale_tuple():
    check_own_locales(evalset3)
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
