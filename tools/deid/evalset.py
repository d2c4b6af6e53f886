"""Evaluation sets for de-identification, written independently of the tuning generator.

    python -m tools.deid.evalset --family clinical --n 150 --seed 101 --out datasets/deid/eval_clinical.jsonl

`tools/deid/devset.py` (which made the tuning sets dev, dev2) inserts faker PHI into CodiEsp notes
with its own templates; the rules were tuned on its output. This generator shares nothing with
it: its own document templates and clinical sentences (no CodiEsp text), other writing styles
(LAST, FIRST in capitals, given name + initial, lower-case names, surnames alone, Mon-DD-YYYY and
MM/DD dates, 7-digit phones, facilities without "Hospital", cities outside address lines), and
HELD-OUT lists: person names, cities and organisations from faker locales used neither by the
name gazetteer (medcode.deid.lexicon.GAZETTEER_LOCALES) nor by devset.py (UNSEEN_LOCALES).

Families: clinical (discharge summaries, referral letters, operative and clinic notes), messages
(short patient-written portal messages), caps (clinical documents in capitals), tables (notes
with pipe and fixed-width tables). Each note also carries non-PHI that coding needs (codes,
insurers, manufacturers, eponyms, departments) in `keep`, with its kind in `keep_kinds`.
These sets are for EVALUATION ONLY: do not tune rules on them.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import warnings
from collections.abc import Callable
from pathlib import Path

from faker import Faker

warnings.filterwarnings("ignore", category=UserWarning, module="faker")

NAME_LOCALES = (
    "et_EE",
    "lt_LT",
    "lv_LV",
    "en_KE",
    "ga_IE",
    "is_IS",
    "yo_NG",
    "ig_NG",
    "zu_ZA",
    "tw_GH",
    "pt_PT",
    "es_AR",
    "es_CO",
    "es_CL",
    "de_AT",
    "de_CH",
    "nl_BE",
    "en_PK",
    "az_AZ",
)
CITY_LOCALES = ("en_NZ", "zu_ZA", "pt_PT", "es_AR", "es_CO", "es_CL", "de_AT", "de_CH", "nl_BE")
ORG_LOCALES = ("de_AT", "de_CH", "nl_BE", "pt_PT", "es_CL", "zu_ZA", "et_EE", "lt_LT")

# non-PHI that coding needs (kind -> terms); never PHI in these notes
KEEP: dict[str, tuple[str, ...]] = {
    "code": (
        "E11.65",
        "I48.0",
        "N17.9",
        "J44.1",
        "K57.30",
        "M17.11",
        "Z95.0",
        "C50.912",
        "99214",
        "27447",
        "93458",
        "J1885",
        "G0439",
        "0DTJ4ZZ",
        "4548-4",
        "2160-0",
        "I25.10",
        "F32.A",
    ),
    "insurer": (
        "Aetna",
        "Cigna",
        "Humana",
        "UnitedHealthcare",
        "Blue Cross Blue Shield",
        "Anthem",
        "Kaiser Permanente",
        "Molina Healthcare",
        "Centene",
        "Tricare",
        "Oscar Health",
        "WellCare",
    ),
    "manufacturer": (
        "Medtronic",
        "Boston Scientific",
        "Abbott",
        "Stryker",
        "Zimmer Biomet",
        "Smith & Nephew",
        "Edwards Lifesciences",
        "Becton Dickinson",
        "Dexcom",
        "Insulet",
        "Baxter",
        "Philips",
    ),
    "eponym": (
        "Bell palsy",
        "Colles fracture",
        "Addison disease",
        "Cushing syndrome",
        "Wilson disease",
        "Paget disease",
        "Barrett esophagus",
        "Hashimoto thyroiditis",
        "Meniere disease",
        "Sjogren syndrome",
        "Graves disease",
        "Baker cyst",
        "Morton neuroma",
        "Bennett fracture",
        "Tietze syndrome",
    ),
    "department": (
        "Cardiology",
        "Department of Radiology",
        "Emergency Department",
        "Nephrology",
        "Physical Therapy",
        "Internal Medicine",
        "Orthopedic Surgery",
        "Endocrinology",
        "Infectious Diseases",
        "Wound Care",
    ),
}

_LATIN = re.compile(r"^[A-Za-zÀ-ɏ'’\- .]+$")
_LATIN_ADDRESS = re.compile(r"^[0-9A-Za-zÀ-ɏ'’\- .,/º]+$")


class Doc:
    """A note built piece by piece, with PHI spans and keep terms recorded as they are added."""

    def __init__(self, caps: bool = False):
        self.parts: list[str] = []
        self.n = 0
        self.phi: list[dict] = []
        self.keep: list[str] = []
        self.keep_kinds: dict[str, str] = {}
        self.caps = caps

    def t(self, text: str) -> Doc:
        text = text.upper() if self.caps else text
        self.parts.append(text)
        self.n += len(text)
        return self

    def p(self, value: str, typ: str) -> Doc:
        value = value.upper() if self.caps else value
        self.phi.append({"start": self.n, "end": self.n + len(value), "type": typ})
        self.parts.append(value)
        self.n += len(value)
        return self

    def k(self, value: str, kind: str) -> Doc:
        value = value.upper() if self.caps else value
        self.keep.append(value)
        self.keep_kinds[value] = kind
        return self._raw(value)

    def _raw(self, text: str) -> Doc:
        self.parts.append(text)
        self.n += len(text)
        return self

    def fmt(self, template: str, **vals: tuple[str, str] | str) -> Doc:
        """`template` with {slots}; a slot value (v, TYPE) is PHI, (v, "keep:kind") a keep term."""
        for piece in re.split(r"(\{\w+\})", template):
            m = re.fullmatch(r"\{(\w+)\}", piece)
            if not m:
                if piece:
                    self.t(piece)
                continue
            v = vals[m.group(1)]
            if isinstance(v, tuple):
                if v[1].startswith("keep:"):
                    self.k(v[0], v[1][5:])
                else:
                    self.p(v[0], v[1])
            else:
                self.t(v)
        return self

    def row(self, doc_id: str, family: str) -> dict:
        return {
            "id": doc_id,
            "family": family,
            "text": "".join(self.parts),
            "phi": self.phi,
            "keep": sorted(set(self.keep)),
            "keep_kinds": self.keep_kinds,
        }


class Gen:
    """Surrogate values from held-out faker locales, in many written forms."""

    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.fakers: dict[str, Faker] = {}
        for loc in {*NAME_LOCALES, *CITY_LOCALES, *ORG_LOCALES, "en_US"}:
            f = Faker(loc)
            f.seed_instance(seed)
            self.fakers[loc] = f

    def _latin(self, fn: Callable[[], str], rx: re.Pattern = _LATIN, default: str = "Kask") -> str:
        for _ in range(20):
            v = fn().strip()
            if v and rx.match(v):
                return v
        return default

    def first(self) -> str:
        f = self.fakers[self.r.choice(NAME_LOCALES)]
        return self._latin(f.first_name).split()[0]

    def last(self) -> str:
        f = self.fakers[self.r.choice(NAME_LOCALES)]
        return self._latin(f.last_name)

    def city(self) -> str:
        f = self.fakers[self.r.choice(CITY_LOCALES)]
        return self._latin(f.city)

    def org(self) -> str:
        f = self.fakers[self.r.choice(ORG_LOCALES)]
        return self._latin(f.company)

    def person(self) -> str:
        fi, la, r = self.first(), self.last(), self.r.random()
        if r < 0.25:
            return f"{la.upper()}, {fi.upper()}"
        if r < 0.4:
            return f"{fi} {self.r.choice('ABCDEFGHJKLMNPRSTW')}. {la}"
        if r < 0.5:
            return f"{fi} {self.r.choice('ABCDEFGHJKLMNPRSTW')}."
        if r < 0.6:
            return f"{la}, {fi}"
        return f"{fi} {la}"

    def date(self) -> str:
        y, m, d = self.r.randint(2019, 2026), self.r.randint(1, 12), self.r.randint(1, 28)
        mon = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")[m - 1]
        full = (
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        )[m - 1]
        return self.r.choice(
            [
                f"{mon}-{d:02d}-{y}",
                f"{m:02d}/{d:02d}/{y}",
                f"{m}/{d}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d:02d}.{m:02d}.{y}",
                f"{d} {full} {y}",
                f"{full} {d}",
                f"{mon} {d}, {y}",
                f"{d}-{mon.upper()}-{y}",
            ]
        )

    def dob(self) -> str:
        y, m, d = self.r.randint(1930, 2004), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.r.choice([f"{m:02d}/{d:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}"])

    def phone(self) -> str:
        a, b, c = self.r.randint(201, 989), self.r.randint(200, 999), self.r.randint(0, 9999)
        return self.r.choice([f"{b}-{c:04d}", f"({a}) {b}-{c:04d}", f"{a}.{b}.{c:04d}", f"{a}-{b}-{c:04d}"])

    def mrn(self) -> str:
        return self.r.choice(
            [
                str(self.r.randint(100000, 99999999)),
                f"MR{self.r.randint(10000, 999999)}",
                f"{self.r.randint(10, 99)}-{self.r.randint(1000, 99999)}",
            ]
        )

    def account(self) -> str:
        return self.r.choice(
            [
                f"ENC{self.r.randint(100000, 9999999)}",
                f"V{self.r.randint(1000000, 99999999)}",
                f"FIN {self.r.randint(1000000, 9999999)}",
            ]
        )

    def member(self) -> str:
        return f"{''.join(self.r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(3))}{self.r.randint(100000000, 999999999)}"

    def email(self, fi: str, la: str) -> str:
        dom = self.r.choice(
            ["mail.ee", "posteo.de", "proton.me", "outlook.co.nz", "inbox.lv", "gmx.at", "yahoo.com.ar"]
        )
        return f"{fi.lower()}.{la.lower()}{self.r.randint(1, 99)}@{dom}".replace(" ", "").replace("'", "")

    def street(self) -> str:
        f = self.fakers[self.r.choice(CITY_LOCALES)]
        default = f"{self.r.randint(2, 999)} {self.last()} {self.r.choice(['Road', 'Street', 'Lane', 'Terrace'])}"
        return self._latin(f.street_address, _LATIN_ADDRESS, default)

    def zipc(self) -> str:
        return f"{self.r.randint(10000, 99999)}"

    def facility(self) -> str:
        la, la2, city = self.last(), self.last(), self.city()
        return self.r.choice(
            [
                f"{la} Family Practice",
                f"{city} Behavioral Health",
                f"{la} & {la2} Pediatrics",
                f"{city} Rehabilitation Institute",
                f"{city} Skilled Nursing Facility",
                f"{la} Eye Associates",
                f"University of {city} Medical Center",
                f"{city} Children's",
                f"{la} House Nursing Home",
                f"{city} Recovery Center",
                f"{la} Orthopaedic Group",
                f"{city} Community Health Centre",
                self.r.choice(["UPMC", "OHSU", "MUSC", "UCSF", "NYU Langone", "UCLA Health", "Mass General"]),
            ]
        )

    def age90(self) -> str:
        return str(self.r.randint(90, 104))

    def keep(self, kind: str) -> tuple[str, str]:
        return (self.r.choice(KEEP[kind]), "keep:" + kind)


_BODY = [
    "Past history includes {ep} and type 2 diabetes ({code}).",
    "Coverage is through {ins}; prior authorization was obtained.",
    "A {mfr} device was interrogated and functioned normally.",
    "{dept} was consulted and agreed with the plan.",
    "Assessment: {ep}; billed as {code}.",
    "Follow-up with {dept} in six weeks.",
    "Creatinine 1.4 mg/dL, hemoglobin 11.2 g/dL, INR 1.1.",
    "Blood pressure 142/88 mmHg, pulse 76, SpO2 95% on room air.",
    "Continue metoprolol 25 mg twice daily and atorvastatin 40 mg nightly.",
    "The knee prosthesis ({mfr}) was placed without complication.",
]


def _body(d: Doc, g: Gen, k: int) -> None:
    for tmpl in g.r.sample(_BODY, k):
        d.fmt(
            tmpl + " ",
            ep=g.keep("eponym"),
            code=g.keep("code"),
            ins=g.keep("insurer"),
            mfr=g.keep("manufacturer"),
            dept=g.keep("department"),
        )
    d.t("\n")


def clinical(g: Gen, caps: bool = False) -> Doc:
    d = Doc(caps)
    kind = g.r.choice(["discharge", "referral", "operative", "clinic"])
    pt_first, pt_last = g.first(), g.last()
    pt = g.r.choice([f"{pt_last.upper()}, {pt_first.upper()}", f"{pt_first} {pt_last}", f"{pt_last}, {pt_first}"])
    if kind == "discharge":
        d.t("DISCHARGE SUMMARY\n").fmt("PATIENT NAME: {n}    MRN#{m}\n", n=(pt, "NAME"), m=(g.mrn(), "MRN"))
        d.fmt("Admit Dt: {a}   Disch Dt: {b}\n", a=(g.date(), "DATE"), b=(g.date(), "DATE"))
        d.fmt(
            "Encounter {e}  Plan: {ins} member {mem}\n",
            e=(g.account(), "ACCOUNT"),
            ins=g.keep("insurer"),
            mem=(g.member(), "HEALTH_PLAN"),
        )
        d.fmt(
            "Admitted from {f} in {c} for decompensated heart failure.\n",
            f=(g.facility(), "FACILITY"),
            c=(g.city(), "LOCATION"),
        )
        _body(d, g, 4)
        d.fmt("Discussed with her daughter {dn} at {ph}.\n", dn=(g.first(), "NAME"), ph=(g.phone(), "PHONE"))
        d.fmt("Dictated: {doc}, MD  {dt}\n", doc=(f"{g.first()} {g.last()}", "NAME"), dt=(g.date(), "DATE"))
    elif kind == "referral":
        doc_last = g.last()
        d.fmt(
            "{f}\n{s}\n{c} {z}\n\n",
            f=(g.facility(), "FACILITY"),
            s=(g.street(), "ADDRESS"),
            c=(g.city(), "LOCATION"),
            z=(g.zipc(), "ZIP"),
        )
        d.fmt("{dt}\n\nDear Dr {dl},\n\n", dt=(g.date(), "DATE"), dl=(doc_last, "NAME"))
        d.fmt("Re: {n}, DOB {dob}, of {c}\n\n", n=(pt, "NAME"), dob=(g.dob(), "DATE"), c=(g.city(), "LOCATION"))
        d.fmt("Thank you for seeing this {a}-year-old retired teacher. ", a=(g.age90(), "AGE"))
        _body(d, g, 3)
        d.fmt(
            "{pl} lives with her partner in {c} and works part time for {org}.\n",
            pl=(pt_last, "NAME"),
            c=(g.city(), "LOCATION"),
            org=(g.org(), "FACILITY"),
        )
        d.fmt(
            "\nYours sincerely,\n\n{doc}\n{fac}\n",
            doc=(f"{g.first()} {g.last()}", "NAME"),
            fac=(g.facility(), "FACILITY"),
        )
    elif kind == "operative":
        d.t("OPERATIVE NOTE\n").fmt(
            "Pt: {n}   Acct {a}   DOS {dt}\n", n=(pt, "NAME"), a=(g.account(), "ACCOUNT"), dt=(g.date(), "DATE")
        )
        d.fmt("Surgeon: {s}   Assist: {a2}\n", s=(g.person(), "NAME"), a2=(g.person(), "NAME"))
        d.fmt("Location: {f}\n", f=(g.facility(), "FACILITY"))
        _body(d, g, 3)
        d.fmt(
            "Implant: {mfr} cemented knee, serial {sn}.\n",
            mfr=g.keep("manufacturer"),
            sn=(f"SN{g.r.randint(1000000, 9999999)}", "DEVICE"),
        )
        d.fmt(
            "Family ({rel}) updated by phone at {ph} after the case.\n",
            rel=(g.person(), "NAME"),
            ph=(g.phone(), "PHONE"),
        )
    else:
        d.fmt("{c} clinic visit {dt}\n", c=(g.city(), "LOCATION"), dt=(g.date(), "DATE"))
        d.fmt(
            "{n} is a {a} y/o seen with her son {son}. ",
            n=(pt, "NAME"),
            a=(g.age90(), "AGE"),
            son=(g.first().lower(), "NAME"),
        )
        d.fmt("Previously followed at {f}. ", f=(g.facility(), "FACILITY"))
        _body(d, g, 4)
        d.fmt("Email: {e}   Cell {ph}\n", e=(g.email(pt_first, pt_last), "EMAIL"), ph=(g.phone(), "PHONE"))
        d.fmt("Seen with {res} (resident). Next visit {dt}.\n", res=(g.person(), "NAME"), dt=(g.date(), "DATE"))
    return d


_MESSAGES = [
    "hi dr {dl}, this is {n} (dob {dob}). my new number is {ph}. thanks",
    "Hello, can I move my appointment on {dt} to the {c} office? - {n}",
    "my husband {hn} fell yesterday at home in {c}, should we go to {f}?",
    "Dr. {dl} said to message about the {ep} results. {n}",
    "{n} here. {ins} denied the claim for {code}, member id {mem}. can you resend?",
    "I live in {c} now, please update my address to {s}, {z}.",
    "pls call me back at {ph} re my mom {mn} she is {a} and confused since {dt}",
    "Thanks for seeing me on {dt}! Best, {n}",
    "is the {mfr} pump covered? my email is {e}",
    "this is {n}'s daughter, {dn}. she was discharged from {f} on {dt}.",
]


def message(g: Gen) -> Doc:
    d = Doc()
    fi, la = g.first(), g.last()
    n = g.r.choice([f"{fi} {la}", f"{fi.lower()} {la.lower()}", fi, f"{fi} {la[0]}."])
    for tmpl in g.r.sample(_MESSAGES, g.r.choice([1, 1, 2])):
        d.fmt(
            tmpl + " ",
            dl=(g.last(), "NAME"),
            n=(n, "NAME"),
            dob=(g.dob(), "DATE"),
            ph=(g.phone(), "PHONE"),
            dt=(g.date(), "DATE"),
            c=(g.city(), "LOCATION"),
            hn=(g.first(), "NAME"),
            f=(g.facility(), "FACILITY"),
            ep=g.keep("eponym"),
            ins=g.keep("insurer"),
            code=g.keep("code"),
            mem=(g.member(), "HEALTH_PLAN"),
            s=(g.street(), "ADDRESS"),
            z=(g.zipc(), "ZIP"),
            mn=(g.first(), "NAME"),
            a=(g.age90(), "AGE"),
            mfr=g.keep("manufacturer"),
            e=(g.email(fi, la), "EMAIL"),
            dn=(g.first(), "NAME"),
        )
    return d


def table(g: Gen) -> Doc:
    d = Doc()
    d.fmt("Census {f} - {dt}\n\n", f=(g.facility(), "FACILITY"), dt=(g.date(), "DATE"))
    if g.r.random() < 0.5:
        d.t("| Patient | DOB | MRN | Phone | Attending |\n|---|---|---|---|---|\n")
        for _ in range(g.r.randint(3, 6)):
            d.fmt(
                "| {n} | {dob} | {m} | {ph} | {a} |\n",
                n=(g.person(), "NAME"),
                dob=(g.dob(), "DATE"),
                m=(g.mrn(), "MRN"),
                ph=(g.phone(), "PHONE"),
                a=(g.last(), "NAME"),
            )
    else:
        d.t("NAME                    DOB         MRN         CITY\n")
        for _ in range(g.r.randint(3, 6)):
            n, dob, m, c = g.person(), g.dob(), g.mrn(), g.city()
            d.p(n, "NAME").t(" " * max(1, 24 - len(n))).p(dob, "DATE").t(" " * max(1, 12 - len(dob)))
            d.p(m, "MRN").t(" " * max(1, 12 - len(m))).p(c, "LOCATION").t("\n")
    d.t("\nMedications\n| Drug | Dose | Started | Service |\n|---|---|---|---|\n")
    for drug, dose in g.r.sample(
        [("metformin", "500 mg"), ("apixaban", "5 mg"), ("insulin glargine", "20 units"), ("furosemide", "40 mg")], 3
    ):
        d.fmt("| {dr} | {do} | {dt} | {dept} |\n", dr=drug, do=dose, dt=(g.date(), "DATE"), dept=g.keep("department"))
    d.fmt("\nDx codes: {c1}, {c2}. Payer: {ins}.\n", c1=g.keep("code"), c2=g.keep("code"), ins=g.keep("insurer"))
    return d


FAMILIES: dict[str, Callable[[Gen], Doc]] = {
    "clinical": clinical,
    "messages": message,
    "caps": lambda g: clinical(g, caps=True),
    "tables": table,
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--family", choices=sorted(FAMILIES), required=True)
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=101)
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    g = Gen(args.seed)
    rows = [FAMILIES[args.family](g).row(f"{args.family}-{args.seed}-{i}", args.family) for i in range(args.n)]
    Path(args.out).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{args.out}: {len(rows)} notes, {sum(len(r['phi']) for r in rows)} PHI spans")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
