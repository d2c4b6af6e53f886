"""Annotated training text for the learned PHI recognizer (`medcode train deid`).

Two sources, both TRAINING families only:
- a template generator written for the model (this module): clinical headers and prose, letters,
  patient-portal messages, table rows and lists, with names in many written forms (LAST, FIRST in
  capitals, given name + initial, lower case, a surname alone, no title nearby), organisations
  without "Hospital" (clinics, practices joined with "&", behavioural-health and rehabilitation
  centres, nursing homes, university hospitals, abbreviations), cities, counties and
  neighbourhoods outside address lines, dates such as Mon-DD-YYYY and MM/DD, 7-digit phones,
  identifiers with their label inside, non-ASCII identifiers and unusual e-mail domains. Non-PHI
  the coder needs (ICD/CPT/HCPCS code strings, lot and model numbers, insurers, manufacturers,
  eponyms, departments, drugs, lab values) is written into the same sentences and labelled O;
- the presidio-research synthetic sentences (`datasets/deid/presidio_synth.jsonl`) of the
  template families NOT held out (`presidio_family_heldout`).

Held out from training, so that evaluation stays independent: every faker locale, list and
template of `tools/deid/evalset.py` (its name/city/organisation locales are excluded below and
asserted by a test), and presidio_synth template families with `template_id % 5 == 0`.
"""

from __future__ import annotations

import json
import random
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

warnings.filterwarnings("ignore", category=UserWarning, module="faker")

# Locales of the training generator. None of these is used by tools/deid/evalset.py
# (NAME_LOCALES, CITY_LOCALES, ORG_LOCALES there); tests/deid/test_deid_corpus.py checks it.
NAME_LOCALES = (
    "en_US",
    "en_GB",
    "en_CA",
    "en_AU",
    "en_IN",
    "fr_FR",
    "de_DE",
    "it_IT",
    "es_ES",
    "es_MX",
    "pt_BR",
    "pl_PL",
    "cs_CZ",
    "nl_NL",
    "fi_FI",
    "sv_SE",
    "da_DK",
    "no_NO",
    "tr_TR",
    "hu_HU",
    "ro_RO",
    "hr_HR",
    "sk_SK",
    "sl_SI",
    "fr_CA",
    "it_CH",
    "fil_PH",
    "en_PH",
    "vi_VN",
    "id_ID",
)
CITY_LOCALES = ("en_US", "en_GB", "en_CA", "en_AU", "fr_FR", "de_DE", "it_IT", "es_ES", "pl_PL", "nl_NL", "sv_SE")
ORG_LOCALES = ("en_US", "en_GB", "fr_FR", "de_DE", "it_IT", "es_ES", "pl_PL", "nl_NL", "fi_FI", "da_DK")

# The label set of the model (BIO over these); rules keep the finer types.
ENTITY_TYPES = ("NAME", "FACILITY", "LOCATION", "ADDRESS", "ZIP", "DATE", "PHONE", "ID", "EMAIL", "AGE")
LABELS = ("O", *(f"{p}-{t}" for t in ENTITY_TYPES for p in ("B", "I")))
# medcode PHI types -> model entity types
TYPE_MAP = {
    "NAME": "NAME",
    "FACILITY": "FACILITY",
    "LOCATION": "LOCATION",
    "ADDRESS": "ADDRESS",
    "ZIP": "ZIP",
    "DATE": "DATE",
    "PHONE": "PHONE",
    "FAX": "PHONE",
    "EMAIL": "EMAIL",
    "URL": "EMAIL",
    "AGE": "AGE",
}

PRESIDIO_HELDOUT_MOD = 5  # presidio_synth template families with template_id % 5 == 0 are evaluation only


def presidio_family_heldout(template_id: int) -> bool:
    return template_id % PRESIDIO_HELDOUT_MOD == 0


