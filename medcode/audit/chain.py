"""The audit chain: append (locked, fsynced, rotating, sealing), verify, find.

Layout of an audit directory:

    audit-000001.jsonl   sealed segment (last record kind "seal"; file made read-only)
    audit-000002.jsonl   the active segment
    HEAD                 {"seq", "hash", "mac"} of the newest record (catches a cut tail)
    .lock                the writers' lock (fcntl.flock)

Every record holds `seq` (1, 2, ... across segments), `prev` (the previous record's `hash`;
64 zeros for the first), `hash` (SHA-256 of the record's canonical JSON without `hash` and
`mac`) and `mac` (HMAC-SHA256 of `hash` under the chain key derived from the site key). An
edit changes the hash; recomputing the hashes after an edit needs the site key for the MACs;
a removal, reordering or insertion breaks `seq` and `prev`; a cut tail disagrees with HEAD.
"""

from __future__ import annotations

import fcntl
import hashlib
import hmac
import json
import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

GENESIS = "0" * 64
SEGMENT_GLOB = "audit-*.jsonl"
DEFAULT_SEGMENT_BYTES = 64 * 1024 * 1024
ENV_DIR = "MEDCODE_AUDIT_DIR"
ENV_KEY_FILE = "MEDCODE_AUDIT_KEY_FILE"
ENV_SEGMENT_BYTES = "MEDCODE_AUDIT_SEGMENT_BYTES"
KEY_FILE_NAME = ".site-key"


class AuditError(RuntimeError):
    """The audit record could not be written (the request must then fail), or a bad setup."""


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


def canonical(rec: dict) -> bytes:
    body = {k: v for k, v in rec.items() if k not in ("hash", "mac")}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def record_hash(rec: dict) -> str:
    return hashlib.sha256(canonical(rec)).hexdigest()


def derive(site_key: bytes, purpose: str) -> bytes:
    return hmac.new(site_key, purpose.encode(), hashlib.sha256).digest()


def mac_of(chain_key: bytes, digest: str) -> str:
    return hmac.new(chain_key, digest.encode("ascii"), hashlib.sha256).hexdigest()


