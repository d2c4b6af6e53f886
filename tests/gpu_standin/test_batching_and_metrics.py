"""Ragged batching config, bucketed padding and the Triton-metrics breakdown, without a server."""

import numpy as np
import pytest
import torch


def test_config_allows_ragged_batches_and_model_params(tmp_path):
    from bench.gpu_standin.repo import write_repository
    from medcode.export.configs import parse_pbtxt

    w = tmp_path / "w.npz"
    w.write_bytes(b"placeholder")
    cfg = parse_pbtxt(
        write_repository(tmp_path / "a", w, model_params={"torch_threads": "1", "row_bucket": "16"}).read_text()
    )
    assert all(i.allow_ragged_batch for i in cfg.input)
    assert cfg.parameters["torch_threads"].string_value == "1" and cfg.parameters["row_bucket"].string_value == "16"
    old = parse_pbtxt(write_repository(tmp_path / "b", w, ragged=False).read_text())
    assert not any(i.allow_ragged_batch for i in old.input)
    with pytest.raises(ValueError, match="unknown model parameter"):
        write_repository(tmp_path / "c", w, model_params={"treads": "1"})


def test_pad_batch_buckets_and_keeps_rows():
    from bench.gpu_standin.bert import pad_batch

    a = np.arange(1, 7, dtype=np.int32).reshape(2, 3)
    b = np.full((3, 5), 9, np.int32)
    ma, mb = np.ones_like(a), np.ones_like(b)
    mb[0, 3:] = 0
    batch, rows = pad_batch([a, b], [ma, mb], row_bucket=4, width_bucket=8)
    assert rows == 5 and batch.shape == (2, 8, 8)
    assert (batch[0, :2, :3] == a).all() and (batch[0, 2:5, :5] == b).all()
    assert batch[1, 2].tolist() == [1, 1, 1, 0, 0, 0, 0, 0]
    assert (batch[1, 5:, 0] == 1).all() and batch[1, 5:, 1:].sum() == 0  # padding rows: one token
    exact, _ = pad_batch([a, b], [ma, mb])
    assert exact.shape == (2, 5, 5)


def test_bucketed_padding_does_not_change_embeddings():
    from bench.gpu_standin.bert import BertEncoder, pad_batch

    torch.manual_seed(0)
    cfg = {
        "hidden_size": 32,
        "num_attention_heads": 4,
        "intermediate_size": 64,
        "num_hidden_layers": 2,
        "vocab_size": 50,
        "max_position_embeddings": 64,
    }
    model = BertEncoder(cfg).eval()
    rng = np.random.default_rng(0)
    ids = [rng.integers(1, 50, (n, w)).astype(np.int32) for n, w in ((3, 7), (2, 11))]
    masks = [np.ones_like(x) for x in ids]
    masks[0][1, 4:] = 0
    exact, rows = pad_batch(ids, masks)
    padded, _ = pad_batch(ids, masks, row_bucket=16, width_bucket=32)
    e = model(torch.from_numpy(exact[0]), torch.from_numpy(exact[1]))
    p = model(torch.from_numpy(padded[0]), torch.from_numpy(padded[1]))
    assert torch.isfinite(p).all()
    assert torch.allclose(e, p[:rows], atol=1e-5)


def test_metrics_breakdown_per_request():
    from bench.gpu_standin.bench import parse_metrics, server_breakdown, table

    def text(n, execs, count, req_us, q_us):
        return "\n".join(
            [
                "# HELP nv_inference_count x",
                "# TYPE nv_inference_count counter",
                f'nv_inference_request_success{{model="encoder",version="1"}} {n}',
                'nv_inference_request_success{model="other",version="1"} 999',
                f'nv_inference_count{{model="encoder",version="1"}} {count}',
                f'nv_inference_exec_count{{model="encoder",version="1"}} {execs}',
                f'nv_inference_request_duration_us{{model="encoder",version="1"}} {req_us}',
                f'nv_inference_queue_duration_us{{model="encoder",version="1"}} {q_us}',
                f'nv_inference_compute_infer_duration_us{{model="encoder",version="1"}} {req_us - q_us}',
            ]
        )

    before = parse_metrics(text(10, 10, 170, 50_000, 1_000), "encoder")
    after = parse_metrics(text(110, 30, 1870, 650_000, 201_000), "encoder")
    assert before["nv_inference_request_success"] == 10
    s = server_breakdown(before, after)
    assert s["requests"] == 100 and s["executions"] == 20
    assert s["avg_batch_rows"] == 85.0 and s["avg_requests_per_exec"] == 5.0
    assert s["request_ms"] == 6.0 and s["queue_ms"] == 2.0 and s["compute_infer_ms"] == 4.0
    assert server_breakdown(None, after) is None
    row = {
        "concurrency": 8,
        "records_per_s": 1.0,
        "segments_per_s": 2.0,
        "p50_ms": 3,
        "p95_ms": 4,
        "records": 5,
        "errors": 0,
        "server": s,
    }
    assert "| 6.0 | 2.0 | 4.0 |" in table([row], None)
