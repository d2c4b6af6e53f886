"""The independent eval12 generator (tools/deid/evalset12.py) and the two sets it committed: its own
annotation conventions and text shapes (what every generator owes, from regeneration to locales, is
checked for all of them in test_evalset_generators.py)."""

import ipaddress
import re
from datetime import datetime

import pytest

from tools.deid import evalset12

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
    "messages": ("eval12_messages.jsonl", 300, 2401),
    "clinical": ("eval12_clinical.jsonl", 120, 2402),
}
TUNING_SEEDS = {"messages": 2501, "clinical": 2502}

_HONORIFICS = r"(Dr|Mr|Mrs|Ms|Shri|Smt|Sushri|Haj|Hajja|Sheikh|Coach|Baby)"
_CREDENTIALS = (r"(MD|DO|NP|PA-C|RN|DPM|CCC-SLP|CHT|RCEP|MS|IBCLC|CPO|PT, DPT|DPT|AuD|PhD, ABPP|ABPP|PhD|PsyD|CSPI|"
                r"ATC|CRC|RPh|DVM)")  # fmt: skip
_KIN = ("Aai", "Bou", "Jejema", "Jeje", "Bapa", "Aja", "Teta", "Mama", "Sitti", "Jiddo", "Baba", "Sido")
_MONTHS = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_WITH_YEAR = ("%m/%d/%Y", "%m/%d/%y", "%Y-%m-%d", "%d-%b-%Y", "%d%b%y", "%b %d, %Y", "%B %d, %Y", "%d %B %Y",
              "%d %b %Y", "%d/%m/%Y", "%d.%m.%Y", "%B %Y")  # fmt: skip
