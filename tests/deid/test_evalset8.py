"""The independent eval8 generator (tools/deid/evalset8.py) and the two sets it committed: its own
annotation conventions and text shapes (what every generator owes, from regeneration to locales, is
checked for all of them in test_evalset_generators.py)."""

import ipaddress
import re

import pytest

from tools.deid import evalset8

from .evalset_checks import (
    SAFE_HARBOR,
    age_value,
    read_rows,
    span_texts,
    vin_ok,
    without_phi,
)

# family -> (committed file, n, seed): the commands in the module docstring.
SETS = {
    "messages": ("eval8_messages.jsonl", 300, 1501),
    "clinical": ("eval8_clinical.jsonl", 120, 1502),
}
TUNING_SEEDS = {"messages": 1601, "clinical": 1602}

_CREDENTIALS = r"(RN|MD|DO|NP|PA-C|PharmD|LCSW|MSW|RT|MA|LPN|CMA|PT|OTR/L|CCC-SLP|BSN)"


def _rows(family):
    return read_rows(SETS[family][0])


def _spans(family, kind):
    return span_texts(_rows(family), kind)


def _names(family):
    return _spans(family, "NAME")


@pytest.mark.parametrize("family", sorted(SETS))
def test_annotation_conventions_hold(family):
    """Titles, credentials and a possessive "'s" stay outside NAME spans; a bare year or a clock time is
    never a DATE; an AGE is 90 or more; states and countries are never a LOCATION; ZIP, ADDRESS,
    phone, e-mail, IP, URL, SSN and VIN spans have their shapes."""
    states = set(evalset8.STATES) | set(evalset8.STATE_ABBR) | set(evalset8.COUNTRIES)
    for r in _rows(family):
        text = r["text"]
        for p in r["phi"]:
            s, kind = text[p["start"] : p["end"]], p["type"]
            where = (r["id"], s)
            if kind == "NAME":
                assert not re.match(r"(?i)(dr|mr|mrs|ms|pt)\.?\s", s), where
                assert not re.search(rf"[,\s]+{_CREDENTIALS}$", s), where
                assert not s.endswith("'s"), where
            elif kind == "DATE":
                assert not re.fullmatch(r"\d{4}", s), where
                assert not re.fullmatch(r"\d{1,2}:\d{2}( ?[ap]m)?|\d{4}", s, re.I), where
                assert re.search(r"\d", s), where
            elif kind == "AGE":
                assert age_value(s) >= 90, where
            elif kind == "LOCATION":
                assert s not in states and not re.search(r"\d", s), where
            elif kind == "ZIP":
                assert re.fullmatch(r"\d{5}(-\d{4})?", s), where
            elif kind == "ADDRESS":
                assert re.fullmatch(r"\d+ .+|PO Box \d+", s), where
                assert s.split()[-1] not in states, where
            elif kind in ("PHONE", "FAX"):
                assert re.fullmatch(r"((\+1 |1-)?\(?\d{3}\)?[-. ]?\d{3}[-. ]?\d{4}|\d{3}-\d{4})( ?(ext\.?|x|extension) ?\d+)?", s, re.I), where  # fmt: skip
            elif kind == "EMAIL":
                assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]+", s), where
            elif kind == "IP":
                assert ipaddress.ip_address(s).version == 4, where
            elif kind == "URL":
                assert s.startswith("https://") and " " not in s, where
            elif kind == "SSN":
                assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", s), where
            elif kind == "VEHICLE" and len(s) == 17:
                assert vin_ok(s), where


@pytest.mark.parametrize("family", sorted(SETS))
def test_each_family_covers_every_safe_harbor_type_and_every_keep_kind(family):
    rows = _rows(family)
    types = {p["type"] for r in rows for p in r["phi"]}
    assert types >= SAFE_HARBOR, sorted(SAFE_HARBOR - types)
    kinds = {k for r in rows for k in r["keep_kinds"].values()}
    assert kinds == set(evalset8.KEEP_KINDS)


