"""The independent eval11 generator (tools/deid/evalset11.py) and the two sets it committed: its own
annotation conventions and text shapes (what every generator owes, from regeneration to locales, is
checked for all of them in test_evalset_generators.py)."""

import ipaddress
import re
from datetime import datetime

import pytest

from tools.deid import evalset11

from .evalset_checks import (
    age_value,
    check_every_type_often,
    dea_ok,
    luhn_ok,
    read_rows,
    span_texts,
    spans_around,
    vin_ok,
    without_phi,
)

# family -> (committed file, n, seed): the commands in the module docstring.
SETS = {
    "messages": ("eval11_messages.jsonl", 300, 2101),
    "clinical": ("eval11_clinical.jsonl", 120, 2102),
}
TUNING_SEEDS = {"messages": 2201, "clinical": 2202}

_CREDENTIALS = r"(RN|MD|DO|NP|PhD|PharmD|LCSW|AuD|CCC-A|RPSGT|CNM|CHW)"
_HONORIFICS = r"(Dr|Mr|Mrs|Ms|Hadj|Hadja|Shri|Smt)"
_KIN = ("Ba", "Dadi", "Nani", "Yemma", "Khalti", "Jeddi", "Mummy")
_MONTHS = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth", "twentieth"]  # fmt: skip
_WITH_YEAR = ("%m/%d/%Y", "%m/%d/%y", "%Y-%m-%d", "%b-%d-%Y", "%d-%b-%Y", "%d%b%Y", "%d.%m.%Y", "%B %d, %Y", "%d %B %Y")
_NO_YEAR = ("%m/%d", "%b %d", "%B %d")


def _rows(family):
    return read_rows(SETS[family][0])


def _spans(family, kind):
    return span_texts(_rows(family), kind)


def _around(family, kind, before, after):
    return spans_around(_rows(family), kind, before, after)


def _day_number(word: str) -> int:
    word = word.lower()
    if word == "thirtieth":
        return 30
    if "-" in word:
        tens, unit = word.split("-")
        return {"twenty": 20, "thirty": 30}[tens] + _ORDINALS.index(unit) + 1
    return _ORDINALS.index(word) + 1


def parse_date(s: str) -> datetime:
    """A DATE span as a date (a year of 2024 when it has none); ValueError if it is not one."""
    m = re.match(r"(?i)(mon|tue|wed|thu|fri|sat|sun)[a-z]*,? ", s)
    rest = s[m.end() :] if m else s
    for fmt in _WITH_YEAR + ("%B %Y",):
        try:
            d = datetime.strptime(rest, fmt)
        except ValueError:
            continue
        if m:
            assert d.strftime("%a").lower() == m.group(1).lower(), s
        return d
    rest = re.sub(r"(?i)(\d)(st|nd|rd|th)$", r"\1", rest)
    spelled = re.fullmatch(rf"(?i)({_MONTHS}) ([a-z-]+)", rest)
    if spelled and not spelled.group(3).isdigit():
        rest = f"{spelled.group(1)} {_day_number(spelled.group(3))}"
    for fmt in _NO_YEAR:
        try:
            return datetime.strptime(f"{rest} 2024", f"{fmt} %Y")
        except ValueError:
            continue
    raise ValueError(s)


@pytest.mark.parametrize("family", sorted(SETS))
def test_annotation_conventions_hold(family):
    """Honorifics, credentials and kinship words stay outside NAME spans; dates parse and are never a
    bare year or a clock time; an AGE is 90 or more; states and countries are never a LOCATION;
    ZIP, ADDRESS, phone, e-mail, IP, URL, SSN, VIN, MRN (Luhn) and DEA numbers have their shapes."""
    not_places = set(evalset11.STATES) | set(evalset11.STATES.values()) | set(evalset11.COUNTRIES)
    for r in _rows(family):
        text = r["text"]
        for p in r["phi"]:
            s, kind = text[p["start"] : p["end"]], p["type"]
            before = text[max(0, p["start"] - 16) : p["start"]]
            where = (r["id"], s)
            if kind == "NAME":
                assert not re.match(rf"(?i){_HONORIFICS}\.?\s", s), where
                assert not re.search(rf"[,\s]+{_CREDENTIALS}$", s), where
                assert s.lower() not in {k.lower() for k in _KIN}, where
                assert not s.endswith("'s"), where
            elif kind == "DATE":
                assert not re.fullmatch(r"\d{4}", s), where
                assert not re.fullmatch(r"\d{1,2}:\d{2}( ?[ap]m)?", s, re.I), where
                assert re.search(rf"\d|(?i:\b{_MONTHS}\b)", s), where
                parse_date(s)
            elif kind == "AGE":
                assert age_value(s) >= 90, where
                assert not re.search(r"(?i)y/?o|year", s), where
            elif kind == "LOCATION":
                assert s not in not_places and s.title() not in not_places and not re.search(r"\d", s), where
            elif kind == "ZIP":
                assert re.fullmatch(r"\d{5}(-\d{4})?", s), where
            elif kind == "ADDRESS":
                assert re.fullmatch(r"(?i)\d+ [A-Za-z' ]+( Unit \d+|, Apt \d+[A-D])?|PO Box \d+", s), where
                assert s.split()[-1] not in not_places, where
            elif kind in ("PHONE", "FAX"):
                us = r"((\+1 |1-)?\(?\d{3}\)?[-. ]?\d{3}[-. ]?\d{4})( ?(ext\.?|x|extension) ?\d+)?"
                foreign = r"\+213 [567]\d\d \d\d \d\d \d\d|\+91 [6-9]\d{4} \d{5}"
                assert re.fullmatch(rf"{us}|{foreign}", s, re.I), where
            elif kind == "EMAIL":
                assert re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9.-]+\.[a-z]+", s, re.I), where
            elif kind == "IP":
                assert ipaddress.ip_address(s).version == 4, where
            elif kind == "URL":
                assert re.match(r"(?i)(https?://|www\.)", s) and " " not in s, where
            elif kind == "SSN":
                assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", s) and not s.startswith(("000", "666", "9")), where
            elif kind == "VEHICLE" and len(s) == 17:
                assert vin_ok(s.upper()), where
            elif kind == "MRN":
                assert re.fullmatch(r"\d{3}-\d{3}-\d+|\d{8,10}", s) and luhn_ok(s.replace("-", "")), where
            elif kind == "LICENSE" and before.upper().endswith("DEA "):
                assert dea_ok(s.upper()), where
            if kind in ("NAME", "LOCATION"):
                assert not re.search(r"\d", s), where


