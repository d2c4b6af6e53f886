"""The Deidentifier: Presidio analysis with clinical recognizers, merging, replacement.

Load once (`Deidentifier()`), reuse for every note. Nothing here logs or raises note text.
"""

from __future__ import annotations

import bisect
import functools
import heapq
import logging
import os
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NoOpNlpEngine

from medcode.deid.dateshift import shift_date
from medcode.deid.email_names import email_name_spans
from medcode.deid.keep import (
    SPECIALTY_PREFIXES,
    brand_word,
    department_spans,
    department_word,
    organisation_spans,
    protected_spans,
    specialty_place_spans,
)
from medcode.deid.lexicon import (
    CREDENTIALS,
    EPONYM_HEADS,
    FACILITY_GENERIC_WORDS,
    FACILITY_WORDS,
    GENERA,
    LETTERS,
    MONTH_ABBR,
    MONTHS,
    TITLES,
    clinical_abbreviations,
    common_words,
    countries,
    fold,
    name_gazetteer,
    place_key,
    strong_names,
    substances,
    us_place_names,
)
from medcode.deid.ner import MAX_TOKENS, MODEL_DIR, NerHit, PhiNer
from medcode.deid.patterns import CITY, CPT_CODE, HCPCS_CODE, ICD10_CODE, KIN, NAME_SUFFIX, PARTICLE, STREET_SUFFIX, UP
from medcode.deid.recognizers import ProperKind, build_registry, has_proper_token, names_a_department
from medcode.deid.rules.dates import WEEKDAY_WORDS
from medcode.deid.types import PHI_TYPES, DeidResult, PhiSpan

log = logging.getLogger("medcode.deid")

MAX_NOTE_CHARS = 2_000_000
# The rules read this much of a note in full (up to ~0.8 s of one core for the most hostile text;
# ~5,000 words, longer than nearly every real note); the rest is masked word by word
# (`_unread_words`). With the model's token budget it bounds the time any note can take.
MAX_READ_CHARS = 32_768
# type precedence when overlapping hits disagree (more specific first)
_PRIORITY = {
    t: i
    for i, t in enumerate(
        (
            "EMAIL",
            "URL",
            "IP",
            "SSN",
            "PHONE",
            "FAX",
            "MRN",
            "ACCOUNT",
            "HEALTH_PLAN",
            "LICENSE",
            "VEHICLE",
            "DEVICE",
            "DATE",
            "AGE",
            "ADDRESS",
            "ZIP",
            "FACILITY",
            "NAME",
            "LOCATION",
            "ID",
        )
    )
}


class DeidError(RuntimeError):
    """De-identification failed; the message never contains note text."""


class _NoContextEnhancer(ContextAwareEnhancer):
    """Context is built into the recognizers' patterns; skip Presidio's lemma pass."""

    def __init__(self):
        super().__init__(
            context_similarity_factor=0,
            min_score_with_context_similarity=0,
            context_prefix_count=0,
            context_suffix_count=0,
        )

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        return raw_results


@dataclass(frozen=True)
class DeidConfig:
    """date_shift_days: shift dates by N days (same format) instead of [DATE] placeholders.
    ner: "off" (patterns + gazetteer, fastest), "selective" (spaCy NER on lines with unknown
    capitalised words) or "full" (spaCy NER on every line).
    learned: also run the shipped learned recognizer (`medcode.deid.ner`, int8 ONNX) and take the
    union of its spans with the rules'; False gives the rules alone. learned_threads: ONNX Runtime
    threads for it (1 in the served model: Triton runs several requests side by side).
    learned_max_tokens: the model reads at most this many tokens of a note (None: all), so one huge
    note cannot hold a `deid` instance for minutes; past it every word that is not a common or
    clinical word is masked as a possible name (fail closed: over-redaction, never a leak).
    learned_model_dir: the recognizer's served form to load (default: the one shipped in the
    package), so a candidate from `medcode train deid --out DIR` is measured before it replaces it.
    max_chars: the rules (and the model, within its token budget) read at most this many characters
    of a note (None: all); past it every word that could identify is masked, so no note, however
    long or hostile, holds an instance for more than a bounded time (fail closed again)."""

    date_shift_days: int | None = None
    ner: str = "off"
    learned: bool = True
    learned_threads: int = 1
    learned_max_tokens: int | None = MAX_TOKENS
    learned_model_dir: Path = MODEL_DIR
    max_chars: int | None = MAX_READ_CHARS
    placeholder: str = "[{type}]"

    @classmethod
    def served(cls) -> DeidConfig:
        """The configuration the served `deid` model runs, and so the one the coder is trained
        on: the learned recognizer is on unless the operator sets MEDCODE_DEID_LEARNED=0 (rules
        alone: the old throughput and worst case, the old recall). One reader, so a site that
        serves the rules alone also fits its coder on their output. MEDCODE_DEID_LEARNED_MAX_TOKENS
        sets the model's per-note token budget (a positive integer); MEDCODE_DEID_LEARNED_MODEL a
        recognizer folder other than the shipped one (`medcode train deid --out DIR`);
        MEDCODE_DEID_MAX_CHARS how much of a note is read before the rest is masked."""
        model_dir = os.environ.get("MEDCODE_DEID_LEARNED_MODEL", "").strip()
        if model_dir and not (Path(model_dir) / "model.onnx").is_file():
            raise ValueError("MEDCODE_DEID_LEARNED_MODEL must name a folder with the recognizer's model.onnx")
        return cls(
            learned=os.environ.get("MEDCODE_DEID_LEARNED", "1").strip() != "0",
            learned_max_tokens=_positive_env("MEDCODE_DEID_LEARNED_MAX_TOKENS", MAX_TOKENS),
            learned_model_dir=Path(model_dir) if model_dir else MODEL_DIR,
            max_chars=_positive_env("MEDCODE_DEID_MAX_CHARS", MAX_READ_CHARS),
        )


def _positive_env(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    if not (value.isdigit() and int(value) > 0):
        raise ValueError(f"{name} must be a positive integer")
    return int(value)


class Deidentifier:
    """Find PHI and replace it with typed placeholders, keeping an offset map."""

    def __init__(self, config: DeidConfig | None = None):
        self.config = config or DeidConfig()
        # Presidio's own loggers may print matched values at DEBUG: keep them quiet.
        for name in ("presidio-analyzer", "presidio-anonymizer"):
            logging.getLogger(name).setLevel(logging.WARNING)
        self.registry = build_registry(self.config.ner)
        self.analyzer = AnalyzerEngine(
            registry=self.registry,
            nlp_engine=NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "none"}]),
            context_aware_enhancer=_NoContextEnhancer(),
            log_decision_process=False,
            supported_languages=["en"],
        )
        self._entities = self.analyzer.get_supported_entities("en")
        self.learned = (
            PhiNer(self.config.learned_model_dir, threads=self.config.learned_threads) if self.config.learned else None
        )
        # The model runs in ONNX Runtime (which releases the GIL) while the rules run in Python:
        # one worker thread reads a note with the model as the rules read it, so a note costs
        # about the longer of the two, not their sum.
        self._model_worker = ThreadPoolExecutor(1, thread_name_prefix="deid-model") if self.learned else None
        log.info(
            "deidentifier ready: %d recognizers, ner=%s, learned=%s",
            len(list(self.registry.recognizers)),
            self.config.ner,
            self.config.learned,
        )

    # -- detection --------------------------------------------------------------------------
    def detect(self, text: str) -> list[PhiSpan]:
        """PHI spans (original offsets): sorted, merged, non-overlapping."""
        _check(text)
        if not text.strip():
            return []
        cut = _reading_limit(text, self.config.max_chars)
        head = text[:cut]
        view = truecase(head) if is_shouting(head) else None
        masked: list[NerHit] = []
        try:
            reading = None
            if self.learned is not None and self._model_worker is not None:
                reading = self._model_worker.submit(self.learned.read, head, self.config.learned_max_tokens)
            raw: list = self.analyzer.analyze(text=head, language="en", entities=self._entities)
            if view is not None:  # a note in capitals: also read it with ordinary capitalisation
                raw += self.analyzer.analyze(text=view, language="en", entities=self._entities)
            form = form_rows(head)
            if form is not None:  # "| Mailing ZIP | 02311 |" also read as "Mailing ZIP:  02311"
                raw += self.analyzer.analyze(text=form, language="en", entities=self._entities)
            columns = column_fields(head)
            if columns is not None:  # "| Bib | Runner |" over "| 697 | ... |" also read as "Bib: 697"
                raw += _from_columns(
                    self.analyzer.analyze(text=columns[0], language="en", entities=self._entities), columns[1]
                )
            if cut < len(text):  # while the model may still be reading
                log.warning(
                    "note over the reading limit of %d characters: %d of %d characters read, words "
                    "that could identify masked in the rest",
                    self.config.max_chars,
                    cut,
                    len(text),
                )
                masked = _unguarded(text, cut, _unread_words(text, cut))
            if reading is not None and self.learned is not None:
                read = reading.result()
                hits = (
                    _without_dose(
                        head, _without_code_tokens(head, _whole_place(head, _without_specialty_after(head, h)))
                    )
                    for h in _split_at_lines(head, read.hits)
                )
                raw += _plausible_hits(head, [h for h in hits if h is not None], view is not None, self.learned.words)
                if read.read_to < cut:
                    log.warning(
                        "note over the learned recognizer's budget of %d tokens: model read %d of %d "
                        "characters, unfamiliar words in the rest masked",
                        self.config.learned_max_tokens,
                        read.read_to,
                        len(text),
                    )
                    unread = _unfamiliar_words(head, read.read_to, self.learned.words)
                    masked = _unguarded(head, read.read_to, unread) + masked
        except Exception as exc:  # never let a message carrying note text escape
            raise DeidError(f"PHI detection failed ({type(exc).__name__})") from None
        spans = _merge(head, raw, view)
        return _with_masked(text, spans, masked) if masked else spans

    def deidentify(self, text: str) -> DeidResult:
        spans = self.detect(text)
        return self.replace(text, spans)

    def replace(self, text: str, spans: list[PhiSpan]) -> DeidResult:
        """Build the de-identified text and its segment map from `spans`."""
        out: list[str] = []
        segments = []
        pos = 0
        opos = 0
        for sp in spans:
            if sp.start > pos:
                out.append(text[pos : sp.start])
                segments.append((opos, opos + sp.start - pos, pos, sp.start, False))
                opos += sp.start - pos
            rep = None
            if sp.type == "DATE" and self.config.date_shift_days is not None:
                rep = shift_date(text[sp.start : sp.end], self.config.date_shift_days)
            if rep is None:
                rep = self.config.placeholder.format(type=sp.type)
            out.append(rep)
            segments.append((opos, opos + len(rep), sp.start, sp.end, True))
            opos += len(rep)
            pos = sp.end
        if pos < len(text):
            out.append(text[pos:])
            segments.append((opos, opos + len(text) - pos, pos, len(text), False))
        return DeidResult(text="".join(out), spans=list(spans), original_length=len(text), segments=segments)


_YEAR = re.compile(r"(?:19|20)\d\d")
# Code strings the coder needs, by shape: ICD-10-CM (E11.65, I48.0), ICD-10-PCS (0DTJ4ZZ), HCPCS
# (J1885), CPT (99214, 0001F), LOINC (4548-4). The model has seen such strings only as O, but an
# unseen one can look like a phone piece or an identifier to it; rule hits are not filtered.
_CODE_SHAPE = re.compile(
    r"[A-TV-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?|(?=[0-9A-Z]*[A-Z])[0-9BCDFGHX][0-9A-HJ-NP-Z]{6}"
    r"|[A-V]\d{4}|\d{4}[0-9FTU]|\d{1,5}-\d"
)
_ICD10_DOTTED = re.compile(ICD10_CODE)
_HCPCS_SHAPE = re.compile(HCPCS_CODE, re.I)
# codes joined by a plus, a slash or an ampersand, which no phone number or identifier is written as
_JOINED_CODES = re.compile(rf"(?:{CPT_CODE}|{HCPCS_CODE})(?:[ \t]*[+/&][ \t]*(?:{CPT_CODE}|{HCPCS_CODE}))+", re.I)