# Non-PHI that coding needs: different lists from the evaluation generator's.
INSURERS = (
    "Highmark",
    "CareSource",
    "Ambetter",
    "Harvard Pilgrim",
    "Medicare",
    "Medicaid",
    "Priority Health",
    "Geisinger Health Plan",
    "Florida Blue",
    "Premera",
    "Regence",
    "EmblemHealth",
    "Amerigroup",
    "Health Net",
    "Devoted Health",
    "Medica",
)
MANUFACTURERS = (
    "Siemens Healthineers",
    "GE Healthcare",
    "Olympus",
    "Cook Medical",
    "Teleflex",
    "Terumo",
    "Hologic",
    "Masimo",
    "ResMed",
    "Tandem Diabetes",
    "Biotronik",
    "Arthrex",
    "DePuy Synthes",
    "B. Braun",
    "Conmed",
    "Fresenius",
    "Pfizer",
    "Moderna",
    "Novo Nordisk",
    "Eli Lilly",
)
EPONYMS = (
    "Crohn disease",
    "Alzheimer disease",
    "Raynaud phenomenon",
    "Kaposi sarcoma",
    "Guillain-Barre syndrome",
    "Parkinson disease",
    "Hodgkin lymphoma",
    "Dupuytren contracture",
    "Osgood-Schlatter disease",
    "Tourette syndrome",
    "Marfan syndrome",
    "Lyme disease",
    "Kawasaki disease",
    "Huntington disease",
    "Ewing sarcoma",
    "Horner syndrome",
    "Babinski sign",
    "Murphy sign",
    "Apgar score",
    "Glasgow Coma Scale",
    "Foley catheter",
    "Swan-Ganz catheter",
    "Whipple procedure",
    "Nissen fundoplication",
)
DEPARTMENTS = (
    "Pulmonology",
    "Gastroenterology",
    "Neurology",
    "Oncology",
    "Rheumatology",
    "Urology",
    "Dermatology",
    "Hematology",
    "the ICU",
    "Labor and Delivery",
    "Occupational Therapy",
    "Social Work",
    "Pharmacy",
    "Palliative Care",
    "Cardiothoracic Surgery",
    "Vascular Surgery",
)
DRUGS = (
    "lisinopril 10 mg daily",
    "metformin 500 mg BID",
    "apixaban 5 mg twice daily",
    "furosemide 40 mg IV",
    "insulin glargine 20 units",
    "amoxicillin 875 mg",
    "prednisone 40 mg taper",
    "ondansetron 4 mg PRN",
)
FINDINGS = (
    "Hgb 9.8, WBC 12.1, Plt 210.",
    "BP 138/76, HR 88, T 37.9 C.",
    "A1c 8.2% on 3 agents.",
    "EF 35% on echo.",
    "Pain 6/10, improved to 3/10.",
    "Na 131, K 5.2, Cr 2.1.",
    "CT showed a 2.3 cm nodule in the RUL.",
    "She ambulated 150 ft with a walker.",
)
_MONTHS = "January February March April May June July August September October November December".split()
_LATIN = re.compile(r"^[A-Za-zÀ-ɏ'’\- .]+$")


@dataclass
class Example:
    """One annotated text: entity spans are (start, end, ENTITY_TYPE) character offsets."""

    text: str = ""
    spans: list[tuple[int, int, str]] = field(default_factory=list)

    def t(self, s: str) -> Example:
        self.text += s
        return self

    def e(self, s: str, typ: str) -> Example:
        self.spans.append((len(self.text), len(self.text) + len(s), typ))
        self.text += s
        return self

    def fill(self, template: str, vals: dict[str, tuple[str, str | None]]) -> Example:
        """`template` with {slots}; each slot value is (text, ENTITY_TYPE or None for O)."""
        for piece in re.split(r"(\{\w+\})", template):
            m = re.fullmatch(r"\{(\w+)\}", piece)
            if m is None:
                self.t(piece)
                continue
            v, typ = vals[m.group(1)]
            if typ is None:
                self.t(v)
            else:
                self.e(v, typ)
        return self

    def cased(self, mode: str) -> Example:
        if mode == "upper":
            return Example(self.text.upper(), self.spans) if len(self.text.upper()) == len(self.text) else self
        if mode == "lower":
            return Example(self.text.lower(), self.spans) if len(self.text.lower()) == len(self.text) else self
        return self


