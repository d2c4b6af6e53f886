"""The independent eval6 generator (tools/deid/evalset6.py) and the two sets it committed."""

import re

import pytest

from tools.deid import evalset3, evalset4, evalset5, evalset6

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
    "messages": ("eval6_messages.jsonl", 300, 1101),
    "clinical": ("eval6_clinical.jsonl", 120, 1102),
}


AGE_WORDS = {"ninety": 90, "one hundred": 100}


def _rows(family):
    return read_rows(SETS[family][0])


def _names(family):
    return [r["text"][p["start"] : p["end"]] for r in _rows(family) for p in r["phi"] if p["type"] == "NAME"]


def test_the_docstring_gives_the_commands():
    check_docstring_commands(evalset6, SETS)


@pytest.mark.parametrize("family", sorted(SETS))
def test_regenerating_reproduces_the_committed_file(family):
    check_regenerates(evalset6, family, *SETS[family])


def test_other_seeds_give_other_rows():
    check_seeds_differ(evalset6, SETS)


@pytest.mark.parametrize("family", sorted(SETS))
def test_committed_spans_match_their_text(family):
    rows = _rows(family)
    check_committed_rows(rows, "eval6", family, SETS[family][1], evalset6.KEEP_KINDS)
    for r in rows:
        assert list(r) == ["id", "family", "text", "phi", "keep", "keep_kinds"]
        assert all(list(p) == ["start", "end", "type"] for p in r["phi"]), r["id"]
        assert len(r["keep"]) == len(set(r["keep"])), r["id"]


def _age(surface: str) -> int:
    if surface.isdigit():
        return int(surface)
    base = next(v for k, v in AGE_WORDS.items() if surface.lower().startswith(k))
    units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    tail = re.split(r"[- ]", surface.lower())[-1]
    return base + (units.index(tail) + 1 if tail in units else 0)