def load_site_key(path: Path, create: bool = False) -> bytes:
    """The site key (hex in a file). With `create`, a missing file gets a new random key (0600)."""
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        if not create:
            raise AuditError(f"no audit site key at {path}") from None
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_hex(32) + "\n")
            f.flush()
            os.fsync(f.fileno())
        return load_site_key(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise AuditError(f"cannot read the audit site key {path} ({type(exc).__name__})") from None
    try:
        key = bytes.fromhex(text)
    except ValueError:
        raise AuditError(f"the audit site key {path} is not hex") from None
    if len(key) < 16:
        raise AuditError(f"the audit site key {path} is shorter than 16 bytes")
    return key


def segment_name(n: int) -> str:
    return f"audit-{n:06d}.jsonl"


def segments(directory: Path) -> list[Path]:
    return sorted(directory.glob(SEGMENT_GLOB))


def _last_line(path: Path) -> bytes | None:
    with path.open("rb") as f:
        f.seek(0, os.SEEK_END)
        end = f.tell()
        if end == 0:
            return None
        pos, buf = end, b""
        while pos > 0:
            step = min(4096, pos)
            pos -= step
            f.seek(pos)
            buf = f.read(step) + buf
            lines = buf.rstrip(b"\n").split(b"\n")
            if len(lines) > 1 or pos == 0:
                return lines[-1]
    return None


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class AuditLog:
    """Appends records to the chain in `directory`. Safe across processes (flock on `.lock`)."""

    def __init__(self, directory: Path, site_key: bytes, segment_bytes: int = DEFAULT_SEGMENT_BYTES):
        self.dir = Path(directory)
        self.note_key = derive(site_key, "medcode-audit-note-v1")
        self.chain_key = derive(site_key, "medcode-audit-chain-v1")
        self.segment_bytes = segment_bytes

    @classmethod
    def open(cls, directory: Path, key_file: Path | None = None, segment_bytes: int | None = None) -> AuditLog:
        """Make the directory (0700) if needed, load (or create, inside it) the site key."""
        directory = Path(directory)
        try:
            directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise AuditError(f"cannot create the audit directory {directory} ({exc.strerror})") from None
        key = (
            load_site_key(Path(key_file), create=False)
            if key_file
            else load_site_key(directory / KEY_FILE_NAME, create=True)
        )
        return cls(directory, key, segment_bytes or DEFAULT_SEGMENT_BYTES)

    @classmethod
    def from_env(cls) -> AuditLog | None:
        """The log `medcode serve --audit-dir` hands to the `medcode` model (None: no audit)."""
        d = os.environ.get(ENV_DIR)
        if not d:
            return None
        kf = os.environ.get(ENV_KEY_FILE)
        seg = os.environ.get(ENV_SEGMENT_BYTES)
        return cls.open(Path(d), Path(kf) if kf else None, int(seg) if seg else None)

    def _head(self) -> tuple[int, str, int, int]:
        """(last seq, last hash, active segment number, its size), read under the lock."""
        segs = segments(self.dir)
        if not segs:
            return 0, GENESIS, 1, 0
        active = segs[-1]
        n = int(active.name[6:12])
        line = _last_line(active)
        if line is None:  # an empty active segment: the previous one's seal
            if len(segs) == 1:
                return 0, GENESIS, n, 0
            line = _last_line(segs[-2])
            if line is None:
                raise AuditError("audit chain damaged: an empty sealed segment")
        try:
            last = json.loads(line)
        except json.JSONDecodeError:
            raise AuditError("audit chain damaged: the last record is not JSON (run `medcode audit verify`)") from None
        size = active.stat().st_size
        if last.get("kind") == "seal":  # sealed by the previous writer: start the next segment
            return int(last["seq"]), str(last["hash"]), n + 1, 0
        return int(last["seq"]), str(last["hash"]), n, size

    def _line(self, rec: dict, seq: int, prev: str) -> tuple[bytes, str]:
        rec = dict(rec, seq=seq, prev=prev)
        digest = record_hash(rec)
        rec["hash"] = digest
        rec["mac"] = mac_of(self.chain_key, digest)
        return json.dumps(rec, sort_keys=True, separators=(",", ":")).encode("ascii") + b"\n", digest

    def append(self, records: list[dict]) -> list[dict]:
        """Append `records` as consecutive chain entries; return them with seq/hash. Each record
        is on disk (fsynced) when this returns; any failure raises AuditError."""
        try:
            return self._append(records)
        except AuditError:
            raise
        except (OSError, ValueError, KeyError) as exc:
            raise AuditError(
                f"audit record not written ({type(exc).__name__}: {getattr(exc, 'strerror', '')})"
            ) from None

    def _append(self, records: list[dict]) -> list[dict]:
        lock = os.open(self.dir / ".lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(lock, fcntl.LOCK_EX)
            seq, prev, n, size = self._head()
            path = self.dir / segment_name(n)
            created = not path.exists()
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
            out = []
            try:
                data = b""
                for rec in records:
                    seq += 1
                    line, prev = self._line(rec, seq, prev)
                    data += line
                    out.append(json.loads(line))
                if size + len(data) >= self.segment_bytes:  # this write fills it: seal after
                    seq += 1
                    seal = {"kind": "seal", "time": utc_now(), "segment": n}
                    line, prev = self._line(seal, seq, prev)
                    data += line
                os.write(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)
            if size + len(data) >= self.segment_bytes:
                os.chmod(path, 0o440)
            if created:
                _fsync_dir(self.dir)
            self._write_head(seq, prev)
            return out
        finally:
            os.close(lock)  # releases the flock

    def _write_head(self, seq: int, digest: str) -> None:
        tmp = self.dir / ".HEAD.tmp"
        body = json.dumps({"seq": seq, "hash": digest, "mac": mac_of(self.chain_key, f"head:{seq}:{digest}")})
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o640)
        try:
            os.write(fd, body.encode("ascii") + b"\n")
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, self.dir / "HEAD")


@dataclass
class VerifyReport:
    ok: bool
    records: int = 0  # every record, seals included
    coding_records: int = 0
    segments: int = 0
    problem: str = ""
    warnings: list[str] = field(default_factory=list)


