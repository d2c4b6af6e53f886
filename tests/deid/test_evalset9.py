"""The independent eval9 generator (tools/deid/evalset9.py) and the two sets it committed: its own
annotation conventions and text shapes (what every generator owes, from regeneration to locales, is
checked for all of them in test_evalset_generators.py)."""

import ipaddress
import re

import pytest

from tools.deid import evalset9

from .evalset_checks import (
    SAFE_HARBOR,
    age_value,
    dea_ok,
    read_rows,
    span_texts,
    vin_ok,
    without_phi,
)

# family -> (committed file, n, seed): the commands in the module docstring.
SETS = {
    "messages": ("eval9_messages.jsonl", 300, 1701),
    "clinical": ("eval9_clinical.jsonl", 120, 1702),
}
TUNING_SEEDS = {"messages": 1801, "clinical": 1802}

_CREDENTIALS = r"(RN|MD|DO|NP|PA-C|PharmD|RPh|LCSW|MA|AuD|CCC-A|FACS|CRNA)"
_HONORIFICS = r"(Dr|Mr|Mrs|Ms|Agha|Khanom|Shri|Smt)"


def _rows(family):
    return read_rows(SETS[family][0])


def _spans(family, kind):
    return span_texts(_rows(family), kind)


def _names(family):
    return _spans(family, "NAME")


@pytest.mark.parametrize("family", sorted(SETS))
def test_annotation_conventions_hold(family):
    """Titles, honorifics (before or after), credentials and a possessive "'s" stay outside NAME spans;
    a bare year or a clock time is never a DATE; an AGE is 90 or more; states and countries are never a
    LOCATION; ZIP, ADDRESS, phone, e-mail, IP, URL, SSN, VIN and DEA spans have their shapes."""
    states = set(evalset9.STATES) | set(evalset9.STATE_ABBR) | set(evalset9.COUNTRIES)
    for r in _rows(family):
        text = r["text"]
        for p in r["phi"]:
            s, kind = text[p["start"] : p["end"]], p["type"]
            where = (r["id"], s)
            if kind == "NAME":
                assert not re.match(rf"(?i){_HONORIFICS}\.?\s", s), where
                assert not re.search(r"(?i)\s(ji|jan|joon|khanom|sahab)$", s), where
                assert not re.search(rf"[,\s]+{_CREDENTIALS}$", s), where
                assert not s.endswith("'s"), where
            elif kind == "DATE":
                assert not re.fullmatch(r"\d{4}", s), where
                assert not re.fullmatch(r"\d{1,2}:\d{2}( ?[ap]m)?|\d{4}", s, re.I), where
                assert re.search(r"\d", s), where
            elif kind == "AGE":
                assert age_value(s) >= 90, where
            elif kind == "LOCATION":
                assert s not in states and s.title() not in states and not re.search(r"\d", s), where
            elif kind == "ZIP":
                assert re.fullmatch(r"\d{5}(-\d{4})?", s), where
            elif kind == "ADDRESS":
                assert re.fullmatch(r"\d+ .+|PO Box \d+", s, re.I), where
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
            elif kind == "LICENSE" and text[max(0, p["start"] - 5) : p["start"]].strip(" :").upper() == "DEA":
                assert re.fullmatch(r"[A-Za-z]{2}\d{7}", s) and dea_ok(s), where


@pytest.mark.parametrize("family", sorted(SETS))
def test_each_family_covers_every_safe_harbor_type_and_every_keep_kind(family):
    rows = _rows(family)
    types = {p["type"] for r in rows for p in r["phi"]}
    assert types >= SAFE_HARBOR, sorted(SAFE_HARBOR - types)
    kinds = {k for r in rows for k in r["keep_kinds"].values()}
    assert kinds == set(evalset9.KEEP_KINDS)


def test_the_two_families_cover_every_safe_harbor_type():
    types = {p["type"] for f in SETS for r in _rows(f) for p in r["phi"]}
    assert types >= SAFE_HARBOR, sorted(SAFE_HARBOR - types)


@pytest.mark.parametrize("family", sorted(SETS))
def test_every_type_is_frequent_enough_to_measure(family):
    counts: dict[str, int] = {}
    for r in _rows(family):
        for p in r["phi"]:
            counts[p["type"]] = counts.get(p["type"], 0) + 1
    assert min(counts.values()) >= 10, counts


