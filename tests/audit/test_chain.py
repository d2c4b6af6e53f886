"""The audit chain without a server: append, rotate and seal, verify, concurrent writers, and
every tamper case (edit, edit with recomputed hashes, removal, reorder, insertion, cut tail,
missing segment...) detected by `medcode audit verify`, which names the first bad record."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import stat
from pathlib import Path

import pytest

from medcode.audit import AuditError, AuditLog, coding_record, find_records, load_site_key, verify
from medcode.audit.chain import KEY_FILE_NAME, record_hash, segments
from medcode.commands import audit as audit_cmd

RESULT = {
    "model_version": "m1",
    "medcode_version": "0.1.0",
    "code_set_versions": {"ICD-10-CM": "2025"},
    "phi_removed": {"count": 2, "types": {"NAME": 1, "DATE": 1}},
    "codes": [{"system": "ICD-10-CM", "code": "E11.9", "title": "T2DM", "score": 0.97, "accepted": True}],
}


def _write(log: AuditLog, n: int, tag: str = "r") -> list[dict]:
    out = []
    for i in range(n):
        rec = coding_record(
            log.note_key, f"note {tag}{i}", RESULT, request_id=f"{tag}{i}", note_index=0,
            caller="emr", user="coder-1", latency_s=0.01,
        )  # fmt: skip
        out += log.append([rec])
    return out


def _chain(d: Path, n: int = 30, segment_bytes: int = 4096) -> Path:
    log = AuditLog.open(d, segment_bytes=segment_bytes)
    _write(log, n)
    return d


def _lines(p: Path) -> list[bytes]:
    return p.read_bytes().splitlines(keepends=True)


def _put(p: Path, lines: list[bytes]) -> None:
    os.chmod(p, 0o640)
    p.write_bytes(b"".join(lines))


def _rehash(line: bytes, **changes) -> bytes:
    rec = json.loads(line)
    rec.update(changes)
    rec["hash"] = record_hash(rec)
    return json.dumps(rec, sort_keys=True, separators=(",", ":")).encode() + b"\n"


def test_append_rotate_seal_and_verify(tmp_path):
    d = _chain(tmp_path / "a")
    segs = segments(d)
    assert len(segs) >= 3, "4 KiB segments should have rotated"
    for s in segs[:-1]:
        assert json.loads(_lines(s)[-1])["kind"] == "seal"
        assert not os.stat(s).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH), "a sealed segment is read-only"
    rep = verify(d, load_site_key(d / KEY_FILE_NAME))
    assert rep.ok, rep.problem
    assert rep.coding_records == 30 and rep.records == 30 + len(segs) - (0 if _is_sealed(segs[-1]) else 1)


def _is_sealed(p: Path) -> bool:
    return json.loads(_lines(p)[-1])["kind"] == "seal"


def _edit(d):
    s = segments(d)[1]
    ls = _lines(s)
    ls[2] = ls[2].replace(b'"accepted":true', b'"accepted":false')
    _put(s, ls)


def _edit_and_rehash(d):  # a tamperer without the site key recomputes the hash
    s = segments(d)[0]
    ls = _lines(s)
    ls[1] = _rehash(ls[1], user="someone-else")
    _put(s, ls)


def _edit_rehash_whole_chain(d):  # ...and every later hash and prev, and HEAD: only the MACs catch it
    prev = None
    for s in segments(d):
        ls = _lines(s)
        for i, line in enumerate(ls):
            rec = json.loads(line)
            if prev is None:
                rec["caller"] = "forged"
            else:
                rec["prev"] = prev
            rec["hash"] = record_hash(rec)
            prev = rec["hash"]
            ls[i] = json.dumps(rec, sort_keys=True, separators=(",", ":")).encode() + b"\n"
        _put(s, ls)
    head = json.loads((d / "HEAD").read_text())
    head["hash"] = prev
    (d / "HEAD").write_text(json.dumps(head))


def _remove_middle(d):
    s = segments(d)[1]
    ls = _lines(s)
    del ls[3]
    _put(s, ls)


def _remove_first(d):
    s = segments(d)[0]
    _put(s, _lines(s)[1:])


def _remove_last(d):  # the newest record: only HEAD tells
    s = segments(d)[-1]
    ls = _lines(s)
    _put(s, ls[:-1])


def _reorder(d):
    s = segments(d)[0]
    ls = _lines(s)
    ls[2], ls[3] = ls[3], ls[2]
    _put(s, ls)


def _insert_copy(d):
    s = segments(d)[1]
    ls = _lines(s)
    ls.insert(2, ls[1])
    _put(s, ls)


def _insert_forged(d):
    s = segments(d)[0]
    ls = _lines(s)
    rec = json.loads(ls[1])
    rec.update(seq=rec["seq"] + 1, prev=rec["hash"], request_id="forged")
    ls.insert(2, _rehash(json.dumps(rec).encode()))
    _put(s, ls)


def _delete_segment(d):
    p = segments(d)[1]
    os.chmod(p, 0o640)
    p.unlink()


def _cut_seal(d):
    s = segments(d)[0]
    _put(s, _lines(s)[:-1])


def _append_after_seal(d):
    s = segments(d)[0]
    ls = _lines(s)
    _put(s, [*ls, ls[1]])


TAMPER = {
    "edited field": _edit,
    "edited, hash recomputed": _edit_and_rehash,
    "edited, whole chain and HEAD rehashed": _edit_rehash_whole_chain,
    "middle record removed": _remove_middle,
    "first record removed": _remove_first,
    "newest record removed": _remove_last,
    "two records swapped": _reorder,
    "record duplicated": _insert_copy,
    "forged record inserted": _insert_forged,
    "sealed segment deleted": _delete_segment,
    "seal record cut": _cut_seal,
    "record appended after a seal": _append_after_seal,
}


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    return _chain(tmp_path_factory.mktemp("chain") / "audit")


@pytest.mark.parametrize("case", list(TAMPER))
def test_every_tamper_case_is_detected(pristine, tmp_path, case):
    d = tmp_path / "audit"
    shutil.copytree(pristine, d)
    for p in d.iterdir():
        os.chmod(p, 0o640)
    TAMPER[case](d)
    rep = verify(d, load_site_key(d / KEY_FILE_NAME))
    assert not rep.ok, f"tamper case not detected: {case}"
    assert rep.problem


def test_verify_command_counts_and_names_the_first_bad_record(pristine, tmp_path, capsys):
    assert audit_cmd.main(["verify", str(pristine)]) == 0
    out = capsys.readouterr().out
    assert "intact: " in out and "(30 coding)" in out and "MACs" in out
    d = tmp_path / "audit"
    shutil.copytree(pristine, d)
    _edit(d)
    assert audit_cmd.main(["verify", str(d)]) == 1
    out = capsys.readouterr().out
    assert "BROKEN" in out and segments(d)[1].name in out and "line 3" in out


def test_show_finds_a_request(pristine, capsys):
    assert audit_cmd.main(["show", str(pristine), "--request-id", "r7"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    rec = json.loads(line)
    assert rec["request_id"] == "r7" and rec["codes"][0]["code"] == "E11.9" and "note" not in json.dumps(rec["codes"])
    assert audit_cmd.main(["show", str(pristine), "--request-id", "nope"]) == 1
    assert find_records(pristine, audit_id=rec["audit_id"]) == [rec]


def _writer(d: str, tag: str, n: int) -> None:
    _write(AuditLog.open(Path(d), segment_bytes=8192), n, tag)


def test_concurrent_writers_keep_one_chain(tmp_path):
    d = tmp_path / "audit"
    AuditLog.open(d)  # the key, made once
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(str(d), f"w{i}-", 40)) for i in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    rep = verify(d, load_site_key(d / KEY_FILE_NAME))
    assert rep.ok, rep.problem
    assert rep.coding_records == 160 and len(segments(d)) > 2


def test_the_same_note_gives_the_same_hmac_and_no_text(tmp_path):
    log = AuditLog.open(tmp_path / "a")
    a, b = (coding_record(log.note_key, "Patient Zebulon has asthma", RESULT, request_id="x", note_index=0,
                          caller=None, user=None, latency_s=0) for _ in range(2))  # fmt: skip
    assert a["note_hmac"] == b["note_hmac"] and "Zebulon" not in json.dumps(a)
    other = AuditLog.open(tmp_path / "b")  # another site's key: not matchable across sites
    assert coding_record(other.note_key, "Patient Zebulon has asthma", RESULT, request_id="x", note_index=0,
                         caller=None, user=None, latency_s=0)["note_hmac"] != a["note_hmac"]  # fmt: skip


def test_an_unwritable_directory_raises(tmp_path):
    d = tmp_path / "audit"
    log = AuditLog.open(d)
    _write(log, 2)
    moved = tmp_path / "moved"
    d.rename(moved)
    d.write_text("not a directory")  # root ignores permissions; a file in the way stops anyone
    with pytest.raises(AuditError):
        _write(log, 1)
    d.unlink()
    moved.rename(d)
    _write(log, 1)
    assert verify(d, load_site_key(d / KEY_FILE_NAME)).ok