class Values:
    """Surrogate PHI in many written forms, from the training locales only."""

    def __init__(self, seed: int):
        from faker import Faker

        self.r = random.Random(seed)
        self.fk: dict[str, Faker] = {}
        for loc in {*NAME_LOCALES, *CITY_LOCALES, *ORG_LOCALES}:
            f = Faker(loc)
            f.seed_instance(seed)
            self.fk[loc] = f

    def _pick(self, locales: tuple[str, ...], attr: str, default: str) -> str:
        for _ in range(10):
            v = str(getattr(self.fk[self.r.choice(locales)], attr)()).strip()
            if v and _LATIN.match(v) and len(v) < 40:
                return v
        return default

    def first(self) -> str:
        return self._pick(NAME_LOCALES, "first_name", "Mara").split()[0]

    def last(self) -> str:
        return self._pick(NAME_LOCALES, "last_name", "Novak")

    def city(self) -> str:
        return self._pick(CITY_LOCALES, "city", "Fairview")

    def company(self) -> str:
        return self._pick(ORG_LOCALES, "company", "Northgate Partners").rstrip(".")

    def initial(self) -> str:
        return self.r.choice("ABCDEFGHIJKLMNOPRSTVWZ")

    def person(self) -> str:
        f, la, r = self.first(), self.last(), self.r.random()
        forms = [
            f"{f} {la}",
            f"{la.upper()}, {f.upper()}",
            f"{la}, {f}",
            f"{f} {self.initial()}. {la}",
            f"{f} {self.initial()}.",
            f"{f} {self.initial()}",
            f"{f.lower()} {la.lower()}",
            f"{self.initial()}. {la}",
            f"{la.upper()} {f.upper()}",
            f"{la}, {f} {self.initial()}.",
            f"{f} {self.last()}-{la}",
        ]
        return forms[min(int(r * len(forms)), len(forms) - 1)]

    def facility(self) -> str:
        la, la2, c = self.last(), self.last(), self.city()
        return self.r.choice(
            [
                f"{la} Medical Group",
                f"{c} Family Medicine",
                f"{la} & {la2} Cardiology Associates",
                f"{la} and {la2}, PC",
                f"{c} Behavioral Health Services",
                f"{c} Rehab Center",
                f"{la} Physical Therapy",
                f"{c} Nursing and Rehabilitation",
                f"{la} Manor",
                f"{c} Care Home",
                f"The {la} Clinic",
                f"{c} Urgent Care",
                f"{c} Dialysis Center",
                f"{la} Hospice",
                f"{c} University Hospital",
                f"University Hospital {c}",
                f"{c} Regional Medical Center",
                f"{c} General",
                f"St. {self.first()}'s",
                f"Saint {self.first()} Medical Center",
                f"{la} Women's Health",
                f"{c} Memory Care",
                f"{la} Dermatology",
                f"{c} Sleep Lab",
                f"{c} Surgery Center",
                f"{c} Psychiatric Institute",
                f"{c} Veterans Affairs Medical Center",
                f"{c} VAMC",
                self.r.choice(["UNC", "UAB", "UTSW", "VUMC", "UCHealth", "Penn Medicine", "Duke Health", "HSS"]),
                "".join(self.r.choice("ABCDEFGHKLMNPRSTUVW") for _ in range(self.r.randint(3, 4))),
                self.company(),
                f"{self.company()} Health",
            ]
        )

    def place(self) -> tuple[str, str]:
        c = self.city()
        r = self.r.random()
        if r < 0.6:
            return c, "LOCATION"
        if r < 0.75:
            return f"{self.last()} County", "LOCATION"
        if r < 0.85:
            return f"{c} Heights", "LOCATION"
        return f"North {c}", "LOCATION"

    def date(self) -> str:
        y, m, d = self.r.randint(1995, 2027), self.r.randint(1, 12), self.r.randint(1, 28)
        full = _MONTHS[m - 1]
        mon = full[:3]
        return self.r.choice(
            [
                f"{mon}-{d:02d}-{y}",
                f"{mon}-{d}-{y}",
                f"{m:02d}/{d:02d}/{y}",
                f"{m}/{d}/{str(y)[2:]}",
                f"{m}/{d}",
                f"{m:02d}/{d:02d}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d}.{m}.{y}",
                f"{d} {full} {y}",
                f"{full} {d}",
                f"{full} {d}th",
                f"{mon} {d} {y}",
                f"{mon}. {d}, {y}",
                f"{d}-{mon.upper()}-{y}",
                f"{d}{mon.upper()}{y}",
                f"{full} {y}",
            ]
        )

    def phone(self) -> str:
        a, b, c = self.r.randint(201, 989), self.r.randint(200, 999), self.r.randint(0, 9999)
        return self.r.choice(
            [
                f"{b}-{c:04d}",
                f"{b} {c:04d}",
                f"({a}) {b}-{c:04d}",
                f"{a}-{b}-{c:04d}",
                f"{a}.{b}.{c:04d}",
                f"+1 {a} {b} {c:04d}",
                f"{a}{b}{c:04d}",
                f"{b}-{c:04d} ext {self.r.randint(10, 999)}",
            ]
        )

    def ident(self) -> str:
        r = self.r
        digits = str(r.randint(10**5, 10**9))
        return r.choice(
            [
                digits,
                f"MRN {digits}",
                f"Acct# {digits}",
                f"CSN {digits}",
                f"HAR{digits}",
                f"FIN{digits}",
                f"ENC-{digits}",
                f"VN{digits}",
                f"{r.choice('ABCDEFGHKLMNPRSTWXYZ')}{digits}",
                f"{r.randint(10, 99)}-{r.randint(100, 9999)}-{r.randint(1, 99)}",
                f"{''.join(r.choice('ÄÖÜÉÑØÅŁŠŽĆabcdef') for _ in range(2))}{digits}",
                f"ID-{digits[:4]}-ŽŠ{digits[4:]}",
                f"{r.randint(100, 899)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
            ]
        )

    def email(self) -> str:
        f, la = self.first().lower(), self.last().lower().replace(" ", "").replace("'", "")
        dom = self.r.choice(
            [
                "gmail.com",
                "fastmail.fm",
                "tutanota.de",
                "web.de",
                "seznam.cz",
                "wp.pl",
                "laposte.net",
                "libero.it",
                "zoho.in",
                "icloud.com",
                "my-clinic.health",
                "famille-durand.fr",
                "uni-heidelberg.de",
                "hospital.org.uk",
            ]
        )
        sep = self.r.choice([".", "_", "", "-"])
        return f"{f}{sep}{la}{self.r.choice(['', str(self.r.randint(1, 999))])}@{dom}"

    def street(self) -> str:
        n = self.r.randint(1, 9999)
        la = self.last()
        return self.r.choice(
            [
                f"{n} {la} {self.r.choice(['St', 'Street', 'Ave', 'Avenue', 'Rd', 'Blvd', 'Dr', 'Way', 'Court'])}",
                f"{n} {self.r.choice(['N', 'S', 'E', 'W'])} {la} St",
                f"{la}straße {self.r.randint(1, 200)}",
                f"ul. {la} {self.r.randint(1, 200)}",
                f"{n} {la} Rd, Apt {self.r.randint(1, 40)}",
                f"PO Box {n}",
            ]
        )

    def zipc(self) -> str:
        return self.r.choice(
            [f"{self.r.randint(10000, 99999)}", f"{self.r.randint(10000, 99999)}-{self.r.randint(1000, 9999)}"]
        )

    def age90(self) -> str:
        return str(self.r.randint(90, 106))

    def code(self) -> str:
        r = self.r
        return r.choice(
            [
                f"{r.choice('ABCDEFGHIJKLMNORSTZ')}{r.randint(0, 99):02d}.{r.randint(0, 9)}",
                f"{r.choice('EIJKMNS')}{r.randint(0, 99):02d}.{r.randint(0, 999)}",
                f"{r.randint(10000, 99499)}",
                f"{r.choice('AGJ')}{r.randint(1000, 9999)}",
                f"{r.randint(0, 9)}{r.choice('0BDFJ')}{r.choice('TBHQ')}{r.randint(0, 9)}{r.choice('04')}ZZ",
                f"{r.randint(1000, 99999)}-{r.randint(0, 9)}",
            ]
        )

    def lot(self) -> str:
        r = self.r
        return r.choice(
            [
                f"lot {r.choice('ABCDEFKLMX')}{r.randint(1000, 99999)}",
                f"model {r.choice(['DDMA', 'XT', 'SR', 'ICD'])}{r.randint(100, 9999)}",
                f"Lot# {r.randint(10000, 999999)}{r.choice('ABC')}",
                f"REF {r.randint(1000, 9999)}-{r.randint(10, 99)}",
            ]
        )


