"""The independent eval13 generator (tools/deid/evalset13.py) and the two sets it committed: its own
annotation conventions and text shapes (what every generator owes, from regeneration to locales, is
checked for all of them in test_evalset_generators.py)."""

import ipaddress
import re
from datetime import datetime

import pytest

from tools.deid import evalset13

from .evalset_checks import (
    age_value,
    check_every_type_often,
    check_genres_in_turn,
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
    "messages": ("eval13_messages.jsonl", 300, 2601),
    "clinical": ("eval13_clinical.jsonl", 120, 2602),
}
TUNING_SEEDS = {"messages": 2701, "clinical": 2702}

_TITLES = r"(Dr|Mr|Mrs|Ms|Coach|Officer|Imam|Father|Pastor)"
_CREDENTIALS = (r"(MD|DO|NP|PA-C|RN|LPN|DDS|AuD|PhD|CRNA|RRT|CNMT|PharmD|LCSW|BCC|MDiv|ATC|AT|DPT|PT|trainer|"
                r"MD, FAAD|AuD, CCC-A|PhD, HCLD|PhD, F-ABFT|PharmD, CACP)")  # fmt: skip
_MONTHS = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_WITH_YEAR = ("%m/%d/%Y", "%m/%d/%y", "%Y-%m-%d", "%d-%b-%Y", "%d%b%y", "%b %d, %Y", "%B %d, %Y", "%d %B %Y",
              "%d %b %Y", "%B %Y")  # fmt: skip
_NO_YEAR = ("%m/%d", "%b %d", "%B %d")
# genre -> a phrase only its rows carry (each genre is one fifteenth of its family)
_GENRE_MARKS = {
    "messages": (r"SKSK", r"booking ref", r"health services request", r"\bHMIS\b", r"athletics med", r"fax cover",
                 r"emergency information form", r"\bMEDIF\b", r"smilebot", r"resettlement case",
                 r"second opinion request", r"reservation code", r"return label", r"insurance waiver",
                 r"spiritual care"),
    "clinical": (r"posterior iliac crest", r"\bICSI\b", r"electrode impedance", r"mole mapping", r"72-hour detention",
                 r"\bTBSA\b", r"OPO referral", r"terminal illness", r"forensic toxicology", r"\bBruce\b",
                 r"FEV1/FVC", r"intravitreal", r"electroconvulsive", r"anticoagulation clinic", r"radiopharmaceutical"),
}  # fmt: skip


def _rows(family):
    return read_rows(SETS[family][0])


def _all_rows():
    return _rows("messages") + _rows("clinical")


def _spans(kind):
    return span_texts(_rows("messages"), kind) + span_texts(_rows("clinical"), kind)


def _around(kind, before, after):
    return spans_around(_rows("messages"), kind, before, after) + spans_around(_rows("clinical"), kind, before, after)


def _is_hijri(s: str) -> bool:
    m = re.fullmatch(r"(\d{2})/(\d{2})/(1[34]\d\d)", s)
    return bool(m) and 1 <= int(m.group(1)) <= 30 and 1 <= int(m.group(2)) <= 12


def parse_date(s: str) -> datetime | None:
    """A DATE span as a date (a year of 2024 when it has none; None for a Hijri date); ValueError if it
    is not one. A weekday written with a full date must be that date's."""
    if _is_hijri(s):
        return None
    m = re.match(r"(?i)(mon|tue|wed|thu|fri|sat|sun)[a-z]*,? ", s)
    rest = s[m.end() :] if m else s
    for fmt in _WITH_YEAR:
        try:
            d = datetime.strptime(rest, fmt)
        except ValueError:
            continue
        if m:
            assert d.strftime("%a").lower() == m.group(1).lower(), s
        return d
    rest = re.sub(r"(?i)(\d)(st|nd|rd|th)$", r"\1", rest)
    for fmt in _NO_YEAR:
        try:
            return datetime.strptime(f"{rest} 2024", f"{fmt} %Y")
        except ValueError:
            continue
    raise ValueError(s)


