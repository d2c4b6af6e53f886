"""The independent eval10 generator (tools/deid/evalset10.py) and the two sets it committed: its own
annotation conventions and text shapes (what every generator owes, from regeneration to locales, is
checked for all of them in test_evalset_generators.py)."""

import ipaddress
import re

import pytest

from tools.deid import evalset10

from .evalset_checks import (
    SAFE_HARBOR,
    age_value,
    read_rows,
    span_texts,
    spans_around,
    vin_ok,
    without_phi,
)

# family -> (committed file, n, seed): the commands in the module docstring.
SETS = {
    "messages": ("eval10_messages.jsonl", 300, 1901),
    "clinical": ("eval10_clinical.jsonl", 120, 1902),
}
TUNING_SEEDS = {"messages": 2001, "clinical": 2002}

_CREDENTIALS = r"(RN|MD|DO|NP|NNP|PhD|ABPP|CRNA|DDS|PT|DPT|EMT|EMT-P|CGC|MS|MA|LPN|CWOCN|CDRS|Esq\.?)"
_HONORIFICS = r"(Dr|Mr|Mrs|Ms|Rav|Reb|Adon|Gveret|Shri|Smt|Kumari|doctor|Baby|Judge)"
_AFTER = r"(ji|saheb|dada|tai|bai)"
_KIN = r"(Savta|Saba|Ima|Aba|Doda|Dod|Aaji|Ajoba|Aai|Baba|Kaka|Mavshi)"
_MONTHS = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"


def _rows(family):
    return read_rows(SETS[family][0])


def _spans(family, kind):
    return span_texts(_rows(family), kind)


def _around(family, kind, before, after):
    return spans_around(_rows(family), kind, before, after)


def _tz_ok(number: str) -> bool:
    """An Israeli identity number's check digit is right."""
    if not re.fullmatch(r"\d{9}", number):
        return False
    total = 0
    for i, ch in enumerate(number):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


@pytest.mark.parametrize("family", sorted(SETS))
def test_annotation_conventions_hold(family):
    """Titles, honorifics (before or after), credentials, "Baby Boy/Girl", relatives' words and a
    possessive "'s" stay outside NAME spans; a bare year or a clock time is never a DATE; an AGE is
    90 or more; states, countries and regions are never a LOCATION; ZIP, ADDRESS, phone, e-mail, IP,
    URL, SSN, VIN, MBI and Israeli identity numbers have their shapes."""
    not_places = set(evalset10.STATES.values()) | set(evalset10.STATE_ABBR) | set(evalset10.COUNTRIES)
    not_places |= set(evalset10.FOREIGN_REGIONS)
    for r in _rows(family):
        text = r["text"]
        for p in r["phi"]:
            s, kind = text[p["start"] : p["end"]], p["type"]
            before = text[max(0, p["start"] - 16) : p["start"]]
            where = (r["id"], s)
            if kind == "NAME":
                assert not re.match(rf"(?i){_HONORIFICS}\.?\s", s), where
                assert not re.search(rf"(?i)\s{_AFTER}$", s), where
                assert not re.search(rf"[,\s]+{_CREDENTIALS}$", s), where
                assert not re.match(rf"(?i){_KIN}\b", s), where
                assert not s.endswith("'s") and not re.match(r"(?i)(boy|girl)\b", s), where
            elif kind == "DATE":
                assert not re.fullmatch(r"\d{4}", s), where
                assert not re.fullmatch(r"\d{1,2}:\d{2}( ?[ap]m)?", s, re.I), where
                assert re.search(rf"\d|(?i:\b{_MONTHS}\b)", s), where
                if s[0].isdigit() and s.rstrip("stndrh").isdigit() and len(s) <= 4:  # "14th" needs its "the"
                    assert before.lower().endswith("the "), where
            elif kind == "AGE":
                assert age_value(s) >= 90, where
                assert not re.search(r"(?i)y/?o|year", s), where
            elif kind == "LOCATION":
                assert s not in not_places and s.title() not in not_places and not re.search(r"\d", s), where
            elif kind == "ZIP":
                assert re.fullmatch(r"\d{5}(-\d{4})?|\d{6,7}", s), where
            elif kind == "ADDRESS":
                assert re.fullmatch(r"\d+ .+|PO Box \d+|[A-Za-z' ]+ St\. \d+(, apt\. \d+)?|Flat \d+, .+ Heights, .+ Road", s, re.I), where  # fmt: skip
                assert s.split()[-1] not in not_places, where
            elif kind in ("PHONE", "FAX"):
                us = r"((\+1 |\+1-|1-)?\(?\d{3}\)?[-. ]?\d{3}[-. ]?\d{4}|\d{3}-\d{4})( ?(ext\.?|x|extension) ?\d+)?"
                foreign = r"\+972[ -]\d{1,2}-\d{3}-\d{4}|\+91[ -](\d{5} \d{5}|20-\d{4}-\d{4})"
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
            elif kind == "HEALTH_PLAN" and re.search(r"(?i)(MBI|medicare number) $", before):
                assert re.fullmatch(r"[1-9][A-Z][A-Z0-9]\d-?[A-Z][A-Z0-9]\d-?[A-Z]{2}\d\d", s, re.I), where
                assert not re.search(r"[SLOIBZ]", s.upper()), where
            elif kind == "ID" and before.endswith("ID there was ") and s.isdigit():
                assert _tz_ok(s), where
            elif kind == "ID" and before.endswith("ID there was "):
                assert re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", s), where  # a PAN card
            if kind in ("NAME", "LOCATION", "FACILITY"):
                assert not re.search(r"\d", s) or kind == "FACILITY", where