@pytest.mark.parametrize("family", sorted(SETS))
def test_each_family_covers_every_safe_harbor_type_often_enough(family):
    check_every_type_often(_rows(family), 12)


def test_every_keep_kind_occurs_and_look_alikes_are_kept():
    kinds = {k for f in SETS for r in _rows(f) for k in r["keep_kinds"].values()}
    assert kinds == set(evalset11.KEEP_KINDS)
    kept = {f: [t for r in _rows(f) for t in r["keep"]] for f in SETS}
    assert {"Braden", "Epworth", "Rinne", "Weber", "Foley", "Glasgow", "Leopold"} <= set(kept["clinical"])
    assert {"Medicare", "Medicaid", "ResMed"} & set(kept["messages"])
    for f in SETS:
        assert sum(bool(re.fullmatch(r"[A-Z]\d{2}(\.\w+)?", t)) for t in kept[f]) >= 20  # ICD-10 codes
        assert sum(bool(re.fullmatch(r"\d{5}|[A-Z]\d{4}", t)) for t in kept[f]) >= 20  # CPT / HCPCS codes
        for r in _rows(f):
            for term in r["keep"]:
                for m in re.finditer(re.escape(term), r["text"]):
                    assert not any(p["start"] < m.end() and m.start() < p["end"] for p in r["phi"]), (r["id"], term)


def test_ages_below_ninety_are_left_in_the_text():
    young = sum(
        len(
            re.findall(
                r"(?i)\b[1-8]?\d(?: ?y/o|-year-old)|\bage:? [1-8]?\d\b|\bis [1-8]?\d\b|, [1-8]?\d\.", without_phi(r)
            )
        )
        for f in SETS
        for r in _rows(f)
    )
    assert young >= 120
    old = r"(?i)\b(9\d|1[01]\d)(?: ?y/o|-year-old| year old| years old)|\bage:? (9\d|1[01]\d)\b|\bninety|hundred"
    for f in SETS:
        for r in _rows(f):
            assert not re.search(old, without_phi(r)), r["id"]  # every age of 90 or more is annotated
    ages = _spans("messages", "AGE") + _spans("clinical", "AGE")
    assert sum(not a.isdigit() for a in ages) >= 20 and sum(age_value(a) >= 100 for a in ages) >= 5


def test_dates_have_many_shapes_and_all_parse():
    dates = _spans("messages", "DATE") + _spans("clinical", "DATE")
    assert all(parse_date(d) for d in dates)
    assert sum(bool(re.match(r"(?i)(mon|tue|wed|thu|fri|sat|sun)[a-z]*,? ", d)) for d in dates) >= 40
    assert sum(bool(re.fullmatch(r"\d{1,2}/\d{1,2}", d)) for d in dates) >= 60
    assert sum(bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)) for d in dates) >= 40
    assert (
        sum(bool(re.fullmatch(r"(?i)[a-z]{3}-\d{2}-\d{4}|\d{2}-[a-z]{3}-\d{4}|\d{2}[a-z]{3}\d{4}", d)) for d in dates)
        >= 40
    )
    assert sum(bool(re.fullmatch(r"\d{2}\.\d{2}\.\d{4}", d)) for d in dates) >= 20
    assert sum(bool(re.fullmatch(r"(?i)[a-z]+ [a-z-]+", d)) for d in dates) >= 20  # "March fourteenth"
    assert sum(bool(re.fullmatch(r"(?i)[a-z]+ \d{4}", d)) for d in dates) >= 5  # month and year