_NO_YEAR = ("%m/%d", "%b %d", "%B %d")
# genre -> a phrase only its rows carry (each genre is one fifteenth of its family)
_GENRE_MARKS = {
    "messages": (r"can you hear me ok\?", r"verification code is", r"that's my (dog|cat)'s rx|wrong bag|prescription under my name",
                 r"meal train|sign-up", r"ombudsman", r"^(voice history|assistant activity log|echo history export|smart speaker log)",
                 r"lost item|left my|went missing", r"stipend|payment card", r"tracking|warm\.|new rx from your doctor",
                 r"funeral director", r"policy number", r"landlord", r"return-to-play", r"engraving proof",
                 r"non-emergency line"),
    "clinical": (r"monofilament", r"penetration-aspiration", r"\| vial \|", r"ata x 90 min", r"phase ii session",
                 r"epidural steroid injection", r"medxpress", r"wais-iv", r"latch score", r"hcpcs", r"dix-hallpike",
                 r"poison center case record", r"kit / card #", r"needle emg", r"ett \d"),
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
    """A DATE span as a date (a year of 2024 when it has none); ValueError if it is not one. A weekday
    written with a full date must be that date's."""
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
    """Honorifics, credentials, kinship words and pet names stay outside NAME spans; dates parse and are
    never a bare year or a clock time; an AGE is 90 or more and only the number; states and countries
    are never a LOCATION; ZIP, ADDRESS, phone, e-mail, IP, URL, SSN, MRN (Luhn), payment card and
    IMEI (Luhn), VIN and DEA numbers have their shapes."""
    states = set(evalset12.STATE_NAMES) | set(evalset12.STATE_NAMES.values())
    countries = {"India", "Jordan", "Palestine", "Saudi Arabia", "Lebanon", "Egypt", "USA"}
    towns = {t[0] for t in evalset12.US_TOWNS + evalset12.ODISHA_TOWNS + evalset12.ARAB_TOWNS}
    towns_lower = {t.lower() for t in towns}
    pets = {p.lower() for p in evalset12.PET_NAMES}
    for r in _rows(family):
        text = r["text"]
        for p in r["phi"]:
            s, kind = text[p["start"] : p["end"]], p["type"]
            before = text[max(0, p["start"] - 6) : p["start"]]
            where = (r["id"], s)
            if kind == "NAME":
                assert not re.match(rf"(?i){_HONORIFICS}\.?\s", s), where
                assert not re.search(rf",\s*{_CREDENTIALS}$", s), where
                assert s.lower() not in {k.lower() for k in _KIN} | pets, where
                assert not s.endswith("'s") and not re.search(r"\d", s), where
            elif kind == "DATE":
                assert not re.fullmatch(r"\d{4}", s), where
                assert not re.fullmatch(r"\d{1,2}:\d{2}( ?[ap]m)?", s, re.I), where
                assert re.search(rf"\d|(?i:\b{_MONTHS}\b)", s), where
                parse_date(s)
            elif kind == "AGE":
                assert age_value(s.lower()) >= 90, where
                assert not re.search(r"(?i)y/?o|year|yrs", s), where
            elif kind == "LOCATION":
                assert s not in states | countries and not re.search(r"\d", s), where
                assert s in towns or s.lower() in towns_lower, where
            elif kind == "ZIP":
                assert re.fullmatch(r"\d{5}(-\d{4})?", s), where
            elif kind == "ADDRESS":
                assert re.fullmatch(r"(?i)\d+ [a-z ]+( unit \d+|, apt \d+[a-d]| #\d+)?|p\.?o\.? box \d+", s), where
            elif kind in ("PHONE", "FAX"):
                us = r"((\+1 |1-)?(\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4})( (ext \d+|x\d+))?"
                abroad = (r"\+91 [6-9]\d{4} \d{5}|\+91-\d{3}-\d{7}|\+962 7[789] \d{3} \d{4}|\+966 5\d \d{3} \d{4}|"
                          r"\+970 59\d \d{3} \d{3}|\+961 \d{1,2} \d{3} \d{3}|\+20 1\d \d{4} \d{4}")  # fmt: skip
                assert re.fullmatch(rf"{us}|{abroad}", s, re.I), where
            elif kind == "EMAIL":
                assert re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9.-]+\.[a-z]+", s, re.I), where
            elif kind == "IP":
                assert ipaddress.ip_address(s), where
            elif kind == "URL":
                assert re.match(r"(?i)(https?://|www\.)", s) and " " not in s, where
            elif kind == "SSN":
                assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", s) and not s.startswith(("000", "666", "9")), where
            elif kind == "MRN":
                assert re.fullmatch(r"\d{7,10}|\d{2}-\d{6,8}", s) and luhn_ok(s.replace("-", "")), where
            elif kind == "ACCOUNT" and re.fullmatch(r"\d{4} \d{4} \d{4} \d{4}", s):
                assert luhn_ok(s.replace(" ", "")), where
            elif kind == "DEVICE" and re.fullmatch(r"35\d{13}|35-\d{6}-\d{6}-\d", s):
                assert luhn_ok(s.replace("-", "")), where
            elif kind == "VEHICLE" and len(s) == 17:
                assert vin_ok(s.upper()), where
            elif kind == "LICENSE" and before.upper().endswith("DEA "):
                assert dea_ok(s.upper()), where
            elif kind == "FACILITY":
                assert s[0].isalnum() and s[-1].isalnum() or s.endswith("."), where


@pytest.mark.parametrize("family", sorted(SETS))
def test_each_family_covers_every_safe_harbor_type_often_enough(family):
    check_every_type_often(_rows(family), 15)


@pytest.mark.parametrize("family", sorted(SETS))
def test_each_genre_occurs_equally_often(family):
    genres = evalset12.MESSAGE_GENRES if family == "messages" else evalset12.CLINICAL_GENRES
    check_genres_in_turn(_rows(family), _GENRE_MARKS[family], genres, SETS[family][1], first_only=True)


