"""The de-identify-then-code pipeline behind the Triton model `medcode`.

Steps after de-identification: segment the de-identified text, embed the segments (the
`embed` callable: the Triton `encoder` model when served, ONNX Runtime in-process otherwise),
rank codes, run the coder's checks, decide accepted / review, and map evidence back to the
ORIGINAL note. Nothing here logs or raises with note text.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from medcode import __version__
from medcode.checks.assertion import ASSERTION_CHECK, assertion_fits
from medcode.codesets import validity, years
from medcode.codesets.systems import CODIESP_SYSTEMS, CodeSystem
from medcode.coding.calibration import DEFAULT_THRESHOLD
from medcode.coding.encoder import EMBEDDING_DIM
from medcode.deid.types import DeidResult
from medcode.text.segment import Sentence, split_sentences

SCHEMA_VERSION = "1.0"
# What the shipped coder ranks (it is trained on CodiEsp). A coder trained with a site's coded
# notes (`medcode train --site-notes`) also ranks CPT and HCPCS Level II; the served model takes
# the systems from the coder it loads (`CodingPipeline.systems`) and refuses the others.
CODE_SYSTEMS = CODIESP_SYSTEMS  # ICD-10-CM, ICD-10-PCS
DEFAULT_TOP_K = 20
# A note larger than this is refused with a clear error rather than coded in pieces: a 2 MB
# "note" is almost always a misrouted document, and coding it would stall the queue.
MAX_NOTE_BYTES = 256 * 1024


class InputError(ValueError):
    """Bad input from the caller: the message names the problem, never the note text."""


def decode_notes(arr: np.ndarray, max_bytes: int = MAX_NOTE_BYTES) -> list[str]:
    """Decode a Triton BYTES tensor of notes (shape [B] or [B, 1]) into validated strings."""
    notes = []
    for i, raw in enumerate(arr.reshape(-1)):
        if isinstance(raw, str):
            raw = raw.encode("utf-8")
        if len(raw) > max_bytes:
            raise InputError(
                f"NOTE {i} is {len(raw):,} bytes; the limit is {max_bytes:,} bytes per note "
                "(split the document and send the parts as separate notes)"
            )
        try:
            text = bytes(raw).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"NOTE {i} is not valid UTF-8 (bad byte at position {exc.start})") from None
        if not text.strip():
            raise InputError(f"NOTE {i} is empty or whitespace only")
        notes.append(text)
    return notes


MAX_IDENTITY_CHARS = 128
# OPTIONS is a handful of short fields; anything larger is refused before it is parsed.
MAX_OPTIONS_BYTES = 4096


def _is_number(value) -> bool:
    """JSON numbers only: `true` is not an age (bool is an int subclass in Python)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _identity(name: str, value) -> str:
    """OPTIONS.caller / OPTIONS.user: a short printable string (the message never repeats it)."""
    if not isinstance(value, str) or not 1 <= len(value) <= MAX_IDENTITY_CHARS or not value.isprintable():
        raise InputError(f"OPTIONS.{name} must be a printable string of 1 to {MAX_IDENTITY_CHARS} characters")
    return value


