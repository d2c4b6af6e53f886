"""The independent eval23 generator (tools/deid/evalset23.py) and the two sets it committed: its own
annotation conventions and text shapes (what every generator owes, from regeneration to locales, is
checked for all of them in test_evalset_generators.py)."""

import ipaddress
import re
from datetime import datetime

import pytest

from tools.deid import evalset23

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
    "messages": ("eval23_messages.jsonl", 300, 4601),
    "clinical": ("eval23_clinical.jsonl", 120, 4602),
}
TUNING_SEEDS = {"messages": 4701, "clinical": 4702}

_TITLES = r"(Dr|Mr|Mrs|Ms|Ratu|Adi|Ramatoa|Andriamatoa|Pastor|Rev|Fr|Sister|Coach)"
_CREDENTIALS = r"(MD|DO|NP|PA-C|RN|LPN|RD|BCC|MDiv|ATC|CPhT|PharmD|MLS\(ASCP\)|CRNA|CNM|RT\(R\))"
_MONTHS = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_WITH_YEAR = ("%m/%d/%Y", "%m/%d/%y", "%Y-%m-%d", "%d-%b-%Y", "%d%b%Y", "%b %d, %Y", "%B %d, %Y", "%d %B %Y",
              "%B %Y", "%d/%m/%Y", "%d.%m.%Y")  # fmt: skip
