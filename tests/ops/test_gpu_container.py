"""The GPU container path of the triton_server role, checked statically (no GPU, no TensorRT and
no NVIDIA container here; the test says so where it stands in for them):

- the engine shapes the role passes to trtexec are the ones rendered from the profile object
  that writes config.pbtxt (vars/tensorrt_profiles.yml is up to date with medcode/export);
- for the example hospital and clinic inventories, the serving container's arguments and the
  trtexec arguments, rendered by ansible-playbook from the role's own task files: repository
  read-only, GPUs visible, host network with the same addresses, ports, TLS and metrics flags
  as the venv runtime, the engine read from and written to the repository's own paths;
- place_engine.py (run on the target after trtexec) places the plan in the repository,
  rewrites the manifest and refuses a repository whose config and engine profile disagree;
- ansible-lint (production profile) on the role.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from medcode.export import role_vars
from medcode.export.configs import PROFILES, all_configs

from .conftest import ROOT

ANSIBLE = ROOT / "ops/ansible"
ROLE = ANSIBLE / "roles/triton_server"


def _ansible_tool(name: str) -> str:
    """ansible-core/ansible-lint as `make test-ops` installs them (build/ops-venv), or on PATH."""
    for cand in (ROOT / "build/ops-venv/bin" / name, shutil.which(name)):
        if cand and Path(cand).is_file():
            return str(cand)
    pytest.skip(reason=f"{name} not installed (make test-ops installs it into build/ops-venv)")


def test_role_vars_are_rendered_from_the_profile_objects():
    assert (ROOT / role_vars.ROLE_VARS).read_text() == role_vars.render(), (
        "vars/tensorrt_profiles.yml is stale: run `medcode export --profile gpu`"
    )
    rendered = yaml.safe_load((ROOT / role_vars.ROLE_VARS).read_text())["triton_server_tensorrt_profiles"]
    assert set(rendered) == {n for n, p in PROFILES.items() if p.tensorrt}
    for name, body in rendered.items():
        cfg = all_configs(name)["encoder"]
        assert body["max_batch_size"] == cfg.max_batch_size
        assert f"--maxShapes=input_ids:{cfg.max_batch_size}x{PROFILES[name].max_seq_len}" in body["trtexec_shapes"]


def test_old_task_bugs_are_gone():
    text = "\n".join(p.read_text() for p in (ROLE / "tasks").glob("*.yml"))
    defaults = (ROLE / "defaults/main.yml").read_text()
    assert "encoder/1/model.onnx" not in text + defaults  # the GPU repository writes encoder/onnx/
    assert "64x256" not in text + defaults  # config: batch 256, sequence 128
    assert "/srv/medcode/engines" not in text + defaults  # the plan goes into the repository


def _render(out: Path, *extra: str) -> dict:
    playbook = _ansible_tool("ansible-playbook")
    env = dict(os.environ, ANSIBLE_CONFIG=str(ANSIBLE / "ansible.cfg"), ANSIBLE_NOCOLOR="1")
    cmd = [playbook, "-i", "inventory/example/hosts.yml", str(ROOT / "tests/ops/render_triton_gpu.yml")]
    cmd += ["-e", f"render_out={out}", "-e", "ansible_connection=local"]
    cmd += ["-e", f"ansible_python_interpreter={sys.executable}", *extra]
    r = subprocess.run(cmd, cwd=ANSIBLE, env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-2000:]
    return {p.stem: json.loads(p.read_text()) for p in out.glob("*.json")}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    return _render(tmp_path_factory.mktemp("render"))


def _docker_argv(r: dict) -> list[str]:
    """The container engine's arguments, after `medcode with-admin-key --key-file F --` when the
    admin key is on (test_admin_key_launcher.py runs that wrapper)."""
    args = r["args"].split()
    if r["exec"].endswith("/bin/medcode"):
        assert args[:2] == ["with-admin-key", "--key-file"] and args[3:5] == ["--", "/usr/bin/docker"], args[:5]
        return args[5:]
    assert r["exec"] == "/usr/bin/docker"
    return args


def test_hospital_container_reads_the_admin_key_at_start(rendered):
    r = rendered["medcode-gpu01.hospital.example"]
    assert r["exec"] == "/opt/medcode/venv/bin/medcode"
    assert r["args"].split()[:4] == ["with-admin-key", "--key-file", "/etc/medcode/admin.key", "--"]
    # the key itself is added at start: neither it nor the restricted flags are in what the unit holds
    assert "restricted" not in r["args"] and "medcode-admin-key=" not in r["args"]
    assert "--model-control-mode=none" not in r["args"].split()  # the wrapper makes it explicit
    clinic = rendered["medcode01.clinic.example"]  # no admin key there: docker straight, model control none
    assert clinic["exec"] == "/usr/bin/docker" and "--model-control-mode=none" in clinic["args"].split()


def test_hospital_audit_directory_is_the_one_writable_mount(rendered):
    args = _docker_argv(rendered["medcode-gpu01.hospital.example"])
    docker = args[: args.index("tritonserver")]
    assert "--volume=/var/lib/medcode/audit:/var/lib/medcode/audit:rw" in docker
    # the site key alone, not /etc/medcode (which holds the admin key and the TLS keys)
    assert "--volume=/etc/medcode/audit.key:/etc/medcode/audit.key:ro" in docker
    assert not any(a.startswith("--volume=/etc/medcode:") for a in docker)
    assert "--env=MEDCODE_AUDIT_DIR=/var/lib/medcode/audit" in docker
    assert "--env=MEDCODE_AUDIT_KEY_FILE=/etc/medcode/audit.key" in docker
    writable = [a for a in docker if a.startswith("--volume=") and not a.endswith(":ro")]
    assert writable == ["--volume=/var/lib/medcode/audit:/var/lib/medcode/audit:rw"]


def test_audit_through_the_environment_still_mounts_its_directory(tmp_path):
    audit = {"MEDCODE_AUDIT_DIR": "/srv/audit", "MEDCODE_AUDIT_KEY_FILE": "/etc/medcode/audit/site.key"}
    extra = json.dumps({"triton_server_environment": audit, "triton_server_audit_enabled": False})
    args = _docker_argv(_render(tmp_path, "-e", extra)["medcode-gpu01.hospital.example"])
    assert "--volume=/srv/audit:/srv/audit:rw" in args
    assert "--volume=/etc/medcode/audit/site.key:/etc/medcode/audit/site.key:ro" in args
    assert "--env=MEDCODE_AUDIT_DIR=/srv/audit" in args
    writable = [a for a in args if a.startswith("--volume=") and not a.endswith(":ro")]
    assert writable == ["--volume=/srv/audit:/srv/audit:rw"]


@pytest.mark.parametrize(
    "host,profile,metrics",
    [("medcode-gpu01.hospital.example", "gpu", "10.20.0.11"), ("medcode01.clinic.example", "gpu-clinic", "127.0.0.1")],
)
def test_container_and_engine_arguments_for_the_example_sites(rendered, host, profile, metrics):
    r = rendered[host]
    assert r["profile"] == profile and r["runtime"] == "container"
    args = _docker_argv(r)
    image = "nvcr.io/nvidia/tritonserver:24.10-py3"
    docker, triton = args[: args.index(image)], args[args.index(image) + 1 :]
    assert docker[0] == "run" and triton[0] == "tritonserver"
    assert "--gpus=all" in docker and "--network=host" in docker and "--read-only" in docker
    assert "--volume=/srv/medcode/models:/srv/medcode/models:ro" in docker  # the releases, read-only
    audit_rw = ["--volume=/var/lib/medcode/audit:/var/lib/medcode/audit:rw"] if host.startswith("medcode-gpu01") else []
    assert [a for a in docker if a.startswith("--volume=") and not a.endswith(":ro")] == audit_rw
    assert any(a.startswith("--user=") and a != "--user=0:0" for a in docker)
    # the same server flags as the venv runtime: addresses, ports, TLS, metrics
    assert "--model-repository=/srv/medcode/models/current" in triton
    assert f"--grpc-address={r['address']}" in triton and "--grpc-port=8001" in triton
    assert f"--metrics-address={metrics}" in triton and "--allow-metrics=true" in triton
    assert "--allow-gpu-metrics=true" in triton
    assert r["tls"] and "--grpc-use-ssl=true" in triton and "--grpc-use-ssl-mutual=true" in triton
    # with TLS, no plaintext HTTP API (readiness goes over gRPC with mutual TLS)
    assert "--allow-http=false" in triton and not any(a.startswith("--http-address") for a in triton)
    assert "--volume=/etc/medcode/tls:/etc/medcode/tls:ro" in docker
    assert not any(a.startswith("--backend-directory") for a in triton)  # the image's backends
    # trtexec: the repository's ONNX file in, the plan to a build dir, shapes = the config's
    argv = r["trt_argv"]
    assert argv[argv.index(image) + 1] == "trtexec"
    assert "--volume=/srv/medcode/models/releases/REL:/repo:ro" in argv
    assert "--onnx=/repo/encoder/onnx/model.onnx" in argv and "--fp16" in argv
    cfg = all_configs(profile)["encoder"]
    shapes = {a.split("=")[0]: a.split("=")[1] for a in argv if a.endswith("Shapes") or "Shapes=" in a}
    assert shapes["--maxShapes"] == f"input_ids:{cfg.max_batch_size}x128,attention_mask:{cfg.max_batch_size}x128"
    assert shapes["--minShapes"] == "input_ids:1x1,attention_mask:1x1"


def _fake_gpu_release(tmp_path: Path) -> Path:
    """A TensorRT-profile release as `medcode export --profile gpu` writes it, with a tiny ONNX
    stand-in (the real file is 87 MB; only paths, configs and the manifest matter here)."""
    from medcode.export.configs import to_pbtxt
    from medcode.export.repository import TENSORRT_ONNX, TENSORRT_PROFILE, tensorrt_profile_json
    from medcode.manifest import write_manifest

    repo = tmp_path / "release"
    (repo / "encoder/onnx").mkdir(parents=True)
    (repo / "encoder/1").mkdir()
    (repo / "encoder/config.pbtxt").write_text(to_pbtxt(all_configs("gpu")["encoder"]))
    (repo / TENSORRT_ONNX).write_bytes(b"onnx stand-in")
    (repo / TENSORRT_PROFILE).write_text(json.dumps(tensorrt_profile_json("gpu"), indent=2, sort_keys=True))
    (repo / "ENGINES_NOT_BUILT").write_text("build on the target\n")
    write_manifest(repo, {"profile": "gpu", "ENGINES_NOT_BUILT": True})
    return repo


def _place(repo: Path, plan: Path) -> subprocess.CompletedProcess:
    script = ROLE / "files/place_engine.py"
    cmd = [sys.executable, str(script), str(repo), str(plan), "--image", "nvcr.io/nvidia/tritonserver:24.10-py3"]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60)


def test_place_engine_puts_the_plan_in_the_repository_and_rewrites_the_manifest(tmp_path):
    """The plan is a stand-in (bytes): TensorRT cannot build one on this machine."""
    from medcode.manifest import verify_repository

    repo = _fake_gpu_release(tmp_path)
    plan = tmp_path / "build" / "model.plan"
    plan.parent.mkdir()
    plan.write_bytes(b"stand-in for a TensorRT engine")
    r = _place(repo, plan)
    assert r.returncode == 0, r.stderr
    assert (repo / "encoder/1/model.plan").read_bytes() == plan.read_bytes()
    assert not (repo / "ENGINES_NOT_BUILT").exists()
    manifest = verify_repository(repo, required_models=("encoder",))  # medcode's own verifier agrees
    assert manifest["ENGINES_NOT_BUILT"] is False
    assert "encoder/1/model.plan" in manifest["files"]
    assert manifest["tensorrt_engine"]["trtexec_shapes"].endswith("attention_mask:256x128")


def test_place_engine_refuses_a_config_that_disagrees_with_the_engine_profile(tmp_path):
    from medcode.manifest import write_manifest

    repo = _fake_gpu_release(tmp_path)
    cfg = repo / "encoder/config.pbtxt"
    cfg.write_text(cfg.read_text().replace("max_batch_size: 256", "max_batch_size: 64"))
    write_manifest(repo, {"profile": "gpu", "ENGINES_NOT_BUILT": True})
    plan = tmp_path / "model.plan"
    plan.write_bytes(b"x")
    r = _place(repo, plan)
    assert r.returncode != 0 and "max_batch_size 64 != engine profile 256" in r.stderr
    assert not (repo / "encoder/1/model.plan").exists()


def test_place_engine_refuses_a_tampered_release(tmp_path):
    repo = _fake_gpu_release(tmp_path)
    (repo / "encoder/onnx/model.onnx").write_bytes(b"changed")
    plan = tmp_path / "model.plan"
    plan.write_bytes(b"x")
    r = _place(repo, plan)
    assert r.returncode != 0 and "sha256 mismatch: encoder/onnx/model.onnx" in r.stderr


def test_ansible_lint_production_profile_on_the_role():
    lint = _ansible_tool("ansible-lint")
    env = dict(os.environ, ANSIBLE_CONFIG=str(ANSIBLE / "ansible.cfg"), ANSIBLE_NOCOLOR="1")
    r = subprocess.run(
        [lint, "--offline", "--profile", "production", "-q", "roles/triton_server", "inventory/example"],
        cwd=ANSIBLE,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert r.returncode == 0, r.stdout[-4000:] + r.stderr[-2000:]