@dataclass
class CodingOptions:
    age: float | None = None
    sex: str | None = None
    # None: every system the served coder ranks (`CodingPipeline.systems`)
    code_systems: tuple[str, ...] | None = None
    top_k: int = DEFAULT_TOP_K
    threshold: float = DEFAULT_THRESHOLD
    # Who asks: the calling application's name and the person it acts for. Recorded in the
    # audit trail only, never trusted for anything else (the application is identified by its
    # TLS client certificate; the person by the application).
    caller: str | None = None
    user: str | None = None
    # The ICD-10-CM fiscal year OPTIONS.date_of_service selects (None: no date, the default
    # year). The date itself is not kept: it is PHI, and only its fiscal year matters.
    fiscal_year: int | None = None

    @classmethod
    def from_json(cls, raw: bytes | str | None, ranked: Sequence[str] = CODE_SYSTEMS) -> CodingOptions:
        """Parse the OPTIONS input; every error message says OPTIONS and what is wrong.
        `ranked`: the code systems the served coder ranks (OPTIONS.code_systems must be among them)."""
        if raw is None or (isinstance(raw, (bytes, str)) and not raw.strip()):
            return cls()
        if len(raw) > MAX_OPTIONS_BYTES:
            raise InputError(f"OPTIONS is larger than {MAX_OPTIONS_BYTES:,} bytes")
        try:
            data = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise InputError(f"OPTIONS is not valid JSON: {getattr(exc, 'msg', 'bad encoding')}") from None
        except RecursionError:
            raise InputError("OPTIONS is nested too deeply") from None
        if not isinstance(data, dict):
            raise InputError("OPTIONS must be a JSON object")
        known = {"age", "sex", "date_of_service", "code_systems", "top_k", "threshold", "caller", "user"}
        unknown = set(data) - known
        if unknown:  # the caller's field names are not echoed back
            raise InputError(f"OPTIONS has {len(unknown)} unknown field(s); known: {', '.join(sorted(known))}")
        opts = cls()
        if data.get("age") is not None:
            if not _is_number(data["age"]) or not 0 <= data["age"] <= 130:
                raise InputError("OPTIONS.age must be a number of years between 0 and 130")
            opts.age = float(data["age"])
        if data.get("sex") is not None:
            if data["sex"] not in ("F", "M"):
                raise InputError('OPTIONS.sex must be "F" or "M"')
            opts.sex = data["sex"]
        if data.get("date_of_service") is not None:
            # Selects the ICD-10-CM fiscal year (Oct 1 - Sep 30) for validity, billable and titles;
            # a date outside the years held is refused (the message never repeats the value).
            try:
                opts.fiscal_year = years.year_for_date(data["date_of_service"], "OPTIONS.date_of_service")
            except years.CodeSetYearError as exc:
                raise InputError(str(exc)) from None
        if data.get("code_systems") is not None:
            systems = data["code_systems"]
            if not isinstance(systems, list) or not systems:
                raise InputError("OPTIONS.code_systems must be a non-empty list")
            for i, system in enumerate(systems):
                if not isinstance(system, str):
                    raise InputError(f"OPTIONS.code_systems[{i}] must be a string")
                offered = ", ".join(ranked)
                if system not in tuple(CodeSystem):  # the caller's string is not echoed back
                    raise InputError(f"OPTIONS.code_systems[{i}] is not a known code system; known: {offered}")
                if system not in ranked:  # named by medcode's own spelling, not the caller's string
                    name = CodeSystem(system).value
                    raise InputError(
                        f"OPTIONS.code_systems[{i}]: {name} codes are not ranked by this model (its coder "
                        f"was not trained on {name} codes: `medcode train --site-notes`); it ranks {offered}"
                    )
            opts.code_systems = tuple(systems)
        if data.get("top_k") is not None:
            if not isinstance(data["top_k"], int) or isinstance(data["top_k"], bool) or not 1 <= data["top_k"] <= 500:
                raise InputError("OPTIONS.top_k must be an integer from 1 to 500")
            opts.top_k = data["top_k"]
        if data.get("threshold") is not None:
            if not _is_number(data["threshold"]) or not 0 <= data["threshold"] <= 1:
                raise InputError("OPTIONS.threshold must be a number from 0 to 1")
            opts.threshold = float(data["threshold"])
        for name in ("caller", "user"):
            if data.get(name) is not None:
                setattr(opts, name, _identity(name, data[name]))
        return opts


@dataclass
class PreparedNote:
    """A note between de-identification and ranking."""

    note: str
    deid: DeidResult  # the de-identified text, its PHI spans and the offset map to `note`
    options: CodingOptions
    sentences: list[Sentence] = field(default_factory=list)

    def segment_texts(self) -> list[str]:
        return [s.text(self.deid.text) for s in self.sentences]