def test_every_keep_kind_occurs_and_look_alikes_are_kept():
    kinds = {k for r in _all_rows() for k in r["keep_kinds"].values()}
    assert kinds == set(evalset12.KEEP_KINDS)
    kept = {f: [t for r in _rows(f) for t in r["keep"]] for f in SETS}
    look_alikes = {
        "Boston Naming Test",
        "Lawton",
        "Norton",
        "Morse",
        "Hamilton Medical",
        "Rey",
        "Katz",
        "Trendelenburg",
    }
    assert look_alikes <= set(kept["clinical"]) | set(kept["messages"])
    assert {"Semmes-Weinstein", "Charcot", "Dix-Hallpike", "Epley", "Tinel", "Phalen", "Borg", "Wechsler"} <= set(
        kept["clinical"]
    )
    assert {"Medicare", "Medicaid", "Trupanion"} <= set(kept["messages"])
    for f in SETS:
        assert sum(bool(re.fullmatch(r"[A-Z]\d{2}(\.\w+)?", t)) for t in kept[f]) >= 30  # ICD-10 codes
        assert sum(bool(re.fullmatch(r"\d{5}|[A-Z]\d{4}", t)) for t in kept[f]) >= 30  # CPT / HCPCS codes
    lots = [
        t
        for r in _rows("clinical")
        for t, k in r["keep_kinds"].items()
        if k == "code" and re.fullmatch(r"[A-Z]\d{4}[A-Z]", t)
    ]
    assert len(lots) >= 20  # extract lot numbers are codes, not PHI


def test_words_that_look_like_phi_stay_unannotated():
    """Pet names, kinship words, SMS short codes and one-time codes are never PHI; the owner's surname on
    a pet's label is."""
    pets = "|".join(evalset12.PET_NAMES)
    pet_hits = label_hits = kin_hits = codes = 0
    for r in _all_rows():
        text, names = r["text"], [(p["start"], p["end"]) for p in r["phi"] if p["type"] == "NAME"]
        for m in re.finditer(rf"(?i)\b({pets})\b", text):
            pet_hits += 1
            assert not any(a < m.end() and m.start() < b for p in r["phi"] for a, b in [(p["start"], p["end"])]), r[
                "id"
            ]
            if (
                m.group(1).isupper()
                and text[m.end() : m.end() + 1] == " "
                and text[m.end() + 1 : m.end() + 2].isupper()
            ):
                label_hits += 1
                assert any(a == m.end() + 1 for a, _ in names), (r["id"], m.group(0))
        kin_hits += len(re.findall(rf"\b({'|'.join(_KIN)})\b", without_phi(r)))
        for m in re.finditer(r"(?i)verification code is (\d{6})", text):
            codes += 1
            assert all(m.group(1) not in text[p["start"] : p["end"]] for p in r["phi"]), r["id"]
    assert pet_hits >= 30 and label_hits >= 8 and kin_hits >= 20 and codes == 20


def test_ages_below_ninety_are_left_in_the_text():
    young = sum(
        len(re.findall(r"(?i)\b[1-8]?\d(?: ?y/o|yo\b|-year-old| yrs)|\(\d\d[FM]\)|\| [1-8]?\d [FM] \||\(age [1-8]?\d\)|\([1-8]?\d\)", without_phi(r)))
        for r in _all_rows()
    )  # fmt: skip
    assert young >= 75
    old = (r"(?i)\b(9\d|1[01]\d)(?: ?y/o|yo\b|-year-old| years old| yrs)|\bage:? (9\d|1[01]\d)\b|\baged (9\d|1[01]\d)\b|"
           r"\((9\d|1[01]\d)[FM]\)|\| (9\d|1[01]\d) [FM] \||\bis (9\d|1[01]\d)\b|\bninety|one hundred")  # fmt: skip
    for r in _all_rows():
        assert not re.search(old, without_phi(r)), r["id"]  # every age of 90 or more is annotated
    ages = _spans("AGE")
    assert sum(not a.isdigit() for a in ages) >= 15 and sum(age_value(a.lower()) >= 100 for a in ages) >= 10