_NO_YEAR = ("%m/%d", "%b %d", "%B %d")
# genre -> a phrase only its rows carry (each genre is one fifteenth of `messages`, one twelfth of `clinical`)
_GENRE_MARKS = {
    "messages": (r"sheep camp", r"\bkava\b", r"apostille", r"ta moko", r"chaplain", r"arrival time", r"recollect",
                 r"meal tray", r"fit to fly", r"donor registry", r"scale reading", r"rugby", r"mission trip",
                 r"valuables", r"bed bug"),
    "clinical": (r"bone marrow", r"Word catheter", r"ketamine", r"collagenase", r"therapeutic phlebotomy", r"IV iron",
                 r"ganglion", r"genicular", r"spinal cord stimulator", r"heat stroke", r"nonstress",
                 r"intrathecal baclofen"),
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
    weekday written with a date must be that date's; French dates ("14 mars 1957") too."""
    m = re.match(r"(?i)(mon|tue|wed|thu|fri|sat|sun)[a-z]*,? ", s)
    rest = s[m.end() :] if m else s
    fr = re.fullmatch(r"(?i)(\d{1,2}) ([a-z]+) (\d{4})", rest)
    if fr and fr.group(2).lower() in evalset23.MONTHS_FR:
        return datetime(int(fr.group(3)), evalset23.MONTHS_FR.index(fr.group(2).lower()) + 1, int(fr.group(1)))
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
    towns = {t[0].lower() for t in evalset23.US_TOWNS} | {t[0].lower() for t in evalset23.ABROAD_TOWNS}
    kin = {k.lower() for k in evalset23.KIN_WORDS}
    not_places = {"id", "nv", "ut", "ca", "or", "md", "va", "tx", "wy", "ma", "fiji", "madagascar", "spain", "france",
                  "new zealand"}  # fmt: skip
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
                assert s.lower() in towns and s.lower() not in not_places, where
            elif kind == "ZIP":
                assert re.fullmatch(r"\d{5}(-\d{4})?", s), where
            elif kind == "ADDRESS":
                assert re.fullmatch(r"(?i)\d+ [a-z0-9 ]+( #\d+)?|po box \d+", s), where
            elif kind in ("PHONE", "FAX"):
                us = r"(?i)(\+1 |1-)?(\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}( ext \d+)?"
                abroad = (r"\+679 \d{3} \d{4}|\+261 3\d \d{2} \d{3} \d{2}|\+34 6\d\d \d{3} \d{3}|\+33 6( \d\d){4}|"
                          r"\+64 2\d \d{3} \d{4}")  # fmt: skip
                assert re.fullmatch(us, s) or re.fullmatch(abroad, s), where
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
                assert s[0].isalnum() and (s[-1].isalnum() or s.endswith(".")), where


@pytest.mark.parametrize("family", sorted(SETS))
def test_each_family_covers_every_safe_harbor_type_often_enough(family):
    check_every_type_often(_rows(family), 20)


@pytest.mark.parametrize("family", sorted(SETS))
def test_each_genre_occurs_equally_often(family):
    genres = evalset23.MESSAGE_GENRES if family == "messages" else evalset23.CLINICAL_GENRES
    check_genres_in_turn(_rows(family), _GENRE_MARKS[family], genres, SETS[family][1])


def test_every_keep_kind_occurs_and_look_alikes_are_kept():
    kinds = {k for r in _all_rows() for k in r["keep_kinds"].values()}
    assert kinds == set(evalset23.KEEP_KINDS)
    kept = {f: [t for r in _rows(f) for t in r["keep"]] for f in SETS}
    assert {"Jamshidi", "Bartholin", "Word catheter", "Garrod", "Ledderhose", "Hueston", "Ganzoni", "Wilson",
            "Montgomery-Asberg", "Richmond", "Oswestry", "Tuohy", "Ashworth", "Kellgren-Lawrence", "Allen",
            "Montevideo", "Naegele", "Philadelphia", "SynchroMed II", "8637-40", "Medtronic", "Nevro"} <= set(kept["clinical"])  # fmt: skip
    assert {"Koebner", "Gilbert", "Westergren", "Lisfranc", "Huntington", "Lewy", "Achilles", "Chagas", "Weil",
            "Spiritual Care Services", "Remote Patient Monitoring", "BodyTrace", "BT004", "UC-352BLE",
            "Regence BlueShield of Idaho", "SAIF Corporation", "Kern Family Health Care"} <= set(kept["messages"])  # fmt: skip
    for f in SETS:
        assert sum(bool(re.fullmatch(r"(?i)[A-Z]\d{2}(\.\w+)?", t)) for t in kept[f]) >= 100  # ICD-10 codes
        assert sum(bool(re.fullmatch(r"(?i)\d{5}|[A-Z]\d{4}", t)) for t in kept[f]) >= 100  # CPT / HCPCS
        assert sum(len(r["keep"]) for r in _rows(f)) >= 1000
        kinds = [k for r in _rows(f) for k in r["keep_kinds"].values()]
        assert all(kinds.count(k) >= 80 for k in evalset23.KEEP_KINDS), f
    lots = [t for r in _all_rows() for t in r["keep"] if re.fullmatch(r"(?i)[A-Z]{1,2}\d{4,5}", t)]
    assert len(lots) >= 150  # lot numbers are codes, not PHI
    ndcs = [t for r in _all_rows() for t in r["keep"] if re.fullmatch(r"\d{4,5}-\d{3,4}-\d{1,2}", t)]
    assert len(ndcs) >= 30  # NDC codes are codes, not phone numbers


def test_kinship_words_and_clock_times_stay_unannotated():
    kin_hits = clocks = 0
    for r in _all_rows():
        blank = without_phi(r)
        kin_hits += len(re.findall(rf"(?i)\b({'|'.join(evalset23.KIN_WORDS)})\b", blank))
        clocks += len(re.findall(r"\b\d{1,2}:\d{2}\b", blank))
    assert kin_hits >= 200 and clocks >= 300


def test_ages_below_ninety_are_left_in_the_text():
    old = (r"(?i)\b(9\d|1[01]\d)(?: ?y/o|yo\b| y\.o\.|-year-old| years old| yrs)|\bage:?\s(9\d|1[01]\d)\b|\baged (9\d|1[01]\d)\b|"
           r"\bis (9\d|1[01]\d)\b|\bninety|one hundred")  # fmt: skip
    young = sum(
        len(
            re.findall(
                r"(?i)\bage:?\s+[1-8]?\d\b|\b[1-8]?\d years old|\b[1-8]?\d-year-old|\b[1-8]?\d (yo|y\.o\.)",
                without_phi(r),
            )
        )
        for r in _all_rows()
    )
    assert young >= 120
    for r in _all_rows():
        assert not re.search(old, without_phi(r)), r["id"]  # every age of 90 or more is annotated
    ages = _spans("AGE")
    assert len(ages) >= 70
    assert sum(not a.isdigit() for a in ages) >= 10 and sum(age_value(a.lower()) >= 100 for a in ages) >= 15


def test_dates_have_many_shapes_and_all_parse():
    dates = _spans("DATE")
    assert all(parse_date(d) for d in dates)
    assert sum(bool(re.match(r"(?i)(mon|tue|wed|thu|fri|sat|sun)[a-z]*,? ", d)) for d in dates) >= 100
    assert sum(bool(re.fullmatch(r"\d{1,2}/\d{1,2}", d)) for d in dates) >= 80
    assert sum(bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)) for d in dates) >= 50
    assert sum(bool(re.fullmatch(r"(?i)\d{2}-[a-z]{3}-\d{4}|\d{2}[a-z]{3}\d{4}", d)) for d in dates) >= 30
    assert sum(bool(re.fullmatch(r"(?i)[a-z]+ \d{1,2}(st|nd|rd|th)", d)) for d in dates) >= 15  # "June 30th"
    assert sum(bool(re.fullmatch(r"(?i)[a-z]+ \d{4}", d)) for d in dates) >= 10  # month and year
    assert sum(bool(re.fullmatch(r"\d{2}/\d{2}/\d{4}", d) and int(d[:2]) > 12) for d in dates) >= 20  # day first
    assert sum(bool(re.fullmatch(r"\d{2}\.\d{2}\.\d{4}", d)) for d in dates) >= 10  # day first, Spanish papers
    french = rf"(?i)\d{{1,2}} ({'|'.join(evalset23.MONTHS_FR)}) \d{{4}}"
    assert sum(bool(re.fullmatch(french, d)) for d in dates) >= 10  # Malagasy papers


