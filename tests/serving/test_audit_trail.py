"""The audit trail against the real server (`--audit-dir`): one hash-chained record per coded
note, written before the result returns (RESULT carries `audit_id`), by several `medcode`
instances at once; a failed request is recorded too; with the directory unwritable the request
fails with UNAVAILABLE; `medcode audit verify` and `show` read what the server wrote."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from medcode.audit import find_records, load_site_key, verify
from medcode.audit.chain import KEY_FILE_NAME, segments
from medcode.client import InvalidInputError, MedcodeClient, ServerUnavailableError
from medcode.server.launcher import ServerConfig, TritonServer, free_port
from tests.conftest import require_repository

pytestmark = pytest.mark.server
MEDCODE = [sys.executable, "-c", "import sys; from medcode.cli import main; sys.exit(main(sys.argv[1:]))"]
NOTES = [
    "Patient with type 2 diabetes mellitus and essential hypertension.",
    "Acute asthma exacerbation; history of chronic kidney disease stage 3.",
    "Community-acquired pneumonia of the right lower lobe. Atrial fibrillation.",
]


def require_audit_adapter(repo: Path) -> None:
    if "AuditLog" not in (repo / "medcode" / "1" / "model.py").read_text():
        pytest.fail(f"{repo} was built before the audit-trail adapter: rebuild it (`medcode export --profile cpu`)")


@pytest.fixture(scope="module")
def audited(tmp_path_factory):
    repo = require_repository()
    require_audit_adapter(repo)
    d = tmp_path_factory.mktemp("audited")
    cfg = ServerConfig(
        model_repository=repo,
        grpc_port=free_port(),
        http_port=free_port(),
        metrics_port=free_port(),
        audit_dir=d / "audit",
        audit_segment_bytes=16 * 1024,  # small, so the test sees segments rotate and seal
    )
    server = TritonServer(cfg, log_path=d / "tritonserver.log").start()
    yield server
    server.stop()


def _code(url: str, i: int):
    with MedcodeClient(url, timeout_s=180) as c:
        notes = NOTES[: 1 + i % 3]
        return i, c.code(notes, {"caller": "emr-test", "user": f"coder-{i}"}, request_id=f"req-{i}")


def test_concurrent_requests_each_get_a_chained_record(audited):
    d = audited.cfg.audit_dir
    with ThreadPoolExecutor(8) as pool:
        done = list(pool.map(lambda i: _code(audited.cfg.grpc_url, i), range(24)))
    n_notes = sum(len(res) for _, res in done)
    for i, results in done:
        for k, res in enumerate(results):
            assert res.audit_id and res.request_id == f"req-{i}"
            (rec,) = find_records(d, audit_id=res.audit_id)  # on disk when the result came back
            assert rec["request_id"] == f"req-{i}" and rec["note_index"] == k and rec["outcome"] == "ok"
            assert rec["caller"] == "emr-test" and rec["user"] == f"coder-{i}"
            assert rec["model_version"] == res.model_version and rec["code_set_versions"] == res.code_set_versions
            assert [(c["system"], c["code"], c["score"], c["accepted"]) for c in rec["codes"]] == [
                (c.system, c.code, c.score, c.accepted) for c in res.codes
            ]
            assert sum(rec["phi_counts"].values()) == res.phi_removed["count"]
            assert rec["time"].endswith("Z") and rec["latency_ms"] > 0 and len(rec["note_hmac"]) == 64
    rep = verify(d, load_site_key(d / KEY_FILE_NAME))
    assert rep.ok, rep.problem
    assert rep.coding_records == n_notes
    assert len(segments(d)) >= 2, "16 KiB segments should have rotated"


def test_failed_request_is_recorded(audited):
    with MedcodeClient(audited.cfg.grpc_url, timeout_s=60) as c, pytest.raises(InvalidInputError):
        c.code(["   "], request_id="req-bad")
    (rec,) = find_records(audited.cfg.audit_dir, request_id="req-bad")
    assert rec["outcome"] == "invalid_input" and rec["codes"] == [] and "empty" in rec["error"]


def test_unwritable_audit_directory_fails_the_request_with_unavailable(audited, tmp_path):
    d = Path(audited.cfg.audit_dir)
    moved = tmp_path / "moved"
    shutil.move(str(d), moved)
    d.write_text("in the way")  # the server runs as root here: permissions alone would not stop it
    try:
        with (
            MedcodeClient(audited.cfg.grpc_url, timeout_s=60, retries=0) as c,
            pytest.raises(ServerUnavailableError, match="audit"),
        ):
            c.code([NOTES[0]], request_id="req-unaudited")
    finally:
        d.unlink()
        shutil.move(str(moved), d)
    assert find_records(d, request_id="req-unaudited") == []
    with MedcodeClient(audited.cfg.grpc_url, timeout_s=120) as c:
        assert c.code([NOTES[0]])[0].audit_id  # writable again: coding resumes


def test_audit_commands_read_what_the_server_wrote(audited):
    d = str(audited.cfg.audit_dir)
    r = subprocess.run([*MEDCODE, "audit", "verify", d], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and "intact" in r.stdout, r.stdout + r.stderr
    r = subprocess.run([*MEDCODE, "audit", "show", d, "--request-id", "req-5"], capture_output=True, text=True)
    assert r.returncode == 0
    recs = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(recs) == 3 and {x["note_index"] for x in recs} == {0, 1, 2}