def _keep(v: Values) -> dict[str, tuple[str, str | None]]:
    """O-labelled slot values: non-PHI the coder needs."""
    r = v.r
    return {
        "code": (v.code(), None),
        "code2": (v.code(), None),
        "ins": (r.choice(INSURERS), None),
        "mfr": (r.choice(MANUFACTURERS), None),
        "ep": (r.choice(EPONYMS), None),
        "dept": (r.choice(DEPARTMENTS), None),
        "drug": (r.choice(DRUGS), None),
        "find": (r.choice(FINDINGS), None),
        "lot": (v.lot(), None),
        "yr": (str(r.randint(1990, 2025)), None),
        "agey": (str(r.randint(18, 89)), None),
    }


def _phi(v: Values) -> dict[str, tuple[str, str | None]]:
    p, t = v.place()
    return {
        "n": (v.person(), "NAME"),
        "n2": (v.person(), "NAME"),
        "fn": (v.first(), "NAME"),
        "fnl": (v.first().lower(), "NAME"),
        "ln": (v.last(), "NAME"),
        "lnc": (v.last().upper(), "NAME"),
        "fl": (f"{v.first()} {v.last()}", "NAME"),
        "fll": (f"{v.first()} {v.last()}".lower(), "NAME"),
        "fac": (v.facility(), "FACILITY"),
        "fac2": (v.facility(), "FACILITY"),
        "org": (v.company(), "FACILITY"),
        "city": (v.city(), "LOCATION"),
        "place": (p, t),
        "st": (v.street(), "ADDRESS"),
        "zip": (v.zipc(), "ZIP"),
        "d": (v.date(), "DATE"),
        "d2": (v.date(), "DATE"),
        "ph": (v.phone(), "PHONE"),
        "id": (v.ident(), "ID"),
        "em": (v.email(), "EMAIL"),
        "age": (v.age90(), "AGE"),
    }