def test_nothing_that_looks_like_phi_is_left_unannotated():
    """No e-mail, URL, IP address, full date, US or foreign phone number, SSN, VIN, IMEI, card or
    French date shape outside the PHI spans."""
    french = "|".join(evalset23.MONTHS_FR)
    leaks = (r"\S+@\S+\.[a-z]{2,}", r"(?i)https?://|www\.", r"\b\d{1,3}(\.\d{1,3}){3}\b", r"\b(19|20)\d\d-\d\d-\d\d\b",
             r"\b\d{1,2}/\d{1,2}/(19|20)?\d\d\b", r"\(\d{3}\) ?\d{3}-\d{4}", r"\b\d{3}[-.]\d{3}[-.]\d{4}\b",
             r"\b\d{3}-\d{2}-\d{4}\b", rf"(?i)\b{_MONTHS} \d{{1,2}}(st|nd|rd|th)?\b", r"\+\d{1,3} \d",
             r"\b\d{1,2}/\d{1,2}\b(?!\d)", r"\b[A-HJ-NPR-Z0-9]{17}\b", r"(?i)\b\d{2}[a-z]{3}(19|20)\d\d\b",
             r"\b\d{1,2}\.\d{1,2}\.(19|20)\d\d\b", rf"(?i)\b\d{{1,2}} ({french}) (19|20)\d\d", r"\b\d{15}\b",
             r"\b\d{4} \d{4} \d{4} \d{4}\b", r"\b\d{3} \d{2} \d{4}\b")  # fmt: skip
    for r in _all_rows():
        blank = re.sub(r"\b\d{2,3}/\d{2,3}\b", "x", without_phi(r))  # blood pressures are not dates
        for pattern in leaks:
            m = re.search(pattern, blank)
            assert not m, (r["id"], pattern, m and m.group(0))