class CodingPipeline:
    """Rank, check and decide. `coder` is a `medcode.coding.Coder`."""

    def __init__(
        self,
        coder,
        model_version: str = "unknown",
        code_set_versions: dict | None = None,
        check_fn: Callable | None = None,
        billable_fn: Callable[[str, str], bool] | None = None,
        systems: Sequence[str] | None = None,
    ):
        """`systems`: what requests may ask for; default: every system the coder ranks."""
        self.coder = coder
        models = getattr(coder, "models", None)
        self.systems: tuple[str, ...] = tuple(
            systems if systems is not None else (list(models) if models else CODE_SYSTEMS)
        )
        self.model_version = model_version
        self.code_set_versions = code_set_versions or {}
        self.check_fn = check_fn
        self.billable_fn = billable_fn or (lambda system, code: True)

    @staticmethod
    def prepare(note: str, deid_text: str, phi: list[dict], options: CodingOptions) -> PreparedNote:
        p = PreparedNote(note, DeidResult.from_records(deid_text, phi, len(note)), options)
        p.sentences = split_sentences(deid_text)
        return p

    def code_batch(self, prepared: list[PreparedNote], embed: Callable[[list[str]], np.ndarray]) -> list[dict]:
        """Embed each note's segments in a call of its own: a note's embeddings (and so its codes
        and confidences) must not depend on the other notes of the request (see
        medcode.coding.encoder.OnnxEncoder.encode_note); the encoder's batcher still merges the
        calls of concurrent requests, each run on its own rows."""
        empty = np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
        return [self.finish(p, embed(seg) if (seg := p.segment_texts()) else empty) for p in prepared]

    def finish(self, p: PreparedNote, embeddings: np.ndarray) -> dict:
        opts = p.options
        ranked = self.coder.rank(p.deid.text, p.sentences, embeddings, top_k=max(opts.top_k * 2, 50))
        wanted = opts.code_systems or self.systems
        ranked = [r for r in ranked if r.system in wanted][: opts.top_k]
        # The checks and billable flags answer for the date of service's ICD-10-CM year.
        with years.icd10cm_year(opts.fiscal_year):
            codes = self._decide(ranked, p)
        types = Counter(sp.type for sp in p.deid.spans)
        return {
            "schema_version": SCHEMA_VERSION,
            "medcode_version": __version__,
            "model_version": self.model_version,
            "code_set_versions": self._versions(opts.fiscal_year),
            "code_set_year": code_set_year(opts.fiscal_year),
            "phi_removed": {"count": sum(types.values()), "types": dict(sorted(types.items()))},
            "threshold": opts.threshold,
            "codes": codes,
        }

    def _versions(self, fy: int | None) -> dict:
        cm = CodeSystem.ICD10CM.value
        if fy is None or cm not in self.code_set_versions:
            return self.code_set_versions
        return {**self.code_set_versions, cm: years.icd10cm_version(fy, self.code_set_versions[cm])}

    def _decide(self, ranked: list, p: PreparedNote) -> list[dict]:
        opts = p.options
        failed = self.check_fn(ranked, opts) if self.check_fn else {}
        other_year = opts.fiscal_year not in (None, years.DEFAULT_FISCAL_YEAR)
        codes = []
        for r in ranked:
            title = r.title  # the coder's (default-year) title; another year's when it has the code
            if other_year and r.system == CodeSystem.ICD10CM:
                title = validity.title(r.system, r.code) or r.title
            checks = list(failed.get((r.system, r.code), []))
            if not assertion_fits(r.system, r.code, r.assertion):
                checks.append(ASSERTION_CHECK)
            accepted = bool(r.score >= opts.threshold and not checks)
            codes.append(
                {
                    "system": r.system,
                    "code": r.code,
                    "title": title,
                    "score": round(float(r.score), 4),
                    "accepted": accepted,
                    "billable": bool(self.billable_fn(r.system, r.code)),
                    "evidence": [dict(zip(("start", "end"), p.deid.to_original(s, e))) for s, e in r.evidence],
                    "assertion": r.assertion,
                    "failed_checks": checks,
                }
            )
        return codes


def code_set_year(fy: int | None) -> dict[str, str]:
    """RESULT `code_set_year`: the year of each ranked code set used for this note, and whether
    OPTIONS.date_of_service chose it. ICD-10-PCS has one year, whatever the date."""
    return {
        "selected_by": "date_of_service" if fy is not None else "default",
        CodeSystem.ICD10CM.value: f"FY{fy or years.DEFAULT_FISCAL_YEAR}",
        CodeSystem.ICD10PCS.value: f"{years.PCS_YEAR} (the only year held, for every date)",
    }
