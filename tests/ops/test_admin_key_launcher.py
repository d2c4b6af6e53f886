"""The admin key with the triton_server role's `tritonserver` launcher (venv and GPU container).

Triton takes the admin key only on its command line, and the role must not write the key into
the unit or the service file. With `triton_server_admin_key_enabled` the unit runs
`medcode with-admin-key --key-file /etc/medcode/admin.key -- <tritonserver or docker run ...>`,
which reads the key at start and appends the flags `medcode serve` uses. These tests render the
role's own templates and task expressions (args.j2, admin_key_facts.yml, the medcode_service
unit and service file) and then run the rendered ExecStart:

- venv runtime: with the REAL bundled tritonserver on a tiny real repository (probe_repo), an
  unload is refused without the key and allowed with it;
- container runtime: the NVIDIA container and a GPU cannot exist here, so a fake `docker` (a
  shell script that writes down its argv) stands in for the container engine, and the test
  checks that the argv it would hand to the image's `tritonserver` ends with the restricted
  protocols and explicit model control.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import time
from pathlib import Path

import jinja2
import pytest
import yaml

from medcode.server.launcher import ADMIN_KEY_NAME, RESTRICTED, admin_headers, free_port
from medcode.server.triton_paths import find_triton, prepare_backend_dir

from . import probe_repo
from .conftest import ROOT

TRITON_ROLE = ROOT / "ops/ansible/roles/triton_server"
SERVICE_ROLE = ROOT / "ops/ansible/roles/medcode_service"
MEDCODE = Path(sys.executable).parent / "medcode"  # the console script, as in the role's venv
KEY = "k3y-for-the-test-only-" + "x" * 20
RESTRICTED_FLAG = f"--grpc-restricted-protocol={','.join(RESTRICTED)}:{ADMIN_KEY_NAME}={KEY}"


def _jinja() -> jinja2.Environment:
    env = jinja2.Environment(undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=False)
    env.filters["quote"] = shlex.quote  # ansible's `quote` filter is shlex.quote
    return env


def _role_vars(**over) -> dict:
    values = yaml.safe_load((TRITON_ROLE / "defaults/main.yml").read_text())
    values.update(triton_server_admin_key_enabled=True, triton_server_launcher="tritonserver")
    values.update(over)
    return values


def _args_j2(values: dict) -> str:
    """templates/args.j2 as facts.yml renders it (`| split | join(' ')`)."""
    return " ".join(_jinja().from_string((TRITON_ROLE / "templates/args.j2").read_text()).render(**values).split())


def _wrapped(values: dict, exec_path: str, args: str) -> tuple[str, str]:
    """(exec, args) as admin_key_facts.yml leaves them, from the command worked out before it."""
    task = yaml.safe_load((TRITON_ROLE / "tasks/admin_key_facts.yml").read_text())[0]
    assert task["when"] == "triton_server_admin_key_enabled and triton_server_launcher == 'tritonserver'"
    facts = task["ansible.builtin.set_fact"]
    scope = dict(values, triton_server_exec=exec_path, triton_server_args=args)
    env = _jinja()
    return (
        env.from_string(facts["triton_server_exec"]).render(**scope),
        env.from_string(facts["triton_server_args"]).render(**scope),
    )


def _service_files(exec_: str, args: str, **over) -> dict[str, str]:
    values = dict(
        ansible_managed="test",
        medcode_service_description="medcode triton",
        medcode_service_user="medcode",
        medcode_service_workdir="/opt/medcode",
        medcode_service_path="/opt/medcode/venv/bin:/usr/bin:/bin",
        medcode_service_ld_library_path="",
        medcode_service_environment={},
        medcode_service_exec_start_pre="",
        medcode_service_start_tries=20,
        medcode_service_run_dir="/run/medcode",
        medcode_service_log_dir="/var/log/medcode",
        medcode_service_name="triton",
        medcode_service_exec=exec_,
        medcode_service_args=args,
    )
    values.update(over)
    env = _jinja()
    return {
        n: env.from_string((SERVICE_ROLE / "templates" / n).read_text()).render(**values)
        for n in ("unit.service.j2", "service.env.j2")
    }


def _exec_start(unit: str) -> list[str]:
    return shlex.split(next(ln for ln in unit.splitlines() if ln.startswith("ExecStart="))[len("ExecStart=") :])


def test_security_tasks_no_longer_refuse_the_tritonserver_launcher():
    text = (TRITON_ROLE / "tasks/security.yml").read_text()
    assert "triton_server_launcher != 'medcode'" not in text
    for tasks in ("facts.yml", "container_facts.yml"):  # both runtimes wrap the command
        assert "admin_key_facts.yml" in (TRITON_ROLE / "tasks" / tasks).read_text(), tasks


def test_rendered_unit_names_the_key_file_never_the_key():
    values = _role_vars()
    binary = "/opt/medcode/venv/lib/python3.11/site-packages/pytriton/tritonserver/bin/tritonserver"
    exec_, args = _wrapped(values, binary, _args_j2(values))
    files = _service_files(exec_, args)
    argv = _exec_start(files["unit.service.j2"])
    assert argv[:5] == ["/opt/medcode/venv/bin/medcode", "with-admin-key", "--key-file", "/etc/medcode/admin.key", "--"]
    assert argv[5].endswith("/tritonserver")
    for name, text in files.items():
        assert "restricted" not in text and f"{ADMIN_KEY_NAME}=" not in text, name
    # the wrapper adds explicit model control; the unit must not pin it to `none`
    assert "--model-control-mode=none" not in args
    assert "--model-control-mode=none" in _args_j2(_role_vars(triton_server_admin_key_enabled=False)).split()


def test_wrapper_refuses_a_bad_key_file_without_naming_its_content(tmp_path):
    short = tmp_path / "short.key"
    short.write_text("not-long\n")
    bad = tmp_path / "bad.key"
    bad.write_text("spaces are not allowed in this admin key\n")
    for key_file, fragment in (
        (tmp_path / "missing.key", "cannot read"),
        (short, "at least 16"),
        (bad, "may hold only"),
    ):
        r = subprocess.run(
            [str(MEDCODE), "with-admin-key", "--key-file", str(key_file), "--", "true"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert r.returncode == 2 and fragment in r.stderr, r.stderr
        assert "Traceback" not in r.stderr and "not-long" not in r.stderr and "spaces are" not in r.stderr
    key = tmp_path / "admin.key"
    key.write_text(KEY + "\n")
    r = subprocess.run(
        [str(MEDCODE), "with-admin-key", "--key-file", str(key)], capture_output=True, text=True, timeout=60
    )
    assert r.returncode == 2 and "no command" in r.stderr


def test_container_unit_hands_the_key_to_the_image_tritonserver(tmp_path):
    """Stand-in: a fake `docker` that records its argv (no NVIDIA container or GPU here)."""
    record = tmp_path / "argv.txt"
    docker = tmp_path / "docker"
    docker.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > {record}\n')
    docker.chmod(0o755)
    key = tmp_path / "admin.key"
    key.write_text(KEY + "\n")
    # what container_facts.yml leaves behind (rendered by ansible-playbook in test_gpu_container)
    docker_args = "run --rm --name=medcode-triton nvcr.io/nvidia/tritonserver:24.10-py3 tritonserver --model-repository=/srv/medcode/models/current"
    values = _role_vars(triton_server_admin_key_file=str(key), triton_server_venv=str(MEDCODE.parent.parent))
    exec_, args = _wrapped(values, str(docker), docker_args)
    assert exec_ == str(MEDCODE)
    argv = _exec_start(_service_files(exec_, args)["unit.service.j2"])
    r = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    got = record.read_text().splitlines()
    tail = got[got.index("tritonserver") + 1 :]
    assert tail[:1] == ["--model-repository=/srv/medcode/models/current"]
    assert tail[1:] == ["--model-control-mode=explicit", "--load-model=*", RESTRICTED_FLAG]


def test_rendered_unit_runs_a_real_tritonserver_that_refuses_an_unload_without_the_key(tmp_path):
    from tritonclient.grpc import InferenceServerClient
    from tritonclient.utils import InferenceServerException

    inst = find_triton()
    home = tmp_path / "home"
    prepare_backend_dir(inst, home / "backends")
    repo = probe_repo.make(tmp_path / "repo", "r1")
    key = tmp_path / "admin.key"
    key.write_text(KEY + "\n")
    grpc, http, metrics = free_port(), free_port(), free_port()
    values = _role_vars(
        triton_server_admin_key_file=str(key),
        triton_server_venv=str(MEDCODE.parent.parent),
        triton_server_home=str(home),
        triton_server_model_repository=str(repo),
        triton_server_grpc_port=grpc,
        triton_server_http_port=http,
        triton_server_metrics_port=metrics,
    )
    exec_, args = _wrapped(values, str(inst.binary), _args_j2(values))
    argv = _exec_start(_service_files(exec_, args)["unit.service.j2"])
    env = dict(os.environ, PATH=f"{MEDCODE.parent}:{os.environ.get('PATH', '')}", LD_LIBRARY_PATH=str(inst.libs))
    log = (tmp_path / "triton.log").open("w")
    proc = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=home)
    client = InferenceServerClient(f"127.0.0.1:{grpc}")
    try:
        deadline = time.monotonic() + 240
        while True:
            assert proc.poll() is None, (tmp_path / "triton.log").read_text()[-3000:]
            try:
                if client.is_model_ready("medcode_probe"):
                    break
            except InferenceServerException:
                pass
            assert time.monotonic() < deadline, "the server did not become ready"
            time.sleep(0.5)
        cmdline = Path(f"/proc/{proc.pid}/cmdline").read_bytes().split(b"\0")
        assert Path(f"/proc/{proc.pid}/exe").resolve() == inst.binary.resolve()  # the wrapper exec'd it
        assert RESTRICTED_FLAG.encode() in cmdline and b"--model-control-mode=explicit" in cmdline
        for headers in (None, admin_headers("not-the-admin-key-at-all")):
            with pytest.raises(InferenceServerException, match="restricted"):
                client.unload_model("medcode_probe", headers=headers)
            assert client.is_model_ready("medcode_probe")
        client.unload_model("medcode_probe", headers=admin_headers(KEY))
        deadline = time.monotonic() + 60
        while client.is_model_ready("medcode_probe"):
            assert time.monotonic() < deadline, "the unload with the key did not happen"
            time.sleep(0.5)
    finally:
        client.close()
        proc.terminate()
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
    assert KEY not in (tmp_path / "triton.log").read_text(errors="replace")