@pytest.mark.parametrize("family", sorted(SETS))
def test_each_family_covers_every_safe_harbor_type_and_every_keep_kind(family):
    rows = _rows(family)
    types = {p["type"] for r in rows for p in r["phi"]}
    assert types >= SAFE_HARBOR, sorted(SAFE_HARBOR - types)
    kinds = {k for r in rows for k in r["keep_kinds"].values()}
    assert kinds == set(evalset10.KEEP_KINDS)


@pytest.mark.parametrize("family", sorted(SETS))
def test_every_type_is_frequent_enough_to_measure(family):
    counts: dict[str, int] = {}
    for r in _rows(family):
        for p in r["phi"]:
            counts[p["type"]] = counts.get(p["type"], 0) + 1
    assert min(counts.values()) >= 12, counts


def test_ages_below_ninety_are_left_in_the_text():
    young = sum(
        len(re.findall(r"(?i)\b[1-8]?\d(?: ?y/o| ?yo\b|-year-old| year old)|\bAge:? [1-8]?\d\b", without_phi(r)))
        for r in _rows("clinical")
    )
    young += sum(
        len(re.findall(r"(?i)\b(?:i'?m|is|she'?s|he'?s|turns) [1-8]?\d\b", without_phi(r))) for r in _rows("messages")
    )
    assert young >= 100
    spelled = r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty)(-[a-z]+)?\b"
    assert sum(len(re.findall(spelled, without_phi(r))) for f in SETS for r in _rows(f)) >= 8
    eighties = sum(len(re.findall(r"\b8[89]\b", without_phi(r))) for f in SETS for r in _rows(f))
    assert eighties >= 10  # just under the line, and left alone
    old = r"(?i)\b(9\d|1[01]\d)(?: ?y/o| ?yo\b|-year-old| year old| years old)|\bage(?: at dx)?:? (9\d|1[01]\d)\b|\bninety|hundred"
    for f in SETS:
        for r in _rows(f):
            assert not re.search(old, without_phi(r)), r["id"]  # every age of 90 or more is annotated
    ages = _spans("messages", "AGE") + _spans("clinical", "AGE")
    assert all(age_value(a) >= 90 for a in ages)
    assert sum(not a.isdigit() for a in ages) >= 20  # spelled ("ninety-four")
    assert sum(age_value(a) >= 100 for a in ages) >= 5


