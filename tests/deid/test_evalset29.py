"""The independent eval29 generator (tools/deid/evalset29.py) and the two sets it committed: its own
annotation conventions and text shapes (what every generator owes, from regeneration to locales, is
checked for all of them in test_evalset_generators.py)."""

import ipaddress
import re
from datetime import datetime

import pytest

from tools.deid import evalset29

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
    "messages": ("eval29_messages.jsonl", 300, 5801),
    "clinical": ("eval29_clinical.jsonl", 120, 5802),
}
TUNING_SEEDS = {"messages": 5901, "clinical": 5902}

_TITLES = r"(Dr|Mr|Mrs|Ms|Fr|Pastor|Ssalongo|Nnalongo)"
_CREDENTIALS = r"(MD|DO|NP|PA-C|RN|OD|DDS|PharmD|MA)"
_WITH_YEAR = ("%m/%d/%Y", "%m/%d/%y", "%Y-%m-%d", "%d-%b-%Y", "%b %d, %Y", "%B %d, %Y", "%d %B %Y", "%d/%m/%Y",
              "%d.%m.%Y")  # fmt: skip
_NO_YEAR = ("%m/%d", "%b %d", "%B %d")
_ABROAD_PHONES = (
    r"\+256 7[0578]\d \d{3} \d{3}|\+263 7[1378] \d{3} \d{4}|\+356 (79|99|21)\d\d \d{4}|\+61 4\d\d \d{3} \d{3}"
)


def _rows(family):
    return read_rows(SETS[family][0])


def _all_rows():
    return _rows("messages") + _rows("clinical")


def _spans(kind):
    return span_texts(_all_rows(), kind)


def parse_date(s: str) -> datetime:
    """A DATE span as a date (a year of 2024 when it has none); a weekday written with it must be its own."""
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
    for fmt in _NO_YEAR:
        try:
            return datetime.strptime(f"{rest} 2024", f"{fmt} %Y")
        except ValueError:
            continue
    raise ValueError(s)


@pytest.mark.parametrize("family", sorted(SETS))
def test_annotation_conventions_hold(family):
    towns = {t[0].lower() for ts in evalset29.US_TOWNS.values() for t in ts}
    towns |= {t[0].lower() for ts in evalset29.ABROAD_TOWNS.values() for t in ts}
    kin = {k.lower() for k in evalset29.KIN_WORDS}
    for r in _rows(family):
        text = r["text"]
        for p in r["phi"]:
            s, kind = text[p["start"] : p["end"]], p["type"]
            before = text[max(0, p["start"] - 6) : p["start"]]
            where = (r["id"], s)
            if kind == "NAME":
                assert not re.match(rf"(?i){_TITLES}\.?\s", s), where
                assert not re.search(rf"(?i),\s*{_CREDENTIALS}$", s), where
                assert s.lower() not in kin and not s.endswith("'s") and not re.search(r"\d", s), where
            elif kind == "DATE":
                assert not re.fullmatch(r"\d{4}|\d{1,2}:\d{2}( ?[ap]m)?", s, re.I), where
                parse_date(s)
            elif kind == "AGE":
                assert age_value(s.lower()) >= 90, where
            elif kind == "LOCATION":
                assert s.lower() in towns, where
            elif kind == "ZIP":
                assert re.fullmatch(r"\d{5}(-\d{4})?", s), where
            elif kind == "ADDRESS":
                assert re.fullmatch(r"(?i)\d+ [a-z0-9 ]+?( apt \d+[a-d]?| #\d+| unit \d+)?|p\.?\s?o\.? box \d+", s), (
                    where
                )
            elif kind in ("PHONE", "FAX"):
                us = r"(?i)(\+1 |1-)?(\(\d{3}\) ?|\d{3}[-.])\d{3}[-.]\d{4}( ext \d+)?"
                assert re.fullmatch(us, s) or re.fullmatch(_ABROAD_PHONES, s), where
            elif kind == "EMAIL":
                assert re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9.-]+\.[a-z]+", s, re.I), where
            elif kind == "IP":
                assert ipaddress.ip_address(s), where
            elif kind == "URL":
                assert re.match(r"(?i)https://", s) and " " not in s, where
            elif kind == "SSN":
                assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", s) and not s.startswith(("000", "666", "9")), where
            elif kind == "MRN":
                assert re.fullmatch(r"\d{8,10}|\d{2}-\d{6,8}", s) and luhn_ok(s.replace("-", "")), where
            elif kind == "VEHICLE" and len(s) == 17:
                assert vin_ok(s.upper()), where
            elif kind == "LICENSE" and before.upper().endswith("DEA "):
                assert dea_ok(s.upper()), where
            elif kind == "FACILITY":
                assert s[0].isalnum() and (s[-1].isalnum() or s.endswith(".")), where


