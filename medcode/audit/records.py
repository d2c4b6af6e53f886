"""The audit record of one coded note (or of one failed request): what the trail keeps.

No PHI: the note is kept only as an HMAC under the site's note key (the same note can be
matched, never read); codes as system, code, score and accepted flag; PHI as counts by type.
`caller` and `user` come from OPTIONS and are recorded, never trusted.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid

from medcode.audit.chain import utc_now

RECORD_VERSION = 1


def note_hmac(note_key: bytes, note: str | bytes) -> str:
    raw = note.encode("utf-8") if isinstance(note, str) else bytes(note)
    return hmac.new(note_key, raw, hashlib.sha256).hexdigest()


def new_audit_id() -> str:
    return uuid.uuid4().hex


def coding_record(
    note_key: bytes,
    note: str,
    result: dict,
    *,
    request_id: str,
    note_index: int,
    caller: str | None,
    user: str | None,
    latency_s: float,
    audit_id: str | None = None,
) -> dict:
    """The record of one note coded successfully; `result` is the pipeline's RESULT dict."""
    return {
        "v": RECORD_VERSION,
        "kind": "coding",
        "time": utc_now(),
        "audit_id": audit_id or new_audit_id(),
        "request_id": request_id,
        "note_index": note_index,
        "caller": caller,
        "user": user,
        "model_version": result.get("model_version"),
        "medcode_version": result.get("medcode_version"),
        "code_set_versions": result.get("code_set_versions", {}),
        "note_hmac": note_hmac(note_key, note),
        "note_bytes": len(note.encode("utf-8")),
        "codes": [
            {"system": c["system"], "code": c["code"], "score": c["score"], "accepted": bool(c["accepted"])}
            for c in result.get("codes", [])
        ],
        "phi_counts": dict(result.get("phi_removed", {}).get("types", {})),
        "latency_ms": round(latency_s * 1000, 3),
        "outcome": "ok",
    }


def failure_record(
    *,
    request_id: str,
    notes: int | None,
    outcome: str,
    error: str,
    latency_s: float,
    model_version: str | None = None,
    caller: str | None = None,
    user: str | None = None,
) -> dict:
    """The record of a request that coded nothing (`outcome`: invalid_input or error);
    `error` is the server's own message, which never carries caller strings or note text."""
    return {
        "v": RECORD_VERSION,
        "kind": "coding",
        "time": utc_now(),
        "audit_id": new_audit_id(),
        "request_id": request_id,
        "note_index": None,
        "notes": notes,
        "caller": caller,
        "user": user,
        "model_version": model_version,
        "codes": [],
        "phi_counts": {},
        "latency_ms": round(latency_s * 1000, 3),
        "outcome": outcome,
        "error": error,
    }
