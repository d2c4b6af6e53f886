"""`medcode code --in DIR --out DIR`: one result file per note, written atomically; a rerun codes
only what is missing; and the whole server, audited (`--audit-dir`), killed (`kill -9`) and
restarted under a batch job: the job rides out the restart (`--retry-deadline`) and ends with
every note coded into exactly one result file (lost 0, duplicated 0), each result's audit record
in the trail, and the chain verifying after the restart."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from medcode.audit.chain import find_records, segments
from medcode.server.launcher import ServerConfig, TritonServer, free_port
from tests.conftest import require_repository

pytestmark = pytest.mark.server
MEDCODE = [sys.executable, "-c", "import sys; from medcode.cli import main; sys.exit(main(sys.argv[1:]))"]


def _notes(d: Path, example_notes: dict[str, str], copies: int) -> list[str]:
    d.mkdir()
    names = []
    for k in range(copies):
        for stem, text in example_notes.items():
            name = f"{stem}-{k:03d}"
            (d / f"{name}.txt").write_text(f"{text}\nVisit {k}.")
            names.append(name)
    return names


def _results(out: Path) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text()) for p in sorted(out.glob("*.json"))}


def test_batch_mode_writes_one_file_per_note_and_resumes(triton_server, example_notes, tmp_path):
    names = _notes(tmp_path / "in", example_notes, 1)
    (tmp_path / "in" / "zz-empty.txt").write_text("   ")
    out = tmp_path / "out"
    cmd = [*MEDCODE, "code", "--url", triton_server.grpc_url, "--in", str(tmp_path / "in"), "--out", str(out)]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert r.returncode == 1, r.stderr  # the empty note fails alone
    assert "zz-empty.txt" in r.stderr and "Traceback" not in r.stderr
    first = _results(out)
    assert sorted(first) == sorted(names)
    assert all(res["file"] == f"{stem}.txt" and res["codes"] for stem, res in first.items())

    # a crash: two results missing, a half-written temporary file left behind
    for stem in names[:2]:
        (out / f"{stem}.json").unlink()
    (out / f".{names[2]}.json.tmp").write_text('{"half": ')
    kept = {stem: (out / f"{stem}.json").stat().st_mtime_ns for stem in names[2:]}
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert f"2 coded, {len(names) - 2} already done, 1 failed" in r.stdout, r.stdout + r.stderr
    assert sorted(_results(out)) == sorted(names)
    assert {stem: (out / f"{stem}.json").stat().st_mtime_ns for stem in names[2:]} == kept  # not recoded
    assert not list(out.glob(".*.tmp"))


def test_server_killed_and_restarted_under_a_batch_job(example_notes, tmp_path):
    names = _notes(tmp_path / "in", example_notes, 12)
    out = tmp_path / "out"
    audit = tmp_path / "audit"
    cfg = ServerConfig(
        model_repository=require_repository(),
        grpc_port=free_port(),
        http_port=free_port(),
        metrics_port=free_port(),
        audit_dir=audit,
    )
    server = TritonServer(cfg, log_path=tmp_path / "tritonserver-1.log").start()
    job = subprocess.Popen(
        [*MEDCODE, "code", "--url", cfg.grpc_url, "--in", str(tmp_path / "in"), "--out", str(out)]
        + ["--retry-deadline", "900"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    restarted = None
    try:
        while not list(out.glob("*.json")):  # the job is under way
            assert job.poll() is None, job.communicate()
            time.sleep(0.2)
        assert server.proc is not None
        os.killpg(server.proc.pid, signal.SIGKILL)
        server.proc.wait()
        coded_at_kill = len(list(out.glob("*.json")))
        assert coded_at_kill < len(names), "the job finished before the kill; nothing was tested"
        restarted = TritonServer(cfg, log_path=tmp_path / "tritonserver-2.log").start()
        stdout, stderr = job.communicate(timeout=900)
    finally:
        if job.poll() is None:
            job.kill()
        server.stop()
        if restarted:
            restarted.stop()
    assert job.returncode == 0, stdout + stderr
    results = _results(out)
    lost = sorted(set(names) - set(results))
    extra = sorted(set(results) - set(names))
    assert lost == [] and extra == [], (lost, extra)
    assert all(res["file"] == f"{stem}.txt" and res["codes"] for stem, res in results.items())
    assert not list(out.glob(".*.tmp"))
    # every result's audit record is in the trail, and the chain verifies after the kill
    for stem, res in results.items():
        (rec,) = find_records(audit, audit_id=res["audit_id"])
        assert rec["kind"] == "coding" and rec["outcome"] == "ok" and rec["request_id"] == res["request_id"], stem
        assert [(c["system"], c["code"]) for c in rec["codes"]] == [(c["system"], c["code"]) for c in res["codes"]]
    check = subprocess.run([*MEDCODE, "audit", "verify", str(audit)], capture_output=True, text=True, timeout=300)
    assert check.returncode == 0, check.stdout + check.stderr
    coding = [r for r in find_records_all(audit) if r.get("kind") == "coding"]
    twice = len(coding) - len({r["note_hmac"] for r in coding})
    print(
        f"\nserver killed after {coded_at_kill} of {len(names)} notes; lost 0, duplicated 0; audit: "
        f"{len(coding)} coding records for {len(names)} notes ({twice} notes coded twice: in flight at the kill); "
        f"{check.stdout.strip()}"
    )


def find_records_all(directory: Path) -> list[dict]:
    """Every record of the trail, in chain order."""
    return [json.loads(line) for seg in segments(directory) for line in seg.read_text().splitlines() if line]