def test_name_shapes_vary_and_titles_stay_outside():
    names = _spans("messages", "NAME") + _spans("clinical", "NAME")
    assert sum(n == n.lower() and n != n.upper() for n in names) >= 40
    assert sum(n == n.upper() and n != n.lower() and len(n) > 2 for n in names) >= 80
    assert sum(bool(re.fullmatch(r"[^,]+, [^,]+", n)) for n in names) >= 80
    assert sum(bool(re.fullmatch(r"[A-Z]{2}", n)) for n in names) >= 10  # initials
    assert sum(bool(re.fullmatch(r"[A-Z]\. \S+( \S+)?", n)) for n in names) >= 30  # "R. Patel"
    assert sum(bool(re.fullmatch(r"\S+ [A-Z]\.", n)) for n in names) >= 30  # "Neha P."
    assert sum(bool(re.search(r"[a-z](bhai|ben)\b", n)) for n in names) >= 20  # joined Gujarati suffix
    titled = [b for f in SETS for b, _, _ in _around(f, "NAME", 7, 0) if re.search(rf"\b{_HONORIFICS}\.? $", b)]
    assert len(titled) >= 100
    assert sum(bool(re.search(r"\b(Hadj|Hadja|Shri|Smt\.) $", b)) for b in titled) >= 3
    credentialed = [a for f in SETS for _, _, a in _around(f, "NAME", 0, 8) if re.match(rf", {_CREDENTIALS}\b", a)]
    assert len(credentialed) >= 100
    kin = sum(len(re.findall(rf"\b({'|'.join(_KIN)})\b", without_phi(r))) for f in SETS for r in _rows(f))
    assert kin >= 20


def test_identifiers_have_check_digits():
    mrns = _spans("messages", "MRN") + _spans("clinical", "MRN")
    assert mrns and all(luhn_ok(m.replace("-", "")) for m in mrns)
    deas = [s for f in SETS for b, s, _ in _around(f, "LICENSE", 4, 0) if b.upper() == "DEA "]
    assert len(deas) >= 10 and all(dea_ok(d.upper()) for d in deas)
    vins = [v for f in SETS for v in _spans(f, "VEHICLE") if len(v) == 17]
    assert len(vins) >= 20 and all(vin_ok(v.upper()) for v in vins)


def test_layouts_occur():
    msgs = [r["text"] for r in _rows("messages")]
    clin = [r["text"] for r in _rows("clinical")]
    voice = [r for r in _rows("messages") if r["text"].startswith("voicemail from")]
    assert len(voice) == 30 and all(r["text"] == r["text"].lower() for r in voice)
    assert sum(bool(re.search(r"^\[", t, re.M)) for t in msgs) >= 60  # timestamped chats
    assert sum("Forwarded message" in t for t in msgs) >= 20
    assert sum("CONFIDENTIALITY NOTICE" in t for t in msgs) >= 20
    assert sum(t.count("\n| ") >= 4 for t in clin) >= 10  # medication tables
    assert sum("REGISTRATION" in t or "ADDENDUM" in t or "CARE TEAM" in t for t in clin) >= 40
    assert sum(len(t) >= 800 for t in clin) >= 20 and sum(len(t) < 600 for t in clin) >= 20
    assert sum(t == t.upper() for t in msgs + clin) >= 5


def test_every_romanization_key_is_in_its_faker_table():
    assert evalset11.romanization_problems() == []
    assert evalset11.provenance_problems() == []


def test_romanized_values_are_latin_script():
    pools = evalset11.pools()
    spellings = [v for vs in pools.given.values() for sp in vs for v in sp]
    spellings += [v for vs in pools.surnames.values() for sp in vs for v in sp]
    assert spellings and all(re.fullmatch(r"[A-Z][a-z]+( [A-Z][a-z]+)?", v) for v in spellings)
    assert all(re.fullmatch(r"[A-Z][A-Za-z']*( [A-Z][A-Za-z']*)*", t) for t in pools.towns)
    assert len(pools.given[("gu_IN", "f")]) == 19 and len(pools.given[("gu_IN", "m")]) == 77
    assert len(pools.surnames["gu_IN"]) == 8 and len(pools.surnames["ar_DZ"]) > 190 and len(pools.towns) > 110
    assert ("Youcef", "Youssef") in pools.given[("ar_DZ", "m")]
    assert ("Benali", "Ben Ali") in pools.surnames["ar_DZ"]
    assert ("Sandip", "Sandeep") in pools.given[("gu_IN", "m")]
    assert {"Ain M'lila", "Bordj El Kiffan", "Sidi Bel Abbes"} <= set(pools.towns)


@pytest.mark.parametrize("family", sorted(SETS))
def test_text_is_ascii(family):
    for r in _rows(family):
        assert r["text"].isascii(), r["id"]
