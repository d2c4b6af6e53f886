"""The stand-in's Triton config and the benchmark's record handling, without a server or GPU."""

from pathlib import Path

import numpy as np
import pytest

from medcode.export.configs import PROFILES, encoder_config, parse_pbtxt


def test_config_matches_cpu_encoder_contract(tmp_path):
    from tritonclient.grpc import model_config_pb2 as mc

    from bench.gpu_standin.repo import write_repository

    weights = tmp_path / "w.npz"
    weights.write_bytes(b"placeholder")  # the generator only checks the file exists
    cfg_path = write_repository(tmp_path / "repo", weights)
    cfg = parse_pbtxt(cfg_path.read_text())
    cpu = encoder_config(PROFILES["cpu"])
    assert cfg.name == "encoder" and cfg.backend == "python" and not cfg.platform
    for i in cfg.input:  # like the CPU encoder, the stand-in batches ragged widths (the model pads)
        assert i.allow_ragged_batch
    assert list(cfg.input) == list(cpu.input) and list(cfg.output) == list(cpu.output)
    assert cfg.max_batch_size == 256
    assert list(cfg.dynamic_batching.preferred_batch_size) == [64, 128, 256]
    assert all(p <= cfg.max_batch_size for p in cfg.dynamic_batching.preferred_batch_size)
    (group,) = cfg.instance_group
    assert group.kind == mc.ModelInstanceGroup.KIND_GPU and group.count == 2 and list(group.gpus) == [0]
    assert Path(cfg.parameters["weights"].string_value).is_absolute()
    assert "stand-in" in cfg.parameters["standin"].string_value
    for f in ("model.py", "bert.py"):
        assert (cfg_path.parent / "1" / f).is_file()


def test_missing_weights_fail_clearly(tmp_path):
    from bench.gpu_standin.repo import write_repository

    with pytest.raises(FileNotFoundError, match="weights"):
        write_repository(tmp_path / "repo", tmp_path / "absent.npz")


def test_records_round_trip_and_chunks(tmp_path):
    from bench.gpu_standin.bench import _chunks, load_records
    from bench.gpu_standin.prepare import tokenize_notes

    class FakeTokenizer:  # whitespace ids: enough to check the flat layout, not the vocabulary
        def __call__(self, texts):
            rows = [[len(w) for w in t.split()] or [1] for t in texts]
            w = max(map(len, rows))
            ids = np.zeros((len(rows), w), np.int32)
            for i, r in enumerate(rows):
                ids[i, : len(r)] = r
            return ids, (ids > 0).astype(np.int32)

    notes = ["Patient has fever. Cough for two weeks.\nNo rash.", "Single line note"]
    flat = tokenize_notes(notes, FakeTokenizer())
    np.savez(tmp_path / "r.npz", **flat)
    recs = load_records(tmp_path / "r.npz")
    assert [r[0].shape[0] for r in recs] == [3, 1]
    ids, mask = recs[0]
    assert ids.dtype == np.int32 and mask.dtype == np.int32
    assert list(mask.sum(1)) == [3, 4, 2]
    assert [c[0].shape[0] for c in _chunks(ids, mask, 2)] == [2, 1]


def test_inconsistent_records_rejected(tmp_path):
    from bench.gpu_standin.bench import load_records

    np.savez(
        tmp_path / "bad.npz",
        tokens=np.ones(5, np.int32),
        seg_len=np.array([2, 2], np.int32),
        rec_nseg=np.array([2], np.int32),
    )
    with pytest.raises(ValueError, match="inconsistent"):
        load_records(tmp_path / "bad.npz")