def test_name_shapes_vary_and_titles_stay_outside():
    names = _spans("NAME")
    assert sum(bool(re.fullmatch(r"[A-Z]{2,4}", n)) for n in names) >= 40  # initials that sign
    assert sum(bool(re.search(r"[a-z]-[A-Z]", n)) for n in names) >= 15  # hyphenated surnames
    assert sum('"' in n for n in names) >= 10  # 'Wiremu "Bill" Ngata'
    assert sum(bool(re.match(r"[A-Z]{3,}( [A-Z]{3,})*, ", n)) for n in names) >= 40  # "ECHEVERRIA URRUTIA, Itziar"
    assert sum(bool(re.fullmatch(r"[A-Z]{3,}( [A-Z]{3,})* [A-Z][a-z]+( [A-Z][a-z]+)?", n)) for n in names) >= 10
    assert sum(bool(re.search(r"\bTe[ -]?(Whata|Kani|Huia|Amo|Rangi|Aroha)|\bTe(whata|kani|huia|amo|rangi|aroha)\b", n, re.I))
               for n in names) >= 20  # fmt: skip
    assert sum(len(re.findall(r"\bR(a|and|az)[a-z]{9,}", n)) for n in names) >= 40  # long Malagasy surnames
    titled = [b for b, _, _ in _around("NAME", 14, 0) if re.search(rf"(?i)\b{_TITLES}\.? $", b)]
    assert len(titled) >= 60
    kinds = {re.search(rf"(?i)\b{_TITLES}\.? $", b).group(1).lower() for b in titled}
    assert {"dr", "coach", "pastor", "ratu", "adi", "ramatoa", "andriamatoa", "sister"} <= kinds
    credentialed = [a for _, _, a in _around("NAME", 0, 14) if re.match(rf",? {_CREDENTIALS}\b", a)]
    assert len(credentialed) >= 80


def test_identifiers_have_check_digits():
    mrns = _spans("MRN")
    assert len(mrns) >= 150 and all(luhn_ok(m.replace("-", "")) for m in mrns)
    deas = [s for b, s, _ in _around("LICENSE", 4, 0) if b.upper() == "DEA "]
    assert len(deas) >= 20 and all(dea_ok(d.upper()) for d in deas)
    vins = [v for v in _spans("VEHICLE") if len(v) == 17]
    assert len(vins) >= 20 and all(vin_ok(v.upper()) for v in vins)
    imeis = [d for d in _spans("DEVICE") if re.fullmatch(r"\d{15}", d)]
    assert len(imeis) >= 15 and all(luhn_ok(d) for d in imeis)
    cards = [a.replace(" ", "") for a in _spans("ACCOUNT") if re.fullmatch(r"\d{4}( \d{4}){3}", a)]
    assert len(cards) >= 15 and all(luhn_ok(c) for c in cards)
    npis = [s for b, s, _ in _around("ID", 4, 0) if b.upper() == "NPI "]
    assert len(npis) >= 30 and all(luhn_ok("80840" + n) for n in npis)
    ids = _spans("ID")
    for shape, least in ((r"WAC\d{10}", 15), (r"\d{8}[A-Z]", 8), (r"X\d{7}[A-Z]", 8), (r"\d{12}", 4), (r"AP-\d{6}", 15),
                         (r"OR-\d{6}", 15), (r"RQ\d{8}", 15), (r"DR\d{9}", 15), (r"RPM-\d{6}", 15), (r"USR\d{7}", 15),
                         (r"VE-\d{2}-\d{5}", 15), (r"EP\d{7}", 15), (r"INT-\d{5}", 10), (r"WC-\d{4}-\d{5}", 20),
                         (r"[A-Z]{6}", 15), (r"(260|086|016)\d{10}", 15)):  # fmt: skip
        assert sum(bool(re.fullmatch(f"(?i){shape}", i)) for i in ids) >= least, shape
    licences = _spans("LICENSE")
    shapes = (r"[A-Z]{2}\d{6}[A-Z]", r"\d{10}|\d{12}", r"[A-Z]\d{7}", r"[A-Z]-\d{3}-\d{3}-\d{3}-\d{3}", r"BA-\d{5}")
    assert all(sum(bool(re.fullmatch(f"(?i){s}", x)) for x in licences) >= 3 for s in shapes)  # several states


