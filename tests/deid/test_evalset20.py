"""The independent eval20 generator (tools/deid/evalset20.py) and the two sets it committed: its own
annotation conventions and text shapes (what every generator owes, from regeneration to locales, is
checked for all of them in test_evalset_generators.py)."""

import ipaddress
import re
from datetime import datetime

import pytest

from tools.deid import evalset20

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
    "messages": ("eval20_messages.jsonl", 300, 4001),
    "clinical": ("eval20_clinical.jsonl", 120, 4002),
}
TUNING_SEEDS = {"messages": 4101, "clinical": 4102}

_TITLES = r"(Dr|Mr|Mrs|Ms|Nha|Nho|Don|Dona|Bagsh|Pastor)"
_CREDENTIALS = r"(MD|DO|NP|PA-C|RN|LPN|CWOCN|CPO|CCC-SLP|CDRS|OTR/L|PharmD|LCSW|RTT|CMD|MSW|DPM)"
_MONTHS = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_WITH_YEAR = ("%m/%d/%Y", "%m/%d/%y", "%Y-%m-%d", "%d-%b-%Y", "%d%b%Y", "%b %d, %Y", "%B %d, %Y", "%d %B %Y",
              "%Y.%m.%d", "%d.%m.%Y", "%B %Y")  # fmt: skip
_NO_YEAR = ("%m/%d", "%b %d", "%B %d")
# genre -> a phrase only its rows carry (each genre is one twelfth of its family)
_GENRE_MARKS = {
    "messages": (r"chair swap", r"support group", r"orthotic fitting", r"community care referral",
                 r"ostomy supplies", r"photo consent", r"home program", r"simulation appointment",
                 r"adaptive driving", r"copay card", r"camp physical", r"donor deferral"),
    "clinical": (r"CT simulation", r"WOC nursing", r"\bFEES\b", r"oral food challenge", r"liquid nitrogen",
                 r"viscosupplementation", r"electrophysiology study", r"stereotactic", r"matrixectomy",
                 r"SNF admission", r"trabeculoplasty", r"prostate biopsy"),
}  # fmt: skip


def _rows(family):
    return read_rows(SETS[family][0])


def _all_rows():
    return _rows("messages") + _rows("clinical")


def _spans(kind):
    return span_texts(_rows("messages"), kind) + span_texts(_rows("clinical"), kind)


def _around(kind, before, after):
    return spans_around(_rows("messages"), kind, before, after) + spans_around(_rows("clinical"), kind, before, after)


def parse_date(s: str) -> datetime:
    """A DATE span as a date (a year of 2024 when it has none); ValueError if it is not one. A
    weekday written with a date must be that date's."""
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
    """Titles, credentials, kinship words and a possessive "'s" stay outside NAME spans; dates parse
    and are never a bare year or a clock time; an AGE is 90 or more and only the number; states
    and countries are never a LOCATION; ZIP, ADDRESS, phone, e-mail, IP, URL, SSN, MRN (Luhn), VIN
    and DEA numbers have their shapes."""
    towns = {t[0].lower() for t in evalset20.US_TOWNS} | {t.lower() for t in evalset20.ABROAD_TOWNS}
    kin = {k.lower() for k in evalset20.KIN_WORDS}
    for r in _rows(family):
        text = r["text"]
        for p in r["phi"]:
            s, kind = text[p["start"] : p["end"]], p["type"]
            before = text[max(0, p["start"] - 6) : p["start"]]
            where = (r["id"], s)
            if kind == "NAME":
                assert not re.match(rf"(?i){_TITLES}\.?\s", s), where
                assert not re.search(rf"(?i),\s*{_CREDENTIALS}$", s), where
                assert s.lower() not in kin, where
                assert not s.endswith("'s") and not re.search(r"\d", s), where
            elif kind == "DATE":
                assert not re.fullmatch(r"\d{4}", s), where
                assert not re.fullmatch(r"\d{1,2}:\d{2}( ?[ap]m)?", s, re.I), where
                parse_date(s)
            elif kind == "AGE":
                assert age_value(s.lower()) >= 90, where
                assert not re.search(r"(?i)y/?o|year|yrs|age", s), where
            elif kind == "LOCATION":
                assert s.lower() in towns, where
            elif kind == "ZIP":
                assert re.fullmatch(r"\d{5}(-\d{4})?", s), where
            elif kind == "ADDRESS":
                assert re.fullmatch(r"(?i)\d+ [a-z0-9 ]+( (apt|unit) \w+| #\d+)?|po box \d+", s), where
            elif kind in ("PHONE", "FAX"):
                assert re.fullmatch(
                    r"(?i)(\+1 |1-)?(\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}( ext \d+)?", s
                ) or re.fullmatch(
                    r"\+238 9\d\d \d\d \d\d|\+593 9\d \d{3} \d{4}|\+976 [89]\d{3} \d{4}|\+84 9\d \d{3} \d{4}", s
                ), where
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
    genres = evalset20.MESSAGE_GENRES if family == "messages" else evalset20.CLINICAL_GENRES
    check_genres_in_turn(_rows(family), _GENRE_MARKS[family], genres, SETS[family][1])