# Sentences: clinical prose, headers, letters, messages, lists. Slots: see _phi and _keep.
TEMPLATES = (
    "{n} is a {agey} yo seen today for {ep}.",
    "Pt {fl} presented to {fac} on {d} with chest pain.",
    "{lnc}, {fn} - admitted {d} - {dept}",
    "Name: {n}  DOB: {d}  {id}",
    "Transferred from {fac} ({city}) on {d2}; billed {code}.",
    "Seen by {n} and {n2} of {dept}.",
    "spoke w/ {fll} re: meds, call back {ph}",
    "{fn} {ln} called about refill of {drug}.",
    "Her son {fn} lives in {place} and will drive her.",
    "He moved from {city} to {place} in {yr}.",
    "Lives alone in {place}; daughter {fnl} visits weekly.",
    "Follow up at {fac} in 2 weeks, {d}.",
    "Referred to {fac} for {ep}; {ins} approved the visit.",
    "Discussed with {ln} at bedside.",
    "{ln} tolerated the procedure well.",
    "Per {ln}, the {mfr} pump ({lot}) was replaced.",
    "Device: {mfr} pacemaker, {lot}, implanted {d}.",
    "Dx: {ep} ({code}); CPT {code2}.",
    "Insurance: {ins}, member ID {id}.",
    "Account {id} / Encounter {d}",
    "Contact: {em} or {ph}",
    "Please email {em} with the results.",
    "hi this is {fll}, my appt is {d} at {fac}, can i move it?",
    "hey dr {ln} it's {fnl}, the {drug} makes me dizzy",
    "My mom {fn} ({age}) fell at home in {city} last night",
    "Can you fax the records to {fac}? Fax {ph}.",
    "i live at {st}, {city} {zip} if you need to mail it",
    "Address: {st}, {city}, {zip}",
    "{st}\n{city} {zip}",
    "Emergency contact: {n} ({ph})",
    "Patient is a {age}-year-old from {place} with {ep}.",
    "She is {age} and lives at {fac}.",
    "Resident of {fac} since {d}.",
    "Visit {d}: {find} Seen in {dept}.",
    "{find} Plan discussed with {n}.",
    "Labs drawn {d} at {fac} - {find}",
    "Attending: {n}; Resident: {n2}",
    "cc: {n}, {fac}",
    "Dictated by {ln} {d} {id}",
    "{n} | {d} | {id} | {fac}",
    "{lnc} {fn} {d} {ph}",
    "Worked at {org} until {yr}; exposure history negative.",
    "Employer: {org}",
    "Born in {city}, moved to {place}.",
    "{fn} was seen at the {city} clinic by {ln}.",
    "Thanks, {fn}",
    "Sincerely,\n{n}\n{fac}",
    "Dear {n},",
    "Dear Dr. {ln}, thank you for referring {n}.",
    "{dept} note: {ep} stable on {drug}.",
    "Ordered by {n} via {mfr} portal; {code}.",
    "Scheduled {d} with {fn} at {fac2}.",
    "DOS {d}  {fac}  {id}",
    "Last seen {d}; next visit {d2}.",
    "Family hx: father with {ep}. {find}",
    "{ins} denied {code}; appeal sent {d}.",
    "Pt from {place}, works for {org} as a driver.",
    "The patient {n} consented.",
    "Case discussed with {fn} from {dept} and {ln} from {fac}.",
    "Phone {ph}, alt {ph}",
)