_CODE_TOKEN = re.compile(rf"(?:{ICD10_CODE}|{CPT_CODE}|{HCPCS_CODE})", re.I)
_CODE_LIST_PUNCT = ",;/+&"


def _only_codes(text: str, start: int, end: int) -> bool:
    """Whether the words a hit touches are all code strings ("Z79.899 99606", "84443, 80053",
    "S61.411A / 99203"): the model may read the digits of two codes in a row as a phone number."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    words = [w.strip(_TOKEN_PUNCT + _CODE_LIST_PUNCT) for w in text[start:end].split()]
    words = [w for w in words if w]
    if len(words) < 2 or not all(_CODE_TOKEN.fullmatch(w) for w in words):
        return False
    # and the codes are a diagnosis and a procedure, or stand where codes are listed: a licence or an
    # account number in groups of five digits is no code ("license # is b0127 79343 76100")
    return (
        any("." in w for w in words)
        or _CODE_LIST_BEFORE.search(text, max(0, start - _CODE_LIST_REACH), start) is not None
    )


def _lower_case_code(text: str, start: int, token: str) -> bool:
    """Whether a token in lower case is a code string written by a patient, as the capitals' shape
    says (`_CODE_SHAPE`), where a code's word comes before it: "codes a0433, a0425", "code v5267"."""
    return (
        token.islower()
        and any(ch.isdigit() for ch in token)
        and _CODE_SHAPE.fullmatch(token.upper()) is not None
        and _CODE_LIST_BEFORE.search(text, max(0, start - _CODE_LIST_REACH), start) is not None
    )


_LOINC_SHAPE = re.compile(r"\d{1,5}-\d")  # "4548-4": a code, never a ZIP (ZIP+4 has four digits after the dash)
_TOKEN = re.compile(r"\S+")
_TOKEN_PUNCT = ".,;:()[]{}|\"'"  # around a code string in prose or a table cell, not part of it
_CODE_CONFUSED_TYPES = frozenset({"ID", "NAME", "FACILITY", "LOCATION", "ZIP"})


def _plausible_hits(text: str, hits: list[NerHit], shouting: bool, vocabulary: frozenset[str]) -> list[NerHit]:
    """The model hits `_plausible` keeps, and a NAME hit of uncommon words one space after a kept
    NAME hit: the model sometimes opens a second name at the surname ("maria" B-NAME, "kowalczyk"
    B-NAME), and alone a lower-case surname fails the case test that the name it follows has
    passed. Common words are not carried along ("Morton" + "neuroma": the eponym's head stays)."""
    common = common_words()
    out: list[NerHit] = []
    for h in hits:
        last = out[-1] if out else None
        follows_name = (
            last is not None
            and last.entity_type == h.entity_type == "NAME"
            and _ONE_SPACE.fullmatch(text, last.end, h.start) is not None
            and all(fold(w) not in common for w in LETTERS.findall(text, h.start, h.end))
        )
        if follows_name or _plausible(text, h, shouting, vocabulary):
            out.append(h)
    return out


_ONE_SPACE = re.compile(r" ")


# the words a facility's own name ends with, after which a specialty is a department of it
_FACILITY_END_WORDS = frozenset(
    "partners care center centre clinic clinics hospital associates group practice physicians institute".split()
)


def _without_specialty_after(text: str, hit: NerHit) -> NerHit:
    """A model's facility hit cut before the specialty that follows the facility's own last word
    ("Osmaci Health Partners [Cardiology]"): the department is coding evidence, the name is PHI (the
    rules cut theirs so, `_without_department_pieces`)."""
    if hit.entity_type != "FACILITY":
        return hit
    words = list(LETTERS.finditer(text, hit.start, hit.end))
    if len(words) < 3:
        return hit
    before, last = fold(words[-2].group()), fold(words[-1].group())
    if before in _FACILITY_END_WORDS and last not in _FACILITY_END_WORDS and names_a_department(last):
        return NerHit(hit.start, words[-2].end(), hit.entity_type, hit.score)
    return hit


_PLACE_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)[ ]\Z")
_PLACE_WORD_AFTER = re.compile(r"[ ]([A-Z][a-z]+)")


def _whole_place(text: str, hit: NerHit) -> NerHit:
    """A model's place hit widened to the listed US place it is part of: the model often reads only
    the word of a town that is no ordinary word ("called from Live [Oak]", "[Sterling] Heights");
    a capitalised word before or after that makes a listed place (`us_place_names`) joins it."""
    if hit.entity_type != "LOCATION":
        return hit
    places = us_place_names()
    start, end = hit.start, hit.end
    for _ in range(2):
        before = _PLACE_WORD_BEFORE.search(text, max(0, start - 20), start)
        if before and place_key(text[before.start(1) : end]) in places:
            start = before.start(1)
            continue
        after = _PLACE_WORD_AFTER.match(text, end)
        if after and place_key(text[start : after.end(1)]) in places:
            end = after.end(1)
            continue
        break
    return hit if (start, end) == (hit.start, hit.end) else NerHit(start, end, hit.entity_type, hit.score)


def _split_at_lines(text: str, hits: list[NerHit]) -> list[NerHit]:
    """Each model hit but an address cut at its line breaks and column gaps (a tab, three spaces or
    more): a name, place or number does not run on to the next line or cell, while the model ran a
    header's facility line in capitals into the department under it ("EYE ASSOCIATES\nCARDIOLOGY WAS
    CONSULTED"), a ZIP into the date below it and a credential into the service in the next column
    ("PA-C    Physical Medicine"). Each piece is then judged on its own (`_plausible`). An address
    is written over lines, but not over a table's tab ("raised toilet seat\tE0240\t2\tStannah 600")."""
    out = []
    for h in hits:
        breaks = _TAB if h.entity_type == "ADDRESS" else _PLACE_BREAK if h.entity_type == "LOCATION" else _CELL_BREAK
        if not breaks.search(text, h.start, h.end):
            out.append(h)
            continue
        start = h.start
        for stop_at in [*breaks.finditer(text, h.start, h.end), None]:
            stop, resume = (stop_at.start(), stop_at.end()) if stop_at else (h.end, h.end)
            piece = text[start:stop]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                out.append(NerHit(start + lead, start + len(piece.rstrip()), h.entity_type, h.score))
            start = resume
    return out


_CELL_BREAK = re.compile(r"\n|\t|   +")  # a line break or a column gap
# a place's hit also parts at a bracket: "Dura (Palestine)" is a town and its country
_PLACE_BREAK = re.compile(_CELL_BREAK.pattern + r"|[ \t]*[()][ \t]*")
_TAB = re.compile(r"\t")
# where a header line's columns part: a line break, a tab or two spaces (no name, facility or street
# holds two spaces; a sentence's end may, but a service is not a sentence)
_COLUMN_GAP = re.compile(r"\n|\t|  +")
_GAP_IN_LINE = re.compile(r"\t|  +")


_CLOCK_COLUMN = re.compile(r"[\d:.\- \t]*(?i:[ap]\.?m\.?)?")


def _no_name_column(piece: str) -> bool:
    """Whether a column before a facility is a clock time or holds no proper word ("AM", "7:50 PM")."""
    return _CLOCK_COLUMN.fullmatch(piece) is not None or not has_proper_token(piece, "facility")


def _last_column_gap(text: str, start: int, end: int, lines: bool = True) -> re.Match | None:
    """The last column gap inside text[start:end], or None; a line break counts when `lines` (not in
    an address, which is written over lines: "PO Box 2292\nMission, SD")."""
    gaps = list((_COLUMN_GAP if lines else _GAP_IN_LINE).finditer(text, start, end))
    return gaps[-1] if gaps else None


