"""Every start of the production service verifies the model repository against its manifest.

When the unit runs `tritonserver` directly (not `medcode serve`, which verifies by itself), the
triton_server role gives the medcode_service role a pre-start check, `medcode verify-repo REPO`:
systemd runs it as `ExecStartPre=`, and on hosts without systemd the `medcode-svc` helper runs
it before `start-stop-daemon`. These tests render the role's own templates and run the real
`medcode-svc` with the real `medcode verify-repo` on a good and on a tampered repository.
"""

from __future__ import annotations

import getpass
import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import jinja2
import pytest
import yaml

from medcode.manifest import write_manifest

from .conftest import ROOT

SERVICE_ROLE = ROOT / "ops/ansible/roles/medcode_service"
TRITON_ROLE = ROOT / "ops/ansible/roles/triton_server"
MEDCODE = Path(sys.executable).parent / "medcode"  # the console script, as in the role's venv


def _template(name: str, **values) -> str:
    env = jinja2.Environment(undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=False)
    env.filters["quote"] = shlex.quote  # ansible's `quote` filter is shlex.quote
    return env.from_string((SERVICE_ROLE / "templates" / name).read_text()).render(ansible_managed="test", **values)


def _repo(dest: Path) -> Path:
    """A repository of the shape medcode serves: the three models, each with a file, and its manifest."""
    for model in ("medcode", "deid", "encoder"):
        (dest / model / "1").mkdir(parents=True)
        (dest / model / "config.pbtxt").write_text(f'name: "{model}"\n')
        (dest / model / "1" / "model.py").write_text(f"# {model}\n")
    write_manifest(dest, {"version": "test-release"})
    return dest


def test_the_tritonserver_launcher_gets_the_manifest_check_before_every_start():
    facts = yaml.safe_load((TRITON_ROLE / "tasks/facts.yml").read_text())
    expr = next(t for t in facts if "set_fact" in str(t))["ansible.builtin.set_fact"]["triton_server_exec_start_pre"]
    assert "/bin/medcode verify-repo ' ~ triton_server_model_repository" in expr
    assert "if triton_server_launcher == 'tritonserver' else ''" in expr
    for tasks in ("main.yml", "restart.yml"):  # both ways the role starts the service
        text = (TRITON_ROLE / "tasks" / tasks).read_text()
        assert 'medcode_service_exec_start_pre: "{{ triton_server_exec_start_pre }}"' in text, tasks
    defaults = dict(
        medcode_service_description="medcode triton",
        medcode_service_user="medcode",
        medcode_service_workdir="/opt/medcode",
        medcode_service_path="/opt/medcode/venv/bin:/usr/bin:/bin",
        medcode_service_ld_library_path="",
        medcode_service_environment={},
        medcode_service_exec="/opt/medcode/venv/bin/tritonserver",
        medcode_service_args="--model-repository=/srv/medcode/models/current",
    )
    check = "/opt/medcode/venv/bin/medcode verify-repo /srv/medcode/models/current"
    unit = _template("unit.service.j2", medcode_service_exec_start_pre=check, **defaults).splitlines()
    assert unit.index(f"ExecStartPre={check}") < next(i for i, ln in enumerate(unit) if ln.startswith("ExecStart="))
    bare = _template("unit.service.j2", medcode_service_exec_start_pre="", **defaults)
    assert "ExecStartPre" not in bare  # `medcode serve` verifies by itself


def test_verify_repo_names_the_first_difference(tmp_path):
    repo = _repo(tmp_path / "repo")
    ok = subprocess.run([MEDCODE, "verify-repo", repo], capture_output=True, text=True)
    assert ok.returncode == 0 and "release test-release" in ok.stdout, ok.stderr
    (repo / "encoder/1/model.py").write_text("# changed\n")
    bad = subprocess.run([MEDCODE, "verify-repo", repo], capture_output=True, text=True)
    assert bad.returncode == 1 and "sha256 mismatch: encoder/1/model.py" in bad.stderr
    assert "Traceback" not in bad.stderr


@pytest.fixture
def service(tmp_path):
    """A medcode-svc service definition written from the role's template: `sleep` stands in for
    tritonserver (the pre-start check is what is under test), the check is the real one."""
    if os.geteuid() != 0:
        pytest.skip(reason="medcode-svc starts services as root (start-stop-daemon --chuid): run as root")
    if not Path("/sbin/start-stop-daemon").exists() and not shutil.which("start-stop-daemon"):
        pytest.skip(reason="start-stop-daemon (Debian's dpkg) not installed")
    repo = _repo(tmp_path / "repo")
    conf = tmp_path / "services"
    conf.mkdir()
    env = _template(
        "service.env.j2",
        medcode_service_exec=shutil.which("sleep"),
        medcode_service_args="300",
        medcode_service_user=getpass.getuser(),
        medcode_service_workdir=str(tmp_path),
        medcode_service_path=f"{MEDCODE.parent}:/usr/bin:/bin",
        medcode_service_ld_library_path="",
        medcode_service_environment={},
        medcode_service_exec_start_pre=f"{MEDCODE} verify-repo {repo}",
        medcode_service_start_tries=1,
        medcode_service_run_dir=str(tmp_path),
        medcode_service_log_dir=str(tmp_path),
        medcode_service_name="triton",
    )
    (conf / "triton.env").write_text(env)
    svc = [str(SERVICE_ROLE / "files/medcode-svc")]
    run_env = dict(os.environ, MEDCODE_SVC_DIR=str(conf))
    yield (
        repo,
        tmp_path / "triton.pid",
        lambda action: subprocess.run(
            [*svc, action, "triton"], capture_output=True, text=True, env=run_env, timeout=120
        ),
    )
    subprocess.run([*svc, "stop", "triton"], capture_output=True, env=run_env, timeout=120)


def test_a_tampered_repository_stops_the_start(service):
    repo, pidfile, svc = service
    started = svc("start")
    assert started.returncode == 0 and "started: triton" in started.stdout, started.stderr
    pid = int(pidfile.read_text())
    assert Path(f"/proc/{pid}").exists()
    assert svc("stop").returncode == 0

    (repo / "medcode/1/model.py").write_text("# changed after install\n")
    refused = svc("start")
    assert refused.returncode == 1
    assert "refused to start: triton" in refused.stderr
    assert "sha256 mismatch: medcode/1/model.py" in refused.stderr
    assert not pidfile.exists()
    time.sleep(0.5)
    assert svc("status").returncode == 3  # stopped: nothing was started

    (repo / "extra.py").write_text("# planted\n")  # an extra file is refused as well
    (repo / "medcode/1/model.py").write_text("# medcode\n")
    again = svc("start")
    assert again.returncode == 1 and "not in the manifest: extra.py" in again.stderr