def test_dates_have_many_shapes_and_all_parse():
    dates = _spans("DATE")
    assert all(parse_date(d) for d in dates)
    assert sum(bool(re.match(r"(?i)(mon|tue|wed|thu|fri|sat|sun)[a-z]*,? ", d)) for d in dates) >= 100
    assert sum(bool(re.fullmatch(r"\d{1,2}/\d{1,2}", d)) for d in dates) >= 150
    assert sum(bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)) for d in dates) >= 40
    assert sum(bool(re.fullmatch(r"(?i)\d{2}-[a-z]{3}-\d{4}|\d{2}[a-z]{3}\d{2}", d)) for d in dates) >= 30
    assert (
        sum(bool(re.fullmatch(r"\d{2}[./]\d{2}\.?\d{4}|\d{2}/\d{2}/\d{4}", d)) and int(d[:2]) > 12 for d in dates) >= 5
    )
    assert sum(bool(re.fullmatch(r"(?i)[a-z]+ \d{1,2}(st|nd|rd|th)", d)) for d in dates) >= 20  # "June 30th"
    assert sum(bool(re.fullmatch(r"(?i)[a-z]+ \d{4}", d)) for d in dates) >= 5  # month and year


def test_nothing_that_looks_like_phi_is_left_unannotated():
    """No e-mail, URL, IP address, full date, US phone number or SSN shape outside the PHI spans."""
    leaks = (r"\S+@\S+\.[a-z]{2,}", r"(?i)https?://|www\.", r"\b\d{1,3}(\.\d{1,3}){3}\b", r"\b(19|20)\d\d-\d\d-\d\d\b",
             r"\b\d{1,2}/\d{1,2}/(19|20)?\d\d\b", r"\(\d{3}\) ?\d{3}-\d{4}", r"\b\d{3}-\d{3}-\d{4}\b", r"\b\d{3}-\d{2}-\d{4}\b",
             rf"(?i)\b{_MONTHS} \d{{1,2}}(st|nd|rd|th)?\b")  # fmt: skip
    for r in _all_rows():
        blank = without_phi(r)
        for pattern in leaks:
            m = re.search(pattern, blank)
            assert not m, (r["id"], pattern, m and m.group(0))


def test_name_shapes_vary_and_titles_stay_outside():
    names = _spans("NAME")
    assert sum(n == n.lower() and n != n.upper() for n in names) >= 40  # voice-assistant rows
    assert sum(n == n.upper() and n != n.lower() and len(n) > 2 for n in names) >= 150
    assert sum(bool(re.fullmatch(r"[^,]+, [^,]+", n)) for n in names) >= 100
    assert sum(bool(re.fullmatch(r"[A-Z]{2}", n)) for n in names) >= 40  # initials in tables and footers
    assert sum(bool(re.fullmatch(r"[A-Z]\. \S+( \S+)?", n)) for n in names) >= 20  # "K. Mahakud"
    assert sum(bool(re.fullmatch(r"\S+( \S+)? [A-Z]\.", n)) for n in names) >= 30  # "Binodini D."
    assert sum(bool(re.search(r"(?i)\b(al-|abu |abul |el-)", n)) for n in names) >= 40  # Arabic particles inside
    assert sum(len(n.split()) == 3 and "," not in n for n in names) >= 20  # middle names, compound names
    titled = [b for b, _, _ in _around("NAME", 8, 0) if re.search(rf"\b{_HONORIFICS}\.? $", b)]
    assert len(titled) >= 200
    assert sum(bool(re.search(r"\b(Shri|Smt\.|Sushri|Haj|Hajja|Sheikh) $", b)) for b in titled) >= 20
    credentialed = [a for _, _, a in _around("NAME", 0, 10) if re.match(rf", {_CREDENTIALS}\b", a)]
    assert len(credentialed) >= 200