def test_the_two_families_cover_every_safe_harbor_type():
    types = {p["type"] for f in SETS for r in _rows(f) for p in r["phi"]}
    assert types >= SAFE_HARBOR, sorted(SAFE_HARBOR - types)


@pytest.mark.parametrize("family", sorted(SETS))
def test_every_type_is_frequent_enough_to_measure(family):
    counts: dict[str, int] = {}
    for r in _rows(family):
        for p in r["phi"]:
            counts[p["type"]] = counts.get(p["type"], 0) + 1
    assert min(counts.values()) >= 5, counts


def test_ages_below_ninety_are_left_in_the_text():
    young = sum(
        len(re.findall(r"\b[1-8]\d ?(?:y/o|yo|-year-old)\b|Age: [1-8]\d\b", without_phi(r))) for r in _rows("clinical")
    )
    young += sum(len(re.findall(r"\b(?:im|i am|im a) [1-8]\d\b", without_phi(r))) for r in _rows("messages"))
    assert young >= 40
    ages = _spans("messages", "AGE") + _spans("clinical", "AGE")
    assert sum(not a.isdigit() for a in ages) >= 5  # spelled ("ninety-four")


def test_clinical_documents_vary_in_length():
    lengths = [len(r["text"]) for r in _rows("clinical")]
    assert sum(n >= 800 for n in lengths) >= 25
    assert sum(n < 600 for n in lengths) >= 25


def test_romanized_values_are_latin_script():
    pools = evalset8.pools()
    plain = [v[0] for vs in pools.given.values() for v in vs] + [v[0] for v in pools.surnames]
    assert plain and all(re.fullmatch(r"[A-Z][a-z]+", v) for v in plain)
    assert all(re.fullmatch(r"[A-Z][a-z]*( [A-Z][a-z]*)*", v) for v in pools.places + pools.orgwords)
    marked = [v[1] for vs in pools.given.values() for v in vs] + [v[1] for v in pools.surnames]
    assert all(re.fullmatch(r"[^\W\d_]+", v) for v in marked)
    assert len(pools.given["si"]) > 300 and len(pools.given["th"]) > 300 and len(pools.places) > 100
    assert evalset8.romanize_si("අජන්ත") == "Ajantha"
    assert evalset8.romanize_si("දීපිකා") == "Deepika"
    assert evalset8.romanize_si("ඉඳුවර") == "Induwara"
    assert evalset8.romanize_si("දීපිකා", marks=True) == "Dīpikā"
    assert evalset8.romanize_si("ගුණසේකර", marks=True) == "Guṇasēkara"
    assert evalset8.romanize_th("สมชาย") == "Somchai"
    assert evalset8.romanize_th("ทองรัตน์") == "Thongrat"
    assert evalset8.romanize_th("สุขสวัสดิ์") == "Suksawat"
    assert evalset8.romanize_th("ประเสริฐ") == "Prasert"


@pytest.mark.parametrize("family", sorted(SETS))
def test_only_some_names_carry_diacritics(family):
    """Outside NAME spans the text is ASCII; some names keep Latin diacritics, most do not."""
    names = _names(family)
    for r in _rows(family):
        assert without_phi(r, {"NAME"}).isascii(), r["id"]
    marked = sum(not n.isascii() for n in names)
    assert 0.03 * len(names) <= marked <= 0.2 * len(names)


