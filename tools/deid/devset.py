"""Generate a de-identification dev set: surrogate PHI inserted into real clinical text.

Real sentences come from CodiEsp English texts (CC BY 4.0, Barcelona Supercomputing Center /
Plan TL); surrogate PHI comes from `faker` (seeded). Every insertion records its offsets, so
the gold spans are exact. Confusers that coding needs (eponyms, drugs, doses, vitals, years,
ages under 90, codes, departments) are inserted too and listed under "keep".

    python -m tools.deid.devset --split train --seed 1 --n 200 --portion dev \
        --out datasets/deid/dev.jsonl
    python -m tools.deid.devset --split dev --seed 2 --n 150 --unseen-share 0.5 \
        --out datasets/deid/dev2.jsonl
    python -m tools.deid.devset --split dev --seed 7 --n 100 --portion heldout \
        --exclude datasets/deid/dev2.jsonl --out datasets/deid/heldout.jsonl

dev2 and heldout draw half of their person names from faker locales that are NOT in the
name gazetteer (medcode.deid.lexicon.GAZETTEER_LOCALES), so they measure unseen names.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
from pathlib import Path

from faker import Faker

from medcode.deid.lexicon import GAZETTEER_LOCALES

UNSEEN_LOCALES = (
    "pl_PL",
    "nl_NL",
    "sv_SE",
    "tr_TR",
    "fi_FI",
    "cs_CZ",
    "hu_HU",
    "da_DK",
    "no_NO",
    "en_IN",
    "en_NG",
    "ro_RO",
    "sk_SK",
    "hr_HR",
    "sl_SI",
    "id_ID",
)

DATE_FORMATS = [
    lambda d: d.strftime("%m/%d/%Y"),
    lambda d: d.strftime("%m/%d/%y"),
    lambda d: f"{d.month}/{d.day}/{d.strftime('%y')}",
    lambda d: f"{d.month}/{d.day}/{d.year}",
    lambda d: d.strftime("%d-%b-%Y"),
    lambda d: d.strftime("%B ") + f"{d.day}, {d.year}",
    lambda d: d.strftime("%B ") + f"{d.day}{_ord(d.day)}",
    lambda d: f"{d.day} " + d.strftime("%B %Y"),
    lambda d: d.strftime("%Y-%m-%d"),
    lambda d: d.strftime("%b ") + f"{d.day}, {d.year}",
    lambda d: d.strftime("%m-%d-%Y"),
    lambda d: d.strftime("%B %Y"),
    lambda d: f"{d.day}{_ord(d.day)} of " + d.strftime("%B"),
    lambda d: d.strftime("%b. ") + f"{d.day}",
    lambda d: d.strftime("%d %b %Y"),
    lambda d: d.strftime("%B ") + f"{d.day}{_ord(d.day)}, {d.year}",
]

EPONYM_KEEPS = [
    ("Parkinson", "Parkinson disease"),
    ("Crohn", "Crohn disease"),
    ("Down", "Down syndrome"),
    ("Hodgkin", "Hodgkin lymphoma"),
    ("Graves", "Graves disease"),
    ("Alzheimer", "Alzheimer disease"),
    ("Cushing", "Cushing syndrome"),
    ("Addison", "Addison disease"),
    ("Wilson", "Wilson disease"),
    ("Huntington", "Huntington disease"),
    ("Turner", "Turner syndrome"),
    ("Bell", "Bell palsy"),
    ("Paget", "Paget disease"),
    ("Barrett", "Barrett esophagus"),
    ("Hashimoto", "Hashimoto thyroiditis"),
    ("Kaposi", "Kaposi sarcoma"),
    ("Marfan", "Marfan syndrome"),
    ("Raynaud", "Raynaud phenomenon"),
    ("Sjogren", "Sjogren syndrome"),
    ("Guillain-Barre", "Guillain-Barre syndrome"),
]
DRUGS = [
    "metformin 850 mg",
    "lisinopril 10 mg",
    "atorvastatin 40 mg",
    "amoxicillin 500 mg",
    "warfarin 5 mg",
    "furosemide 40 mg",
    "insulin glargine 20 units",
    "prednisone 30 mg",
    "levothyroxine 75 mcg",
    "omeprazole 20 mg",
    "ceftriaxone 2 g",
    "vancomycin 1 g",
    "enoxaparin 40 mg",
    "tamoxifen 20 mg",
    "methotrexate 15 mg",
    "amlodipine 5 mg",
]
CODES = ["E11.9", "I10", "J18.9", "N18.3", "C50.911", "Z79.4", "0DTJ4ZZ", "J1100", "K50.90"]
DEPARTMENTS = [
    "Department of Internal Medicine",
    "Emergency Department",
    "Department of Cardiology",
    "Intensive Care Unit",
    "Nephrology Service",
    "Department of Radiology",
    "Oncology Unit",
    "Department of Surgery",
]


def _ord(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


class Doc:
    """Text under construction with gold PHI spans and keep terms."""

    def __init__(self):
        self.parts: list[str] = []
        self.len = 0
        self.phi: list[dict] = []
        self.keep: list[str] = []

    def add(self, s: str) -> None:
        self.parts.append(s)
        self.len += len(s)

    def phi_(self, s: str, typ: str) -> None:
        self.phi.append({"start": self.len, "end": self.len + len(s), "type": typ})
        self.add(s)

    def keep_(self, s: str) -> None:
        self.keep.append(s)
        self.add(s)

    def tpl(self, template: str, **vals) -> None:
        """Add `template`, where {key} is a PHI value (value, TYPE) or a keep term ("KEEP", s)."""
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", template):
            self.add(template[pos : m.start()])
            v = vals[m.group(1)]
            if isinstance(v, tuple) and v[0] == "KEEP":
                self.keep_(v[1])
            elif isinstance(v, tuple):
                self.phi_(v[0], v[1])
            else:
                self.add(v)
            pos = m.end()
        self.add(template[pos:])

    def text(self) -> str:
        return "".join(self.parts)


class Gen:
    def __init__(self, seed: int, unseen_share: float):
        self.r = random.Random(seed)
        self.unseen_share = unseen_share
        self.fakers: dict[str, Faker] = {}
        self.seed = seed

    def fk(self, loc: str) -> Faker:
        if loc not in self.fakers:
            f = Faker(loc)
            f.seed_instance(self.seed * 1000 + len(self.fakers))
            self.fakers[loc] = f
        return self.fakers[loc]

    def person(self) -> Faker:
        if self.r.random() < self.unseen_share:
            return self.fk(self.r.choice(UNSEEN_LOCALES))
        return self.fk(self.r.choice(GAZETTEER_LOCALES))

    def first_last(self) -> tuple[str, str]:
        f = self.person()
        return f.first_name(), f.last_name()

    def name_pieces(self, style: str | None = None):
        """A person name as a list of (text, is_phi) pieces in one of many formats."""
        first, last = self.first_last()
        mid = self.r.choice("ABCDEFGHJKLMNPRSTW")
        style = style or self.r.choice(["fl", "fl", "fml", "lf", "LF", "fil", "l", "FL", "f"])
        if style == "fl":
            return f"{first} {last}"
        if style == "fml":
            return f"{first} {mid}. {last}"
        if style == "lf":
            return f"{last}, {first}"
        if style == "LF":
            return f"{last.upper()}, {first.upper()}"
        if style == "FL":
            return f"{first.upper()} {last.upper()}"
        if style == "fil":
            return f"{first[0]}. {last}"
        if style == "f":
            return first
        return last

    def date(self, start_year=2018, end_year=2026) -> str:
        d = dt.date(start_year, 1, 1) + dt.timedelta(days=self.r.randrange((end_year - start_year) * 365))
        return self.r.choice(DATE_FORMATS)(d)

    def dob(self) -> str:
        d = dt.date(1925, 1, 1) + dt.timedelta(days=self.r.randrange(90 * 365))
        return self.r.choice(DATE_FORMATS[:5] + DATE_FORMATS[8:11])(d)

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def mrn(self) -> str:
        return self.r.choice(
            [
                self.digits(8),
                self.digits(7),
                "MRN" + self.digits(7),
                f"{self.digits(3)}-{self.digits(2)}-{self.digits(3)}",
                "A" + self.digits(7),
                f"{self.digits(2)}-{self.digits(6)}",
                self.digits(10),
            ]
        )

    def phone(self) -> str:
        f = self.fk("en_US")
        return self.r.choice(
            [
                f.phone_number(),
                f.phone_number(),
                f"({self.digits(3)}) {self.digits(3)}-{self.digits(4)}",
                f"{self.digits(3)}-{self.digits(3)}-{self.digits(4)}",
                f"+1 {self.digits(3)} {self.digits(3)} {self.digits(4)}",
                f"{self.digits(3)}.{self.digits(3)}.{self.digits(4)}",
                self.fk("en_GB").phone_number(),
            ]
        )

    def facility(self) -> str:
        f = self.fk("en_US")
        return self.r.choice(
            [
                f"{f.last_name()} Memorial Hospital",
                f"St. {f.first_name()}'s Hospital",
                f"{f.city()} General Hospital",
                f"{f.last_name()} Medical Center",
                f"{f.city()} Community Health Center",
                f"{f.last_name()} Clinic",
                f"Mount {f.last_name()} Hospital",
                f"{f.last_name()} Regional Medical Center",
                f"University Hospital of {f.city()}",
                f"{f.last_name()} Nursing Home",
            ]
        )


def _age90(r: random.Random) -> str:
    return str(r.randint(90, 104))


def header(g: Gen, d: Doc) -> None:
    r = g.r
    f = g.fk("en_US")
    fields = []
    fields.append(
        lambda: d.tpl(
            r.choice(["Patient: {n}\n", "PATIENT NAME: {n}\n", "Name: {n}\n", "Pt: {n}\n", "Patient Name: {n}\n"]),
            n=(g.name_pieces(r.choice(["fl", "lf", "LF", "FL", "fml"])), "NAME"),
        )
    )
    fields.append(
        lambda: d.tpl(
            r.choice(
                [
                    "MRN: {v}\n",
                    "MR#: {v}\n",
                    "Medical Record Number: {v}\n",
                    "Record #{v}\n",
                    "Hospital No. {v}\n",
                    "Patient ID: {v}\n",
                ]
            ),
            v=(g.mrn(), "MRN"),
        )
    )
    fields.append(
        lambda: d.tpl(
            r.choice(["DOB: {v}\n", "Date of Birth: {v}\n", "D.O.B. {v}\n", "Birth date: {v}\n"]), v=(g.dob(), "DATE")
        )
    )
    fields.append(
        lambda: d.tpl(
            r.choice(
                [
                    "Admission Date: {v}\n",
                    "Date of admission: {v}\n",
                    "Admitted: {v}\n",
                    "Date of Service: {v}\n",
                    "Discharge date: {v}\n",
                ]
            ),
            v=(g.date(), "DATE"),
        )
    )
    fields.append(
        lambda: d.tpl(
            r.choice(
                [
                    "Attending: Dr. {n}\n",
                    "Attending Physician: {n}, MD\n",
                    "PCP: {n}\n",
                    "Referring physician: Dr. {n}\n",
                    "Surgeon: {n}, MD\n",
                ]
            ),
            n=(g.name_pieces(r.choice(["fl", "fml", "l", "fil"])), "NAME"),
        )
    )
    fields.append(
        lambda: d.tpl(
            r.choice(
                ["Account #: {v}\n", "Acct No: {v}\n", "Encounter ID: {v}\n", "FIN: {v}\n", "Billing number: {v}\n"]
            ),
            v=(r.choice([g.digits(9), "AC" + g.digits(8), g.digits(12)]), "ACCOUNT"),
        )
    )
    fields.append(
        lambda: d.tpl(
            r.choice(
                [
                    "Member ID: {v}\n",
                    "Insurance ID: {v}\n",
                    "Policy #: {v}\n",
                    "Medicare ID: {v}\n",
                    "Subscriber ID: {v}\n",
                ]
            ),
            v=(
                r.choice(
                    [
                        "W" + g.digits(9),
                        g.digits(3) + "-" + g.digits(3) + "-" + g.digits(3),
                        "1EG4-TE5-MK" + g.digits(2),
                        "XKH" + g.digits(9),
                    ]
                ),
                "HEALTH_PLAN",
            ),
        )
    )
    fields.append(
        lambda: d.tpl(
            r.choice(["Address: {a}, {c}, {s} {z}\n", "Home address: {a}\n{c}, {s} {z}\n"]),
            a=(f.street_address(), "ADDRESS"),
            c=(f.city(), "LOCATION"),
            s=f.state_abbr(),
            z=(f.zipcode(), "ZIP"),
        )
    )
    fields.append(
        lambda: d.tpl(
            r.choice(["Phone: {v}\n", "Tel: {v}\n", "Cell: {v}\n", "Home phone: {v}\n"]), v=(g.phone(), "PHONE")
        )
    )
    fields.append(lambda: d.tpl(r.choice(["Fax: {v}\n", "Fax number: {v}\n"]), v=(g.phone(), "FAX")))
    fields.append(lambda: d.tpl(r.choice(["Email: {v}\n", "E-mail: {v}\n"]), v=(f.email(), "EMAIL")))
    fields.append(lambda: d.tpl(r.choice(["SSN: {v}\n", "Social Security Number: {v}\n"]), v=(f.ssn(), "SSN")))
    fields.append(
        lambda: d.tpl(r.choice(["Facility: {v}\n", "Hospital: {v}\n", "Location: {v}\n"]), v=(g.facility(), "FACILITY"))
    )
    fields.append(
        lambda: d.tpl(
            r.choice(["Emergency contact: {n} ({rel}) {p}\n", "Next of kin: {n}, {rel}, {p}\n"]),
            n=(g.name_pieces("fl"), "NAME"),
            rel=r.choice(["daughter", "son", "wife", "husband"]),
            p=(g.phone(), "PHONE"),
        )
    )
    fields.append(lambda: d.tpl("Age: {v}\n", v=(_age90(r), "AGE")))
    k = r.randint(3, 9)
    for fn in r.sample(fields, k):
        fn()
    d.add("\n")


def inline(g: Gen, d: Doc) -> None:
    """One inserted sentence carrying PHI (and sometimes keep terms)."""
    r = g.r
    f = g.fk("en_US")
    nm = lambda style=None: (g.name_pieces(style), "NAME")
    choices = [
        lambda: d.tpl(
            "The patient was seen by Dr. {n} on {d}. ", n=nm(r.choice(["l", "fl", "fil"])), d=(g.date(), "DATE")
        ),
        lambda: d.tpl(
            "{t} {n} was admitted on {d}. ",
            t=r.choice(["Mr.", "Mrs.", "Ms."]),
            n=nm(r.choice(["l", "fl"])),
            d=(g.date(), "DATE"),
        ),
        lambda: d.tpl("Her daughter {n} can be reached at {p}. ", n=nm(r.choice(["f", "fl"])), p=(g.phone(), "PHONE")),
        lambda: d.tpl("His wife, {n}, was present during the visit. ", n=nm(r.choice(["f", "fl"]))),
        lambda: d.tpl(
            "Discussed the plan with {n} ({rel}) by phone. ",
            n=nm("fl"),
            rel=r.choice(["son", "niece", "brother", "caregiver"]),
        ),
        lambda: d.tpl(
            "{n} is a {a}-year-old {s} who presented to {fac}. ",
            n=nm("fl"),
            a=(_age90(r), "AGE"),
            s=r.choice(["woman", "man"]),
            fac=(g.facility(), "FACILITY"),
        ),
        lambda: d.tpl(
            "The patient, aged {a}, lives at {ad} in {c}. ",
            a=(_age90(r), "AGE"),
            ad=(f.street_address(), "ADDRESS"),
            c=(f.city(), "LOCATION"),
        ),
        lambda: d.tpl("She was transferred from {fac} on {d}. ", fac=(g.facility(), "FACILITY"), d=(g.date(), "DATE")),
        lambda: d.tpl(
            "Follow-up with Dr. {n} at {fac} on {d}. ",
            n=nm(r.choice(["l", "fl"])),
            fac=(g.facility(), "FACILITY"),
            d=(g.date(), "DATE"),
        ),
        lambda: d.tpl("Results were sent to {e}. ", e=(f.email(), "EMAIL")),
        lambda: d.tpl("Images are available at {u} . ", u=(f.url() + r.choice(["", "study/" + g.digits(6)]), "URL")),
        lambda: d.tpl("Accessed from workstation IP {ip}. ", ip=(r.choice([f.ipv4(), f.ipv4_private()]), "IP")),
        lambda: d.tpl(
            "Pacemaker serial number {s} was interrogated. ",
            s=(r.choice(["PJN" + g.digits(6), f"{g.digits(3)}-{g.digits(5)}", "SN" + g.digits(8)]), "DEVICE"),
        ),
        lambda: d.tpl("Device S/N: {s}. ", s=(f.bothify("??#####-##").upper(), "DEVICE")),
        lambda: d.tpl("Injured as a passenger in a car with plate {p}. ", p=(f.license_plate(), "VEHICLE")),
        lambda: d.tpl("Vehicle VIN {v} was noted in the police report. ", v=(f.vin(), "VEHICLE")),
        lambda: d.tpl(
            "Prescriber DEA number {v}, NPI {n}. ",
            v=(f.bothify("??#######").upper(), "LICENSE"),
            n=(g.digits(10), "LICENSE"),
        ),
        lambda: d.tpl("Driver's license {v} was verified. ", v=(f.bothify("?#######").upper(), "LICENSE")),
        lambda: d.tpl("Symptoms began {d} and worsened by {d2}. ", d=(g.date(), "DATE"), d2=(g.date(), "DATE")),
        lambda: d.tpl("Last seen in clinic {d}. ", d=(g.date(), "DATE")),
        lambda: d.tpl("At {a} years of age she remains independent. ", a=(_age90(r), "AGE")),
        lambda: d.tpl("A {a} yo man. ", a=(_age90(r), "AGE")),
        lambda: d.tpl("He lives in {c}, {s} with his son. ", c=(f.city(), "LOCATION"), s=f.state()),
        lambda: d.tpl("Born in {c}, she moved here in 1990. ", c=(g.person().city(), "LOCATION")),
        lambda: d.tpl("Spoke with {n} from the pharmacy about the dose. ", n=nm("fl")),
        lambda: d.tpl("Call back number {p}, ext. {x}. ", p=(g.phone(), "PHONE"), x=g.digits(3)),
        lambda: d.tpl("Patient identifier {v} was confirmed. ", v=(g.mrn(), "MRN")),
        lambda: d.tpl("Claim {v} was filed. ", v=(g.digits(11), "ACCOUNT")),
        lambda: d.tpl("Sample accession {v} sent to pathology. ", v=("S" + g.digits(2) + "-" + g.digits(5), "ID")),
        lambda: d.tpl("{n} reports that the pain improved. ", n=nm("fl")),
        lambda: d.tpl("Case discussed with {t} {n}. ", t=r.choice(["Dr.", "Prof."]), n=nm(r.choice(["fl", "l"]))),
    ]
    r.choice(choices)()


def confuser(g: Gen, d: Doc) -> None:
    r = g.r
    choices = [
        lambda: _eponym_name(g, d),
        lambda: d.tpl("History of {e}. ", e=("KEEP", r.choice(EPONYM_KEEPS)[1])),
        lambda: d.tpl(
            "Started {a} daily and {b} twice daily. ", a=("KEEP", r.choice(DRUGS)), b=("KEEP", r.choice(DRUGS))
        ),
        lambda: d.tpl(
            "BP {bp} mmHg, HR {hr} bpm. ",
            bp=("KEEP", f"{r.randint(95, 180)}/{r.randint(50, 105)}"),
            hr=str(r.randint(50, 120)),
        ),
        lambda: d.tpl("Diagnosed in {y}. ", y=("KEEP", str(r.randint(1975, 2025)))),
        lambda: d.tpl("A {a}-year-old sibling is healthy. ", a=("KEEP", str(r.randint(18, 89)))),
        lambda: d.tpl("Coded as {c}. ", c=("KEEP", r.choice(CODES))),
        lambda: d.tpl("Seen in the {dep}. ", dep=("KEEP", r.choice(DEPARTMENTS))),
        lambda: d.tpl(
            "Glucose {v} mg/dL, creatinine {c} mg/dL. ",
            v=("KEEP", str(r.randint(70, 400))),
            c=("KEEP", f"{r.randint(0, 4)}.{r.randint(0, 9)}"),
        ),
    ]
    r.choice(choices)()


def _eponym_name(g: Gen, d: Doc) -> None:
    """A patient who shares the eponym's name: the name goes, the disease stays."""
    r = g.r
    name, disease = r.choice(EPONYM_KEEPS)
    d.tpl(
        r.choice(["{t} {n} has a long history of {dz}. ", "{t} {n} was diagnosed with {dz}. "]),
        t=r.choice(["Mr.", "Mrs.", "Ms."]),
        n=(name, "NAME"),
        dz=("KEEP", disease),
    )


