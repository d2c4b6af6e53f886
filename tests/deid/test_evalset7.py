"""The independent eval7 generator (tools/deid/evalset7.py) and the two sets it committed."""

import re

import pytest

from tools.deid import evalset3, evalset4, evalset5, evalset6, evalset7

from .evalset_checks import (
    SAFE_HARBOR,
    check_committed_rows,
    check_docstring_commands,
    check_faker_tables_are_the_locales_own,
    check_own_locales,
    check_regenerates,
    check_seeds_differ,
    read_rows,
    span_texts,
)

# family -> (committed file, n, seed): the commands in the module docstring.
SETS = {
    "messages": ("eval7_messages.jsonl", 300, 1301),
    "clinical": ("eval7_clinical.jsonl", 120, 1302),
}


_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _rows(family):
    return read_rows(SETS[family][0])


def _spans(family, kind):
    return span_texts(_rows(family), kind)


def _names(family):
    return _spans(family, "NAME")


def test_the_docstring_gives_the_commands():
    check_docstring_commands(evalset7, SETS)


@pytest.mark.parametrize("family", sorted(SETS))
def test_regenerating_reproduces_the_committed_file(family):
    check_regenerates(evalset7, family, *SETS[family])


def test_other_seeds_give_other_rows():
    check_seeds_differ(evalset7, SETS)


@pytest.mark.parametrize("family", sorted(SETS))
def test_committed_spans_match_their_text(family):
    rows = _rows(family)
    check_committed_rows(rows, "eval7", family, SETS[family][1], evalset7.KEEP_KINDS)
    for r in rows:
        assert list(r) == ["id", "family", "text", "phi", "keep", "keep_kinds"]
        assert all(list(p) == ["start", "end", "type"] for p in r["phi"]), r["id"]
        assert len(r["keep"]) == len(set(r["keep"])), r["id"]


def _age(surface: str) -> int:
    if surface.isdigit():
        return int(surface)
    assert surface.lower().startswith("ninety"), surface
    tail = surface.lower().split("-")[-1]
    return 90 + (_UNITS.index(tail) + 1 if tail in _UNITS else 0)


@pytest.mark.parametrize("family", sorted(SETS))
def test_annotation_conventions_hold(family):
    """Titles and credentials stay outside NAME spans, a possessive "'s" too; a bare year or a clock
    time is never a DATE; an AGE is 90 or more; states and countries are never a LOCATION; a ZIP is a
    ZIP (+4); a US state abbreviation never ends an ADDRESS span."""
    states = set(evalset7.STATES) | set(evalset7.STATE_ABBR) | set(evalset7.COUNTRIES) | {"USA"}
    for r in _rows(family):
        text = r["text"]
        for p in r["phi"]:
            surface = text[p["start"] : p["end"]]
            if p["type"] == "NAME":
                assert not re.match(r"(?i)(dr|mr|mrs|ms|det|hon|officer|baby)\.?\s", surface), (r["id"], surface)
                assert not re.search(r"(?i)[,\s]+(RN|MD|NP|DO|CRNA|PharmD|LCSW|FRCP|MS, CGC|SANE-A)$", surface), (
                    r["id"],
                    surface,
                )
                assert not surface.endswith("'s"), (r["id"], surface)
            if p["type"] == "DATE":
                assert not re.fullmatch(r"\d{4}", surface), (r["id"], surface)
                assert not re.fullmatch(r"\d{1,2}:\d{2}( ?[ap]m)?", surface, re.I), (r["id"], surface)
            if p["type"] == "AGE":
                assert _age(surface) >= 90, (r["id"], surface)
            if p["type"] == "LOCATION":
                assert surface not in states, (r["id"], surface)
            if p["type"] == "ZIP":
                assert re.fullmatch(r"\d{5}(-\d{4})?", surface), (r["id"], surface)
            if p["type"] == "ADDRESS":
                assert re.match(r"(\d+ |PO Box \d+$)", surface), (r["id"], surface)
                assert surface.split()[-1] not in states, (r["id"], surface)


def test_ages_below_ninety_are_left_in_the_text():
    rows = _rows("messages") + _rows("clinical")
    young = sum(bool(re.search(r"\bAge:? [1-8]\d\b|\bI am [1-8]\d\b|she is [1-8]\d\b", r["text"])) for r in rows)
    assert young >= 20
    assert sum(p["type"] == "AGE" and not r["text"][p["start"]].isdigit() for r in rows for p in r["phi"]) >= 5


def test_the_two_families_cover_every_safe_harbor_type():
    types = {p["type"] for f in SETS for r in _rows(f) for p in r["phi"]}
    assert types >= SAFE_HARBOR, sorted(SAFE_HARBOR - types)


@pytest.mark.parametrize("family", sorted(SETS))
def test_each_family_covers_many_phi_types_and_every_keep_kind(family):
    rows = _rows(family)
    types = {p["type"] for r in rows for p in r["phi"]}
    assert len(types) >= 18, sorted(types)
    kinds = {k for r in rows for k in r["keep_kinds"].values()}
    assert kinds == set(evalset7.KEEP_KINDS)


def test_clinical_documents_vary_in_length():
    lengths = [len(r["text"]) for r in _rows("clinical")]
    assert sum(n >= 800 for n in lengths) >= 25
    assert sum(n < 600 for n in lengths) >= 25