@pytest.mark.parametrize("family", sorted(SETS))
def test_annotation_conventions_hold(family):
    """Titles, credentials and kinship words stay outside NAME spans; dates parse (Hijri dates too) and
    are never a bare year or a clock time; an AGE is 90 or more and only the number; states and
    countries are never a LOCATION; ZIP, ADDRESS, phone, e-mail, IP, URL, SSN, MRN (Luhn), EBT card
    (Luhn), VIN and DEA numbers have their shapes."""
    states = set(evalset13.STATE_NAMES) | set(evalset13.STATE_NAMES.values())
    towns = {t[0] for t in evalset13.US_TOWNS} | set(evalset13.PS_TOWNS + evalset13.SA_TOWNS + evalset13.JO_TOWNS)
    towns_lower = {t.lower() for t in towns}
    kin = {k.lower() for k in evalset13.KIN_WORDS}
    for r in _rows(family):
        text = r["text"]
        for p in r["phi"]:
            s, kind = text[p["start"] : p["end"]], p["type"]
            before = text[max(0, p["start"] - 6) : p["start"]]
            where = (r["id"], s)
            if kind == "NAME":
                assert not re.match(rf"(?i){_TITLES}\.?\s", s), where
                assert not re.search(rf",\s*{_CREDENTIALS}$", s), where
                assert s.lower() not in kin, where
                assert not s.endswith("'s") and not re.search(r"\d", s), where
            elif kind == "DATE":
                assert not re.fullmatch(r"\d{4}", s), where
                assert not re.fullmatch(r"\d{1,2}:\d{2}( ?[ap]m)?", s, re.I), where
                assert re.search(rf"\d|(?i:\b{_MONTHS}\b)", s), where
                parse_date(s)
            elif kind == "AGE":
                assert age_value(s.lower()) >= 90, where
                assert not re.search(r"(?i)y/?o|year|yrs|age", s), where
            elif kind == "LOCATION":
                assert s not in states | set(evalset13.COUNTRIES) and not re.search(r"\d", s), where
                assert s in towns or s.lower() in towns_lower, where
            elif kind == "ZIP":
                assert re.fullmatch(r"\d{5}(-\d{4})?", s), where
            elif kind == "ADDRESS":
                assert re.fullmatch(r"(?i)\d+ [a-z ]+( unit \d+| apt \d+[a-d]| #\d+)?", s), where
            elif kind in ("PHONE", "FAX"):
                us = r"((\+1 |1-)?(\(\d{3}\) ?|\d{3}[-.])\d{3}[-.]\d{4})( ext \d+)?"
                abroad = r"\+966 5\d \d{3} \d{4}|\+962 7[789] \d{3} \d{4}|\+970 59\d \d{3} \d{3}"
                assert re.fullmatch(rf"{us}|{abroad}", s, re.I), where
            elif kind == "EMAIL":
                assert re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9.-]+\.[a-z]+", s, re.I), where
            elif kind == "IP":
                assert ipaddress.ip_address(s), where
            elif kind == "URL":
                assert re.match(r"(?i)https?://", s) and " " not in s, where
            elif kind == "SSN":
                assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", s) and not s.startswith(("000", "666", "9")), where
            elif kind == "MRN":
                assert re.fullmatch(r"\d{7,10}|\d{2}-\d{5,8}", s) and luhn_ok(s.replace("-", "")), where
            elif kind == "ACCOUNT" and re.fullmatch(r"\d{4} \d{4} \d{4} \d{4}", s):
                assert luhn_ok(s.replace(" ", "")), where
            elif kind == "VEHICLE" and len(s) == 17:
                assert vin_ok(s.upper()), where
            elif kind == "LICENSE" and before.upper().endswith("DEA "):
                assert dea_ok(s.upper()), where
            elif kind == "FACILITY":
                assert s[0].isalnum() and s[-1].isalnum(), where


@pytest.mark.parametrize("family", sorted(SETS))
def test_each_family_covers_every_safe_harbor_type_often_enough(family):
    check_every_type_often(_rows(family), 20)


@pytest.mark.parametrize("family", sorted(SETS))
def test_each_genre_occurs_equally_often(family):
    genres = evalset13.MESSAGE_GENRES if family == "messages" else evalset13.CLINICAL_GENRES
    check_genres_in_turn(_rows(family), _GENRE_MARKS[family], genres, SETS[family][1])


def test_every_keep_kind_occurs_and_look_alikes_are_kept():
    kinds = {k for r in _all_rows() for k in r["keep_kinds"].values()}
    assert kinds == set(evalset13.KEEP_KINDS)
    kept = {f: [t for r in _rows(f) for t in r["keep"]] for f in SETS}
    assert {"Lund and Browder", "Parkland", "Bruce", "Duke", "Snellen", "Karnofsky", "Glasgow", "Gardner"} <= set(
        kept["clinical"]
    )
    assert {"Ottawa ankle rules", "Lachman", "Gleason", "Alzheimer", "Parkinson"} <= set(kept["messages"])
    assert {"Cochlear", "Inogen", "Kanso 2", "One G5", "Tricare", "Medicaid"} <= set(
        kept["clinical"] + kept["messages"]
    )
    for f in SETS:
        assert sum(bool(re.fullmatch(r"[A-Z]\d{2}(\.\w+)?", t)) for t in kept[f]) >= 60  # ICD-10 codes
        assert sum(bool(re.fullmatch(r"\d{5}|[A-Z]\d{4}", t)) for t in kept[f]) >= 60  # CPT / HCPCS / CDT codes
    lots = [
        t for r in _rows("clinical") for t, k in r["keep_kinds"].items() if re.fullmatch(r"[A-Z]{1,2}\d{4,5}[A-Z]?", t)
    ]
    assert len(lots) >= 20  # lot numbers are codes, not PHI


