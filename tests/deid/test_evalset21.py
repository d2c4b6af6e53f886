"""The independent eval21 generator (tools/deid/evalset21.py) and the two sets it committed: its own
annotation conventions and text shapes (what every generator owes, from regeneration to locales, is
checked for all of them in test_evalset_generators.py)."""

import ipaddress
import re
from datetime import datetime

import pytest

from tools.deid import evalset21

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
    "messages": ("eval21_messages.jsonl", 300, 4201),
    "clinical": ("eval21_clinical.jsonl", 120, 4202),
}
TUNING_SEEDS = {"messages": 4301, "clinical": 4302}

_TITLES = r"(Dr|Mr|Mrs|Ms|Fr|Tun|Tan|Pale'|Lok Srey|Lok|Ven|Kak|Mamosta|SSgt|SPC|PO2|Capt|SFC)"
_CREDENTIALS = r"(MD|DO|NP|PA-C|RN|LPN|CNM|RRT|RVT|RDMS|PharmD|CHA|CDCES|LCSW|DPT|RD)"
_MONTHS = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_WITH_YEAR = ("%m/%d/%Y", "%m/%d/%y", "%Y-%m-%d", "%d-%b-%Y", "%d%b%Y", "%b %d, %Y", "%B %d, %Y", "%d %B %Y",
              "%B %Y", "%Y/%m/%d", "%d/%m/%Y", "%d-%m-%Y")  # fmt: skip
_NO_YEAR = ("%m/%d", "%b %d", "%B %d")
# genre -> a phrase only its rows carry (each genre is one fifteenth of `messages`, one twelfth of `clinical`)
_GENRE_MARKS = {
    "messages": (r"escort travel", r"fish camp", r"recall notice", r"privacy incident", r"biobank",
                 r"survey comment", r"INR self-test", r"vacation supply", r"deployment", r"absentee ballot",
                 r"\bnotary\b", r"prevention program", r"traditional food", r"patient hostel", r"blister pack"),
    "clinical": (r"closed reduction", r"laceration repair", r"nasal packing", r"etonogestrel implant",
                 r"skin prick", r"carotid duplex", r"ankle-brachial index", r"frostbite", r"canalith repositioning",
                 r"band ligation", r"pulmonary rehab", r"non-stress test"),
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
    towns = {t[0].lower() for t in evalset21.US_TOWNS} | {t.lower() for t in evalset21.ABROAD_TOWNS}
    kin = {k.lower() for k in evalset21.KIN_WORDS}
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
                assert s.lower() not in {"ak", "gu", "guam", "cambodia", "iraq", "iran", "kurdistan"}, where
            elif kind == "ZIP":
                assert re.fullmatch(r"\d{5}(-\d{4})?", s), where
            elif kind == "ADDRESS":
                assert re.fullmatch(r"(?i)\d+ [a-z0-9 ]+( (apt|unit) \w+| #\d+)?|po box \d+", s), where
            elif kind in ("PHONE", "FAX"):
                assert re.fullmatch(
                    r"(?i)(\+1 |1-)?(\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}( ext \d+)?", s
                ) or re.fullmatch(r"\+855 \d\d \d{3} \d{3,4}|\+964 7[57]\d \d{3} \d{4}|\+98 9\d\d \d{3} \d{4}", s), (
                    where
                )
            elif kind == "EMAIL":
                assert re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9.-]+\.[a-z]+", s, re.I), where
            elif kind == "IP":
                assert ipaddress.ip_address(s), where
            elif kind == "URL":
                assert re.match(r"(?i)https?://", s) and " " not in s, where
            elif kind == "SSN":
                assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", s) and not s.startswith(("000", "666", "9")), where
            elif kind == "MRN":
                assert re.fullmatch(r"\d{7,10}|\d{2}-\d{2}-\d{2}-\d{2}", s) and luhn_ok(s.replace("-", "")), where
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
    genres = evalset21.MESSAGE_GENRES if family == "messages" else evalset21.CLINICAL_GENRES
    check_genres_in_turn(_rows(family), _GENRE_MARKS[family], genres, SETS[family][1])