def test_every_keep_kind_occurs_and_look_alikes_are_kept():
    kinds = {k for r in _all_rows() for k in r["keep_kinds"].values()}
    assert kinds == set(evalset20.KEEP_KINDS)
    kept = {f: [t for r in _rows(f) for t in r["keep"]] for f in SETS}
    assert {"Gleason", "Rosenbek", "Goldmann", "Shaffer", "Wenckebach", "Bazett", "Braden", "Koebner"} <= set(
        kept["clinical"]
    )
    assert {"Hollister", "Coloplast", "Ottobock", "Varian", "Mendelsohn", "Snellen", "TRICARE", "Nephrology"} <= set(
        kept["messages"]
    )
    for f in SETS:
        assert sum(bool(re.fullmatch(r"[A-Z]\d{2}(\.\w+)?", t)) for t in kept[f]) >= 60  # ICD-10 codes
        assert sum(bool(re.fullmatch(r"\d{5}|[A-Z]\d{4}", t)) for t in kept[f]) >= 80  # CPT / HCPCS
    lots = [t for r in _all_rows() for t in r["keep"] if re.fullmatch(r"[A-Z]{1,2}\d{4,5}", t)]
    assert len(lots) >= 30  # lot numbers are codes, not PHI


def test_kinship_words_and_clock_times_stay_unannotated():
    kin_hits = clocks = 0
    for r in _all_rows():
        blank = without_phi(r)
        kin_hits += len(re.findall(rf"(?i)\b({'|'.join(evalset20.KIN_WORDS)})\b", blank))
        clocks += len(re.findall(r"\b\d{1,2}:\d{2}\b", blank))
    assert kin_hits >= 80 and clocks >= 300


def test_ages_below_ninety_are_left_in_the_text():
    old = (r"(?i)\b(9\d|1[01]\d)(?: ?y/o|yo\b|-year-old| years old| yrs)|\bage:?\s(9\d|1[01]\d)\b|\baged (9\d|1[01]\d)\b|"
           r"\bis (9\d|1[01]\d)\b|\bninety|one hundred")  # fmt: skip
    young = sum(
        len(re.findall(r"(?i)\bage:?\s+[1-8]?\d\b|\b[1-8]?\d years old|\b[1-8]?\d-year-old", without_phi(r)))
        for r in _all_rows()
    )
    assert young >= 30
    for r in _all_rows():
        assert not re.search(old, without_phi(r)), r["id"]  # every age of 90 or more is annotated
    ages = _spans("AGE")
    assert sum(not a.isdigit() for a in ages) >= 15 and sum(age_value(a.lower()) >= 100 for a in ages) >= 15


def test_dates_have_many_shapes_and_all_parse():
    dates = _spans("DATE")
    assert all(parse_date(d) for d in dates)
    assert sum(bool(re.match(r"(?i)(mon|tue|wed|thu|fri|sat|sun)[a-z]*,? ", d)) for d in dates) >= 60
    assert sum(bool(re.fullmatch(r"\d{1,2}/\d{1,2}", d)) for d in dates) >= 30
    assert sum(bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)) for d in dates) >= 25
    assert sum(bool(re.fullmatch(r"(?i)\d{2}-[a-z]{3}-\d{4}|\d{2}[a-z]{3}\d{4}", d)) for d in dates) >= 20
    assert sum(bool(re.fullmatch(r"(?i)[a-z]+ \d{1,2}(st|nd|rd|th)", d)) for d in dates) >= 10  # "June 30th"
    assert sum(bool(re.fullmatch(r"(?i)[a-z]+ \d{4}", d)) for d in dates) >= 10  # month and year
    assert sum(bool(re.fullmatch(r"\d{4}\.\d{2}\.\d{2}", d)) for d in dates) >= 15  # year first, Mongolian papers
    assert sum(bool(re.fullmatch(r"\d{2}\.\d{2}\.\d{4}", d)) for d in dates) >= 15  # day first, Cape Verde, Ecuador