def generate(n: int, seed: int) -> Iterator[Example]:
    """`n` annotated examples of 1-3 template sentences each, some in capitals or lower case."""
    v = Values(seed)
    r = v.r
    for _ in range(n):
        ex = Example()
        for i in range(r.choice((1, 1, 2, 2, 3))):
            if i:
                ex.t(r.choice((" ", "\n", "  ")))
            ex.fill(r.choice(TEMPLATES), {**_keep(v), **_phi(v)})
        yield ex.cased(r.choices(("as", "upper", "lower"), (0.75, 0.15, 0.1))[0])


# Three layouts where a name stands with no title, label or sentence around it, which the
# templates above never write: a chat or call log's speaker after a timestamp, the initials that
# sign a dictation or a nursing entry, and the `^`-separated name fields of an HL7 v2 message.
# Written from how these layouts look in general (HL7 v2.5 segment grammar, transcription
# sign-off conventions), for `medcode train deid --name-shapes N`.
_CHAT_LINES = (
    "ok see you then",
    "can someone pick up the {drug} refill",
    "bp was 150/90 this morning",
    "she's asleep now, will call after",
    "thanks!!",
    "yes that works",
    "is the appt still on",
    "running 10 min late",
    "what did the doctor say about the {ep}",
    "he ate a little lunch",
    "I can take the night shift",
    "Dr said {find}",
    "bringing the {mfr} charger",
    "pharmacy says the {drug} is ready",
    "insurance ({ins}) wants a new form",
)
_CHAT = (
    "{tm} {fn}: {say}",
    "[{tm}] {fn}: {say}",
    "{fn} ({tm}): {say}",
    "{tm} - {fn} {i1}.: {say}",
    "{fnl} {tm}\n{say}",
    "{tm} {fn} joined the conversation",
    "{tm} Agent {fn}: {say}",
    "{fn} replied at {tm}: {say}",
    "{fn}, {tm}: {say}",
    "{tm}  {fnc}: {say}",
    "{dt} {tm} <{fn}> {say}",
    "{fl} {tm}\n{say}",
)
_SIGN_OFF = (
    "End of dictation. {ini}/{inil}",
    "{ini}/{inil}  D: {d}  T: {d2}",
    "DD: {d}  DT: {d2}  {ini}:{inil}",
    "Job # {job}  {ini}/{inil}",
    "Electronically signed by {n} on {d}. {ini}/{inil}",
    "-- {ini}, RN",
    "Transcribed by: {inil}",
    "cc: {ini}; {n}",
    "Note by {ini} {tm}",
    "{find} Plan per {ini}. {inil}",
    "{ini} {tm} pt resting, {drug} given",
    "Reviewed with {ini}. {ini2}/{inil}",
)
_HL7 = (
    "PID|1||{hid}^^^HOSP^MR||{hn}||{hd}|{sex}|||{st}^^{city}^{stc}^{zip}||{ph}",
    "PID|1||{hid}||{hn}^^^^||{hd}|{sex}",
    "PV1|1|I|4W^{room}^A||||{doc}^{hn}^^^DR|||MED",
    "NK1|1|{hn}|{rel}|{st}^^{city}^{stc}^{zip}|{ph}",
    "OBR|1|{hid}||{code}^PANEL|||{hdt}|||||||||{doc}^{hn}",
    "MSH|^~\\&|LAB|HOSP|EHR|HOSP|{hdt}||ORU^R01|{hid}|P|2.5",
    "IN1|1|{ins}|{hid}|||||||||||||{hn}|SEL|{hd}",
    "OBX|1|NM|{code}^RESULT||7.2|mmol/L|||||F|||{hdt}",
)
_KINDS = (_CHAT, _SIGN_OFF, _HL7)
# Letter pairs and triples that are clinical abbreviations, never drawn as a person's initials
# (the model is to learn that initials sign a line, not that every capitalised pair is a name).
CLINICAL_ABBREVIATIONS = frozenset(
    "AD AM AS AU BP CT DM DR ED ER GI HR ID IM IV LR MD MR NP NS OD OR OS OT OU PA PE PM PO PR PT RN RR "
    "SO ST TB TV BID CBC CHF DNR DVT ECG EKG ENT HIV HTN ICU MRI PRN QID SOB TID UTI".split()
)