def test_messages_have_many_name_shapes():
    names = _names("messages")
    assert sum(n == n.lower() and n != n.upper() for n in names) >= 50
    assert sum(n == n.upper() and n != n.lower() for n in names) >= 60
    assert sum(not re.search(r"[\s,.]", n) for n in names) >= 200
    assert sum(bool(re.fullmatch(r"[^\s,]+, [^\s,]+( [A-Z]\.?)?", n)) for n in names) >= 60
    assert sum(bool(re.fullmatch(r"[A-Za-z]\.?[A-Za-z]\.?", n)) for n in names) >= 15  # initials
    assert sum(bool(re.fullmatch(r"([A-Z]\.)+ ?\S+( \S+)?", n)) for n in names) >= 20  # Sinhala initials
    assert sum(bool(re.search(r"[a-z]-[A-Za-z]", n)) for n in names) >= 20  # hyphenated married names
    assert sum(bool(re.fullmatch(r'\S+ "[A-Z][a-z]+" \S+', n)) for n in names) >= 15  # quoted nicknames
    assert {"Boss", "Ice", "Pop", "Beam", "Gift", "Mint", "Bank", "Golf", "New", "Earth", "Oil", "Film"} & set(names)
    possessive = sum(
        r["text"][p["end"] : p["end"] + 2] == "'s" for r in _rows("messages") for p in r["phi"] if p["type"] == "NAME"
    )
    assert possessive >= 30


def test_clinical_has_many_name_shapes():
    names = _names("clinical")
    assert sum(bool(re.fullmatch(r"[^\s,]+, [^\s,]+( [A-Z]\.?)?", n)) for n in names) >= 80
    assert sum(n == n.upper() and n != n.lower() for n in names) >= 50
    assert sum(bool(re.fullmatch(r"([A-Z]\.)+ ?\S+( \S+)?", n)) for n in names) >= 25
    assert sum(not re.search(r"[\s,.]", n) for n in names) >= 40


def test_dates_and_phones_have_many_shapes():
    dates = _spans("messages", "DATE") + _spans("clinical", "DATE")
    assert sum(bool(re.match(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? ", d, re.I)) for d in dates) >= 60
    assert sum(bool(re.fullmatch(r"\d{1,2}/\d{1,2}", d)) for d in dates) >= 60  # no year
    assert sum(bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)) for d in dates) >= 20
    assert sum(bool(re.fullmatch(r"[a-z]+ \d{1,2}(st|nd|rd|th)?( \d{4})?", d)) for d in dates) >= 20  # dictated
    assert sum(bool(re.fullmatch(r"[A-Z][a-z]{2,8} \d{1,2}(st|nd|rd|th)", d)) for d in dates) >= 20
    assert sum(bool(re.fullmatch(r"\d{2}[A-Z]{3}\d{4}|\d{2}-[A-Z][a-z]{2}-\d{4}", d)) for d in dates) >= 10
    phones = _spans("messages", "PHONE") + _spans("clinical", "PHONE") + _spans("messages", "FAX")
    assert sum(p.startswith("+1") for p in phones) >= 20
    assert sum(bool(re.search(r"(?i)(ext\.?|x|extension) ?\d+$", p)) for p in phones) >= 40
    assert sum(bool(re.fullmatch(r"\d{3}-\d{4}", p)) for p in phones) >= 20
    assert sum(bool(re.fullmatch(r"\d{10}", p)) for p in phones) >= 20


def test_dictated_messages_carry_no_punctuation_outside_their_spans():
    dictated = [r for r in _rows("messages") if " period" in r["text"] and r["text"] == r["text"].lower()]
    assert len(dictated) >= 12
    for r in dictated:
        assert not re.search(r"[.,;:!?]", without_phi(r)), r["id"]


def test_new_layouts_occur():
    msgs = [r["text"] for r in _rows("messages")]
    clin = [r["text"] for r in _rows("clinical")]
    assert sum(t.startswith("SMS log") for t in msgs) >= 10
    assert sum("Sent from my" in t for t in msgs) >= 15
    assert sum("\t" in t or " | " in t for t in msgs) >= 10  # pasted lab tables
    assert sum("***" in t for t in clin) >= 5  # unfilled dot-phrase blanks
    assert sum("\t" in t or " | " in t for t in clin) >= 20
    assert sum(bool(re.search(r"^[A-Z][A-Z /-]{8,}$", t, re.M)) for t in clin) >= 25  # all-caps headers