@pytest.mark.parametrize("family", sorted(SETS))
def test_each_family_covers_every_safe_harbor_type_often_enough(family):
    check_every_type_often(_rows(family), 15)


@pytest.mark.parametrize("family", sorted(SETS))
def test_each_genre_occurs_equally_often(family):
    genres = evalset29.MESSAGE_GENRES if family == "messages" else evalset29.CLINICAL_GENRES
    check_genres_in_turn(_rows(family), list(evalset29.GENRE_MARKS[family]), genres, SETS[family][1])


def test_messages_are_short_and_notes_within_bounds():
    assert all(80 <= len(r["text"]) <= 900 for r in _rows("messages"))
    assert all(150 <= len(r["text"]) <= 1500 for r in _rows("clinical"))


def test_every_keep_kind_occurs_often_and_look_alikes_are_kept():
    kept = {f: [t for r in _rows(f) for t in r["keep"]] for f in SETS}
    for f in SETS:
        kinds = [k for r in _rows(f) for k in r["keep_kinds"].values()]
        assert set(kinds) == set(evalset29.KEEP_KINDS)
        assert all(kinds.count(k) >= 60 for k in evalset29.KEEP_KINDS), f
        assert sum(len(r["keep"]) for r in _rows(f)) >= 1000
        assert sum(bool(re.fullmatch(r"(?i)[A-Z]\d{2}(\.\w+)?", t)) for t in kept[f]) >= 60  # ICD-10 codes
    # eponyms that are surnames, words or towns; makers named like people or words; drugs named like people or places
    assert {"Treitz", "Meckel", "Cameron", "Heyde", "Kanavel", "Beau", "Terry", "Wood", "Auspitz", "Munro", "Hurley",
            "Verneuil", "Burow", "Pardue", "Keros", "Onodi", "Haller", "Kuhn", "Lund-Kennedy", "Rome",
            "Waldmann", "Daavlin", "NeilMed", "Karl Storz", "QuinTron", "Amicus", "Sinuva", "Bimzelx", "Octagam",
            "Vtama"} <= set(kept["clinical"])  # fmt: skip
    assert {"Hawley", "Herbst", "Nance", "Angle", "Bolton", "Chiari", "Tarlov", "Modic", "Maisonneuve", "Thompson",
            "Goldmann", "Shaffer", "Kupperman", "Greene", "KneeRover", "Mobilegs", "Fonar Upright",
            "Carriere Motion", "Essix", "Vivera", "UltraComfort", "Iyuzeh", "Xelpros",
            "Durysta", "Arexvy", "Abrysvo", "Zenatane", "Slynd", "Annovera", "Duavee", "Bijuva", "CHAMPVA",
            "Buckeye Health Plan", "EyeMed"} <= set(kept["messages"])  # fmt: skip
    lots = [t for r in _all_rows() for t in r["keep"] if re.fullmatch(r"(?i)[A-Z]{1,2}\d{4,5}", t)]
    assert len(lots) >= 60  # lot numbers are codes, not PHI
    ndcs = [t for r in _all_rows() for t in r["keep"] if re.fullmatch(r"\d{4,5}-\d{3,4}-\d{1,2}", t)]
    assert len(ndcs) >= 5  # NDC codes are codes, not phone numbers
    imprints = [
        t for r in _all_rows() for t in r["keep"] if re.fullmatch(r"(?i)(M 367|L484|AN 627|IP 204|G 3722|54 543)", t)
    ]
    assert len(imprints) >= 30  # pill imprints are codes


def test_ages_below_ninety_stay_in_the_text_and_old_ones_are_annotated():
    old = r"(?i)\bage:?\s(9\d|1[01]\d)\b|\baged (9\d|1[01]\d)\b|\b(9\d|1[01]\d)-year-old|\bninety|one hundred"
    for r in _all_rows():
        assert not re.search(old, without_phi(r)), r["id"]
    assert sum(len(re.findall(r"(?i)\bage:? [1-8]?\d\b", without_phi(r))) for r in _all_rows()) >= 50
    ages = _spans("AGE")
    assert len(ages) >= 60 and sum(not a.isdigit() for a in ages) >= 10