def test_identifiers_have_check_digits():
    mrns = _spans("MRN")
    assert len(mrns) >= 100 and all(luhn_ok(m.replace("-", "")) for m in mrns)
    cards = [a for a in _spans("ACCOUNT") if re.fullmatch(r"\d{4} \d{4} \d{4} \d{4}", a)]
    assert len(cards) >= 3 and all(luhn_ok(c.replace(" ", "")) for c in cards)
    deas = [s for b, s, _ in _around("LICENSE", 4, 0) if b.upper() == "DEA "]
    assert len(deas) >= 8 and all(dea_ok(d.upper()) for d in deas)
    vins = [v for v in _spans("VEHICLE") if len(v) == 17]
    assert len(vins) >= 3 and all(vin_ok(v.upper()) for v in vins)
    imeis = [d.replace("-", "") for d in _spans("DEVICE") if re.fullmatch(r"35\d{13}|35-\d{6}-\d{6}-\d", d)]
    assert len(imeis) >= 3 and all(luhn_ok(i) for i in imeis)


def test_layouts_occur():
    msgs = [r["text"] for r in _rows("messages")]
    clin = [r["text"] for r in _rows("clinical")]
    assert sum(t == t.lower() for t in msgs) >= 20  # voice-assistant logs and a few lower-case rows
    speaker = (
        r"^(\[\d{1,2}:\d{2}\]|\d{1,2}:\d{2} -|\[(mon|tue|wed|thu|fri|sat|sun)[a-z]* \d{1,2}:\d{2} (am|pm)\]) [^:\n]+:"
    )
    assert sum(len(re.findall(speaker, t, re.M | re.I)) >= 4 for t in msgs) >= 30  # chats with speaker labels
    assert sum(bool(re.search(r"^> ", t, re.M)) for t in msgs) >= 30  # quoted replies
    assert sum(t.count("\n| ") >= 3 for t in clin) >= 20  # flowsheet tables
    assert sum("REGISTRATION" in t.upper() or "ADDENDUM" in t.upper() or "CARE TEAM" in t.upper() for t in clin) >= 40
    assert sum(len(t) >= 800 for t in clin) >= 10 and sum(len(t) < 600 for t in clin) >= 10
    assert sum(t == t.upper() for t in msgs + clin) >= 5


def test_every_romanization_key_is_in_its_faker_table():
    assert evalset12.romanization_problems() == []
    assert evalset12.provenance_problems() == []


def test_romanized_values_are_latin_script():
    pools = evalset12.pools()
    spellings = [v for vs in pools.given.values() for sp in vs for v in sp]
    spellings += [v for vs in pools.surnames.values() for sp in vs for v in sp]
    assert spellings and all(re.fullmatch(r"[A-Z][A-Za-z']*([ -][A-Z][A-Za-z']*){0,2}", v) for v in spellings)
    assert len(pools.given[("or", "f")]) >= 70 and len(pools.given[("or", "m")]) >= 130
    assert len(pools.given[("ar", "f")]) >= 60 and len(pools.given[("ar", "m")]) >= 120
    assert len(pools.surnames["or"]) >= 100 and len(pools.surnames["ar"]) >= 100
    assert ("Subhashree", "Shubhashree", "Subhasri") in pools.given[("or", "f")]
    assert ("Mohanty", "Mahanti") in pools.surnames["or"] and ("Bhubaneswar",) in pools.given[("or", "m")]
    assert ("Mohammed", "Muhammad", "Mohamed", "Mohammad") in pools.given[("ar", "m")]
    assert ("Najjar", "Al-Najjar") in pools.surnames["ar"] and ("Abu Eid", "Abueid") in pools.surnames["ar"]


@pytest.mark.parametrize("family", sorted(SETS))
def test_text_is_ascii(family):
    for r in _rows(family):
        assert r["text"].isascii(), r["id"]