def _iter_lines(directory: Path) -> Iterator[tuple[Path, int, bytes]]:
    for seg in segments(directory):
        with seg.open("rb") as f:
            for i, line in enumerate(f, 1):
                yield seg, i, line


def verify(directory: Path, site_key: bytes | None = None) -> VerifyReport:
    """Walk the whole chain; the first bad record ends the walk and is named in `problem`.
    Without the site key the MACs (and HEAD's MAC) are not checked: a tamperer who recomputes
    every hash after an edit is then caught only by HEAD."""
    directory = Path(directory)
    segs = segments(directory)
    rep = VerifyReport(ok=False, segments=len(segs))
    if not segs:
        rep.problem = f"no audit segments in {directory}"
        return rep
    chain_key = derive(site_key, "medcode-audit-chain-v1") if site_key else None
    prev, seq = GENESIS, 0
    last_kind = None
    for idx, seg in enumerate(segs):
        if seg.name != segment_name(idx + 1):
            rep.problem = f"segment {seg.name}: expected {segment_name(idx + 1)} (a segment is missing or renamed)"
            return rep
        if idx > 0 and last_kind != "seal":
            rep.problem = f"segment {segs[idx - 1].name} ends without its seal record (records were cut or removed)"
            return rep
        last_kind = None
        with seg.open("rb") as f:
            for lineno, line in enumerate(f, 1):
                where = f"{seg.name} line {lineno}"
                if last_kind == "seal":
                    rep.problem = f"{where}: a record after the segment's seal (inserted)"
                    return rep
                try:
                    rec = json.loads(line)
                    rseq, rprev, rhash = int(rec["seq"]), rec["prev"], rec["hash"]
                except (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError, ValueError):
                    rep.problem = f"{where}: not a valid audit record (edited or damaged)"
                    return rep
                if record_hash(rec) != rhash:
                    rep.problem = f"{where} (seq {rseq}): content does not match its hash (edited)"
                    return rep
                if chain_key is not None and not hmac.compare_digest(str(rec.get("mac", "")), mac_of(chain_key, rhash)):
                    rep.problem = f"{where} (seq {rseq}): MAC does not match under the site key (forged or rewritten)"
                    return rep
                if rseq != seq + 1:
                    kind = "removed or reordered" if rseq > seq + 1 else "reordered or inserted"
                    rep.problem = f"{where} (seq {rseq}): expected seq {seq + 1} (records {kind})"
                    return rep
                if rprev != prev:
                    rep.problem = (
                        f"{where} (seq {rseq}): does not chain to the previous record (removed, reordered or inserted)"
                    )
                    return rep
                prev, seq = rhash, rseq
                last_kind = rec.get("kind")
                rep.records += 1
                rep.coding_records += last_kind == "coding"
    head_path = directory / "HEAD"
    try:
        head = json.loads(head_path.read_text())
        hseq, hhash = int(head["seq"]), str(head["hash"])
    except (OSError, json.JSONDecodeError, KeyError, TypeError, ValueError):
        rep.problem = "HEAD is missing or unreadable (cannot tell whether the newest records were cut)"
        return rep
    if chain_key is not None and not hmac.compare_digest(
        str(head.get("mac", "")), mac_of(chain_key, f"head:{hseq}:{hhash}")
    ):
        rep.problem = "HEAD's MAC does not match under the site key (forged)"
        return rep
    if hseq > seq:
        rep.problem = (
            f"the chain ends at seq {seq} but HEAD says {hseq}: the newest {hseq - seq} record(s) were removed"
        )
        return rep
    if hseq < seq:
        rep.warnings.append(f"HEAD is at seq {hseq}, the chain at {seq} (a writer stopped between append and HEAD)")
    elif hhash != prev:
        rep.problem = f"HEAD's hash differs from record seq {seq}'s (the newest record was replaced)"
        return rep
    rep.ok = True
    return rep


def find_records(directory: Path, request_id: str | None = None, audit_id: str | None = None) -> list[dict]:
    out = []
    for _seg, _i, line in _iter_lines(Path(directory)):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue
        if (request_id is not None and rec.get("request_id") == request_id) or (
            audit_id is not None and rec.get("audit_id") == audit_id
        ):
            out.append(rec)
    return out