def _all_department_words(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] has words and every one names a department or is a common word
    ("Speech-Language Pathology / Radiology"): no name or place among them."""
    words = LETTERS.findall(text, start, end)
    return bool(words) and all(department_word(w) and fold(w) not in name_gazetteer() for w in words)


# A CPT code where codes are listed or billed ("Codes: 88305 x2, K50.90", "Billed 99213.",
# "Treatment: 97110 therex, 97140 manual", "Dx Z00.129, 99392"): the model reads a bare five-digit
# number as a ZIP code, but a ZIP after a state (", IL 62704") is kept whatever comes before
_BILLED_UNITS = r"[ \t]*[x×][ \t]?\d{1,2}"  # "88305 x2"
_CPT_SHAPE = re.compile(CPT_CODE)
_CODE_LIST_BEFORE = re.compile(
    r"(?i)(?:\b(?:codes?|cpt|hcpcs|billed|charges?|global|dx|treatment|procedures?|claim|denied|approved|authori[sz]ed)\b"
    r"|(?<![\w.])[A-TV-Z]\d[0-9A-Z]\.[0-9A-Z]{1,4}(?![\w.]))(?:[^\n|.?!]|[.?!](?!\s))*\Z"  # in one sentence
)
_STATE_BEFORE = re.compile(r",[ \t]*[A-Z]{2}[ \t]+\Z")
_BILLED_UNITS_AFTER = re.compile(_BILLED_UNITS)
# what marks a five-digit number as a procedure's code from the other side or around it: a modifier
# or a diagnosis code after it ("99213 with modifier 95", "59430, Z39.2"), or brackets after a
# procedure's name ("Epley maneuver (95992)", "QuantiFERON (86480)")
_CODE_AFTER = re.compile(
    r"(?:[ \t]+(?:(?i:with)[ \t]+)?(?i:modifier)\b|,?[ \t]*[A-TV-Z]\d[0-9A-Z]\.[0-9A-Z]{1,4}(?!\w|\.\w))"
)
_BRACKETED_AFTER_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*[ \t]*\(\Z")
_CPT_WITH_UNITS = re.compile(rf"({CPT_CODE})(?:{_BILLED_UNITS})?")
_CODE_LIST_REACH = 60


def _in_code_list(text: str, start: int, end: int) -> bool:
    """Whether the five-digit number text[start:end] is a CPT code in a list of codes (see above)."""
    if not _CPT_SHAPE.fullmatch(text, start, end) or _STATE_BEFORE.search(text, max(0, start - 8), start):
        return False
    return bool(
        _CODE_LIST_BEFORE.search(text, max(0, start - _CODE_LIST_REACH), start)
        or _BILLED_UNITS_AFTER.match(text, end)
        or _CODE_AFTER.match(text, end)
        or (text.startswith(")", end) and _BRACKETED_AFTER_WORD.search(text, max(0, start - 40), start))
    )


# a procedure's code in brackets that a hit runs into: "session 18 of 36 (90868)", "implanted 17
# December 2024 (33285)"; the model took the bracket's number for the phone's or the date's tail
_BRACKETED_CODE_END = re.compile(rf"[ \t]*\((?:{CPT_CODE}|{HCPCS_CODE}|{ICD10_CODE})\Z")


def _without_code_tokens(text: str, hit: NerHit) -> NerHit | None:
    """The hit without the code strings at its edges: the model reads "2160-0, 27447" as one ID and
    "F32.A. Payer" as a name (a code ending in a letter looks like an initial), and runs a phone or a
    date into a bracketed code after it. None when nothing but codes is left. Only for the types a
    code is mistaken for; for ZIP only the LOINC shape (a five-digit number is a ZIP before it is a
    CPT code)."""
    if (
        hit.entity_type != "ZIP"
        and text.startswith(")", hit.end)
        and (bracket := _BRACKETED_CODE_END.search(text, hit.start, hit.end))
    ):
        if bracket.start() <= hit.start:
            return None
        hit = NerHit(hit.start, bracket.start(), hit.entity_type, hit.score)
    if (
        hit.entity_type in ("ZIP", "ADDRESS", "ID")
        and (cpt := _CPT_WITH_UNITS.fullmatch(text, hit.start, hit.end))
        and _in_code_list(text, hit.start, cpt.end(1))
    ):
        return None  # "88305 x2" read as a house number or a ZIP
    if hit.entity_type == "ADDRESS":  # a house number is no code ("12345 Main St"); a dotted ICD code is
        shape = _ICD10_DOTTED  # ("Reason for visit:S52.521A sugar high" read as a street line)
    elif hit.entity_type not in _CODE_CONFUSED_TYPES:
        return hit
    else:
        shape = _LOINC_SHAPE if hit.entity_type == "ZIP" else _CODE_SHAPE
    toks = [(m.start(), m.end()) for m in _TOKEN.finditer(text, hit.start, hit.end)]

    def is_code(tok: tuple[int, int]) -> bool:  # with a digit: "BARRETT" in capitals has the PCS shape
        value = text[tok[0] : tok[1]].strip(_TOKEN_PUNCT)
        return shape.fullmatch(value) is not None and any(ch.isdigit() for ch in value)

    while toks and is_code(toks[0]):
        toks.pop(0)
    while toks and is_code(toks[-1]):
        toks.pop()
    if not toks:
        return None
    if (toks[0][0], toks[-1][1]) == (hit.start, hit.end):
        return hit
    return NerHit(toks[0][0], toks[-1][1], hit.entity_type, hit.score)


_PROPER_KIND: dict[str, ProperKind] = {"NAME": "name", "LOCATION": "place", "FACILITY": "facility"}

# a dose: "75 mcg", "2.5%", "25 mCi", "0.5 mg"
_DOSE = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?[ \t]?(?i:mg|mcg|µg|g|ml|l|mci|meq|iu|units?|%)(?![\w])")
_DOSE_REACH = 8  # a dose's unit may lie just past the hit ("levothyroxine 75" + " mcg")
_BEFORE_DRUG = re.compile(r"(?:,|;|:|\(|[ \t][-–][ \t])[ \t]*")
_DOSE_TYPES = frozenset({"NAME", "ADDRESS", "FACILITY", "LOCATION"})


def _without_dose(text: str, hit: NerHit | None) -> NerHit | None:
    """The hit without a drug and its dose at its end: the model reads "levothyroxine 75 mcg" as a
    street line and runs a label's name into the drug after it ("BRUNO IMAM - levothyroxine 0.5
    mg", "LOKI MOHANTA, gabapentin 100 mg"). The drug is the words after the last separator before
    the dose; a span whose drug words name someone ("Maria Kowalczyk 5 mg") is left whole."""
    if hit is None or hit.entity_type not in _DOSE_TYPES:
        return hit
    window = min(len(text), hit.end + _DOSE_REACH + 8)  # room for the unit's end to be seen whole
    dose = _DOSE.search(text, hit.start, window)
    if (
        dose is None
        or dose.start() > hit.end + _DOSE_REACH
        or (dose.end() == window < len(text))
        or (dose.start() >= hit.end and text[hit.end : dose.start()].strip(" \t"))
    ):
        return hit  # no dose, or one that does not follow the hit's words on its line
    drug_start = hit.start
    for sep in _BEFORE_DRUG.finditer(text, hit.start, dose.start()):
        drug_start = sep.end()
    drug = text[drug_start : dose.start()]
    if not LETTERS.search(drug) or _names_someone(drug):
        return hit
    end = drug_start
    while end > hit.start and text[end - 1] in _TRIM:
        end -= 1
    return NerHit(hit.start, end, hit.entity_type, hit.score) if end > hit.start else None


# where a product's name stands in a device line: just before its serial number ("Zio XT serial
# NP2990152", "(MOOG, SERIAL AXZ-191779)", "Quantum Q6 Edge | serial ..."), in brackets just after
# one ("Pendant serial GA3093048 (Medical Guardian MGMove)"), or after a device's label ("Vaccine:
# GSK Shingrix", "Scanner: ..."). Not labels that also head a person ("Chair:", "Recorder:", "Lead:")
_SERIAL_AFTER = re.compile(
    r"(?:[ \t]+[A-Z0-9][\w+\-]*(?![\w+\-])){0,2}[ \t]*[,|(]?[ \t]*"
    r"(?<![\w/])(?i:serial\b|s/n\b|sn\b(?=[ \t]*[:#]?[ \t]*[A-Za-z0-9\-]*\d))"
)
_AFTER_SERIAL = re.compile(
    r"(?i:serial|s/n|lot)[ \t]*(?:(?i:no\.?|number|\#)[ \t]*)?[:#]?[ \t]*[A-Za-z0-9][A-Za-z0-9\-]*[ \t]*\([ \t]*\Z"
)
_DEVICE_LABEL_BEFORE = re.compile(
    r"(?<![\w])(?i:device|wheelchair|pump|scanner|vaccine|formula|product|meter|sensor|pendant|implant|prosthesis"
    r"|orthosis|hearing[ \t]aids?|cpap|bipap|concentrator|nebuli[sz]er|cycler|valve|stent|iol|processor|vent"
    r"|ventilator|catheter|scope|endoscope|pacemaker|defibrillator|glucometer|cgm)[ \t]*:[ \t]*\Z"
)
_PRODUCT_REACH = 40
_PRODUCT_TYPES = frozenset({"NAME", "FACILITY", "LOCATION", "ADDRESS"})


def _names_a_product(text: str, hit: NerHit) -> bool:
    """Whether a model hit stands where a device line names a product (above)."""
    if hit.entity_type not in _PRODUCT_TYPES:
        return False
    lo = max(0, hit.start - _PRODUCT_REACH)
    return bool(
        _SERIAL_AFTER.match(text, hit.end)
        or _AFTER_SERIAL.search(text, lo, hit.start)
        or _DEVICE_LABEL_BEFORE.search(text, lo, hit.start)
    )


_MONTH_WORD = re.compile(
    r"(?i)(?<![a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?![a-z])|\b(?:yesterday|today|tomorrow)\b"
)
_NUMERIC_DATE = re.compile(r"\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?|\d{4}[/-]\d{1,2}[/-]\d{1,2}|\d{1,2}\.\d{1,2}\.\d{2,4}")
_SCORE = re.compile(r"\d{1,2}/10")
_DAY_AND_MONTH = re.compile(r"(\d{1,2})[/.\-](\d{1,2})(?:[/.\-]\d{2,4})?")


def _on_a_calendar(value: str) -> bool:
    """Whether a numeric date's first two numbers can be a day and a month in either order: "20/70"
    (visual acuity) and "30/90" (a compliance window) cannot; a year first ("2025-01-07") is read as such."""
    m = _DAY_AND_MONTH.fullmatch(value)
    if m is None:
        return True
    a, b = int(m.group(1)), int(m.group(2))
    return (1 <= a <= 12 and 1 <= b <= 31) or (1 <= a <= 31 and 1 <= b <= 12)


_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{0,3}")
# "95 kg", "92 %": a measurement, not an age. Narrower than _MEASURE_AFTER (below), which also
# takes "/": "95/F" is an age and a sex
_AGE_UNIT_AFTER = re.compile(r"(?i)[ \t]?(?:%|(?:kgs?|lbs?|pounds|mg|mcg|g|cm|mm|mmhg|bpm|ml)\b)")
_PER_VOLUME = re.compile(r"(?i)/(?:mm3|mm\^3|[µμu]l|dl|ml|l|hpf)\b")
_NUMBER_NEXT = re.compile(r"[ #-]{1,2}\d")  # "FIN 1234567", not "MRN: 1234567" (a readable label)
_LABEL_ACRONYM = re.compile(r"[A-Z]{2,4}")


def _in_table_header(text: str, start: int, end: int) -> bool:
    """Whether [start, end) lies in one cell of a table's header row: a line of three or more pipe
    or tab-separated cells with no number in them ("SpO2" is a name, "98" a value), followed by a rule
    ("|---|") or by a row of as many separators that holds a number. Column names are never PHI."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    sep = "|" if "|" in line else "\t" if "\t" in line else None
    if sep is None or sum(1 for cell in line.split(sep) if cell.strip()) < 3:
        return False  # a two-cell row is a field and its value ("| Birthplace | Mazar-i-Sharif |")
    if _NUMBER_TOKEN.search(line) or sep in text[start:end]:
        return False
    nxt_end = text.find("\n", line_end + 1)
    nxt = text[line_end + 1 : len(text) if nxt_end < 0 else nxt_end]
    if sep == "|" and _TABLE_RULE.fullmatch(nxt):
        return True
    return nxt.count(sep) >= line.count(sep) and _NUMBER_TOKEN.search(nxt) is not None


_NUMBER_TOKEN = re.compile(r"(?<![\w.])\d")  # a token that begins with a digit: a value, not a name
_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*")


def _is_field_label(text: str, hit: NerHit, shouting: bool) -> bool:
    """An acronym that begins a line and is followed by ": " labels a field ("PCP: Abdul Wahid",
    "ED: 3 visits"); in a note in capitals a speaker's name looks the same ("AGAM: THANK YOU")."""
    line_start = text.rfind("\n", 0, hit.start) + 1
    return (
        not shouting
        and not text[line_start : hit.start].strip()
        and _LABEL_ACRONYM.fullmatch(text, hit.start, hit.end) is not None
        and text.startswith(": ", hit.end)
    )


def _plausible(text: str, hit: NerHit, shouting: bool, vocabulary: frozenset[str]) -> bool:
    """A model hit is kept unless the rules' own tests say it is not PHI: an age under 90, a year
    alone, a code string, or a name/place/facility made only of clinical and common words
    (departments, eponyms without a name-only token: the test the rules apply to weak context)."""
    value = text[hit.start : hit.end]
    if _names_a_product(text, hit):
        return False
    if hit.entity_type in _CASED_TYPES and _names_only_brands(value):
        return False  # "SoonerCare", "CareOregon Health": a plan's or a product's name, not a person or place
    if hit.entity_type in _CASED_TYPES and _model_suffix(value.strip()) and _after_a_brand(text, hit.start):
        return False  # "VillageCare [Max]", "SimplyGo [Mini]": the product's model, read apart from it
    if hit.entity_type == "AGE":  # over 89, and no age has four digits ("(95992)" is a CPT code)
        age = "".join(ch for ch in value if ch.isdigit())
        return 0 < len(age) <= 3 and int(age) >= 90 and not _AGE_UNIT_AFTER.match(text, hit.end)
    if hit.entity_type == "DATE" and _YEAR.fullmatch(value.strip()):
        return False
    if hit.entity_type in _CASED_TYPES and (value.strip() in CREDENTIALS or _is_field_label(text, hit, shouting)):
        return False  # "Birindwa, LCSW", "PCP: Abdul Wahid": a credential, a field's label
    if hit.entity_type in _CASED_TYPES and _only_label_words(value):
        return False  # "Guarantor acct ...", "Mfr: ...", "IMEI ...", "meets Tues": a label or a weekday
    if hit.entity_type in _CASED_TYPES and _in_table_header(text, hit.start, hit.end):
        return False  # "| Dive | Date | Depth | Tech |", "Date\tTime\tDose\tInit": a column's name
    enclosing = _enclosing_token(text, hit.start, hit.end)
    if (_LOINC_SHAPE if hit.entity_type == "ZIP" else _CODE_SHAPE).fullmatch(enclosing):
        return False
    if _lower_case_code(text, hit.start, enclosing) or _JOINED_CODES.fullmatch(value.strip()):
        return False  # "codes a0433, a0425", "lab needs 80053 + 85025": codes, not an ID or a phone
    if hit.entity_type == "ZIP" and _HCPCS_SHAPE.fullmatch(value.strip()):
        return False  # "HCPCS E0163": a US ZIP holds no letter
    digits = sum(ch.isdigit() for ch in value)
    t = hit.entity_type
    if t == "DATE" and value.strip() == "may" and not _DAY_AFTER.match(text, hit.end):
        return False  # "we may first try": the verb, not the month ("may 3rd" is a date)
    if t == "DATE":  # lab values, doses and scores ("11.5", "10/10", "1") are not dates
        return _MONTH_WORD.search(value) is not None or (
            _NUMERIC_DATE.fullmatch(value.strip()) is not None
            and _SCORE.fullmatch(value.strip()) is None
            and _on_a_calendar(value.strip())
        )
    if t == "PHONE":
        return digits >= 7 and not _only_codes(text, hit.start, hit.end)
    if t == "ID" and (_PER_VOLUME.search(value) or _PER_VOLUME.match(text, hit.end)):
        return False  # "250000/mm3", "14.610/mm3": a count per volume, not an identifier
    if t in ("ID", "ZIP") and digits < 4:  # a label alone ("Acct", "No:"), unless its number follows
        return t == "ID" and _NUMBER_NEXT.match(text, hit.end) is not None
    if t == "EMAIL":
        return "@" in value or "/" in value or "www" in value.lower()
    if t == "ADDRESS" and not digits and (not has_proper_token(value, "place") or _names_a_substance(value)):
        return False  # "Dupixent" in a table's cell: a drug, not a street
    if t == "ADDRESS" and not _LONG_WORD.search(value) and _MEASURE_AFTER.match(text, hit.end):
        return False  # "110 IU/ml", "15 gr", "7.54": a lab value or dose, not a street line
    if t == "ADDRESS" and _WARD_BEFORE.search(text, max(0, hit.start - 8), hit.start) and _WARD_SPOT.fullmatch(value):
        return False  # "unit 4B", "bed 12", "room 5": where in the hospital, not a street line
    if t == "ADDRESS" and value.isdigit() and _DECIMAL_BEFORE.search(text, max(0, hit.start - 2), hit.start):
        return False  # "pH 7.[54]", "1.[96]": a number's decimals, not a street number
    if t == "NAME" and any(w.lower() in GENERA for w in value.split()):
        return False  # a binomial ("Candida albicans"), not a person
    if t == "NAME" and not shouting and _ACRONYM.fullmatch(value):
        return False  # MCV, FVC, ESR: clinical acronyms, not names (a note in capitals excepted)
    if t in _CASED_TYPES and value == value.lower() and _writer_capitalises(text, hit.start):
        # "salivary stone", "sonic fragmentation": lower case where names are capitalised, unless
        # the span holds a known name ("maria", "osman bruckner") or a letter English never uses
        if not (
            _names_someone(value)
            or _RELATION_BEFORE.search(text, max(0, hit.start - 30), hit.start)
            or _foreign_full_name(value, vocabulary)
        ):
            return False
    if t in _CASED_TYPES and all(w.lower() in _DOSAGE_FORMS for w in value.split()):
        return False  # "the inhaler", "her pens": what a drug comes in
    kind = _PROPER_KIND.get(t)
    if kind is not None and _names_a_substance(value):
        return False  # "Piperacillin", "Clorambucil and Mesna": drugs, not people or places
    if t in ("NAME", "LOCATION") and all(part in clinical_abbreviations() for part in value.strip().split("/")):
        # "IgG", "PaO2", "OD", "DNR/DNI" alone; not for facilities, whose abbreviations collide ("VA")
        return False
    return kind is None or has_proper_token(value, kind)


