"""Typed views of the `medcode` and `deid` models' JSON outputs (schema in docs/serving.md)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class PhiSpan:
    start: int
    end: int
    type: str


@dataclass(frozen=True)
class Code:
    system: str
    code: str
    title: str
    score: float
    accepted: bool
    billable: bool
    evidence: tuple[Span, ...]
    assertion: str
    failed_checks: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, d: dict) -> Code:
        return cls(
            system=d["system"],
            code=d["code"],
            title=d.get("title", ""),
            score=float(d["score"]),
            accepted=bool(d["accepted"]),
            billable=bool(d.get("billable", True)),
            evidence=tuple(Span(int(e["start"]), int(e["end"])) for e in d.get("evidence", [])),
            assertion=d.get("assertion", "present"),
            failed_checks=tuple(d.get("failed_checks", [])),
        )


@dataclass(frozen=True)
class CodingResult:
    schema_version: str
    model_version: str
    code_set_versions: dict
    phi_removed: dict
    codes: tuple[Code, ...]
    raw: dict = field(repr=False, compare=False, default_factory=dict)
    audit_id: str | None = None  # the audit record of this note (servers with --audit-dir)
    request_id: str | None = None  # the id the client sent with the request

    @classmethod
    def from_dict(cls, d: dict) -> CodingResult:
        return cls(
            schema_version=d["schema_version"],
            model_version=d.get("model_version", ""),
            code_set_versions=d.get("code_set_versions", {}),
            phi_removed=d.get("phi_removed", {}),
            codes=tuple(Code.from_dict(c) for c in d.get("codes", [])),
            raw=d,
            audit_id=d.get("audit_id"),
        )

    @property
    def accepted(self) -> tuple[Code, ...]:
        return tuple(c for c in self.codes if c.accepted)

    def by_system(self, system: str) -> tuple[Code, ...]:
        return tuple(c for c in self.codes if c.system == system)


@dataclass(frozen=True)
class DeidResponse:
    text: str
    phi: tuple[PhiSpan, ...]