def test_words_and_numbers_that_look_like_phi_stay_unannotated():
    """Kinship words, the relay number 711, the crisis line 988, housing units and jersey numbers are
    never PHI; a kunya ("Umm Murad") is one NAME span."""
    kin_hits = relay = 0
    for r in _all_rows():
        blank = without_phi(r)
        kin_hits += len(re.findall(rf"\b({'|'.join(evalset13.KIN_WORDS)})\b", blank))
        for m in re.finditer(r"(?i)(?<=via )711\b|(?<=called )988\b", r["text"]):
            relay += 1
            assert blank[m.start() : m.end()] == m.group(0), r["id"]
        for m in re.finditer(r"Housing: ([A-G]-\d+)|#(\d{1,2}), \d+yo", r["text"]):
            assert blank[m.start() : m.end()] == m.group(0), r["id"]
    assert kin_hits >= 10 and relay >= 20
    kunyas = [n for n in _spans("NAME") if re.fullmatch(r"(?i)(umm|abu) [a-z']+", n)]
    assert len(kunyas) >= 5


def test_ages_below_ninety_are_left_in_the_text():
    young = sum(
        len(re.findall(r"(?i)\b[1-8]?\d(?: ?y/o|yo\b| years old| yrs)|\(\d\d[FM]\)|\| [1-8]?\d [FM]\b|\(age [1-8]?\d\)|\bage:? [1-8]?\d\b", without_phi(r)))
        for r in _all_rows()
    )  # fmt: skip
    assert young >= 150
    old = (r"(?i)\b(9\d|1[01]\d)(?: ?y/o|yo\b|-year-old| years old| yrs)|\bage:? (9\d|1[01]\d)\b|\baged (9\d|1[01]\d)\b|"
           r"\((9\d|1[01]\d)[FM]\)|\| (9\d|1[01]\d) [FM]\b|\bis (9\d|1[01]\d)\b|\bninety|one hundred")  # fmt: skip
    for r in _all_rows():
        assert not re.search(old, without_phi(r)), r["id"]  # every age of 90 or more is annotated
    ages = _spans("AGE")
    assert sum(not a.isdigit() for a in ages) >= 15 and sum(age_value(a.lower()) >= 100 for a in ages) >= 15


def test_dates_have_many_shapes_and_all_parse():
    dates = _spans("DATE")
    assert all(parse_date(d) or _is_hijri(d) for d in dates)
    assert sum(_is_hijri(d) for d in dates) == 20  # one per resettlement message
    assert sum(bool(re.match(r"(?i)(mon|tue|wed|thu|fri|sat|sun)[a-z]*,? ", d)) for d in dates) >= 60
    assert sum(bool(re.fullmatch(r"\d{1,2}/\d{1,2}", d)) for d in dates) >= 100
    assert sum(bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)) for d in dates) >= 40
    assert sum(bool(re.fullmatch(r"(?i)\d{2}-[a-z]{3}-\d{4}|\d{2}[a-z]{3}\d{2}", d)) for d in dates) >= 30
    assert sum(bool(re.fullmatch(r"(?i)[a-z]+ \d{1,2}(st|nd|rd|th)", d)) for d in dates) >= 20  # "June 30th"
    assert sum(bool(re.fullmatch(r"(?i)[a-z]+ \d{4}", d)) for d in dates) >= 5  # month and year


def test_nothing_that_looks_like_phi_is_left_unannotated():
    """No e-mail, URL, IP address, full date, US phone number or SSN shape outside the PHI spans."""
    leaks = (r"\S+@\S+\.[a-z]{2,}", r"(?i)https?://|www\.", r"\b\d{1,3}(\.\d{1,3}){3}\b", r"\b(19|20)\d\d-\d\d-\d\d\b",
             r"\b\d{1,2}/\d{1,2}/(1[34]|19|20)?\d\d\b", r"\(\d{3}\) ?\d{3}-\d{4}", r"\b\d{3}[-.]\d{3}[-.]\d{4}\b",
             r"\b\d{3}-\d{2}-\d{4}\b", rf"(?i)\b{_MONTHS} \d{{1,2}}(st|nd|rd|th)?\b", r"\+9\d\d \d")  # fmt: skip
    for r in _all_rows():
        blank = without_phi(r)
        for pattern in leaks:
            m = re.search(pattern, blank)
            assert not m, (r["id"], pattern, m and m.group(0))