def test_every_keep_kind_occurs_and_look_alikes_are_kept():
    kinds = {k for r in _all_rows() for k in r["keep_kinds"].values()}
    assert kinds == set(evalset21.KEEP_KINDS)
    kept = {f: [t for r in _rows(f) for t in r["keep"]] for f in SETS}
    assert {"Hill-Sachs", "Kiesselbach", "Woodruff", "Dix-Hallpike", "Epley", "Rutherford", "Goligher", "Borg",
            "Braxton Hicks", "Leopold", "Dennie-Morgan", "Langer"} <= set(kept["clinical"])  # fmt: skip
    assert {"Roche", "CoaguChek XS", "Patient Travel", "Denali KidCare", "TakeCare", "Medicare", "Parkinson",
            "Privacy Office"} <= set(kept["messages"])  # fmt: skip
    for f in SETS:
        assert sum(bool(re.fullmatch(r"[A-Z]\d{2}(\.\w+)?", t)) for t in kept[f]) >= 100  # ICD-10 codes
        assert sum(bool(re.fullmatch(r"\d{5}|[A-Z]\d{4}", t)) for t in kept[f]) >= 100  # CPT / HCPCS
        assert sum(len(r["keep"]) for r in _rows(f)) >= 900
        kinds = [k for r in _rows(f) for k in r["keep_kinds"].values()]
        assert all(kinds.count(k) >= 30 for k in evalset21.KEEP_KINDS), f
    lots = [t for r in _all_rows() for t in r["keep"] if re.fullmatch(r"[A-Z]{1,2}\d{4,5}", t)]
    assert len(lots) >= 30  # lot numbers are codes, not PHI


def test_kinship_words_and_clock_times_stay_unannotated():
    kin_hits = clocks = 0
    for r in _all_rows():
        blank = without_phi(r)
        kin_hits += len(re.findall(rf"(?i)\b({'|'.join(evalset21.KIN_WORDS)})\b", blank))
        clocks += len(re.findall(r"\b\d{1,2}:\d{2}\b", blank))
    assert kin_hits >= 130 and clocks >= 400


def test_ages_below_ninety_are_left_in_the_text():
    old = (r"(?i)\b(9\d|1[01]\d)(?: ?y/o|yo\b|-year-old| years old| yrs)|\bage:?\s(9\d|1[01]\d)\b|\baged (9\d|1[01]\d)\b|"
           r"\bis (9\d|1[01]\d)\b|\bninety|one hundred")  # fmt: skip
    young = sum(
        len(re.findall(r"(?i)\bage:?\s+[1-8]?\d\b|\b[1-8]?\d years old|\b[1-8]?\d-year-old", without_phi(r)))
        for r in _all_rows()
    )
    assert young >= 90
    for r in _all_rows():
        assert not re.search(old, without_phi(r)), r["id"]  # every age of 90 or more is annotated
    ages = _spans("AGE")
    assert len(ages) >= 50
    assert sum(not a.isdigit() for a in ages) >= 15 and sum(age_value(a.lower()) >= 100 for a in ages) >= 20


def test_dates_have_many_shapes_and_all_parse():
    dates = _spans("DATE")
    assert all(parse_date(d) for d in dates)
    assert sum(bool(re.match(r"(?i)(mon|tue|wed|thu|fri|sat|sun)[a-z]*,? ", d)) for d in dates) >= 150
    assert sum(bool(re.fullmatch(r"\d{1,2}/\d{1,2}", d)) for d in dates) >= 150
    assert sum(bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)) for d in dates) >= 70
    assert sum(bool(re.fullmatch(r"(?i)\d{2}-[a-z]{3}-\d{4}|\d{2}[a-z]{3}\d{4}", d)) for d in dates) >= 90
    assert sum(bool(re.fullmatch(r"(?i)[a-z]+ \d{1,2}(st|nd|rd|th)", d)) for d in dates) >= 15  # "June 30th"
    assert sum(bool(re.fullmatch(r"(?i)[a-z]+ \d{4}", d)) for d in dates) >= 20  # month and year
    assert sum(bool(re.fullmatch(r"\d{4}/\d{2}/\d{2}", d)) for d in dates) >= 10  # year first, Iraqi national card
    assert sum(bool(re.fullmatch(r"\d{2}/\d{2}/\d{4}", d) and int(d[:2]) > 12) for d in dates) >= 10  # day first
    assert sum(bool(re.fullmatch(r"\d{2}-\d{2}-\d{4}", d)) for d in dates) >= 10  # day first, Cambodian papers