def _initials(v: Values, k: int) -> str:
    while (drawn := "".join(v.initial() for _ in range(k))) in CLINICAL_ABBREVIATIONS:
        pass
    return drawn


def _shape_slots(v: Values) -> dict[str, tuple[str, str | None]]:
    r = v.r
    h, mi = r.randint(0, 23), r.randint(0, 59)
    tm = r.choice(
        (
            f"{h % 12 or 12}:{mi:02d} {'AM' if h < 12 else 'PM'}",
            f"{h:02d}:{mi:02d}",
            f"{h % 12 or 12}:{mi:02d}{'a' if h < 12 else 'p'}",
        )
    )
    y, m, d = r.randint(1930, 2026), r.randint(1, 12), r.randint(1, 28)
    first = v.first()
    hl7 = f"{v.last().upper()}^{v.first().upper()}" + r.choice(("", f"^{v.initial()}"))
    return {
        **_keep(v),
        **_phi(v),
        "tm": (tm, None),
        "dt": (f"{m:02d}/{d:02d}", "DATE"),
        "i1": (v.initial(), "NAME"),
        "fnc": (first.upper(), "NAME"),
        "ini": (_initials(v, r.choice((2, 2, 3))), "NAME"),
        "ini2": (_initials(v, 2), "NAME"),
        "inil": (_initials(v, 2).lower(), "NAME"),
        "job": (str(r.randint(10**5, 10**8)), "ID"),
        "hn": (hl7, "NAME"),
        "hd": (f"{y}{m:02d}{d:02d}", "DATE"),
        "hdt": (f"{r.randint(2015, 2026)}{m:02d}{d:02d}{h:02d}{mi:02d}", "DATE"),
        "hid": (str(r.randint(10**5, 10**9)), "ID"),
        "doc": (str(r.randint(1000, 99999)), "ID"),
        "sex": (r.choice("FMU"), None),
        "stc": (r.choice(("NY", "CA", "TX", "OH", "WA", "FL", "IL", "PA")), None),
        "rel": (r.choice(("DAU", "SON", "SPO", "MTH", "FTH", "SIS", "BRO")), None),
        "room": (str(r.randint(100, 999)), None),
    }