@pytest.mark.parametrize("family", sorted(SETS))
def test_annotation_conventions_hold(family):
    """Titles and credentials stay outside NAME spans, a possessive "'s" too; a bare year or a clock
    time is never a DATE; an AGE is 90 or more; states and countries are never a LOCATION; a ZIP is a
    ZIP (+4); a cross-street pair is one ADDRESS span."""
    states = {"Oregon", "Washington", "Minnesota", "Colorado", "Virginia", "Ohio", "New Mexico", "Nebraska", "Utah"}
    states |= {"Nepal", "Korea", "OR", "WA", "MN", "CO", "VA", "OH", "NM", "NE", "UT", "PA", "NC", "MI"}
    for r in _rows(family):
        text = r["text"]
        for p in r["phi"]:
            surface = text[p["start"] : p["end"]]
            if p["type"] == "NAME":
                assert not re.match(r"(?i)(dr|mr|mrs|ms|miss|nurse)\.?\s", surface), (r["id"], surface)
                assert not re.search(r"(?i)[,\s]+(RN|MD|NP|DO|PA-C|DDS|RDH|CNM|LCSW|MSW|PharmD|OTR/L)$", surface), (
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
            if p["type"] == "ADDRESS" and re.search(r" (&|and|/) ", surface):
                assert re.fullmatch(r"[\w ]+ (Rd|Ave|St) (&|and|/) [\w ]+ (Rd|Ave|St|Blvd)", surface, re.I), (
                    r["id"],
                    surface,
                )


def test_the_two_families_cover_every_safe_harbor_type():
    types = {p["type"] for f in SETS for r in _rows(f) for p in r["phi"]}
    assert types >= SAFE_HARBOR, sorted(SAFE_HARBOR - types)


@pytest.mark.parametrize("family", sorted(SETS))
def test_each_family_covers_many_phi_types_and_every_keep_kind(family):
    rows = _rows(family)
    types = {p["type"] for r in rows for p in r["phi"]}
    assert len(types) >= 18, sorted(types)
    kinds = {k for r in rows for k in r["keep_kinds"].values()}
    assert kinds == set(evalset6.KEEP_KINDS)


def test_locales_are_disjoint_from_every_project_locale_tuple():
    check_own_locales(evalset6, evalset3, evalset4, evalset5)


def test_every_faker_table_is_the_locales_own():
    check_faker_tables_are_the_locales_own(evalset6)


def test_romanized_values_are_latin_script():
    pools = evalset6.pools()
    plain = [v[0] for by_sex in pools.first.values() for vs in by_sex.values() for v in vs]
    plain += [v[0] for vs in pools.last.values() for v in vs]
    plain += pools.places + pools.streets + pools.orgwords
    assert plain and all(re.fullmatch(r"[A-Za-z]+(?:[- ][A-Za-z]+)*", v) for v in plain)
    marked = [v[1] for by_sex in pools.first.values() for vs in by_sex.values() for v in vs]
    assert all(re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", v) for v in marked)
    assert set(pools.first) == set(evalset6.NAME_LOCALES)
    assert evalset6.romanize_ko("서연") == "Seoyeon"
    assert evalset6.romanize_ko("서연", hyphen=True, marks=True) == "Sŏ-yŏn"
    assert evalset6.romanize_ko_surname("박") == "Park"
    assert evalset6.romanize_ne("श्रेष्ठ") == "Shreshtha"
    assert evalset6.romanize_ne("अनिल") == "Anil"
    assert evalset6.romanize_ne("सीता", marks=True) == "Sītā"


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
    assert sum(n == n.lower() and n != n.upper() for n in names) >= 60
    assert sum(n == n.upper() and n != n.lower() for n in names) >= 60
    assert sum(not re.search(r"[\s,.]", n) for n in names) >= 200
    assert sum(bool(re.fullmatch(r"[^\s,]+, [^\s,]+( [A-Z]\.)?", n)) for n in names) >= 15
    assert sum(bool(re.fullmatch(r"[A-Z]\.?[A-Z]\.?", n)) for n in names) >= 20  # initials signing a message
    assert sum(bool(re.search(r"[a-z]-[A-Za-z]", n)) for n in names) >= 30  # Min-seo, Malla-Paudyal
    assert any(re.search(r"\b(Jr\.?|II|III)$", n) for n in names)
    assert sum('"' in n or "'" in n for n in names) >= 5
    assert any(re.fullmatch(r"[A-Z]\.( ?[A-Z]\.)? \S+", n) for n in names)
    assert any("K.C." in n for n in names)
    assert {"Park", "Moon", "Song", "Son", "Hong", "Han"} & set(names)  # names that are common words
    possessive = sum(
        r["text"][p["end"] : p["end"] + 2] == "'s" for r in _rows("messages") for p in r["phi"] if p["type"] == "NAME"
    )
    assert possessive >= 10


def test_clinical_has_many_name_shapes():
    names = _names("clinical")
    assert sum(bool(re.fullmatch(r"[^\s,]+, [^\s,]+( [A-Z]\.)?", n)) for n in names) >= 40
    assert sum(n == n.upper() and n != n.lower() for n in names) >= 20
    assert sum(bool(re.fullmatch(r"[A-Z]\.( ?[A-Z]\.)? \S+", n)) for n in names) >= 20
    assert sum(not re.search(r"[\s,.]", n) for n in names) >= 60


def test_spoken_numbers_and_dates_occur_in_messages():
    rows = _rows("messages")
    spans = [(r["text"][p["start"] : p["end"]], p["type"]) for r in rows for p in r["phi"]]
    assert sum(t == "PHONE" and re.fullmatch(r"[a-z -]+", s) is not None for s, t in spans) >= 5
    assert sum(t == "DATE" and re.search(r"(?i)the \w+ of \w+|\w+ the \w+", s) is not None for s, t in spans) >= 5
    assert sum(t == "MRN" and re.fullmatch(r"[a-z ]+", s) is not None for s, t in spans) >= 1