def test_nothing_that_looks_like_phi_is_left_unannotated():
    """No e-mail, URL, IP address, full date, US or foreign phone number or SSN shape outside the PHI spans."""
    leaks = (r"\S+@\S+\.[a-z]{2,}", r"(?i)https?://|www\.", r"\b\d{1,3}(\.\d{1,3}){3}\b", r"\b(19|20)\d\d-\d\d-\d\d\b",
             r"\b\d{1,2}/\d{1,2}/(19|20)?\d\d\b", r"\(\d{3}\) ?\d{3}-\d{4}", r"\b\d{3}[-.]\d{3}[-.]\d{4}\b",
             r"\b\d{3}-\d{2}-\d{4}\b", rf"(?i)\b{_MONTHS} \d{{1,2}}(st|nd|rd|th)?\b", r"\+\d{1,3} \d",
             r"\b(19|20)\d\d/\d\d/\d\d\b", r"\b\d{1,2}/\d{1,2}\b(?!\d)", r"\b[A-HJ-NPR-Z0-9]{17}\b",
             r"(?i)\b\d{2}[a-z]{3}(19|20)\d\d\b", r"\b\d{1,2}-\d{1,2}-(19|20)\d\d\b", r"\b\d{15}\b",
             r"\b\d{4} \d{4} \d{4} \d{4}\b", r"(?i)\bAK \d{4} [A-Z]{2}\b")  # fmt: skip
    for r in _all_rows():
        blank = re.sub(r"\b\d{2,3}/\d{2,3}\b", "x", without_phi(r))  # blood pressures are not dates
        for pattern in leaks:
            m = re.search(pattern, blank)
            assert not m, (r["id"], pattern, m and m.group(0))