def signature(g: Gen, d: Doc) -> None:
    r = g.r
    d.add("\n")
    r.choice(
        [
            lambda: d.tpl(
                "Electronically signed by: {n}, MD on {d}\n", n=(g.name_pieces("fl"), "NAME"), d=(g.date(), "DATE")
            ),
            lambda: d.tpl(
                "Dictated by: {n}\nTranscribed: {d}\n",
                n=(g.name_pieces(r.choice(["fl", "lf", "fml"])), "NAME"),
                d=(g.date(), "DATE"),
            ),
            lambda: d.tpl(
                "{n}, M.D.\n{fac}\n", n=(g.name_pieces(r.choice(["fl", "fml"])), "NAME"), fac=(g.facility(), "FACILITY")
            ),
            lambda: d.tpl("cc: Dr. {n}\n", n=(g.name_pieces(r.choice(["fl", "l"])), "NAME")),
            lambda: d.tpl("Signed: {n}, RN {d}\n", n=(g.name_pieces("fl"), "NAME"), d=(g.date(), "DATE")),
        ]
    )()


_AGE_RE = re.compile(r"\b(\d{1,2})([- ]year[- ]old|[- ]years? old| years of age)")


def make_note(g: Gen, doc_id: str, body: str) -> dict:
    r = g.r
    d = Doc()
    if r.random() < 0.85:
        header(g, d)
    lines = [ln for ln in body.split("\n") if ln.strip()]
    n_inline = r.randint(3, 7)
    n_conf = r.randint(2, 4)
    slots = sorted(r.sample(range(len(lines) + 1), min(len(lines) + 1, n_inline + n_conf)))
    kinds = ["i"] * n_inline + ["c"] * n_conf
    r.shuffle(kinds)
    plan = dict(zip(slots, kinds))
    for i, ln in enumerate(lines):
        if i in plan:
            (inline if plan[i] == "i" else confuser)(g, d)
        # ages in the original text: some become > 89 (PHI), the rest stay and are listed as keep
        m = _AGE_RE.search(ln)
        if m:
            if r.random() < 0.25:
                d.add(ln[: m.start(1)])
                d.phi_(_age90(r), "AGE")
                d.add(ln[m.end(1) :] + "\n")
            else:
                d.add(ln + "\n")
                if int(m.group(1)) < 90:
                    d.keep.append(m.group(0))
        else:
            d.add(ln + "\n")
    if len(lines) in plan:
        (inline if plan[len(lines)] == "i" else confuser)(g, d)
    if r.random() < 0.8:
        signature(g, d)
    text = d.text()
    for m in re.finditer(r"\b\d{2,3}/\d{2,3}(?= ?mm ?Hg)", text):
        d.keep.append(m.group(0))
    return {"id": doc_id, "text": text, "phi": d.phi, "keep": sorted(set(d.keep))}