def test_clinical_documents_vary_in_length():
    lengths = [len(r["text"]) for r in _rows("clinical")]
    assert sum(n >= 800 for n in lengths) >= 25
    assert sum(n < 600 for n in lengths) >= 25


def test_every_romanization_key_is_in_its_faker_table():
    assert evalset10.romanization_problems() == []


def test_romanized_values_are_latin_script():
    pools = evalset10.pools()
    spellings = [v for vs in pools.given.values() for sp in vs for v in sp]
    spellings += [v for vs in pools.surnames.values() for sp in vs for v in sp]
    word = r"[A-Z][a-z]*('[a-z]+)?"
    assert spellings and all(re.fullmatch(rf"{word}([ -]{word})*", v) for v in spellings)
    places = [t for ts in pools.towns.values() for t in ts] + pools.streets + pools.words
    assert all(re.fullmatch(r"[A-Z][A-Za-z']*([ -][A-Z][A-Za-z']*)*", v) for v in places)
    assert len(pools.given[("he_IL", "m")]) > 140 and len(pools.given[("he_IL", "f")]) > 120
    assert len(pools.given[("mr_IN", "m")]) == 44 and len(pools.given[("mr_IN", "f")]) == 37
    assert len(pools.surnames["he_IL"]) > 200 and len(pools.surnames["mr_IN"]) == 30
    assert len(pools.towns["he_IL"]) > 70 and len(pools.towns["mr_IN"]) == 29 and len(pools.streets) > 50
    assert evalset10.romanize_he("יצחק") == "Yitzhak"
    assert evalset10.romanize_he("בת שבע") == "Bat Sheva"
    assert evalset10.romanize_he("בן דוד") == "Ben David"
    assert evalset10.romanize_he("משמר העמק") == "Mishmar HaEmek"
    assert evalset10.romanize_he("ז'בוטינסקי") == "Jabotinsky"
    assert evalset10.romanize_mr("प्रज्ञा") == "Pradnya"
    assert evalset10.romanize_mr("दत्तात्रेय") == "Dattatray"
    assert evalset10.romanize_mr("ओक") == "Oak"
    assert evalset10.romanize_mr("पिंपरी-चिंचवड") == "Pimpri-Chinchwad"
    assert ("Yitzhak", "Itzhak", "Yitzchak") in pools.given[("he_IL", "m")]
    assert ("Bat Sheva", "Batsheva", "Bat-Sheva") in pools.given[("he_IL", "f")]
    assert ("Sandeep", "Sandip") in pools.given[("mr_IN", "m")]
    assert {"Kolhapur", "Pune", "Kfar Yona"} <= set(pools.towns["mr_IN"] + pools.towns["he_IL"])


@pytest.mark.parametrize("family", sorted(SETS))
def test_text_is_ascii(family):
    for r in _rows(family):
        assert r["text"].isascii(), r["id"]


@pytest.mark.parametrize("family", sorted(SETS))
def test_keep_terms_are_never_phi_and_look_alikes_are_kept(family):
    """Keep terms never overlap a PHI span (also checked for every occurrence in the shared check),
    and the look-alikes a de-identifier might take for PHI are there to be kept."""
    rows = _rows(family)
    for r in rows:
        for term in r["keep"]:
            for m in re.finditer(re.escape(term), r["text"]):
                assert not any(p["start"] < m.end() and m.start() < p["end"] for p in r["phi"]), (r["id"], term)
    kept = [t for r in rows for t in r["keep"]]
    if family == "clinical":
        assert {"Glasgow", "Apgar", "Mallampati", "Medtronic"} <= set(kept)
        assert sum(bool(re.fullmatch(r"NCT0\d{7}", t)) for t in kept) >= 5  # trial numbers are not PHI
        assert sum(bool(re.fullmatch(r"\d{4,5}-\d", t)) for t in kept) >= 5  # LOINC codes
    else:
        assert {"Medicare", "Inogen"} <= set(kept)
        assert sum(bool(re.fullmatch(r"[A-Z]\d{4}", t)) for t in kept) >= 10  # HCPCS codes