def test_nothing_that_looks_like_phi_is_left_unannotated():
    """No e-mail, URL, IP address, full date, US or foreign phone number or SSN shape outside the PHI spans."""
    leaks = (r"\S+@\S+\.[a-z]{2,}", r"(?i)https?://|www\.", r"\b\d{1,3}(\.\d{1,3}){3}\b", r"\b(19|20)\d\d-\d\d-\d\d\b",
             r"\b\d{1,2}/\d{1,2}/(19|20)?\d\d\b", r"\(\d{3}\) ?\d{3}-\d{4}", r"\b\d{3}[-.]\d{3}[-.]\d{4}\b",
             r"\b\d{3}-\d{2}-\d{4}\b", rf"(?i)\b{_MONTHS} \d{{1,2}}(st|nd|rd|th)?\b", r"\+\d{2,3} \d",
             r"\b(19|20)\d\d\.\d\d\.\d\d\b", r"\b\d{1,2}/\d{1,2}\b(?!\d)", r"\b[A-HJ-NPR-Z0-9]{17}\b",
             r"(?i)\b\d{2}[a-z]{3}(19|20)\d\d\b", r"\b\d{1,2}\.\d{1,2}\.(19|20)\d\d\b")  # fmt: skip
    for r in _all_rows():
        blank = re.sub(r"\b\d{2,3}/\d{2,3}\b", "x", without_phi(r))  # blood pressures and acuities are not dates
        for pattern in leaks:
            m = re.search(pattern, blank)
            assert not m, (r["id"], pattern, m and m.group(0))