def test_nothing_that_looks_like_phi_is_left_unannotated():
    leaks = (r"\S+@\S+\.[a-z]{2,}", r"(?i)https?://|www\.", r"\b\d{1,3}(\.\d{1,3}){3}\b", r"\b(19|20)\d\d-\d\d-\d\d\b",
             r"\b\d{1,2}/\d{1,2}/(19|20)?\d\d\b", r"\(\d{3}\) ?\d{3}-\d{4}", r"\b\d{3}[-.]\d{3}[-.]\d{4}\b",
             r"\b\d{3}-\d{2}-\d{4}\b", r"\+\d{1,3} \d", r"\b[A-HJ-NPR-Z0-9]{17}\b", r"\b\d{15}\b",
             r"\b\d{4} \d{4} \d{4} \d{4}\b", r"(?i)\bp\.?o\.? box \d", r"\b\d{1,2}\.\d{1,2}\.(19|20)\d\d\b",
             r"(?i)\b(january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr"
             r"|jun|jul|aug|sep|sept|oct|nov|dec)\.? \d{1,2}(st|nd|rd|th)?\b",
             r"(?i)\b\d{1,2}[ -](jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[ -](19|20)\d\d\b")  # fmt: skip
    for r in _all_rows():
        blank = without_phi(r)
        for pattern in leaks:
            m = re.search(pattern, blank)
            assert not m, (r["id"], pattern, m and m.group(0))


def test_names_vary_and_titles_stay_outside():
    names = _spans("NAME")
    assert sum(bool(re.fullmatch(r"[A-Z]{2,4}", n)) for n in names) >= 40  # initials that sign
    assert sum(bool(re.search(r"[a-z]-[A-Z]", n)) for n in names) >= 15  # "Makoni-Moyo", "Nakato-Mukasa"
    assert sum('"' in n for n in names) >= 5  # 'Karmenu "Charlie" Zammit'
    assert sum(bool(re.match(r"[A-Z]{2,}([ -][A-Z]{2,})*, ", n)) for n in names) >= 40  # "NAKATO, Grace"
    assert sum(bool(re.fullmatch(r"[A-Z]{2,}( [A-Z]{2,})? [A-Z][a-z]+( [A-Z][a-z]+)?", n)) for n in names) >= 20
    lg = r"(?i)\b(na[a-z]{3,}|ss[a-z]+|kiggundu|kigundu|mukasa|kasozi|lubb?ega|nsubb?uga|kizz?a|bb?osa|zz?iwa)\b"
    assert sum(bool(re.search(lg, n)) for n in names) >= 60  # Baganda
    sn = r"(?i)(mav|zv|pf|tsv|tsw|dz|chi|mu|moyo|zhou|shumba|gumbo|makoni|tendai|tinashe|more\b|knowledge)"
    assert sum(bool(re.search(sn, n)) for n in names) >= 60  # Shona
    mt = r"(?i)(x[aeiu]|zz|mm|borg|grech|gatt|pace|muscat|sultana|formosa|caruan|bono|giorgio|marco|karmenu|censu)"
    assert sum(bool(re.search(mt, n)) for n in names) >= 60  # Maltese
    assert sum(bool(re.search(r"\b[A-Z]\. ", n)) for n in names) >= 10  # "Tendai K. Moyo"
    titled = [b for b, _, _ in spans_around(_all_rows(), "NAME", 10, 0) if re.search(rf"\b{_TITLES}\.? $", b)]
    assert len(titled) >= 20
    credentialed = [a for _, _, a in spans_around(_all_rows(), "NAME", 0, 10) if re.match(rf", {_CREDENTIALS}\b", a)]
    assert len(credentialed) >= 60