def test_messages_have_many_name_shapes():
    names = _spans("messages", "NAME")
    assert sum(n == n.lower() and n != n.upper() for n in names) >= 60
    assert sum(n == n.upper() and n != n.lower() for n in names) >= 40
    assert sum(not re.search(r"[\s,.]", n) for n in names) >= 300
    assert sum(bool(re.fullmatch(r"[^,]+, [^,]+", n)) for n in names) >= 30
    assert sum(bool(re.search(r"[a-z]-[A-Za-z]", n)) for n in names) >= 15  # hyphenated
    assert sum(bool(re.fullmatch(r"[A-Z]\. \S+( \S+)?", n)) for n in names) >= 20  # "M. Deshmukh"
    assert sum(bool(re.fullmatch(r"\S+ [A-Z]\.", n)) for n in names) >= 15  # "Hili Y."
    nicknames = set(evalset10.NICKNAMES.values())
    assert sum(n in nicknames for n in names) >= 8
    assert sum(len(n.split()) >= 3 for n in names) >= 20  # middle names, "Bat Sheva", "Ben David"
    honorific = sum(bool(re.search(r"(Rav|Reb|Adon|Gveret|Shri|Smt\.|Kumari|Mr\.|Mrs\.|Ms\.) $", b)) for b, _, _ in _around("messages", "NAME", 8, 0))  # fmt: skip
    honorific_after = sum(bool(re.match(rf" {_AFTER}\b", a)) for _, _, a in _around("messages", "NAME", 0, 8))
    assert honorific >= 20 and honorific_after >= 3
    assert sum(a.startswith("'s") for _, _, a in _around("messages", "NAME", 0, 2)) >= 5
    kin = sum(len(re.findall(rf"\b{_KIN}\b", r["text"])) for r in _rows("messages"))
    assert kin >= 10


def test_clinical_has_many_name_shapes():
    names = _spans("clinical", "NAME")
    assert sum(bool(re.fullmatch(r"[^\s,]+( [^\s,]+)?, [^,]+", n)) for n in names) >= 50
    assert sum(n == n.upper() and n != n.lower() for n in names) >= 80
    assert sum(bool(re.fullmatch(r"[A-Z]\.?[A-Z]\.?|[a-z]{2}", n)) for n in names) >= 8  # initials
    assert sum(not re.search(r"[\s,.^]", n) for n in names) >= 60
    assert sum(bool(re.fullmatch(r"[A-Z' -]+\^[A-Z' -]+(\^[A-Z])?", n)) for n in names) >= 15  # HL7 fields
    baby = [a for b, a, _ in _around("clinical", "NAME", 10, 0) if re.search(r"(?i)baby (boy|girl) $", b)]
    assert len(baby) >= 5