def test_locales_are_disjoint_from_every_project_locale_tuple():
    check_own_locales(evalset7, evalset3, evalset4, evalset5, evalset6)


def test_every_faker_table_is_the_locales_own():
    check_faker_tables_are_the_locales_own(evalset7)


def test_romanized_values_are_latin_script():
    pools = evalset7.pools()
    plain = [v[0] for vs in pools.given.values() for v in vs] + [v[0] for v in pools.surnames]
    plain += list(pools.places) + list(pools.orgwords)
    assert plain and all(re.fullmatch(r"[A-Za-z]+", v) for v in plain)
    marked = [v[1] for vs in pools.given.values() for v in vs] + [v[1] for v in pools.surnames]
    assert all(re.fullmatch(r"[^\W\d_]+", v) for v in marked)
    assert evalset7.romanize_ta("முருகன்") == "Murugan"
    assert evalset7.romanize_ta("வடிவேல்") == "Vadivel"
    assert evalset7.romanize_ta("முத்து") == "Muthu"
    assert evalset7.romanize_ta("அம்பிகா", marks=True) == "Ambigā"
    assert evalset7.romanize_bn("মজুমদার") == "Majumdar"
    assert evalset7.romanize_bn("বিশ্বাস") == "Biswas"
    assert evalset7.romanize_bn("রহমান") == "Rahman"
    assert evalset7.romanize_bn("শর্মিলা", marks=True) == "Śarmilā"


@pytest.mark.parametrize("family", sorted(SETS))
def test_only_some_names_carry_diacritics(family):
    """Outside NAME spans the text is ASCII; some names keep Latin diacritics, most do not."""
    names = _names(family)
    for r in _rows(family):
        text, cut = r["text"], r["text"]
        for p in r["phi"]:
            if p["type"] == "NAME":
                cut = cut[: p["start"]] + "x" * (p["end"] - p["start"]) + cut[p["end"] :]
        assert cut.isascii(), r["id"]
        assert len(cut) == len(text)
    marked = sum(not n.isascii() for n in names)
    assert 0.03 * len(names) <= marked <= 0.2 * len(names)


def test_messages_have_many_name_shapes():
    names = _names("messages")
    assert sum(n == n.lower() and n != n.upper() for n in names) >= 40
    assert sum(n == n.upper() and n != n.lower() for n in names) >= 100
    assert sum(not re.search(r"[\s,.]", n) for n in names) >= 250
    assert sum(bool(re.fullmatch(r"[^\s,]+, [^\s,]+( [A-Z]\.)?", n)) for n in names) >= 80
    assert sum(bool(re.fullmatch(r"[A-Za-z]\.?[A-Za-z]\.?", n)) for n in names) >= 30  # initials
    assert sum(bool(re.search(r"[a-z]-[A-Za-z]", n)) for n in names) >= 20  # double-barrelled surnames
    assert sum(bool(re.search(r"\b(Jr\.?|II)$", n)) for n in names) >= 5
    assert sum('"' in n for n in names) >= 10  # quoted nicknames
    assert sum(bool(re.fullmatch(r"[A-Z]\.( ?[A-Z]\.)? \S+", n)) for n in names) >= 25  # Tamil father's initial
    assert sum(bool(re.search(r" bin(ti)? ", n)) for n in names) >= 5
    assert {"Ray", "Pal", "Das", "Sen", "Dev", "Asha", "Mina", "Amal", "Rani", "Khan"} & set(names)  # common words
    possessive = sum(
        r["text"][p["end"] : p["end"] + 2] == "'s" for r in _rows("messages") for p in r["phi"] if p["type"] == "NAME"
    )
    assert possessive >= 30


def test_clinical_has_many_name_shapes():
    names = _names("clinical")
    assert sum(bool(re.fullmatch(r"[^\s,]+, [^\s,]+( [A-Z]\.)?", n)) for n in names) >= 80
    assert sum(n == n.upper() and n != n.lower() for n in names) >= 50
    assert sum(bool(re.fullmatch(r"[A-Z]\.( ?[A-Z]\.)? \S+", n)) for n in names) >= 50
    assert sum(not re.search(r"[\s,.]", n) for n in names) >= 150
    assert sum("^" in n for n in names) >= 15  # HL7 LAST^FIRST^M is one span


def test_dates_and_phones_have_many_shapes():
    dates = _spans("messages", "DATE") + _spans("clinical", "DATE")
    assert sum(bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)) for d in dates) >= 30
    assert sum(bool(re.fullmatch(r"\d{1,2}/\d{1,2}", d)) for d in dates) >= 30  # no year
    assert sum(bool(re.search(r"\d(st|nd|rd|th) [A-Z][a-z]{2}", d)) for d in dates) >= 10
    assert sum(bool(re.search(r"the [a-z-]+ of|[A-Z][a-z]+ the [a-z-]+$", d)) for d in dates) >= 10
    assert sum(bool(re.fullmatch(r"\d{8}", d)) for d in dates) >= 10  # HL7
    phones = _spans("messages", "PHONE") + _spans("clinical", "PHONE")
    assert sum(p.startswith("+1") for p in phones) >= 20
    assert sum(bool(re.search(r"(ext|x)\s?\d+$", p)) for p in phones) >= 20
    assert sum(bool(re.fullmatch(r"\d{3}-\d{4}", p)) for p in phones) >= 10