_DAY_AFTER = re.compile(r"[ \t]+\d")
# a ward, unit, bed or room and its short number: a place in the hospital ("unit 4B", "Bed 12")
_WARD_BEFORE = re.compile(r"(?i)\b(?:unit|ward|bed|bay|room|rm|pod|floor)[ \t]+\Z")
_WARD_SPOT = re.compile(r"[0-9]{1,3}[A-Za-z]?|[A-Za-z][0-9]{1,3}")


# the forms a drug comes in, written after its name ("apixaban pen", "tiotropium inhaler")
_DOSAGE_FORMS = frozenset(
    "pen pens inhaler inhalers autoinjector kwikpen flexpen solostar nebulizer nebuliser vial vials syringe syringes "
    "tab tabs tablet tablets cap caps capsule capsules cream ointment gel drops spray patch patches".split()
)


def _names_only_brands(value: str) -> bool:
    """Whether every word of a span outside the common vocabulary is a brand's word with inner
    capitals (`brand_word`), and there is at least one; a model's suffix after a brand's word counts
    with it ("PurePRP SP", "MemoryGel Xtra", "WatchPAT ONE")."""
    common = common_words()
    proper = [w for w in _WORDS_OF.findall(value) if fold(w) not in common and fold(w) not in FACILITY_GENERIC_WORDS]
    brands = [brand_word(w) for w in proper]
    suffixes = not any(ch.isdigit() for ch in value)  # "UCare 9JE4": letters of a member number are none
    return any(brands) and all(b or (suffixes and _model_suffix(w)) for w, b in zip(proper, brands))


_WORD_BEFORE_SPACE = re.compile(r"([A-Za-z]+)[ \t]+\Z")


def _after_a_brand(text: str, at: int) -> bool:
    before = _WORD_BEFORE_SPACE.search(text, max(0, at - 30), at)
    return before is not None and brand_word(before.group(1))


def _begins_with_a_brand(value: str) -> bool:
    """Whether a name's first word is a brand's, with inner capitals (`brand_word`): no given name
    is written so, the prefixes of names that are ("McKenzie", "DeShawn") excepted."""
    words = _WORDS_OF.findall(value)
    return bool(words) and brand_word(words[0])


# the words a maker puts after a product's name for its model: a short code in capitals ("SP", "MPR")
# or one of the trade's modifiers
_MODEL_SUFFIXES = frozenset("plus pro max mini one xl xt xtra lite ultra sport touch go duo".split())


def _model_suffix(word: str) -> bool:
    return (word.isupper() and len(word) <= 3) or fold(word) in _MODEL_SUFFIXES


_WORDS_OF = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
# the labels of identifier fields, which the model reads as part of the name or place beside them, and
# the days of the week, which date nothing alone
_LABEL_WORDS = frozenset("guarantor mfr mfg imei vin sn ssn ndc npi dea mrn dob acct weds".split()) | frozenset(
    WEEKDAY_WORDS.split()
)


def _only_label_words(value: str) -> bool:
    words = _WORDS_OF.findall(value)
    return bool(words) and all(fold(w) in _LABEL_WORDS for w in words)


def _names_a_substance(value: str) -> bool:
    """Whether every word of a span outside the common clinical vocabulary is a drug or chemical
    name, and there is at least one: nothing in it could name a person, place or facility."""
    common, subs = common_words(), substances()
    rest = [f for f in (fold(w) for w in LETTERS.findall(value)) if f not in common and f not in _DOSAGE_FORMS]
    return bool(rest) and all(f in subs for f in rest)


_CASED_TYPES = frozenset({"NAME", "FACILITY", "LOCATION"})
_DECIMAL_BEFORE = re.compile(r"\d[.,]\Z")
_LONG_WORD = re.compile(r"[^\W\d_]{3,}")
# what follows a measured value: its decimals, a percent or ratio, or a unit
_MEASURE_AFTER = re.compile(
    r"[.,]\d|[ \t]?(?:%|/|(?:IU|UI|U|mg|mcg|µg|g|gr|kg|ml|mL|dl|dL|l|L|mm|cm|mmHg|mmol|mEq|ng|pg|x|h|min)\b)"
)
# A kinship or care role right before a span: "seen with her son chukwuemeka" names someone even
# in lower case (a clinical word there would fail the proper-token test anyway).
_RELATION_BEFORE = re.compile(rf"(?i)\b(?:{KIN}|mum|mom|dad|carer|fianc[eé]e?)[ \t]+\Z")
# A capitalised word inside a sentence (after a lower-case word), as writers who capitalise proper
# nouns write names, places and facilities; "I" and sentence starts do not count.
_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+")
_CASE_WINDOW = 400


def _writer_capitalises(text: str, at: int) -> bool:
    """Whether the text around `at` capitalises proper nouns (two or more capitalised words inside
    sentences). The model is uncased, so it reads "salivary stone" as it reads "Sally Stone"; where
    the writer uses case, a lower-case span is not a name. In all-lower-case or all-capitals text
    (patient messages, shouted notes) case says nothing and the model's reading stands."""
    window = text[max(0, at - _CASE_WINDOW) : at + _CASE_WINDOW]
    return len(_MID_SENTENCE_CAPITAL.findall(window)) >= 2


def _unfamiliar_words(text: str, start: int, known: frozenset[str]) -> list[NerHit]:
    """Every word from `start` on that is neither a common clinical word nor a whole word of the
    model's vocabulary (`known`), or that is a known name, as a weak NAME hit: what stands in for
    the model on the part of a note it did not read. Weak, so the keep list still guards
    eponyms, departments, insurers and manufacturers."""
    common, strong = common_words(), strong_names()
    while start > 0 and text[start - 1].isalnum():  # the budget can end inside a word
        start -= 1
    out = []
    for m in LETTERS.finditer(text, start):
        f = fold(m.group())
        if len(f) > 1 and ((f not in common and f not in known) or f in strong):
            out.append(NerHit(m.start(), m.end(), "NAME", 0.5))
    return out