def test_dates_and_phones_have_many_shapes():
    dates = _spans("messages", "DATE") + _spans("clinical", "DATE")
    assert sum(bool(re.match(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? ", d, re.I)) for d in dates) >= 60
    assert sum(bool(re.fullmatch(r"\d{1,2}/\d{1,2}", d)) for d in dates) >= 150  # no year
    assert sum(bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)) for d in dates) >= 40
    assert sum(bool(re.fullmatch(rf"(?i){_MONTHS}\.? \d{{1,2}}(st|nd|rd|th)?", d)) for d in dates) >= 50
    assert sum(bool(re.fullmatch(rf"(?i){_MONTHS} \d{{4}}|\d{{2}}/\d{{4}}", d)) for d in dates) >= 10  # month and year
    assert sum(bool(re.fullmatch(r"(?i)\d{2}[A-Z]{3}\d{4}|\d{2}-[A-Z]{3}-\d{4}|[A-Z]{3}-\d{2}-\d{4}", d)) for d in dates) >= 15  # fmt: skip
    assert sum(bool(re.fullmatch(r"\d{2}\.\d{2}\.\d{4}", d)) for d in dates) >= 10
    assert sum(bool(re.fullmatch(r"\d{1,2}(st|nd|rd|th)", d)) for d in dates) >= 10  # "the 14th"
    assert sum(not re.search(r"\d", d) for d in dates) >= 20  # in words
    assert sum(bool(re.search(r"(nineteen|two thousand|twenty) ", d)) for d in dates) >= 8  # spoken years
    assert sum(bool(re.fullmatch(r"\d{8}(\d{6})?", d)) for d in dates) >= 20  # HL7
    phones = _spans("messages", "PHONE") + _spans("clinical", "PHONE") + _spans("messages", "FAX")
    assert sum(p.startswith("+1") for p in phones) >= 50
    assert sum(bool(re.search(r"(?i)(ext\.?|x|extension) ?\d+$", p)) for p in phones) >= 50
    assert sum(bool(re.fullmatch(r"\d{3}-\d{4}", p)) for p in phones) >= 10
    assert sum(bool(re.fullmatch(r"\d{10}", p)) for p in phones) >= 30
    assert sum(p.startswith(("+972", "+91")) for p in phones) >= 10


def test_identifiers_have_their_shapes():
    ids = _spans("messages", "ID") + _spans("clinical", "ID")
    assert sum(bool(re.fullmatch(r"IMG_\d{8}_\d{6}(_2)?\.jpg", i)) for i in ids) >= 5  # photo file names
    assert sum(i.startswith("@") for i in ids) >= 10  # chat handles
    abroad = [(b, i) for f in SETS for b, i, _ in _around(f, "ID", 13, 0) if b == "ID there was "]
    assert sum(_tz_ok(i) for _, i in abroad) >= 3  # Israeli identity numbers
    assert sum(bool(re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", i)) for _, i in abroad) >= 2  # Indian PAN cards
    plates = _spans("messages", "VEHICLE") + _spans("clinical", "VEHICLE")
    assert sum(bool(re.fullmatch(r"MH \d{2} [A-Z]{2} \d{4}", p)) for p in plates) >= 5  # Maharashtra plates
    assert sum(len(p) == 17 for p in plates) >= 20  # VINs
    zips = _spans("messages", "ZIP") + _spans("clinical", "ZIP")
    assert sum(len(z) == 10 for z in zips) >= 10 and sum(len(z) == 7 for z in zips) >= 2


def test_new_layouts_occur():
    msgs = [r["text"] for r in _rows("messages")]
    clin = [r["text"] for r in _rows("clinical")]
    assert sum("> > >" in t for t in msgs) >= 10  # quoted three levels deep
    assert sum(bool(re.search(r"(:\)|:-\)|:\(|;\)|:D|<3|:/|:-\(|:P)", t)) for t in msgs) >= 50  # emoticons
    assert sum(bool(re.search(r"^\[\d", t, re.M)) for t in msgs) >= 15  # group chats with timestamps
    voice = [r for r in _rows("messages") if "calling about" in r["text"]]  # no punctuation outside PHI
    assert len(voice) >= 15 and all(r["text"] == r["text"].lower() and not re.search(r"[.,;:!?]", without_phi(r)) for r in voice)  # fmt: skip
    assert sum(t.startswith(("MSH|", "Interface", "HL7", "Reprocessed")) and "\nPID|" in t for t in clin) >= 5
    assert sum("loinc" in t.lower() and t.count(",") > 10 for t in clin) >= 5  # CSV exports
    assert sum("new paragraph" in t and " period " in t for t in clin) >= 5  # dictation
    assert sum(" | " in t for t in clin) >= 15  # tables
    assert sum(bool(re.search(r"^[A-Z][A-Z &/:()-]{8,}", t, re.M)) for t in clin) >= 40  # capital headers
    wrapped = [t for t in clin if all(len(line) <= 72 for line in t.split("\n")) and len(t) > 500 and "\n" in t]
    assert len(wrapped) >= 5
    assert sum(t == t.upper() for t in clin + msgs) >= 10
