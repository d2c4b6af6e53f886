"""Export pipeline checks that need no GPU: configs against Triton's schema, ONNX I/O against
the configs, TensorRT operator support, parity, and the GPU repository's "engines not built"
state. TensorRT itself cannot run here (no TensorRT library or GPU on CI machines)."""

from __future__ import annotations

import shutil

import onnx
import pytest

from medcode import paths
from medcode.export.configs import PROFILES, all_configs, parse_pbtxt, to_pbtxt
from medcode.export.tensorrt_build import optimisation_profile
from medcode.export.tensorrt_ops import unsupported_ops
from medcode.manifest import RepositoryError, verify_repository

ENCODERS = paths.build_dir() / "encoder"


@pytest.mark.parametrize("profile", sorted(PROFILES))
def test_configs_parse_against_tritons_schema(profile):
    for name, cfg in all_configs(profile).items():
        assert parse_pbtxt(to_pbtxt(cfg)) == cfg, name


def test_gpu_profile_places_encoders_on_all_four_gpus_and_keeps_the_contract():
    gpu, cpu = all_configs("gpu"), all_configs("cpu")
    enc = gpu["encoder"]
    assert enc.platform == "tensorrt_plan"
    assert sorted(g for grp in enc.instance_group for g in grp.gpus) == [0, 1, 2, 3]
    for name in ("medcode", "deid"):
        assert list(gpu[name].input) == list(cpu[name].input)
        assert list(gpu[name].output) == list(cpu[name].output)
    shape = lambda cfg: [(i.name, i.data_type, list(i.dims)) for i in cfg.input]
    assert shape(gpu["encoder"]) == shape(cpu["encoder"])
    assert list(gpu["encoder"].output) == list(cpu["encoder"].output)


def test_requests_of_different_widths_can_batch_on_both_profiles():
    """Without ragged batching Triton merges only equal-shape requests: each note's segments ran
    alone (GPU run, docs/performance.md). CPU: ragged inputs, padded by the adapter; GPU
    (TensorRT takes no ragged input): `medcode` pads widths to a multiple so requests match."""
    cpu, gpu = all_configs("cpu"), all_configs("gpu")
    assert all(i.allow_ragged_batch for i in cpu["encoder"].input)
    assert cpu["medcode"].parameters["encoder_pad_multiple"].string_value == "0"
    assert int(gpu["medcode"].parameters["encoder_pad_multiple"].string_value) > 0
    assert gpu["medcode"].parameters["encoder_chunk"].string_value == str(gpu["encoder"].max_batch_size)


@pytest.mark.parametrize("profile", ["gpu", "gpu-clinic"])
def test_tensorrt_profiles_agree_with_max_batch_size(profile):
    cfg = all_configs(profile)["encoder"]
    for _name, (mn, opt, mx) in optimisation_profile(profile).items():
        assert mn[0] == 1 and mn[0] <= opt[0] <= mx[0] == cfg.max_batch_size
        assert mx[1] == PROFILES[profile].max_seq_len


@pytest.mark.parametrize("precision", ["fp32", "int8"])
def test_onnx_inputs_outputs_match_the_encoder_config(precision):
    model = onnx.load(str(ENCODERS / precision / "model.onnx"), load_external_data=False)
    cfg = all_configs("cpu")["encoder"]
    ins = {i.name: i for i in model.graph.input}
    assert set(ins) == {i.name for i in cfg.input}
    for i in ins.values():
        assert i.type.tensor_type.elem_type == onnx.TensorProto.INT32
        assert len(i.type.tensor_type.shape.dim) == 2  # dynamic batch and sequence
        assert all(d.dim_param for d in i.type.tensor_type.shape.dim)
    (out,) = model.graph.output
    assert out.name == cfg.output[0].name
    assert out.type.tensor_type.shape.dim[1].dim_value == cfg.output[0].dims[0] == 384
    assert max(o.version for o in model.opset_import if o.domain in ("", "ai.onnx")) >= 17


def test_graph_for_tensorrt_uses_only_supported_operators():
    model = onnx.load(str(ENCODERS / "fp32" / "model.onnx"), load_external_data=False)
    assert unsupported_ops(model) == []
    fused = onnx.helper.make_model(
        onnx.helper.make_graph([onnx.helper.make_node("Attention", ["x"], ["y"], domain="com.microsoft")], "g", [], [])
    )
    assert unsupported_ops(fused) == ["com.microsoft::Attention"]


def test_parity_against_pytorch_on_real_notes():
    from medcode.export.encoder_export import packaged_model_dir
    from medcode.export.parity import MIN_COSINE, check_parity, sample_sentences

    sents = sample_sentences([paths.EXAMPLES], limit=24)
    rep = check_parity(packaged_model_dir(), {"fp32": ENCODERS / "fp32"}, sents)
    assert rep["fp32"]["mean_cosine"] >= MIN_COSINE["fp32"] and rep["fp32"]["max_abs_diff"] < 1e-3


def test_the_cpu_repository_serves_the_committed_tuned_encoder_and_a_coder_fitted_on_it():
    from medcode.commands.export import read_coder_embeddings
    from medcode.export.encoder_export import TUNED_DIR, is_tuned
    from medcode.manifest import sha256_file

    served = paths.model_repository("cpu") / "encoder" / "1" / "model.onnx"
    assert is_tuned(ENCODERS / "int8")
    assert sha256_file(served) == sha256_file(TUNED_DIR / "model.onnx")
    fitted = (paths.coder_dir() / "embeddings.json").read_text()
    assert read_coder_embeddings(paths.coder_dir()) == "int8" and sha256_file(served) in fitted


# The GPU profiles' export (fp16, engines not built, serve refuses, static checks) runs from a
# temporary build folder in tests/export/test_gpu_profiles.py, never writing into build/.


def test_manifest_catches_tampering(tmp_path):
    repo = paths.model_repository("cpu")
    copy = tmp_path / "repo"
    shutil.copytree(repo, copy)
    verify_repository(copy)
    cfg = copy / "deid" / "config.pbtxt"
    cfg.write_text(cfg.read_text().replace("max_batch_size: 16", "max_batch_size: 4"))
    with pytest.raises(RepositoryError, match="sha256"):
        verify_repository(copy)
    shutil.copytree(repo, tmp_path / "repo2")
    (tmp_path / "repo2" / "medcode" / "1" / "stray.txt").write_text("x")
    with pytest.raises(RepositoryError, match="not in the manifest"):
        verify_repository(tmp_path / "repo2")
    (tmp_path / "repo2" / "medcode" / "1" / "stray.txt").unlink()
    (tmp_path / "repo2" / "deid" / "1" / "model.py").unlink()
    with pytest.raises(RepositoryError, match="missing"):
        verify_repository(tmp_path / "repo2")