def test_ages_below_ninety_are_left_in_the_text():
    young = sum(
        len(re.findall(r"(?i)\b[1-8]?\d ?(?:y/o|yo|-year-old)\b|\bAge:? [1-8]?\d\b", without_phi(r)))
        for r in _rows("clinical")
    )
    young += sum(len(re.findall(r"(?i)\b(?:im|i'm|i am|i am a) [1-8]\d\b", without_phi(r))) for r in _rows("messages"))
    assert young >= 60
    ages = _spans("messages", "AGE") + _spans("clinical", "AGE")
    assert sum(not a.isdigit() for a in ages) >= 5  # spelled ("ninety-four")


def test_clinical_documents_vary_in_length():
    lengths = [len(r["text"]) for r in _rows("clinical")]
    assert sum(n >= 800 for n in lengths) >= 25
    assert sum(n < 600 for n in lengths) >= 25


def test_romanized_values_are_latin_script():
    pools = evalset9.pools()
    spellings = [v for vs in pools.given.values() for sp in vs for v in sp]
    spellings += [v for vs in pools.surnames.values() for sp in vs for v in sp]
    assert spellings and all(re.fullmatch(r"[A-Z][a-z]*('[A-Z][a-z]+)?([ -][A-Z][a-z]+)*", v) for v in spellings)
    assert all(re.fullmatch(r"[A-Z][a-z]+( [A-Z][a-z]+)*", v) for v in pools.towns + pools.words)
    assert len(pools.given[("hi_IN", "m")]) > 150 and len(pools.given[("hi_IN", "f")]) > 120
    assert len(pools.given[("fa_IR", "m")]) > 45 and len(pools.given[("fa_IR", "f")]) > 45
    assert len(pools.surnames["hi_IN"]) > 90 and len(pools.surnames["fa_IR"]) > 90 and len(pools.towns) > 50
    assert evalset9.romanize_hi("अमित") == "Amit"
    assert evalset9.romanize_hi("कृष्ण") == "Krishna"
    assert evalset9.romanize_hi("राहुल") == "Rahul"
    assert evalset9.romanize_hi("अंकिता") == "Ankita"
    assert evalset9.romanize_hi("चंबा") == "Chamba"
    assert evalset9.romanize_fa("محمدرضا") == "Mohammadreza"
    assert evalset9.romanize_fa("كيانا") == "Kiana"  # Arabic kaf and yeh as in the table
    assert evalset9.romanize_fa("رضا زاده") == "Rezazadeh"
    assert evalset9.romanize_fa("اصفهان") == "Isfahan"
    assert "Deepak" in {v[0] for v in pools.given[("hi_IN", "m")]}
    assert ("Hossein", "Hussein", "Hosein") in pools.given[("fa_IR", "m")]
    assert {"Lucknow", "Tehran"} <= set(pools.towns)


@pytest.mark.parametrize("family", sorted(SETS))
def test_text_is_ascii(family):
    for r in _rows(family):
        assert r["text"].isascii(), r["id"]


def _before(family, kind, width):
    return [
        r["text"][max(0, p["start"] - width) : p["start"]] for r in _rows(family) for p in r["phi"] if p["type"] == kind
    ]


def _after(family, kind, width):
    return [r["text"][p["end"] : p["end"] + width] for r in _rows(family) for p in r["phi"] if p["type"] == kind]


def test_messages_have_many_name_shapes():
    names = _names("messages")
    assert sum(n == n.lower() and n != n.upper() for n in names) >= 40
    assert sum(n == n.upper() and n != n.lower() for n in names) >= 80
    assert sum(not re.search(r"[\s,.]", n) for n in names) >= 200
    assert sum(bool(re.fullmatch(r"[^,]+, [^,]+", n)) for n in names) >= 50
    assert sum(bool(re.search(r"[a-z]-[A-Za-z]", n)) for n in names) >= 15  # hyphenated
    assert sum("'" in n for n in names) >= 3  # D'Souza, D'Costa
    assert sum(bool(re.fullmatch(r"[A-Z]\. \S+", n)) for n in names) >= 30  # "M. Shakeri"
    persian_compound = {"Mohammad Reza", "Amir Ali", "Ali Reza", "Amir Hossein", "Mohammad Mehdi", "Nazanin Zahra"}
    assert sum(any(c.lower() in n.lower() for c in persian_compound) for n in names) >= 8
    honorific = sum(bool(re.search(r"(Agha|Khanom|Dr\.) $", b)) for b in _before("messages", "NAME", 7))
    honorific_after = sum(bool(re.match(r" (jan|joon|ji|sahab)\b", a)) for a in _after("messages", "NAME", 7))
    assert honorific >= 60 and honorific_after >= 8
    possessive = sum(a.startswith("'s") for a in _after("messages", "NAME", 2))
    assert possessive >= 25