def test_identifiers_have_check_digits_and_papers_from_abroad_occur():
    mrns = _spans("MRN")
    assert len(mrns) >= 150 and all(luhn_ok(m.replace("-", "")) for m in mrns)
    deas = [s for b, s, _ in spans_around(_all_rows(), "LICENSE", 4, 0) if b.upper() == "DEA "]
    assert len(deas) >= 20 and all(dea_ok(d.upper()) for d in deas)
    vins = [v for v in _spans("VEHICLE") if len(v) == 17]
    assert len(vins) >= 15 and all(vin_ok(v.upper()) for v in vins)
    imeis = [d for d in _spans("DEVICE") if re.fullmatch(r"\d{15}", d)]
    assert len(imeis) >= 15 and all(luhn_ok(d) for d in imeis)
    cards = [a.replace(" ", "") for a in _spans("ACCOUNT") if re.fullmatch(r"\d{4}( \d{4}){3}", a)]
    assert len(cards) >= 15 and all(luhn_ok(c) for c in cards)
    npis = [s for b, s, _ in spans_around(_all_rows(), "ID", 4, 0) if b.upper() == "NPI "]
    assert len(npis) >= 30 and all(luhn_ok("80840" + n) for n in npis)
    assert sum(bool(re.fullmatch(_ABROAD_PHONES, p)) for p in _spans("PHONE")) >= 10
    assert sum(bool(re.fullmatch(r"\d\d([./])\d\d\1(19|20)\d\d", d)) and int(d[:2]) > 12 for d in _spans("DATE")) >= 10


def test_layouts_occur():
    msgs = [r["text"] for r in _rows("messages")]
    clin = [r["text"] for r in _rows("clinical")]
    assert sum(t == t.upper() for t in msgs) >= 15 and sum(t == t.lower() for t in msgs) >= 15
    assert sum(len(re.findall(r"^\[\d{1,2}:\d{2} [AP]M\] [^:\n]+:", t, re.M | re.I)) >= 2 for t in msgs) >= 15
    assert sum(bool(re.search(r"^> ", t, re.M)) for t in msgs) >= 15  # quoted replies
    assert sum(bool(re.search(r"^[*-] ", t, re.M)) for t in msgs + clin) >= 40  # bullets
    assert sum(bool(re.search(r"^\d\. ", t, re.M)) for t in msgs + clin) >= 30  # numbered lists
    assert sum(t.count("\t") >= 3 for t in msgs + clin) >= 15  # tab tables
    assert sum(t.count("\n| ") >= 3 for t in msgs + clin) >= 15  # pipe tables
    assert sum(bool(re.search(r"^Sent: ", t, re.M | re.I)) for t in msgs) >= 10  # forwarded-mail headers
    assert sum(bool(re.search(r"(?i)\S {4,}MRN: ", t)) for t in msgs) >= 15  # header columns set apart by spaces
    assert sum(bool(re.search(r"(?i)^\| name \| dob \| mrn \|", t, re.M)) for t in msgs) >= 5  # identifier columns
    assert all(re.search(r"PATIENT: |Pt name: |\| Patient \||\(MRN ", t) for t in clin)
    assert all(re.search(r"(?m)^(Electronically signed by|Signed: |Attested by|Verified by)", t) for t in clin)
    sections = "|".join(re.escape(s) for s in evalset29.SECTION_LABELS)
    assert all(1 <= len(re.findall(sections, t)) <= 3 for t in clin)


def test_no_faker_locale_is_read_and_names_are_latin_script():
    assert evalset29.provenance_problems() == []
    assert not (evalset29.NAME_LOCALES or evalset29.CITY_LOCALES or evalset29.ORG_LOCALES or evalset29.LOCALES)
    assert evalset29.FAKER_TABLES == {}
    spellings = [v for tables in evalset29.CULTURES.values() for table in tables[:4] for vs in table for v in vs]
    assert all(re.fullmatch(r"[A-Za-z][A-Za-z'.-]*( [A-Za-z][A-Za-z'.-]*)*", v) for v in spellings)
    assert ("Ssemakula", "Semakula") in evalset29.LG_SURNAMES_M
    assert ("Mavhunga", "Mavunga") in evalset29.SN_SURNAMES
    assert ("Xuereb", "Shureb", "Zuereb") in evalset29.MT_SURNAMES
    assert ("Karmenu", "Carmel") in evalset29.MT_GIVEN_M
    assert not {k.lower() for k in evalset29.KIN_WORDS} & {v.lower() for v in spellings}


def test_generator_is_seeded_and_ascii():
    a = evalset29.generate("clinical", 16, 99)
    assert evalset29.dumps(a) == evalset29.dumps(evalset29.generate("clinical", 16, 99))
    assert all(r["text"].isascii() for r in a + evalset29.generate("messages", 20, 99))
    assert all(r["text"].isascii() for r in _all_rows())
