"""A tamper-evident, append-only audit trail of coding requests, without PHI.

One JSON record per line, hash-chained (each record carries the SHA-256 of the previous one
and a MAC under the site key), fsynced before the request's result is returned; several
writer processes (the `medcode` model's instances) share it through a file lock; segments
rotate at a size and are sealed (a closing record, then read-only). `verify` finds the first
edited, removed, reordered or inserted record. Layout and threat model: docs/security.md.
"""

from medcode.audit.chain import (
    AuditError,
    AuditLog,
    VerifyReport,
    find_records,
    load_site_key,
    verify,
)
from medcode.audit.records import coding_record, failure_record, note_hmac

__all__ = [
    "AuditError",
    "AuditLog",
    "VerifyReport",
    "coding_record",
    "failure_record",
    "find_records",
    "load_site_key",
    "note_hmac",
    "verify",
]