def test_clinical_has_many_name_shapes():
    names = _names("clinical")
    assert sum(bool(re.fullmatch(r"[^\s,]+( [^\s,]+)?, [^,]+", n)) for n in names) >= 50
    assert sum(n == n.upper() and n != n.lower() for n in names) >= 80
    assert sum(bool(re.fullmatch(r"[A-Z]\.?[A-Z]\.?|[a-z]{2}", n)) for n in names) >= 15  # initials
    assert sum(not re.search(r"[\s,.]", n) for n in names) >= 60


def test_dates_and_phones_have_many_shapes():
    dates = _spans("messages", "DATE") + _spans("clinical", "DATE")
    assert sum(bool(re.match(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? ", d, re.I)) for d in dates) >= 100
    assert sum(bool(re.fullmatch(r"\d{1,2}/\d{1,2}", d)) for d in dates) >= 120  # no year
    assert sum(bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)) for d in dates) >= 50
    assert sum(bool(re.fullmatch(r"(?i)[a-z]{3,9}\.? \d{1,2}(st|nd|rd|th)?", d)) for d in dates) >= 70
    assert sum(bool(re.fullmatch(r"(?i)[a-z]{3,9} \d{4}|\d{2}/\d{4}", d)) for d in dates) >= 30  # month and year
    assert sum(bool(re.fullmatch(r"\d{2}[A-Z]{3}\d{4}|\d{2}-[A-Z][a-z]{2}-\d{4}", d)) for d in dates) >= 20
    assert sum(bool(re.fullmatch(r"1[34]\d\d/\d\d/\d\d", d)) for d in dates) >= 5  # Persian calendar
    assert sum(bool(re.fullmatch(r"\d{2}\.\d{2}\.\d{4}", d)) for d in dates) >= 15
    phones = _spans("messages", "PHONE") + _spans("clinical", "PHONE") + _spans("messages", "FAX")
    assert sum(p.startswith("+1") for p in phones) >= 40
    assert sum(bool(re.search(r"(?i)(ext\.?|x|extension) ?\d+$", p)) for p in phones) >= 100
    assert sum(bool(re.fullmatch(r"\d{3}-\d{4}", p)) for p in phones) >= 15
    assert sum(bool(re.fullmatch(r"\d{10}", p)) for p in phones) >= 20


def test_persian_dates_come_with_their_gregorian_date():
    """A Solar Hijri date copied from a birth certificate is close to the Gregorian date next to it."""
    for r in _rows("messages"):
        m = re.search(r"says (\d{4})/(\d\d)/(\d\d) in the Persian calendar, which is (.+?) - ", r["text"])
        if m:
            gregorian_year = int(re.search(r"\d{4}", m.group(4)).group())
            assert gregorian_year - int(m.group(1)) in (621, 622), r["id"]


def test_new_layouts_occur():
    msgs = [r["text"] for r in _rows("messages")]
    clin = [r["text"] for r in _rows("clinical")]
    assert sum(bool(re.search(r"^(- |\* |o |-- |> )", t, re.M | re.I)) for t in msgs) >= 30  # bullet lists
    assert sum("Forwarded message" in t or "FORWARDED MESSAGE" in t for t in msgs) >= 10  # calendar invitations
    assert sum(t.lower().startswith("automatic reply") for t in msgs) >= 8
    assert sum(bool(re.search(r"(?i)\b(salam|namaste)\b", t)) for t in msgs) >= 10  # mixed language
    assert sum(bool(re.search(r"(?i)refill (authorization )?request", t)) for t in msgs) >= 10  # pharmacy faxes
    assert sum("42 CFR" in t.upper() for t in clin) >= 5
    ocr = r"Patlent|Narne|Nane|Pat1ent|D0B|DO8|Adm1t|Admlt|Dale|Phys1cian|Physlcian|Te1ephone|Telephane|Addres5|Adress"
    assert sum(bool(re.search(ocr, t, re.I)) for t in clin) >= 5
    wrapped = [t for t in clin if all(len(line) <= 72 for line in t.split("\n")) and len(t) > 500 and "\n" in t]
    assert len(wrapped) >= 5
    assert sum("\t" in t or " | " in t for t in clin) >= 20  # tables
    assert sum(bool(re.search(r"^[A-Z][A-Z &/:()-]{8,}$", t, re.M)) for t in clin) >= 40  # all-caps headers
    assert sum("[Copied forward" in t or "[COPIED FORWARD" in t for t in clin) >= 5