def _reading_limit(text: str, max_chars: int | None) -> int:
    """Where the full reading of `text` stops: its end, or for a note over `max_chars` the last
    line break (else space) in the second half of the limit, so no word is cut in two."""
    if max_chars is None or len(text) <= max_chars:
        return len(text)
    for sep in ("\n", " "):
        at = text.rfind(sep, max_chars // 2, max_chars)
        if at >= 0:
            return at + 1
    return max_chars


_WS_TOKEN = re.compile(r"\S+")
_SENTENCE_END = frozenset(".!?:;")
_SMALL_NUMBER = re.compile(r"(\d{1,2}(?:\.\d+)?)")
_CONTACT_OR_NUMBER = re.compile(r"[\d@]|\A(?i:www\.|http)")


def _unread_words(text: str, start: int) -> list[NerHit]:
    """What stands in for the rules and the model past the reading limit, where nothing reads the
    note: every token with a digit, an "@" or a web address (dates, numbers, contacts), and every
    word that is not a common clinical word, is a known name, or is capitalised inside a sentence
    (in a note with ordinary case). Plain numbers under 90 ("37.5", "12") stay: doses and values,
    never an age that identifies. Weak, so the keep list still guards eponyms, departments,
    insurers and manufacturers (as written: a tail in capitals is not re-cased, so it may lose
    some); the rest is over-redacted, never leaked."""
    common, strong = common_words(), strong_names()
    while start > 0 and not text[start - 1].isspace():  # a limit with no space before it cuts a token
        start -= 1
    cased = not is_shouting(text[start : start + 20_000])
    out: list[NerHit] = []
    prev = "."
    for m in _WS_TOKEN.finditer(text, start):
        tok = m.group()
        initial, prev = prev[-1] in _SENTENCE_END, tok
        if _CONTACT_OR_NUMBER.search(tok):
            if (value := _SMALL_NUMBER.fullmatch(tok.strip(_TRIM))) and float(value.group(1)) < 90:
                continue
            s, e = m.start(), m.end()
            while s < e and text[s] in _TRIM:
                s += 1
            while e > s and text[e - 1] in _TRIM:
                e -= 1
            if e > s:
                out.append(NerHit(s, e, "EMAIL" if "@" in tok else "ID", 0.5))
            continue
        # most tokens are one word: skip the letter scan for them
        words = ((0, tok),) if tok.isalpha() else ((w.start(), w.group()) for w in LETTERS.finditer(tok))
        for at, word in words:
            f = fold(word)
            capital_inside = cased and not word.islower() and not (initial and at == 0)
            if len(f) > 1 and (f not in common or f in strong or capital_inside):
                out.append(NerHit(m.start() + at, m.start() + at + len(word), "NAME", 0.5))
    return out


def _unguarded(text: str, lo: int, hits: list[NerHit]) -> list[NerHit]:
    """The weak hits from `lo` on that the keep list does not guard (eponyms, departments, insurers
    and manufacturers, read in `text` as written: a part in capitals is not re-cased here)."""
    if not hits:
        return hits
    region = text[lo:]
    keep = _Intervals(
        [
            (lo + a, lo + b)
            for a, b in (*protected_spans(region), *department_spans(region), *organisation_spans(region))
        ]
    )
    return [h for h in hits if not keep.overlaps(h.start, h.end)] if keep else hits


def _with_masked(text: str, spans: list[PhiSpan], masked: list[NerHit]) -> list[PhiSpan]:
    """The spans found plus the fail-closed masks of the parts a reader skipped (`masked`, sorted,
    already past the keep list): masks with only spaces or punctuation between them become one
    span (one placeholder for a run of unread words), and overlaps take the found span's type.
    Kept apart from `_merge`, whose joins and completions cost far more per hit than a mask is
    worth."""
    extra: list[PhiSpan] = []
    for h in masked:
        if extra and h.start - extra[-1].end <= 3 and _MASK_GAP.fullmatch(text, extra[-1].end, h.start):
            extra[-1] = PhiSpan(extra[-1].start, h.end, extra[-1].type)
        else:
            extra.append(PhiSpan(h.start, h.end, h.entity_type))
    out: list[PhiSpan] = []
    for sp in heapq.merge(spans, extra, key=lambda x: (x.start, -x.end)):
        if out and sp.start < out[-1].end:
            last = out[-1]
            out[-1] = PhiSpan(last.start, max(last.end, sp.end), last.type)
        else:
            out.append(sp)
    return out


_MASK_GAP = re.compile(r"[ \t,;.:'’-]*")


def _foreign_full_name(value: str, vocabulary: frozenset[str]) -> bool:
    """Two or more words, none in the common clinical vocabulary and one not even a whole word of
    the model's English vocabulary ("amahle nwachukwu", "oleg baumann"): a full name written in
    lower case. A clinical phrase the model misreads holds a common word ("salivary stone") or
    only English words ("sonic fragmentation"); a lone uncommon word is mostly clinical jargon
    ("gonioscopy", "voriconazole"), so none of these pass."""
    common = common_words()
    words = [fold(w) for w in LETTERS.findall(value)]
    return (
        len(words) >= 2
        and all(len(w) > 1 and w not in common for w in words)
        and any(w not in vocabulary for w in words)
    )


def _names_someone(value: str) -> bool:
    """A token of `value` is a gazetteer given or family name that is not an ordinary word, or is
    written with letters outside ASCII ("valentīna", "çimnaz"): a name, whatever its case."""
    strong = strong_names()
    return any(len(tok) > 1 and (not tok.isascii() or fold(tok) in strong) for tok in LETTERS.findall(value))


_TOKEN_REACH = 64  # far longer than any code string; bounds the scan in text with no spaces


def _enclosing_token(text: str, start: int, end: int) -> str:
    """The token around [start, end) up to whitespace or a field separator (a CSV row's comma, a
    table's bar), outer punctuation stripped (the model may label only a piece of a code such as the
    "65" of "E11.65", also in "2026-03-03,E11.65,Rajkarnikar"). Looks at most _TOKEN_REACH
    characters each way: a note without spaces would otherwise make each hit scan all of it."""
    lo, hi = max(0, start - _TOKEN_REACH), min(len(text), end + _TOKEN_REACH)
    while start > lo and not _ends_token(text[start - 1]):
        start -= 1
    while end < hi and not _ends_token(text[end]):
        end += 1
    return text[start:end].strip(_TOKEN_PUNCT)


def _ends_token(ch: str) -> bool:
    return ch.isspace() or ch in ",;|"


def _check(text) -> None:
    if not isinstance(text, str):
        raise TypeError(f"note must be str, got {type(text).__name__}")
    if len(text) > MAX_NOTE_CHARS:
        raise ValueError(f"note too long: {len(text)} characters (limit {MAX_NOTE_CHARS})")


class _Intervals:
    """Intervals sorted by start, with the running maximum of their ends: each overlap or
    containment question costs one binary search, not a scan (a note can hold thousands)."""

    def __init__(self, intervals: list[tuple[int, int]]):
        ivs = sorted(intervals)
        self.starts = [a for a, _ in ivs]
        self.max_end: list[int] = []
        top = -1
        for _, b in ivs:
            top = max(top, b)
            self.max_end.append(top)

    def __bool__(self) -> bool:
        return bool(self.starts)

    def overlaps(self, s: int, e: int) -> bool:
        """Some interval [a, b) has a < e and s < b."""
        k = bisect.bisect_left(self.starts, e)
        return k > 0 and self.max_end[k - 1] > s

    def contains(self, s: int, e: int) -> bool:
        """Some interval [a, b) has a <= s and e <= b."""
        k = bisect.bisect_right(self.starts, s)
        return k > 0 and self.max_end[k - 1] >= e

    def outside(self, s: int, e: int) -> tuple[int, int]:
        """The longest piece of [s, e) that no interval covers ((s, s) when none is left)."""
        best, pos = (s, s), s
        k = max(0, bisect.bisect_right(self.starts, s) - 1)
        while pos < e:
            while k < len(self.starts) and self.max_end[k] <= pos:
                k += 1  # intervals wholly before pos
            if k < len(self.starts) and self.starts[k] <= pos:
                pos = self.max_end[k]  # covered: skip to the end of the covering run
                continue
            stop = min(e, self.starts[k]) if k < len(self.starts) else e
            if stop - pos > best[1] - best[0]:
                best = (pos, stop)
            pos = stop
        return best

    def start_within(self, s: int, e: int) -> int | None:
        """The first interval start a with s < a < e, if any."""
        k = bisect.bisect_right(self.starts, s)
        return self.starts[k] if k < len(self.starts) and self.starts[k] < e else None


# words that make a label's "name" a service: no person's name holds them
_SERVICE_WORDS = frozenset(
    "services service affairs management authorization department dept team office desk unit registration pharmacy "
    "scheduling billing records admissions intake relations resources experience compliance testing outreach monitoring".split()
)
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")


def _names_a_service(text: str, s: int, e: int) -> bool:
    """Whether a rule's name text[s:e] is a service's: it holds a service's word, or one follows
    it ("Decedent Affairs", "Patient Experience / volunteer services", "Oscar Health Pharmacy
    Prior" before "Authorization Dept"), and every other word is a common, department or specialty word
    or part of a listed insurer's or maker's name, so no person or place is named ("Iselin Respiratory Services" is a
    supplier, "Dr. Layla Nusseibeh  Service: Hematology" a doctor)."""
    words = [fold(w) for w in LETTERS.findall(text, s, e)]
    after = _NEXT_WORD.match(text, e)
    if not any(w in _SERVICE_WORDS for w in words) and not (after and fold(after.group(1)) in _SERVICE_WORDS):
        return False
    orgs = organisation_spans(text[s:e])
    common = common_words()

    def a_service_word(m: re.Match) -> bool:
        w = fold(m.group())
        return (
            w in common
            or w in _SERVICE_WORDS
            or w in SPECIALTY_PREFIXES
            or names_a_department(w)
            or any(a <= m.start() - s and m.end() - s <= b for a, b in orgs)
        )

    return all(a_service_word(m) for m in LETTERS.finditer(text, s, e))


def _is_country(span_text: str) -> bool:
    """Countries are not Safe Harbor identifiers (only units smaller than a state are)."""
    return span_text.strip(" ,.()").lower() in countries()


_TRIM = " \t\n\r,;:.()[]{}\"'’-"


def is_shouting(text: str) -> bool:
    """A note (or most of it) written in capitals: >= 80% of its >= 40 letters are upper case."""
    upper = lower = 0
    for ch in text:
        if ch.isupper():
            upper += 1
        elif ch.islower():
            lower += 1
    return upper + lower >= 40 and upper >= 0.8 * (upper + lower)


# a table row of two cells, a field's label and its value: "| Mailing ZIP | 02311 |"
_FORM_ROW = re.compile(r"(?m)^([ \t]*)\|([^|\n]*[^\W\d_][^|\n]*)\|([^|\n]+)\|[ \t]*$")
_NOT_NEWLINE = re.compile(r"[^\n]")


def form_rows(text: str) -> str | None:
    """The two-cell rows of a note's tables as the label rules read a form ("| Vehicle | EHH 521 |"
    -> "  Vehicle:  EHH 521  "), everything else blanked, same length (offsets carry over); None if
    the note has no such row. A field printed in a table is still a label and its value."""
    rows = list(_FORM_ROW.finditer(text))
    if not rows:
        return None
    out = list(_NOT_NEWLINE.sub(" ", text))
    for m in rows:
        label = m.group(2).rstrip()
        if label.strip().lower() in ("field", "item", "label", "key"):
            continue  # the table's own header (a rule "|---|---|" has no letter, so no row)
        a = m.start(2)
        out[a : a + len(label)] = label
        out[a + len(label)] = ":"
        b = m.start(3)
        out[b : m.end(3)] = m.group(3)
    return "".join(out)


# a cell that holds a code string is the coder's, whatever its column is called ("| Specimen | 36415 |")
_CODE_VALUE = re.compile(f"{CPT_CODE}|{HCPCS_CODE}|{ICD10_CODE}")
_COLUMN_NAME_MAX = 40
_PIPE_ROW = re.compile(r"(?m)^[ \t]*\|(.*)\|[ \t]*$")


def column_fields(text: str) -> tuple[str, list[tuple[int, int, int]]] | None:
    """The cells of a note's pipe tables (three or more columns, a header row over a rule "|---|")
    written as fields under their column's name ("| 6964 | Moses Cooper | 46 |" under "| Bib |
    Runner | Age |" -> "Bib: 6964", "Runner: Moses Cooper", "Age: 46"), so that the label rules read
    a column's name as they read a form's label; with each value's (start in that text, start in
    `text`, length), or None if the note has no such table. A number under "Bib" or "Badge #" is an
    identifier whatever its length; a code string stays out."""
    if "|" not in text:
        return None
    lines: list[str] = []
    places: list[tuple[int, int, int]] = []
    size = 0
    header: list[str] | None = None
    rows = list(_PIPE_ROW.finditer(text))
    for i, m in enumerate(rows):
        if _TABLE_RULE.fullmatch(m.group()):
            continue
        cells = m.group(1).split("|")
        prev_end = rows[i - 1].end() if i else -1
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        if len(cells) >= 3 and nxt is not None and nxt.start() == m.end() + 1 and _TABLE_RULE.fullmatch(nxt.group()):
            header = [c.strip() for c in cells]
            continue
        if header is None or prev_end + 1 != m.start() or len(cells) != len(header):
            header = None if prev_end + 1 != m.start() else header
            continue
        at = m.start(1)
        for label, cell in zip(header, cells, strict=True):
            value = cell.strip()
            if len(label) > _COLUMN_NAME_MAX or size > len(text):
                at += len(cell) + 1  # no column is named by a paragraph; the view stays the note's size
                continue
            if label and value and not label.isdigit() and not _CODE_VALUE.fullmatch(value):
                first = at + cell.index(value)
                line = f"{label}: "
                places.append((size + len(line), first, len(value)))
                lines.append(line + value + "\n")
                size += len(line) + len(value) + 1
            at += len(cell) + 1
    return ("".join(lines), places) if places else None


def _from_columns(results: list, places: list[tuple[int, int, int]]) -> list:
    """The hits found in `column_fields`' text that lie inside one cell's value, moved to that
    value's place in the note (a hit on a column's name or across two fields is dropped)."""
    starts = [p[0] for p in places]
    out = []
    for r in results:
        i = bisect.bisect_right(starts, r.start) - 1
        if i < 0:
            continue
        at, first, length = places[i]
        if r.end > at + length:
            continue
        r.start, r.end = first + r.start - at, first + r.end - at
        out.append(r)
    return out


def truecase(text: str) -> str:
    """Ordinary capitalisation for a note in capitals, same length (offsets carry over): common
    words and name particles lower case ("SEEN WITH HER SON" -> "seen with her son", "LAS"),
    titles, months, facility and street words and names Capitalised, short unknown tokens
    ("MRN", "DOB", "IL") kept."""
    common, names, keep_cap = common_words(), name_gazetteer(), _keep_capitalised()

    def fix(m: re.Match) -> str:
        w = m.group()
        if len(w) < 2 or not w.isupper():
            return w
        f = w.lower()
        if f in keep_cap or f in names:
            out = w[0] + w[1:].lower()
        elif f in common or f in _PARTICLE_WORDS:
            out = f
        elif len(w) <= 3:
            return w
        else:
            out = w[0] + w[1:].lower()
        return out if len(out) == len(w) else w

    return LETTERS.sub(fix, text)


@functools.lru_cache(maxsize=1)
def _keep_capitalised() -> frozenset[str]:
    function_words = {"of", "the", "at", "in", "and", "de", "del", "la", "our", "this", "that", "their", "your"}
    words = {t.lower() for t in TITLES} | {m.lower() for m in MONTHS} | (set(FACILITY_WORDS) - function_words)
    words |= {w.lower() for w in STREET_SUFFIX.split("|") if w.isalpha()}
    words |= {"general", "memorial", "regional", "behavioral", "rehabilitation", "institute", "saint", "st"}
    return frozenset(words)


_NAME_PREFIX_BEFORE = re.compile(r"(?<![\w'’])[A-Z]['’]\Z")
_LOWER_INITIALS = re.compile(r"(?:[a-z]\.){1,2}[a-z]")  # "y.m" of a message signed "y.m."
_COMMA_WORD_END = re.compile(r",[ \t]+([^\W\d_]+)\Z")
# what sets a facility's name apart from its department's in a header or an address line: "Gitit
# Medical Associates - Health Information Management", "Dept | Specialty Pharmacy", and for a
# facility a comma, "Decedent Affairs, Monroe Medical Center" (in a name a comma parts "LAST, First")
_PIECE_SEPARATOR = re.compile(r"[ \t]+-{1,2}[ \t]+|[ \t]*[|\t][ \t]*")
_FACILITY_PIECE_SEPARATOR = re.compile(r"[ \t]+-{1,2}[ \t]+|[ \t]*[,|\t][ \t]*")
_DEPARTMENT_LABELS = frozenset({"dept", "department", "division", "service", "unit"})
# the words that make a run of ordinary words a department's name ("Health Information Management",
# "Decedent Affairs", "Specialty Pharmacy"), beside a specialty's own words
_DEPARTMENT_HEADS = frozenset(
    "office services service management affairs department dept division unit pharmacy program programme".split()
)


def _department_label(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is a department field's label alone ("Dept", "Unit:")."""
    return fold(text[a:b].strip(" .:")) in _DEPARTMENT_LABELS


def _department_piece(text: str, a: int, b: int) -> bool:
    """A department's name or its field's label: every word a department's or a common word, none a
    name, and one of them a specialty's or a department's own ("Management", "Affairs")."""
    if _department_label(text, a, b):
        return True
    words = [fold(w) for w in LETTERS.findall(text, a, b)]
    return _all_department_words(text, a, b) and any(
        w in _DEPARTMENT_HEADS or w in SPECIALTY_PREFIXES or (w not in FACILITY_GENERIC_WORDS and names_a_department(w))
        for w in words
    )


def _without_department_pieces(text: str, s: int, e: int, facility: bool) -> tuple[int, int]:
    """A span cut back to what lies between the department pieces at its ends (`_department_piece`):
    a service named before or after a facility's name, or alone in its field, is coding evidence,
    not PHI. (s, s) when nothing is left."""
    separator = _FACILITY_PIECE_SEPARATOR if facility else _PIECE_SEPARATOR
    cuts = [m.span() for m in separator.finditer(text, s, e)]
    if not cuts:  # alone, only a department field's label goes ("Dept" read as a facility)
        return (s, s) if _department_label(text, s, e) else (s, e)
    bounds = [s, *(x for c in cuts for x in c), e]
    pieces = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    while pieces and _department_piece(text, *pieces[-1]):
        pieces.pop()
    while pieces and _department_piece(text, *pieces[0]):
        pieces.pop(0)
    return (pieces[0][0], pieces[-1][1]) if pieces else (s, s)


def _merge(text: str, raw, view: str | None = None) -> list[PhiSpan]:
    """Merge raw hits into spans; `view` (same length as `text`) is what the keep list reads."""
    prot = _Intervals(protected_spans(view or text))
    places = specialty_place_spans(view or text)
    dept = _Intervals(department_spans(view or text, places))
    spec = _Intervals(places)
    orgs = _Intervals(organisation_spans(text))
    hits = []
    for r in raw:
        s, e, t = r.start, r.end, r.entity_type
        strong = r.score >= 1.0
        if not strong and (t != "FACILITY" or isinstance(r, NerHit)) and prot and prot.overlaps(s, e):
            continue  # (a rule's facility may hold an eponym: "Parkinson Clinic"; a model hit may not)
        if not strong and orgs and orgs.overlaps(s, e):
            # an insurer or manufacturer ("Aetna", "Smith & Nephew") stays; a member number the model
            # ran it into ("UCare HYP787608513") does not
            s, e = orgs.outside(s, e)
            if not any(ch.isdigit() for ch in text[s:e]):
                continue
            if t in _CODE_CONFUSED_TYPES:  # the number whole, as a name's span would have taken it
                t, (s, e) = "ID", _whole_hyphenated(text, s, e)
        if t == "NAME" and not isinstance(r, NerHit) and _names_a_service(text, s, e):
            continue  # "To: Decedent Affairs", "To: Anthem Pharmacy Prior Authorization Dept"
        if not strong and t == "NAME" and _begins_with_a_brand(text[s:e]):
            continue  # "SunTech Oscar 2", "VillageCare Max": a product's or a plan's name, no person's
        if not strong and t in ("LOCATION", "NAME") and _is_country(text[s:e]):
            continue
        if not strong and dept and t in ("NAME", "FACILITY", "LOCATION"):
            if dept.contains(s, e):
                continue
            if spec and (a := spec.start_within(s, e)) is not None:
                e = a  # "Kaji Memorial Hospital [Transplant Office]": the service stays
        # trim punctuation/space and a trailing possessive
        while s < e and text[s] in _TRIM and not (text[s] == "(" and ")" in text[s:e]):
            s += 1
        while e > s and text[e - 1] in _TRIM:
            if (
                text[e - 1] == "."
                and t in ("ADDRESS", "NAME", "FACILITY")
                and e - s >= 2
                and (text[e - 2].isupper() or (t == "NAME" and _LOWER_INITIALS.fullmatch(text, s, e - 1) is not None))
                and (e - s == 2 or not text[e - 3].isalpha())
            ):
                break  # keep the dot of an initial / abbreviation ("St.", "J.", "y.m.")
            if text[e - 1] == "." and t == "FACILITY" and _LEGAL_FORM_DOT.search(text, s, e):
                break  # and of a company's legal form ("Hill Inc.")
            e -= 1
        if t == "NAME" and text[e - 2 : e] in ("'s", "’s"):
            e -= 2
        if t == "NAME" and _NAME_PREFIX_BEFORE.search(text, max(0, s - 3), s):
            s -= 2  # "H'Yen Mlo", "H'BLONG KTLA": a Rhade or Jarai woman's name begins with "H'"
        if t == "NAME" and (tail := _COMMA_WORD_END.search(text, s, e)) and names_a_department(tail.group(1)):
            e = tail.start()  # "To: Naoto Hashimoto, Radiology": the addressee's service stays
        if t in _CASED_TYPES:
            s, e = _without_department_pieces(text, s, e, facility=t == "FACILITY")
        while t == "FACILITY" and (gap := _COLUMN_GAP.search(text, s, e)) and _no_name_column(text[s : gap.start()]):
            s = gap.end()  # "7:50 AM  Norbu Family Medicine": the column before is a time
            if _all_department_words(text, s, e):
                e = s  # "2:40 PM\tFamily Medicine": what is left is a service
        if t in ("NAME", "FACILITY", "ADDRESS") and (gap := _last_column_gap(text, s, e, lines=t != "ADDRESS")):
            if _all_department_words(text, gap.end(), e):
                # "Dr. Rout   Speech-Language Pathology", "Norbu Family Medicine  Psychiatry": the
                # next column is a service
                e = gap.start()
        if e <= s:
            continue
        hits.append((s, e, t, r.score))
    if not hits:
        return []
    hits.sort(key=lambda h: (h[0], -h[1]))
    merged: list[list] = []
    for s, e, t, sc in hits:
        if merged and s < merged[-1][1]:
            cur = merged[-1]
            cur[1] = max(cur[1], e)
            cur[2].append((t, sc, e - s))
        else:
            merged.append([s, e, [(t, sc, e - s)]])
    out = []
    for s, e, types in merged:
        best = max(types, key=lambda x: (x[1], x[2], -_PRIORITY.get(x[0], 99)))[0]
        out.append(PhiSpan(s, e, best if best in PHI_TYPES else "ID"))
    if named := email_name_spans(text, out):
        out = sorted(out + named, key=lambda sp: (sp.start, -sp.end))
    return _completed(text, out)


_INITIAL_AFTER = re.compile(rf"[ \t]+[{UP}]\.")  # "Laura M.", "Adaeze Þ."
# initials just before a name, which a rule or the model left out: "H.S. Sachi", "dr E. Kadalirai"
_INITIALS_BEFORE = re.compile(rf"(?:^|(?<=[\s(,:;]))((?:[{UP}]\.[ \t]?){{1,3}})\Z")
_ENDS_IN_INITIAL = re.compile(rf"[ \t][{UP}]\Z")  # "Laura M" of "Laura M."
# a name's generational suffix the span stops before ("Klara Yaghlichyan II", "Karapetyan II, room
# 467"): only where the sentence does not go on, so "Dr. Jones IV fluids" keeps its route, and not in
# brackets, where it is a grade ("laryngoscopy (Cormack II)")
_SUFFIX_AFTER = re.compile(rf",?[ \t](?:{NAME_SUFFIX}|JR\.?|SR\.?)(?=[ \t]*(?:[,.;:!?\"]|$))", re.M)
# "943 Pauwels Terrace, 14201"; in a message a few words may come between the street line and its
# ZIP code ("we're at 222 Zouaoui Blvd these days, 54078."), but no figure, and the number ends the
# clause ("..., 80000 steps" is no ZIP)
_ZIP_AFTER = re.compile(
    r"(?:,[ \t]*|[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}[ \t]*,[ \t]*(?=\d{5}(?:-\d{4})?[ \t]*(?:[.,;!?)|]|\n|$)))"
    r"(\d{5}(?:-\d{4})?)(?![\d-])"
)


# a city closing a street line with no state or ZIP after it: "@ 6986 Hosen Way, Karagpoor\n"
_CITY_AFTER = re.compile(rf",[ \t]*({CITY})[ \t]*(?=\n|\Z)")


def _completed(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Three things that belong to a span found: a name's trailing initial and its dot ("Laura M."),
    its generational suffix ("Karapetyan II"), and
    the ZIP code after a street address ("943 Pauwels Terrace, 14201"), which no rule reads alone
    (a bare five-digit number is not a ZIP anywhere else). Spans stay sorted and apart."""
    out: list[PhiSpan] = []
    for i, sp in enumerate(spans):
        if (
            sp.type == "NAME"
            and text[sp.start].isupper()  # a name; not a species' epithet ("C. albicans")
            and (m := _INITIALS_BEFORE.search(text, max(0, sp.start - 9), sp.start))
        ):
            sp = PhiSpan(m.start(1), sp.end, "NAME")  # "H.S. [Sachi]", "dr E. [Kadalirai]"
        if sp.type == "NAME" and (m := _INITIAL_AFTER.match(text, sp.end)):
            sp = PhiSpan(sp.start, m.end(), "NAME")
        elif (
            sp.type in _PROPER_TYPES
            and text.startswith(".", sp.end)
            and _ENDS_IN_INITIAL.search(text, sp.start, sp.end)
        ):
            sp = PhiSpan(sp.start, sp.end + 1, sp.type)  # the initial's dot (the model may type it otherwise)
        if sp.type == "NAME" and (m := _SUFFIX_AFTER.match(text, sp.end)):
            sp = PhiSpan(sp.start, m.end(), "NAME")
        if sp.type == "NAME":
            sp = _whole_name(text, sp)
        if sp.type in _PROPER_TYPES:
            sp = _facility_completed(text, sp)
        extra = None
        if (
            sp.type == "ADDRESS"
            and (m := _ZIP_AFTER.match(text, sp.end))
            and (i + 1 == len(spans) or spans[i + 1].start >= m.end(1))  # nothing found in between
        ):
            extra = PhiSpan(m.start(1), m.end(1), "ZIP")
        elif (
            sp.type == "ADDRESS"
            and (m := _CITY_AFTER.match(text, sp.end))
            and (i + 1 == len(spans) or spans[i + 1].start >= m.end(1))
            and has_proper_token(m.group(1), "place")
        ):
            extra = PhiSpan(m.start(1), m.end(1), "LOCATION")  # "7226 Ramagundam Blvd, Puthucheri" ending its line
        for new in (sp, extra):
            if new is None:
                continue
            if out and new.start < out[-1].end:  # grew into the next span: one span, the first's type
                last = out.pop()
                new = PhiSpan(last.start, max(last.end, new.end), last.type)
            out.append(new)
    return _joined(text, out)


# A Karen or Mon name's prefix ("Saw Eh Ku", "Naw Poe", "Mahn Wah Shee"): part of the name
_PREFIX_BEFORE = re.compile(r"(?<![\w'’\-])(?:Saw|Naw|Mahn|SAW|NAW|MAHN)[ \t]\Z")
# the rest of a surname of ordinary words after a name found in part ("Rhonda [Spotted Tail],",
# "Wicahpi [Looking Horse]   Date:"): one or two capitalised words that end the clause
_SURNAME_WORD = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|[A-Z][A-Z'’]+(?:-[A-Z][A-Z'’]+)?"
_SURNAME_AFTER = re.compile(rf"((?:[ ](?:{_SURNAME_WORD})){{1,2}})(?=[ \t]*(?:,|\(|\n|\Z)|[ \t]{{2}}|\t)")
# and before a "LAST, FIRST" name found in part: "Student: [KILLS ENEMY], MARVIN", "[Her Many Horses], Lyle"
_SURNAME_BEFORE = re.compile(
    rf"(?:^|(?<=[\t:>|]))[ \t]*((?:(?:{_SURNAME_WORD})[ ]){{0,2}}(?:{_SURNAME_WORD})),[ ]\Z|"
    rf"(?:^|(?<=[\t:>|]))[ \t]*((?:(?:{_SURNAME_WORD})[ ]){{1,2}})\Z",
    re.M,
)
# where a name written as a field ends: not prose going on ("Dx: Hypertension, John reports ...")
_FIELD_END = re.compile(r"[ \t]*(?:\n|\Z|\(|,|;)|[ \t]{2}|\t")
_NOT_SURNAME = frozenset(
    "and or the of at in on for with to from by md do rn np pa dds dmd phd jr sr ii iii iv dr mr mrs ms miss date "
    "dob mrn phone fax room bed unit floor ward hospital clinic center centre medical health department dept "
    # labels, roles, kin and greetings that stand before or after a name in a field or a sign-off
    "patient pt applicant member client student employee resident guardian parent mother father son daughter wife "
    "husband sister brother caller contact name re subject cc attn thanks thank you hi hello dear regards best "
    "sincerely cheers note form report letter summary order request transfer triage referral living donor units".split()
)
_EPONYM_HEAD_WORDS = frozenset(EPONYM_HEADS)


def _surname_words(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] could go on a surname: no function word, title, credential, label, month,
    weekday, eponym's head ("Addison DISEASE", "Swallow Study"), facility or department word, or
    clinical abbreviation."""
    for w in LETTERS.findall(text, s, e):
        f = fold(w)
        if (
            f in _NOT_SURNAME
            or f in _MONTH_OR_DAY
            or f in _EPONYM_HEAD_WORDS
            or f in FACILITY_WORDS
            or names_a_department(f)
            or w in clinical_abbreviations()
        ):
            return False
    return True


def _whole_name(text: str, sp: PhiSpan) -> PhiSpan:
    """A name found in part made whole: a Karen or Mon prefix before it, the ordinary words of a
    surname after it where they end the clause, or before it in "LAST, FIRST" where the name is a
    field, not prose (above)."""
    start, end = sp.start, sp.end
    if text[start].isupper() and (m := _PREFIX_BEFORE.search(text, max(0, start - 5), start)):
        start = m.start()
    value = text[start:end]
    if "," not in value and (m := _SURNAME_AFTER.match(text, end)) and _surname_words(text, *m.span(1)):
        if value.isupper() == m.group(1).isupper():  # "LOOKING HORSE" after "WICAHPI", not after "Wicahpi"
            end = m.end(1)
    lo = max(0, start - 40)
    if _FIELD_END.match(text, end) and (m := _SURNAME_BEFORE.search(text, lo, start)) is not None:
        g = 1 if m.group(1) else 2
        joins = "," in value if g == 2 else "," not in value  # "STANDING [BEAR, CHARMAINE]"; "[KILLS ENEMY], MARVIN"
        if joins and m.group(g).strip() and _surname_words(text, *m.span(g)):
            start = m.start(g)
    return sp if (start, end) == (sp.start, sp.end) else PhiSpan(start, end, "NAME")


# what makes a place or a name before it a facility: specialty words and the facility's noun
# ("Bemidji [Vascular Access Center]", "Pine Ridge [Tribal Health Program]", "Shiprock [Hospice and
# Palliative Care]"); a person's name takes only the nouns no department is called by
_FACILITY_COMPLETION = re.compile(
    r"((?:[ \t][A-Z][a-z]+(?:[ \t](?:and|&|[A-Z][a-z]+)){0,2})?[ \t]"
    r"(Center|Centre|Care|Program|Clinic|Hospital|Hospice|Institute|Pathology|Agency))"
    r"(?![\w\-])"
)
_FACILITY_JOINER = re.compile(r"[ \t](?:and|&)(?=[ \t][A-Z])")
_NAME_FACILITY_NOUNS = frozenset({"Center", "Centre", "Clinic", "Hospital", "Hospice", "Institute"})


def _facility_completed(text: str, sp: PhiSpan) -> PhiSpan:
    """A place, name or facility found without the words that make it a facility's name (above): the
    words between are specialty or common words, never another proper name or a department's head."""
    at = sp.end
    if sp.type == "FACILITY" and (joiner := _FACILITY_JOINER.match(text, at)):
        at = joiner.end()  # "Shiprock Hospice [and Palliative Care]"
    m = _FACILITY_COMPLETION.match(text, at)
    if m is None or (sp.type == "NAME" and m.group(2) not in _NAME_FACILITY_NOUNS):
        return sp
    for w in LETTERS.findall(text, m.start(1), m.start(2)):
        if not (department_word(w) or fold(w) in FACILITY_WORDS):
            return sp
    return PhiSpan(sp.start, m.end(1), "FACILITY")


_MONTH_OR_DAY = frozenset(
    fold(w)
    for w in (
        *MONTHS,
        *MONTH_ABBR,
        *WEEKDAY_WORDS.split(),
    )
)


_PROPER_TYPES = frozenset({"NAME", "LOCATION", "FACILITY"})
# Name particles read lower case in a note in capitals ("LAS ROSAS" -> "las Rosas"), except the
# ones that are also US state codes ("BATON ROUGE, LA", "DOVER, DE", "MOBILE, AL").
_PARTICLE_WORDS = (frozenset(PARTICLE[3:-1].split("|")) | {"las", "los", "les"}) - {"al", "de", "la"}
_NAME_COMMA_GAP = re.compile(r",[ \t]{1,2}")  # "AMPADU, KRISTI": one name, written last name first
_PARTICLE_GAP = re.compile(rf"[ \t]{{1,2}}(?:(?i:{PARTICLE}|an|am|im|y|e)[ \t]{{1,2}}){{0,2}}")  # "AN DER" too
_LEGAL_FORM_DOT = re.compile(r"(?<![^\W\d_])(?:Inc|INC|Ltd|LTD|Lda|LDA|Ltda|LTDA|Corp|CORP|Co|CO)\.\Z")
# "The" that begins a company's or facility's name: "The Vanguard Group"
_THE_BEFORE = re.compile(r"(?<![^\W\d_])(?:The|THE)[ \t]\Z")
_ADDRESS_GAP = re.compile(r",?[ \t]{1,2}")  # two pieces of one street line
_SAME_KIND_GAP = re.compile(r"[ \t](?:in|of|on|upon)[ \t]")  # "Gmünd in Kärnten", not "Okoro in Mödling"


def _capitalised_or_caps(words: str) -> str:
    """An alternation of each word as written and in capitals ("La|LA"): a note in capitals."""
    return "|".join(f"{w}|{w.upper()}" for w in words.split())


# An article or saint's title that begins a place or facility name: "La Jagua de Ibirico", "El Charco"
_ARTICLE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:"
    + _capitalised_or_caps(
        "La Le Les El Los Las Lo Il De Del Da Do Dos Das Van Von Den Der San Santa Santo São Sankt Ó Ní Nic Uí Ua"
    )
    + r"|St\.?|Ste\.?|Mount|Mt\.?|Port|Fort)[ \t]\Z"
)
# The head of a facility name the model found only the rest of: "University of [Bruck ... Center]"
_FACILITY_HEAD_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:"
    + _capitalised_or_caps("University Hospital Clinic Centre Center Institute College School Hospice")
    + r")[ \t](?:of|OF)[ \t]\Z"
)
# A company's legal form after its name, perhaps past one or two more of its words: "Haid KG",
# "Pinheiro Lda.", "[Amrein] Hartmann AG", "Naujokas and Sons", "Grupo Garrido y Castro S.p.A." (employers)
_COMPANY_AFTER = re.compile(
    r"(?:[ \t][A-ZÀ-Þ][\w'’\-]*){0,2}[ \t]"
    r"(?:(?:Lda|LDA|Ltda|LTDA|Inc|INC|Ltd|LTD|Kft|Zrt)\.?|S\.A\.(?:S\.)?|S\.p\.A\.|S\.L\.|S\.R\.L\.|E\.I\.R\.L\.|s\.r\.o\."
    r"|(?:and|AND|&)[ \t](?:Sons|SONS)"
    r"|(?:KG|AG|GmbH|GMBH|LLC|PLC|plc|SA|SL|BV|NV|Oy|OY|AB|ApS|SpA|Srl|SRL|EIRL|VOF))"
    r"(?![^\W\d_])"
)
# The rest of a dotted abbreviation a span stops inside ("S.p" of "S.p.A.", "E.I.R" of "E.I.R.L.")
_DOTTED_REST = re.compile(r"(?:\.[A-Za-z]{1,3})+\.?")
_ENDS_DOTTED = re.compile(r"(?<![^\W\d_])[A-Za-z]{1,3}(?:\.[A-Za-z]{1,3})+\Z")
# A facility name's possessive head the model leaves out: "Witbank Children's", "CÓRDOBA CHILDREN'S"
_FACILITY_TAIL = re.compile(r"(?:['’](?:s|S)|[ \t](?:Children|CHILDREN)['’](?:s|S))(?![^\W\d_])")
# A business name's last words the model leaves out: "[Merkadas Medical] Supply", "[Kiselev
# Pharmacy] & Gifts", "[Pavlova Gardens Nursing] and Rehab", and a chain's store number
# ("[Wang Pharmacy] #7175"). Taken after a facility span, or a span ending in a business's head
# word that the model typed as a name or place ("[Slavuta Drug] #4182").
_BUSINESS_TAIL = re.compile(
    r"(?:[ \t](?i:supply|supplies|works|lines|residences?|storage|dental|dentistry|gifts|rehab))?"
    r"(?:[ \t](?:&|and|AND)[ \t](?i:gifts|rehab|rehabilitation|wellness|recovery|supply|supplies))?"
    r"(?:[ \t]\#[ \t]?\d{1,6})?"
    r"(?![^\W\d_]|\d)"
)
_BUSINESS_HEAD_END = re.compile(
    r"(?<![^\W\d_])(?i:pharmacy|drugs?|apothecary|medical|machine|freight|cold|nursing|senior)\Z"
)
# The specialty words that finish a practice's name the model or a rule cut short: "[Sharaf]
# Neurology", "[Altoona] Hyperbaric Medicine", "[Khatua Family] Memory Clinic", "[Meadowlark]
# Prosthetics & Orthotics". Taken only after a facility span that does not already end in its
# noun, so a department after a whole hospital name stays ("Kaji Memorial Hospital Transplant Office").
_SPECIALTY_WORD = (
    r"(?:Medicine|Neurology|Cardiology|Dermatology|Oncology|Urology|Nephrology|Pulmonology|Gastroenterology"
    r"|Endocrinology|Rheumatology|Orthopedics|Orthopaedics|Pediatrics|Paediatrics|Psychiatry|Audiology|Allergy"
    r"|Asthma|Immunology|ENT|Hyperbaric|Memory|Sleep|Wound|Vestibular|Rehab|Rehabilitation|Therapy|Physical"
    r"|Occupational|Prosthetics|Orthotics|Podiatry|Ophthalmology|Optometry|Eye|Vision|Hearing|Balance|Spine|Pain"
    r"|Birth|Fertility|Maternity|Midwifery|Imaging|Radiology|Diagnostics|Dialysis|Kidney|Heart|Vascular|Surgery"
    r"|Surgical|Urgent|Primary|Care|Health|Wellness|Family|Internal|Behavioral|Mental|Counseling|Hospice|Infusion"
    r"|Pharmacy|Dental|Dentistry|Oral|Speech|Cancer|Clinic|Clinics|Center|Centre|Associates|Group|Institute"
    r"|Practice|Partners|Specialists|Services|Consultants|Medical|Lung|Foot|Ankle|Hand|Skin|Laser)"
)
_SPECIALTY_TAIL = re.compile(
    rf"(?:[ \t]{{1,2}}(?:&[ \t]|and[ \t])?(?:{_SPECIALTY_WORD}|(?-i:{_SPECIALTY_WORD.upper()}))){{1,4}}(?![^\W\d_])"
    # words that head a department: "[X Renal Care] Dialysis Unit" is the facility's unit, kept
    r"(?![ \t]+(?i:unit|units|department|dept|ward|office|division|service|floor|wing|suite|bay|room|lab)\b)"
)
_LAST_WORD = re.compile(r"([A-Z][a-z'’\-]+|[A-Z][A-Z'’\-]+)\Z")


def _ends_in_a_name(text: str, start: int, end: int) -> bool:
    """Whether a facility span ends in a word that names it (a surname or a place, "Family"), so
    that specialty words after it finish the practice's name; a span that already ends in its
    noun ("Hospital", "Care") or in a clinical or common word ("Reconstructive", "Medical") does
    not take them."""
    m = _LAST_WORD.search(text, max(start, end - 30), end)
    if m is None:
        return False
    word = fold(m.group(1))
    return word == "family" or (word not in common_words() and word not in _FACILITY_NOUNS)


# the nouns that end a facility's whole name ("Osmaci Health Partners" + "Cardiology" is its department)
_FACILITY_NOUNS = frozenset(
    "hospital hospitals center centre clinic clinics infirmary hospice home institute associates group care "
    "practice partners pharmacy laboratory lab services system court church physicians specialists".split()
)
_DENTAL_AFTER = re.compile(r"[ \t](?:Dental|DENTAL|Dentistry|DENTISTRY)(?![^\W\d_])")  # "[Ling & Oberemko] Dental"
# A place name's particle and the rest after it: "Neusiedl am See", "Gerasdorf bei Wien", "Alcácer do Sal"
_PLACE_TAIL = re.compile(
    r"[ \t](?:am|AM|an|AN|bei|BEI|im|IM|ob|OB|do|DO|da|DA|del|DEL|sur|SUR|upon|UPON)"
    r"[ \t][A-ZÀ-Þ][\w'’\-]*"
)
# The given name of "LAST, FIRST" in capitals that no recognizer kept ("AKELIS, LUZ")
_CAPS_FIRST_AFTER = re.compile(r",[ \t]([A-ZÀ-Þ]{2,15})(?![^\W\d_]|,[ \t]?[A-Z])")


def _joined(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Pieces of one name, place or facility made whole. The model and the rules often find a
    multi-word proper name in parts ("Vila" + "Conde" of "Vila do Conde", "AMPADU" + "KRISTI",
    "Montemor-o" of "Montemor-o-Novo"); the parts hide most of it, but what is left between them
    ("do", the comma, "-Novo", a leading "La") can still identify, and reads as a broken span.
    So a NAME, LOCATION or FACILITY span takes in the rest of its hyphenated word and a leading
    article, and neighbours on one line join across spaces, name particles, the comma of
    "LAST, FIRST" (two names) or "in"/"of" (two of the same kind)."""
    out: list[PhiSpan] = []
    for sp in spans:
        if sp.type in _PROPER_TYPES:
            s, e = _whole_hyphenated(text, sp.start, sp.end)
            lead = _ARTICLE_BEFORE.search(text, max(0, s - 8), s)
            if lead is None and sp.type == "FACILITY":
                lead = _FACILITY_HEAD_BEFORE.search(text, max(0, s - 20), s) or _THE_BEFORE.search(
                    text, max(0, s - 4), s
                )
            legal = _COMPANY_AFTER.match(text, e)
            typ = "FACILITY" if legal else sp.type
            e = legal.end() if legal else e
            if _ENDS_DOTTED.search(text, max(0, e - 12), e) and (dots := _DOTTED_REST.match(text, e)):
                e = dots.end()
            tail_rule = {"FACILITY": _FACILITY_TAIL, "LOCATION": _PLACE_TAIL}.get(typ)
            if (
                (typ == "FACILITY" or _BUSINESS_HEAD_END.search(text, max(0, e - 12), e))
                and (business := _BUSINESS_TAIL.match(text, e))
                and business.end() > e
            ):
                e, typ = business.end(), "FACILITY"
            elif typ == "NAME" and (dental := _DENTAL_AFTER.match(text, e)):
                e, typ = dental.end(), "FACILITY"
            if typ == "FACILITY" and _ends_in_a_name(text, s, e) and (specialty := _SPECIALTY_TAIL.match(text, e)):
                e = specialty.end()
            if tail_rule is not None and (tail := tail_rule.match(text, e)):
                e = tail.end()
            elif (
                typ == "NAME"
                and e - s >= 4
                and text[s:e].isupper()
                and (first := _CAPS_FIRST_AFTER.match(text, e))
                and fold(first.group(1)) not in common_words()
            ):
                e = first.end()
            sp = PhiSpan(lead.start() if lead else s, e, typ)
        if sp.type == "ADDRESS":
            sp = PhiSpan(sp.start, _address_tail(text, sp.end), "ADDRESS")
        if out and out[-1].type == sp.type == "ADDRESS" and _ADDRESS_GAP.fullmatch(text, out[-1].end, sp.start):
            sp = PhiSpan(out.pop().start, sp.end, "ADDRESS")  # "Av Diana Pires" + "64": one street line
        elif out and out[-1].type in _PROPER_TYPES and sp.type in _PROPER_TYPES and _bridgeable(text, out[-1], sp):
            last = out.pop()
            sp = PhiSpan(last.start, max(last.end, sp.end), _joined_type(last.type, sp.type))
        elif out and sp.start < out[-1].end:
            last = out.pop()
            sp = PhiSpan(last.start, max(last.end, sp.end), last.type)
        out.append(sp)
    return out


def _address_tail(text: str, end: int) -> int:
    """Where an address ends once the rest of its postal lines is taken in: a state code after a
    comma and a ZIP code, each perhaps on its own line (", CO\n 70079"), and a country closing the
    address (", Germany", "\n United States 21959"). A country alone is kept (travel history is
    coding evidence); written as the last line of an address it is part of the address."""
    if m := _STATE_ZIP_AFTER.match(text, end):
        end = m.end()
    lo = max(0, end - _COUNTRY_REACH)  # bounded: a hostile note of one long line stays linear
    line = max(text.rfind("\n", lo, end), text.rfind(",", lo, end)) + 1
    if (line or not lo) and (m := _WORDS_TO_LINE_END.match(text, end)):  # "... United" + " States"
        first = _WORD_ON_LINE.search(text, line, end)
        if first and (country_end := _country_end(text, first.start(), m.start(), m.end())):
            return country_end
    if m := _COUNTRY_AFTER.match(text, end):
        end = _country_end(text, m.start(1), m.start(1), m.end(1)) or end
    return end


def _country_end(text: str, start: int, lo: int, hi: int) -> int | None:
    """Where the longest country name that starts at `start` and ends on a word in [lo, hi) ends,
    with a ZIP code after it taken in; None when no such run of words names a country."""
    for last in reversed(list(_WORD_ON_LINE.finditer(text, lo, hi))):
        if fold(text[start : last.end()]) in countries():
            z = _ZIP_AFTER_COUNTRY.match(text, last.end())
            return z.end() if z else last.end()
    return None


_COUNTRY_REACH = 40  # longer than any country's name
_STATE_ZIP_AFTER = re.compile(r"[ \t]*\n?[ \t]*,[ \t]*\n?[ \t]*[A-Z]{2}\b(?:[ \t]*\n?[ \t]*\d{5}(?:-\d{4})?\b)?")
_COUNTRY_AFTER = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]*\n[ \t]*)([A-Z][\w'’.-]*(?:[ \t][A-Z(][\w'’().-]*){0,3})")
_ZIP_AFTER_COUNTRY = re.compile(r"[ \t]+\d{5}(?:-\d{4})?\b")
_WORD_ON_LINE = re.compile(r"[^ \t\n,]+")
_WORDS_TO_LINE_END = re.compile(r"(?:[ \t]+[A-Z(][\w'’().-]*){1,3}")


_HYPHEN_REACH = 40  # longer than any real hyphenated name; bounds the work in a hostile chain of them
_HYPHEN_PARTICLES = frozenset(
    {"o", "a", "e", "y", "en", "sur", "sous", "les", "lès", "le", "la", "de", "du", "des", "am"}
)


def _whole_hyphenated(text: str, s: int, e: int) -> tuple[int, int]:
    """[s, e) grown over the hyphenated parts of a proper name around it: "Montemor-o" ->
    "Montemor-o-Novo", "les-Ouates" -> "Plan-les-Ouates". A part that is an ordinary clinical
    word stops it: the model reads drug and word pairs as names in real notes ("Amoxicillin-
    [Clavulanico]", "6-Methyl-[Prednisolone]", "non-[peritonitic]"), and the ordinary half stays.
    Name particles ("o", "les", "sur") are taken only with a proper part beyond them. Looks at most
    _HYPHEN_REACH characters each way, so a hostile chain of hyphenated words costs a constant."""
    lo, hi = max(0, s - _HYPHEN_REACH), min(len(text), e + _HYPHEN_REACH)
    s = _hyphen_reach(text, s, lo, -1)
    e = _hyphen_reach(text, e, hi, +1)
    return s, e


def _hyphen_reach(text: str, at: int, bound: int, step: int) -> int:
    """The edge `at` moved over the hyphenated parts beyond it (step -1: before, +1: after): a
    capitalised part that is not an ordinary word, or any capitalised part on the far side of a
    particle ("Montemor-o-Novo", "Plan-les-Ouates"), which is how place names are built."""
    common = common_words()
    edge = pos = at
    # the span's own outermost part ("o" of "Montemor-o"): a particle there counts; bounded like
    # the rest, so a span in an endless run of letters costs a constant
    a = b = at - 1 if step > 0 else at
    while a > max(0, at - _HYPHEN_REACH) and text[a - 1].isalpha():
        a -= 1
    while b < min(len(text), at + _HYPHEN_REACH) and text[b].isalpha():
        b += 1
    via_particle = text[a:b].lower() in _HYPHEN_PARTICLES
    while True:
        hyphen = pos - 1 if step < 0 else pos  # 0 <= bound <= len(text) keeps it inside the text
        if (hyphen < bound if step < 0 else hyphen >= bound) or text[hyphen] != "-":
            return edge
        start = end = hyphen if step < 0 else hyphen + 1
        if step < 0:
            while start > bound and text[start - 1].isalpha():
                start -= 1
        else:
            while end < bound and text[end].isalpha():
                end += 1
        part = text[start:end]
        if not part:
            return edge
        pos = start if step < 0 else end
        if part.lower() in _HYPHEN_PARTICLES:
            via_particle = True
            continue  # taken only if a proper part lies beyond it
        if not part[0].isupper() or (fold(part) in common and not via_particle):
            return edge
        edge = pos


def _bridgeable(text: str, a: PhiSpan, b: PhiSpan) -> bool:
    """Whether what lies between spans a and b (a first) makes them one name, place or facility."""
    if b.start < a.end:
        return True
    if b.start - a.end > 12:
        return False
    gap = text[a.end : b.start]
    if _PARTICLE_GAP.fullmatch(gap):
        return True
    if a.type == b.type == "NAME" and _NAME_COMMA_GAP.fullmatch(gap):
        return True
    if gap == " & ":
        return True  # "Ni & Matevska Dental", "Subbotin & Pu Dental": partners of one practice
    return a.type == b.type and _SAME_KIND_GAP.fullmatch(gap) is not None


def _joined_type(a: str, b: str) -> str:
    """The type of a joined span: a facility holds names and places, a place holds names."""
    for t in ("FACILITY", "LOCATION"):
        if t in (a, b):
            return t
    return "NAME"