def test_name_shapes_vary_and_titles_stay_outside():
    names = _spans("NAME")
    assert sum(n == n.upper() and n != n.lower() and len(n) > 2 for n in names) >= 150  # relay rows, caps headers
    assert sum(n == n.lower() and n != n.upper() for n in names) >= 15  # chatbot replies, lower-case rows
    assert sum(bool(re.fullmatch(r"[^,]+, [^,]+", n)) for n in names) >= 100
    assert sum(bool(re.fullmatch(r"[A-Z]{2}", n)) for n in names) >= 40  # initials in tables and signatures
    assert sum(bool(re.fullmatch(r"[A-Z]\. \S+( \S+)*", n)) for n in names) >= 40  # "S. Al Safwan"
    assert sum(bool(re.fullmatch(r"\S+( \S+)? [A-Z]\.", n)) for n in names) >= 40  # "Sara A."
    assert sum(bool(re.search(r"(?i)\b(al-|al |abu |aba )", n)) for n in names) >= 200  # particles inside
    titled = [b for b, _, _ in _around("NAME", 8, 0) if re.search(rf"\b{_TITLES}\.? $", b)]
    assert len(titled) >= 100
    assert sum(bool(re.search(r"\b(Officer|Imam|Father|Pastor|Coach) $", b)) for b in titled) >= 40
    credentialed = [a for _, _, a in _around("NAME", 0, 14) if re.match(rf", {_CREDENTIALS}\b", a)]
    assert len(credentialed) >= 200


def test_identifiers_have_check_digits():
    mrns = _spans("MRN")
    assert len(mrns) >= 100 and all(luhn_ok(m.replace("-", "")) for m in mrns)
    cards = [a for a in _spans("ACCOUNT") if re.fullmatch(r"\d{4} \d{4} \d{4} \d{4}", a)]
    assert len(cards) >= 3 and all(luhn_ok(c.replace(" ", "")) for c in cards)
    deas = [s for b, s, _ in _around("LICENSE", 4, 0) if b.upper() == "DEA "]
    assert len(deas) >= 10 and all(dea_ok(d.upper()) for d in deas)
    vins = [v for v in _spans("VEHICLE") if len(v) == 17]
    assert len(vins) >= 10 and all(vin_ok(v.upper()) for v in vins)


def test_layouts_occur():
    msgs = [r["text"] for r in _rows("messages")]
    clin = [r["text"] for r in _rows("clinical")]
    assert sum(t == t.upper() for t in msgs) >= 20  # relay transcripts and a few capitals rows
    assert sum(t == t.lower() for t in msgs) >= 5
    speaker = r"^\[\d{1,2}:\d{2} [AP]M\] [^:\n]+:"
    assert sum(len(re.findall(speaker, t, re.M | re.I)) >= 4 for t in msgs) >= 30  # chats with clock times
    assert sum(bool(re.search(r"^> ", t, re.M)) for t in msgs) >= 15  # quoted notices
    assert sum(t.count("\n| ") >= 3 for t in clin) >= 40  # flowsheet and lab tables
    assert sum(bool(re.search(r"REGISTRATION|CARE TEAM|Addendum|Printed by", t)) for t in clin) >= 40
    assert sum(len(t) >= 800 for t in clin) >= 10 and sum(len(t) < 550 for t in clin) >= 10


def test_every_romanization_key_is_in_its_faker_table():
    assert evalset13.romanization_problems() == []
    assert evalset13.provenance_problems() == []


def test_romanized_and_hand_written_names_are_latin_script():
    spellings = [v for table in evalset13.ROMANIZATION.values() for vs in table.values() for v in vs]
    spellings += [v for vs in evalset13.GIVEN_F + evalset13.GIVEN_M for v in vs]
    assert spellings and all(re.fullmatch(r"[A-Z][A-Za-z']*([ -][A-Z][A-Za-z']*){0,2}", v) for v in spellings)
    assert len(evalset13.PS_SURNAMES) >= 40 and len(evalset13.SA_SURNAMES) >= 40
    assert len(evalset13.GIVEN_F) >= 60 and len(evalset13.GIVEN_M) >= 70
    assert evalset13.PS_SURNAMES["التميمي"] == ("Tamimi", "Al-Tamimi", "Al Tamimi")
    assert ("Mohammed", "Muhammad", "Mohamed", "Mohammad") in evalset13.GIVEN_M
    assert set(evalset13.FAKER_TABLES) == set(evalset13.NAME_LOCALES) == {"ar_PS", "ar_SA"}


@pytest.mark.parametrize("family", sorted(SETS))
def test_text_is_ascii(family):
    for r in _rows(family):
        assert r["text"].isascii(), r["id"]