def test_layouts_occur():
    msgs = [r["text"] for r in _rows("messages")]
    clin = [r["text"] for r in _rows("clinical")]
    assert sum(t == t.upper() for t in msgs) >= 8
    assert sum(t == t.lower() for t in msgs) >= 8
    speaker = r"^\[\d{1,2}:\d{2}( [AP]M)?\] [^:\n]+:"
    assert sum(len(re.findall(speaker, t, re.M | re.I)) >= 4 for t in msgs) >= 10  # chats with clock times
    assert sum(bool(re.search(r"^> ", t, re.M)) for t in msgs) >= 60  # quoted replies
    assert sum(bool(re.search(r"^[*-] ", t, re.M)) for t in msgs + clin) >= 40  # bullets
    assert sum(bool(re.search(r"^\d\. ", t, re.M)) for t in msgs + clin) >= 30  # numbered lists
    assert sum(t.count("\t") >= 3 for t in msgs + clin) >= 15  # tab tables and forms
    assert sum(t.count("\n| ") >= 3 for t in msgs + clin) >= 15  # pipe tables
    assert sum(bool(re.search(r"^Sent: ", t, re.M | re.I)) for t in msgs) >= 10  # forwarded-mail headers
    assert sum(bool(re.search(r"(?i)\S {4,}MRN: ", t)) for t in msgs) >= 30  # header columns set apart by spaces
    assert all(re.search(r"PATIENT: |Pt name: |\| Patient \||\(MRN ", t) for t in clin)
    assert all(re.search(r"(?im)Electronically signed by|^Signed: |Attested by|e-signed ", t) for t in clin)
    sections = "|".join(re.escape(s) for s in evalset23.SECTION_LABELS)
    assert all(1 <= len(re.findall(sections, t)) <= 3 for t in clin)
    assert sum(len(t) >= 900 for t in clin) >= 10 and sum(len(t) < 700 for t in clin) >= 10


def test_no_faker_locale_is_read():
    assert evalset23.provenance_problems() == []
    assert not (evalset23.NAME_LOCALES or evalset23.CITY_LOCALES or evalset23.ORG_LOCALES or evalset23.LOCALES)
    assert evalset23.FAKER_TABLES == {}


def test_hand_written_names_are_latin_script():
    lists = (evalset23.FJ_GIVEN_F, evalset23.FJ_GIVEN_M, evalset23.FJ_SURNAMES, evalset23.MG_GIVEN_F,
             evalset23.MG_GIVEN_M, evalset23.MG_SURNAMES, evalset23.EU_GIVEN_F, evalset23.EU_GIVEN_M,
             evalset23.EU_SURNAMES, evalset23.MI_GIVEN_F, evalset23.MI_GIVEN_M, evalset23.MI_SURNAMES)  # fmt: skip
    spellings = [v for table in lists for vs in table for v in vs]
    assert all(re.fullmatch(r"[A-Za-z][A-Za-z'.-]*( [A-Za-z][A-Za-z'.-]*)*", v) for v in spellings)
    assert sum(len(table) for table in lists) >= 220
    assert ("Te Whata", "Tewhata", "Te-Whata") in evalset23.MI_SURNAMES
    assert ("Waqa", "Wangga", "Wanga") in evalset23.FJ_SURNAMES
    assert ("Echeverria", "Etxeberria", "Echeverry") in evalset23.EU_SURNAMES
    assert ("Ravoninahitriniarivo", "Ravoninahitri") in evalset23.MG_SURNAMES
    kin = {k.lower() for k in evalset23.KIN_WORDS}
    assert not kin & {v.lower() for table in lists for vs in table for v in vs}  # a kinship word is never a name


def test_generator_is_seeded_and_ascii():
    a = evalset23.generate("clinical", 12, 99)
    assert evalset23.dumps(a) == evalset23.dumps(evalset23.generate("clinical", 12, 99))
    assert all(r["text"].isascii() for r in a + evalset23.generate("messages", 15, 99))


@pytest.mark.parametrize("family", sorted(SETS))
def test_text_is_ascii(family):
    for r in _rows(family):
        assert r["text"].isascii(), r["id"]