def generate_shapes(n: int, seed: int) -> Iterator[Example]:
    """`n` examples of the three layouts above (2-4 lines of one kind each): names as chat
    speakers, sign-off initials and HL7 name fields, labelled with the model's types."""
    r = random.Random(seed + 7919)
    v = Values(seed + 7919)
    for _ in range(n):
        kind = r.choice(_KINDS)
        ex = Example()
        for i in range(r.randint(2, 4)):
            if i:
                ex.t(r.choice(("\n", "\n", "\r")) if kind is _HL7 else "\n")
            line = r.choice(kind).replace("{say}", r.choice(_CHAT_LINES))
            ex.fill(line, _shape_slots(v))
        yield ex


def presidio_examples(jsonl: Path, synth_json: Path, heldout: bool = False) -> Iterator[Example]:
    """presidio_synth sentences of the training (or, heldout=True, the evaluation) families."""
    templates = [row["template_id"] for row in json.loads(synth_json.read_text(encoding="utf-8"))]
    for line in jsonl.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        idx = int(row["id"].rsplit("-", 1)[1])
        if presidio_family_heldout(templates[idx]) != heldout:
            continue
        yield Example(row["text"], _model_spans(row))


def presidio_heldout_rows(jsonl: Path, synth_json: Path) -> list[dict]:
    """The evaluation rows (medcode PHI types kept) of the held-out presidio_synth families."""
    templates = [row["template_id"] for row in json.loads(synth_json.read_text(encoding="utf-8"))]
    out = []
    for line in jsonl.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if presidio_family_heldout(templates[int(row["id"].rsplit("-", 1)[1])]):
            out.append(row)
    return out


def annotated_examples(jsonl: Path, max_chars: int = 400) -> Iterator[Example]:
    """Examples from an annotated set in the evaluation schema (`id`, `text`, `phi`), such as
    another writer's generator run at a tuning seed, so the model also learns sentence shapes
    this module's templates do not write.

    A document is cut at line and sentence ends that cut no PHI span into pieces of about
    `max_chars` (a little under one 128-token model window), since training reads only each
    example's first window. Types the model has no label for (MRN, SSN, LICENSE, VEHICLE, ...)
    become ID, as in `presidio_examples`."""
    for line in jsonl.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if not isinstance(row.get("text"), str):
            raise ValueError(f"{jsonl}: a row without its text: {line[:60]}")
        text, spans = row["text"], _model_spans(row)
        cuts = [
            m.end()
            for m in re.finditer(r"\n+|(?<=[.!?;|])\s+", text)
            if not any(a < m.end() < b or a < m.start() < b for a, b, _ in spans)
        ]
        start, last = 0, 0
        for c in [*cuts, len(text)]:
            if c - start > max_chars and last > start:
                yield _piece(text, spans, start, last)
                start = last
            last = c
        if text[start:].strip():
            yield _piece(text, spans, start, len(text))


def _model_spans(row: dict) -> list[tuple[int, int, str]]:
    """A set row's PHI spans with the model's types: those it has no label for become ID."""
    return [(p["start"], p["end"], TYPE_MAP.get(p["type"], "ID")) for p in row.get("phi", [])]


def _piece(text: str, spans: list[tuple[int, int, str]], start: int, end: int) -> Example:
    inside = [(a - start, b - start, t) for a, b, t in spans if start <= a and b <= end]
    return Example(text[start:end], inside)