def generate(split_dir: Path, n: int, seed: int, unseen_share: float, exclude: frozenset = frozenset()) -> list[dict]:
    files = sorted(f for f in split_dir.glob("*.txt") if f.stem not in exclude)
    if not files:
        raise FileNotFoundError(f"no .txt files under {split_dir}")
    g = Gen(seed, unseen_share)
    chosen = g.r.sample(files, min(n, len(files)))
    out = []
    for f in chosen:
        body = f.read_text(encoding="utf-8")
        if len(body) > 3500:  # keep notes CodiEsp-typical in length and the set small
            body = body[:3500].rsplit("\n", 1)[0]
        out.append(make_note(g, f.stem, body))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Generate a surrogate-PHI de-identification dev set.")
    ap.add_argument("--codiesp", default="datasets/codiesp", help="CodiEsp root")
    ap.add_argument("--split", default="train", choices=["train", "dev"])
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--portion", default="dev", choices=["dev", "heldout"])
    ap.add_argument("--out", required=True)
    ap.add_argument(
        "--unseen-share",
        type=float,
        default=None,
        help="share of names from locales outside the gazetteer (default: 0 for dev, 0.5 for heldout)",
    )
    ap.add_argument(
        "--exclude",
        action="append",
        default=[],
        help="JSONL set whose note ids must not be reused (keeps portions disjoint)",
    )
    ap.add_argument(
        "--raw",
        action="store_true",
        help="write the unmodified notes (no PHI inserted, no gold): measures what is "
        "redacted from clinical text that holds no inserted PHI",
    )
    args = ap.parse_args(argv)
    if args.raw:
        files = sorted((Path(args.codiesp) / args.split / "text_files_en").glob("*.txt"))[: args.n]
        with open(args.out, "w", encoding="utf-8") as fh:
            for f in files:
                fh.write(json.dumps({"id": f.stem, "text": f.read_text(encoding="utf-8")}, ensure_ascii=False) + "\n")
        print(f"wrote {len(files)} unmodified notes to {args.out}")
        return 0
    unseen = args.unseen_share if args.unseen_share is not None else (0.5 if args.portion == "heldout" else 0.0)
    exclude: set[str] = set()
    for path in args.exclude:
        with open(path, encoding="utf-8") as fh:
            exclude.update(json.loads(line)["id"] for line in fh if line.strip())
    rows = generate(Path(args.codiesp) / args.split / "text_files_en", args.n, args.seed, unseen, frozenset(exclude))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    n_phi = sum(len(r["phi"]) for r in rows)
    print(f"wrote {len(rows)} notes, {n_phi} PHI spans to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