def test_name_shapes_vary_and_titles_stay_outside():
    names = _spans("NAME")
    assert sum(n == n.upper() and n != n.lower() and len(n) > 4 for n in names) >= 90
    assert sum(n == n.lower() and n != n.upper() for n in names) >= 40
    assert sum(bool(re.fullmatch(r"[^,]+, [^,]+", n)) for n in names) >= 110  # "SURNAME, Given"
    assert sum(bool(re.fullmatch(r"[A-Z]{2,4}", n)) for n in names) >= 70  # initials in signatures
    assert sum(bool(re.fullmatch(r"[A-Z]\. \S+( \S+)?", n)) for n in names) >= 20  # "C. Aguon"
    three = [n for n in names if re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+", n)]
    assert len(three) >= 45  # "Martha Aqpik Nageak", "Carmen Borja Manibusan", "Shilan Hama Amin"
    compound = r"(?i)\b(Leon Guerrero|LeonGuerrero|Leon-Guerrero|San Nicolas|SanNicolas|De Leon|DeLeon)\b"
    assert sum(bool(re.search(compound, n)) for n in names) >= 20  # Chamorro compound surnames, joined or spaced
    split = r"(?i)^(Guerrero|Nicolas|Leon|Amin|Rashid|Salih|Saleh|Rasul), \S+( \S+)? (Leon|San|De|Hama|Mam)$"
    assert sum(bool(re.search(split, n)) for n in names) >= 1  # a compound surname split by a registrar
    particles = r"(?i)\b(Hama Amin|Hamaamin|Hama-Amin|Hama Rashid|Hamarashid|Hama Salih|Hamasalih|Hama Saleh|Mam Rasul|Mamrasul)\b"
    assert sum(bool(re.search(particles, n)) for n in names) >= 20  # Sorani "Hama" / "Mam" particles
    assert sum(bool(re.fullmatch(r"[A-Z]{2,} [A-Z][a-z]+( [A-Z][a-z]+)?", n)) for n in names) >= 5  # "SOK Sophea"
    ak = r"(?i)\b(Nanalook|Nanaluk|Ahgeak|Ahgeok|Nageak|Naageak|Oktollik|Oktoalik|Chikoyak|Cikuyak|Kashatok|Itta)\b"
    assert sum(bool(re.search(ak, n)) for n in names) >= 60  # Yup'ik and Inupiaq family names and their variants
    assert sum(n in ("Active", "Friday", "Touch", "Long", "Hero") or n.endswith((" Active", " Friday", " Touch", " Long"))
               for n in names) >= 15  # names that are English words  # fmt: skip
    titled = [b for b, _, _ in _around("NAME", 10, 0) if re.search(rf"(?i)\b{_TITLES}\.? $", b)]
    assert len(titled) >= 80
    kinds = {re.search(rf"(?i)\b{_TITLES}\.? $", b).group(1).lower() for b in titled}
    assert {"dr", "tun", "tan", "lok", "lok srey", "kak", "pale'", "mamosta", "ven", "fr", "ssgt", "spc"} <= kinds
    credentialed = [a for _, _, a in _around("NAME", 0, 14) if re.match(rf",? {_CREDENTIALS}\b", a)]
    assert len(credentialed) >= 200


def test_identifiers_have_check_digits():
    mrns = _spans("MRN")
    assert len(mrns) >= 150 and all(luhn_ok(m.replace("-", "")) for m in mrns)
    deas = [s for b, s, _ in _around("LICENSE", 4, 0) if b.upper() == "DEA "]
    assert len(deas) >= 40 and all(dea_ok(d.upper()) for d in deas)
    vins = [v for v in _spans("VEHICLE") if len(v) == 17]
    assert len(vins) >= 25 and all(vin_ok(v.upper()) for v in vins)
    imeis = [d for d in _spans("DEVICE") if re.fullmatch(r"\d{15}", d)]
    assert len(imeis) >= 20 and all(luhn_ok(d) for d in imeis)
    cards = [a.replace(" ", "") for a in _spans("ACCOUNT") if re.fullmatch(r"\d{4}( \d{4}){3}", a)]
    assert len(cards) >= 8 and all(luhn_ok(c) for c in cards)  # copay cards
    boats = [v for v in _spans("VEHICLE") if re.fullmatch(r"(?i)AK \d{4} [A-Z]{2}", v)]
    assert len(boats) >= 8  # Alaska boat registrations
    ids = _spans("ID")
    for shape, least in ((r"[A-Z0-9]{6}", 20), (r"TA-\d\d-\d{5}", 10), (r"BBK-\d\d-\d{5}", 10), (r"DPP-\d{4}", 10),
                         (r"QH\d{6}", 10), (r"RCL-\d{4}-[A-Z]{2}", 10), (r"PI-20\d\d-\d{4}", 10), (r"SV\d{6}", 20),
                         (r"INT-\d{4}", 10), (r"[A-Z]\d{8}", 5)):  # fmt: skip
        assert sum(bool(re.fullmatch(f"(?i){shape}", i)) for i in ids) >= least, shape
    licences = _spans("LICENSE")
    shapes = (r"\d{7}", r"[A-Z]\d{7}", r"WDL[A-Z0-9]{9}", r"\d{9}", r"S\d{8}", r"\d{8}", r"T\d{8}")
    assert all(sum(bool(re.fullmatch(f"(?i){s}", x)) for x in licences) >= 3 for s in shapes)  # several states


def test_layouts_occur():
    msgs = [r["text"] for r in _rows("messages")]
    clin = [r["text"] for r in _rows("clinical")]
    assert sum(t == t.upper() for t in msgs) >= 8
    assert sum(t == t.lower() for t in msgs) >= 8
    speaker = r"^\[\d{1,2}:\d{2} [AP]M\] [^:\n]+:"
    assert sum(len(re.findall(speaker, t, re.M | re.I)) >= 4 for t in msgs) >= 40  # chats with clock times
    assert sum(bool(re.search(r"^> ", t, re.M)) for t in msgs) >= 40  # quoted replies
    assert sum(bool(re.search(r"^[*-] ", t, re.M)) for t in msgs + clin) >= 40  # bullets
    assert sum(bool(re.search(r"^\d\. ", t, re.M)) for t in msgs + clin) >= 30  # numbered lists
    assert sum(t.count("\t") >= 3 for t in msgs + clin) >= 50  # tab tables and forms
    assert sum(t.count("\n| ") >= 3 for t in msgs + clin) >= 40  # pipe tables
    assert sum(bool(re.search(r"^Sent: ", t, re.M | re.I)) for t in msgs) >= 15  # forwarded-mail headers
    assert sum(bool(re.search(r"(?i)\S {4}MRN: ", t)) for t in msgs) >= 15  # header columns set apart by spaces
    assert all(re.search(r"PATIENT: |Pt name: |\| Patient \||\(MRN ", t) for t in clin)
    assert all(re.search(r"(?im)Electronically signed by|^Signed: |Authenticated by|e-signed ", t) for t in clin)
    sections = (
        r"REGISTRATION: |Escort: |cc: |Language services: |Next of kin: |Payer on file: |Devices on file: |"
        r"Portal: |Parking: |Late entry |Records from "
    )
    assert all(1 <= len(re.findall(sections, t)) <= 3 for t in clin)
    assert sum(len(t) >= 900 for t in clin) >= 15 and sum(len(t) < 700 for t in clin) >= 15


def test_no_faker_locale_is_read():
    assert evalset21.provenance_problems() == []
    assert not (evalset21.NAME_LOCALES or evalset21.CITY_LOCALES or evalset21.ORG_LOCALES or evalset21.LOCALES)
    assert evalset21.FAKER_TABLES == {}


def test_hand_written_names_are_latin_script():
    lists = (evalset21.AK_GIVEN_F, evalset21.AK_GIVEN_M, evalset21.AK_NATIVE, evalset21.AK_SURNAMES,
             evalset21.CH_GIVEN_F, evalset21.CH_GIVEN_M, evalset21.CH_SURNAMES, evalset21.KM_GIVEN_F,
             evalset21.KM_GIVEN_M, evalset21.KM_SURNAMES, evalset21.KU_GIVEN_F, evalset21.KU_GIVEN_M,
             evalset21.KU_FATHERS, evalset21.KU_SURNAMES)  # fmt: skip
    spellings = [v for table in lists for vs in table for v in vs]
    assert all(re.fullmatch(r"[A-Za-z][A-Za-z'-]*( [A-Za-z][A-Za-z'-]*)*", v) for v in spellings)
    assert sum(len(table) for table in lists) >= 250
    assert ("Leon Guerrero", "LeonGuerrero", "Leon-Guerrero") in evalset21.CH_SURNAMES
    assert ("Hama Amin", "Hamaamin", "Hama-Amin") in evalset21.KU_FATHERS
    assert ("Sreymom", "Srey Mom") in evalset21.KM_GIVEN_F
    assert ("Nanalook", "Nanaluk") in evalset21.AK_SURNAMES
    assert ("Cungauyar", "Chungauyar") in evalset21.AK_NATIVE
    kin = {k.lower() for k in evalset21.KIN_WORDS}
    assert not kin & {v.lower() for table in lists for vs in table for v in vs}  # a kinship word is never a name


def test_generator_is_seeded_and_ascii():
    a = evalset21.generate("clinical", 12, 99)
    assert evalset21.dumps(a) == evalset21.dumps(evalset21.generate("clinical", 12, 99))
    assert all(r["text"].isascii() for r in a + evalset21.generate("messages", 15, 99))


@pytest.mark.parametrize("family", sorted(SETS))
def test_text_is_ascii(family):
    for r in _rows(family):
        assert r["text"].isascii(), r["id"]