def test_name_shapes_vary_and_titles_stay_outside():
    names = _spans("NAME")
    assert sum(n == n.upper() and n != n.lower() and len(n) > 4 for n in names) >= 60
    assert sum(n == n.lower() and n != n.upper() for n in names) >= 15
    assert sum(bool(re.fullmatch(r"[^,]+, [^,]+", n)) for n in names) >= 60  # "SURNAME, Given"
    assert sum(bool(re.fullmatch(r"[A-Z]{2,4}", n)) for n in names) >= 20  # initials in signatures
    assert sum(bool(re.fullmatch(r"[A-Z]\. \S+( \S+)?", n)) for n in names) >= 20  # "B. Enkhjargal"
    three = [n for n in names if re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+", n)]
    assert len(three) >= 60  # "Ivanilda Semedo Tavares", "Sisa Quishpe Guaman"
    kichwa = (
        r"(?i)\b(Quishpe|Quizhpe|Quispe|Guaman|Huaman|Pichisaca|Pichizaca|Tenesaca|Tenezaca|Guamancela|Duchitanga)\b"
    )
    assert sum(bool(re.search(kichwa, n)) for n in names) >= 20  # Kichwa surnames and their variants
    particles = r"\b(DaRosa|Da Rosa|DePina|De Pina|DosSantos|Dos Santos|DaVeiga|Da Veiga|DaLuz|Da Luz)\b"
    assert sum(bool(re.search(particles, n, re.I)) for n in names) >= 15  # Cape Verdean particles joined or spaced
    assert sum(bool(re.search(r"(?i)^[A-Z]\. [a-z]+(-[a-z]+)?$", n)) for n in names) >= 20  # "B. Enkhjargal"
    assert sum(bool(re.search(r"(?i)\b(Y [A-Z][a-z]+|H'[A-Z][a-z]+|H [A-Z][a-z]+)", n)) for n in names) >= 20  # Rhade
    clans = r"(?i)\b(Nie|Mlo|Buonya|Buon Ya|Ksor|Rmah|Romah|Siu|Rahlan|Kpa|Ktla|Ayun|Hdok|Adrong|Knul|Enuol|Mdrang)$"
    assert sum(bool(re.search(clans, n)) for n in names) >= 20  # Montagnard clan names
    titled = [b for b, _, _ in _around("NAME", 10, 0) if re.search(rf"(?i)\b{_TITLES}\.? $", b)]
    assert len(titled) >= 40
    kinds = {re.search(rf"(?i)\b{_TITLES}\.? $", b).group(1).lower() for b in titled}
    assert {"dr", "mr", "nha", "don", "bagsh"} <= kinds
    credentialed = [a for _, _, a in _around("NAME", 0, 14) if re.match(rf",? {_CREDENTIALS}\b", a)]
    assert len(credentialed) >= 150


def test_identifiers_have_check_digits():
    mrns = _spans("MRN")
    assert len(mrns) >= 100 and all(luhn_ok(m.replace("-", "")) for m in mrns)
    deas = [s for b, s, _ in _around("LICENSE", 4, 0) if b.upper() == "DEA "]
    assert len(deas) >= 8 and all(dea_ok(d.upper()) for d in deas)
    vins = [v for v in _spans("VEHICLE") if len(v) == 17]
    assert len(vins) >= 10 and all(vin_ok(v.upper()) for v in vins)
    imeis = [d for d in _spans("DEVICE") if re.fullmatch(r"\d{15}", d)]
    assert len(imeis) >= 5 and all(luhn_ok(d) for d in imeis)
    cards = [a.replace(" ", "") for a in _spans("ACCOUNT") if re.fullmatch(r"\d{4}( \d{4}){3}", a)]
    assert len(cards) >= 10 and all(luhn_ok(c) for c in cards)  # copay and payment card numbers
    ids = _spans("ID")
    assert sum(bool(re.fullmatch(r"(?i)10\d{8}V\d{6}", i)) for i in ids) >= 10  # VA integration control numbers
    assert sum(bool(re.fullmatch(r"(?i)REF-26-\d{5}", i)) for i in ids) >= 10  # community care referrals
    assert sum(bool(re.fullmatch(r"(?i)DN\d{7}", i)) for i in ids) >= 10  # blood donor IDs
    assert sum(bool(re.fullmatch(r"(?i)CMP-\d{4}", i)) for i in ids) >= 10  # camper IDs
    licences = _spans("LICENSE")
    shapes = (r"S\d{8}", r"\d{7}", r"0000\d{8}", r"\d{2}-\d{3}-\d{4}", r"\d{3} \d{3} \d{3}", r"T\d{8}",
              r"[A-Z]\d{3}-\d{4}-\d{4}", r"[A-Z]\d{7}")  # fmt: skip
    assert all(sum(bool(re.fullmatch(f"(?i){s}", x)) for x in licences) >= 3 for s in shapes)  # several states


def test_layouts_occur():
    msgs = [r["text"] for r in _rows("messages")]
    clin = [r["text"] for r in _rows("clinical")]
    assert sum(t == t.upper() for t in msgs) >= 5
    assert sum(t == t.lower() for t in msgs) >= 5
    speaker = r"^\[\d{1,2}:\d{2} [AP]M\] [^:\n]+:"
    assert sum(len(re.findall(speaker, t, re.M | re.I)) >= 4 for t in msgs) >= 30  # chats with clock times
    assert sum(bool(re.search(r"^> ", t, re.M)) for t in msgs) >= 30  # quoted replies
    assert sum(bool(re.search(r"^[*-] ", t, re.M)) for t in msgs + clin) >= 20  # bullets
    assert sum(bool(re.search(r"^\d\. ", t, re.M)) for t in msgs + clin) >= 12  # numbered lists
    assert sum(t.count("\t") >= 3 for t in msgs + clin) >= 30  # tab tables and forms
    assert sum(t.count("\n| ") >= 3 for t in msgs + clin) >= 20  # pipe tables
    assert sum(bool(re.search(r"^Sent: ", t, re.M | re.I)) for t in msgs) >= 5  # forwarded-mail headers
    assert sum(bool(re.search(r"\S {4}MRN: ", t)) for t in msgs) >= 10  # header columns set apart by spaces
    assert all(re.search(r"PATIENT: |Pt name: |\| Patient \||\(MRN ", t) for t in clin)
    assert all("Electronically signed by" in t for t in clin)
    sections = (
        r"REGISTRATION|Ride home|Portal access|cc: |Equipment on file|Billing|INTERPRETER|Emergency contact|"
        r"Addendum|Records from|Transport|Visitors"
    )
    assert all(re.search(sections, t) for t in clin)
    assert sum(len(t) >= 800 for t in clin) >= 3 and sum(len(t) < 600 for t in clin) >= 10


def test_no_faker_locale_is_read():
    assert evalset20.provenance_problems() == []
    assert not (evalset20.NAME_LOCALES or evalset20.CITY_LOCALES or evalset20.ORG_LOCALES or evalset20.LOCALES)
    assert evalset20.FAKER_TABLES == {}


def test_hand_written_names_are_latin_script():
    lists = (evalset20.CV_GIVEN_F, evalset20.CV_GIVEN_M, evalset20.CV_SURNAMES, evalset20.KI_GIVEN_F,
             evalset20.KI_GIVEN_M, evalset20.KI_SURNAMES, evalset20.MN_GIVEN_F, evalset20.MN_GIVEN_M,
             evalset20.RH_GIVEN_F, evalset20.RH_GIVEN_M, evalset20.RH_CLANS)  # fmt: skip
    spellings = [v for table in lists for vs in table for v in vs]
    assert all(re.fullmatch(r"[A-Za-z][A-Za-z'-]*( [A-Za-z][A-Za-z'-]*)*", v) for v in spellings)
    assert sum(len(table) for table in lists) >= 150
    assert ("DaRosa", "Da Rosa") in evalset20.CV_SURNAMES
    assert ("Quishpe", "Quizhpe", "Quispe") in evalset20.KI_SURNAMES
    assert ("Bat-Erdene", "Baterdene") in evalset20.MN_GIVEN_M
    assert ("H'Bia", "Hbia", "H Bia") in evalset20.RH_GIVEN_F
    kin = {k.lower() for k in evalset20.KIN_WORDS}
    assert not kin & {v.lower() for table in lists for vs in table for v in vs}  # a kinship word is never a name


@pytest.mark.parametrize("family", sorted(SETS))
def test_text_is_ascii(family):
    for r in _rows(family):
        assert r["text"].isascii(), r["id"]
