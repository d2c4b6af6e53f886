"""The GPU profiles from a fresh export, checked here without a GPU or TensorRT:

- `medcode export --profile gpu|gpu-ort` from a build folder holding only the fp32 ONNX file
  (the Optimum export itself is covered by the CPU repository) writes the fp16 file, no int8,
  and a repository that passes every static check (`medcode.export.check`);
- the TensorRT optimisation profile comes from the same profile object as config.pbtxt;
- the pip-only `gpu-ort` repository is served by the real bundled tritonserver here, with
  ONNX Runtime's CPU provider standing in for CUDA (no GPU on this machine), and codes a note.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from medcode import paths
from medcode.commands.export import CODER_EMBEDDINGS, default_coder_dir
from medcode.export.check import static_problems
from medcode.export.configs import PROFILES, all_configs, to_pbtxt
from medcode.export.repository import TENSORRT_PROFILE
from medcode.export.tensorrt_build import optimisation_profile
from medcode.manifest import RepositoryError, verify_repository, write_manifest

MEDCODE = [sys.executable, "-c", "import sys; from medcode.cli import main; sys.exit(main())"]
GPU_PROFILES = [n for n, p in PROFILES.items() if p.gpus]


def _export(build: Path, profile: str, coder: Path, out: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, MEDCODE_BUILD_DIR=str(build))
    cmd = MEDCODE + ["export", "--profile", profile, "--coder", str(coder), "--out", str(out)]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)


@pytest.fixture(scope="module")
def fresh_build(tmp_path_factory):
    """A build folder with only the fp32 export, and a copy of a trained coder (retraining on
    fp16 embeddings takes minutes: `medcode export --profile gpu` without --coder does it)."""
    src = paths.encoder_dir("fp32")
    if not (src / "model.onnx").is_file():
        pytest.skip(reason=f"no exported fp32 encoder at {src}: run `medcode export --profile cpu` first")
    build = tmp_path_factory.mktemp("build")
    shutil.copytree(src, build / "encoder" / "fp32")
    coder = build / "coder-copy"
    shutil.copytree(paths.coder_dir(), coder, ignore=shutil.ignore_patterns("cache", "__pycache__"))
    # The copy carries no record of its embeddings, whatever `make repo` left in build/coder (a
    # fresh clone's coder records int8): the export must say so rather than assume.
    (coder / CODER_EMBEDDINGS).unlink(missing_ok=True)
    return build, coder


@pytest.fixture(scope="module")
def gpu_repo(fresh_build):
    build, coder = fresh_build
    out = build / "repos" / "gpu"
    r = _export(build, "gpu", coder, out)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    return build, out, r.stdout


@pytest.fixture(scope="module")
def ort_repo(gpu_repo, fresh_build):
    build, coder = fresh_build
    out = build / "repos" / "gpu-ort"
    r = _export(build, "gpu-ort", coder, out)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    return out


@pytest.mark.parametrize("profile", GPU_PROFILES)
def test_gpu_profiles_fit_their_coder_on_fp16_embeddings_not_int8(profile):
    assert PROFILES[profile].coder_embeddings == "fp16"
    assert default_coder_dir(profile) != default_coder_dir("cpu") == paths.coder_dir()
    assert PROFILES["cpu"].coder_embeddings == "int8"


def test_the_coder_records_the_embeddings_it_was_fitted_on(tmp_path):
    from medcode.commands.export import read_coder_embeddings, write_coder_embeddings

    coder, enc = tmp_path / "coder", tmp_path / "enc"
    coder.mkdir()
    enc.mkdir()
    (enc / "model.onnx").write_bytes(b"stand-in")
    assert read_coder_embeddings(coder) == "unrecorded"
    write_coder_embeddings(coder, "fp16", enc)
    assert read_coder_embeddings(coder) == "fp16"
    assert read_coder_embeddings(paths.coder_dir()) == "int8"  # the CPU profile's coder


@pytest.mark.parametrize("profile", [n for n, p in PROFILES.items() if p.tensorrt])
def test_tensorrt_shapes_come_from_the_profile_object_that_writes_the_config(profile):
    p, cfg = PROFILES[profile], all_configs(profile)["encoder"]
    assert optimisation_profile(profile) == p.tensorrt_shapes()
    for mn, opt, mx in p.tensorrt_shapes().values():
        assert mn == (1, 1) and mx == (cfg.max_batch_size, p.max_seq_len)
        assert all(a <= b <= c for a, b, c in zip(mn, opt, mx))
    # trtexec's arguments say the same shapes
    args = dict(a.split("=", 1) for a in p.trtexec_shapes().split())
    for kind, i in (("--minShapes", 0), ("--optShapes", 1), ("--maxShapes", 2)):
        parsed = dict(x.split(":") for x in args[kind].split(","))
        assert parsed == {k: "{}x{}".format(*v[i]) for k, v in p.tensorrt_shapes().items()}
    assert f"{cfg.max_batch_size}x{p.max_seq_len}" in args["--maxShapes"]


def test_fresh_gpu_export_passes_every_static_check(gpu_repo):
    build, out, stdout = gpu_repo
    assert (build / "encoder" / "fp16" / "model.onnx").is_file()
    assert not (build / "encoder" / "int8").exists(), "the GPU profile must not need the int8 encoder"
    assert "fitted on fp16 embeddings" in stdout
    # the fixture hands over a copy of the CPU coder (no record of its embeddings): said, not hidden
    assert "WARNING: the coder in" in stdout and "fitted on unrecorded embeddings" in stdout
    assert static_problems(out) == []
    assert (out / "encoder" / "onnx" / "model.onnx").is_file()
    prof = json.loads((out / TENSORRT_PROFILE).read_text())
    assert prof["max_batch_size"] == all_configs("gpu")["encoder"].max_batch_size == 256
    assert prof["shapes"]["input_ids"]["max"] == [256, 128]
    manifest = json.loads((out / "MANIFEST.json").read_text())
    assert TENSORRT_PROFILE in manifest["files"] and "encoder/onnx/model.onnx" in manifest["files"]
    assert manifest["coder_embeddings"] == "unrecorded" and manifest["served_embeddings"] == "fp32"
    with pytest.raises(RepositoryError, match="TensorRT engines not built"):
        verify_repository(out)  # the engine is built on the target (ops role / --build-engines)
    served = subprocess.run(
        MEDCODE + ["serve", "--model-repository", str(out)], capture_output=True, text=True, timeout=120
    )
    assert served.returncode != 0 and "engines not built" in served.stderr


def test_static_checks_catch_a_hand_edit_and_a_stale_engine_profile(gpu_repo, tmp_path):
    _, out, _ = gpu_repo
    repo = tmp_path / "repo"
    shutil.copytree(out, repo)
    cfg = all_configs("gpu")["encoder"]
    cfg.max_batch_size = 64
    (repo / "encoder" / "config.pbtxt").write_text(to_pbtxt(cfg))
    prof = json.loads((repo / TENSORRT_PROFILE).read_text())
    prof["shapes"]["input_ids"]["max"] = [64, 256]  # the shapes the old Ansible task used
    (repo / TENSORRT_PROFILE).write_text(json.dumps(prof))
    info = json.loads((repo / "MANIFEST.json").read_text())
    info.pop("files")
    write_manifest(repo, info)  # a consistent manifest: the checks must still object
    problems = static_problems(repo)
    assert any("encoder/config.pbtxt differs" in p for p in problems)
    assert any("tensorrt_profile.json differs" in p for p in problems)
    assert any("batch range 1..64 != 1..256" in p for p in problems)
    (repo / "deid" / "config.pbtxt").write_text("max_batch_sise: 4\n")
    assert any("does not parse with model_config_pb2" in p for p in static_problems(repo))


def test_fresh_gpu_ort_export_is_servable_and_carries_the_fp16_file(ort_repo):
    assert static_problems(ort_repo) == []
    manifest = verify_repository(ort_repo)  # no engines to build: servable as exported
    assert manifest["profile"] == "gpu-ort" and "CUDA" in manifest["encoder_precision"]
    enc = all_configs("gpu-ort")["encoder"]
    assert enc.backend == "python" and enc.parameters["execution_provider"].string_value == "cuda"
    assert (ort_repo / "encoder" / "1" / "model.onnx").stat().st_size < 60e6  # fp16: half of fp32's 87 MB


@pytest.mark.server
def test_gpu_ort_repository_serves_and_codes_a_note_with_the_cpu_provider(ort_repo, tmp_path, monkeypatch):
    """No GPU here: the adapter refuses to start without CUDA unless told a CPU dry run is
    intended, so the test sets MEDCODE_ORT_CPU_FALLBACK=1 and the CPU provider runs the fp16 file."""
    from medcode.client import MedcodeClient
    from medcode.server.launcher import ServerConfig, TritonServer, free_port

    monkeypatch.setenv("MEDCODE_ORT_CPU_FALLBACK", "1")
    cfg = ServerConfig(
        model_repository=ort_repo, grpc_port=free_port(), http_port=free_port(), metrics_port=free_port()
    )
    note = (paths.EXAMPLES / "01_diabetes_neuropathy.txt").read_text()
    log = tmp_path / "tritonserver.log"
    server = TritonServer(cfg, log_path=log).start(timeout_s=600)
    try:
        with MedcodeClient(server.cfg.grpc_url, timeout_s=300) as client:
            (result,) = client.code([note])
    finally:
        server.stop()
    codes = [c.code for c in result.codes]
    assert codes, "no codes for a diabetic neuropathy note"
    assert any(c.startswith("E11") for c in codes[:10]), codes[:10]
    text = log.read_text(errors="replace")
    assert "no CUDA provider, running on CPU" in text


@pytest.mark.server
def test_gpu_ort_repository_refuses_to_serve_on_cpu_unless_told(ort_repo, tmp_path, monkeypatch):
    from medcode.server.launcher import ServerConfig, ServerError, TritonServer, free_port

    monkeypatch.delenv("MEDCODE_ORT_CPU_FALLBACK", raising=False)
    import onnxruntime

    if "CUDAExecutionProvider" in onnxruntime.get_available_providers():
        pytest.skip(reason="this machine has ONNX Runtime's CUDA provider: the refusal cannot happen")
    cfg = ServerConfig(
        model_repository=ort_repo, grpc_port=free_port(), http_port=free_port(), metrics_port=free_port()
    )
    log = tmp_path / "tritonserver.log"
    server = TritonServer(cfg, log_path=log)
    try:
        with pytest.raises(ServerError):
            server.start(timeout_s=300)
    finally:
        server.stop()
    assert "install onnxruntime-gpu instead of onnxruntime" in log.read_text(errors="replace")


def test_placement_is_replication_per_gpu_as_the_docs_say():
    """ "Sharded across four GPUs" is two whole encoder instances on each GPU (data parallel)."""
    from tritonclient.grpc import model_config_pb2 as mc

    enc = all_configs("gpu")["encoder"]
    groups = [(g.kind, g.count, list(g.gpus)) for g in enc.instance_group]
    assert groups == [(mc.ModelInstanceGroup.KIND_GPU, 2, [g]) for g in (0, 1, 2, 3)]
    clinic = all_configs("gpu-clinic")["encoder"]
    assert [(g.count, list(g.gpus)) for g in clinic.instance_group] == [(2, [0]), (2, [1])]
    ort = all_configs("gpu-ort")["encoder"]
    ((kind, count),) = [(g.kind, g.count) for g in ort.instance_group]
    assert kind == mc.ModelInstanceGroup.KIND_MODEL and count == 2 * len(PROFILES["gpu-ort"].gpus)
    assert ort.parameters["gpus"].string_value == "0"
