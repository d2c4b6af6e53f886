"""The GPU stand-in (plain-torch BERT on weights extracted from the exported ONNX) must compute
what the exported ONNX computes, on real CodiEsp sentences (CC BY 4.0, BSC / Plan TL)."""

import numpy as np
import pytest
import torch

from medcode import paths

ONNX_DIR = paths.encoder_dir("fp32")  # exported by `make repo` (hence the `repository` marker)
NOTES = paths.codiesp_dir() / "train" / "text_files_en"


@pytest.fixture(scope="module")
def extracted():
    from bench.gpu_standin.weights import extract

    return extract(ONNX_DIR / "model.onnx")


@pytest.fixture(scope="module")
def batch():
    from medcode.coding.encoder import Tokenizer
    from medcode.text.segment import split_sentences

    notes = [p.read_text(encoding="utf-8") for p in sorted(NOTES.glob("*.txt"))[:6]]
    sents = [s.text(n) for n in notes for s in split_sentences(n)][:48]
    return Tokenizer(ONNX_DIR / "tokenizer.json")(sents)


@pytest.fixture(scope="module")
def onnx_emb(batch):
    from medcode.coding.encoder import make_session

    sess = make_session(ONNX_DIR / "model.onnx")
    return sess.run(["sentence_embedding"], {"input_ids": batch[0], "attention_mask": batch[1]})[0]


def _torch_emb(weights, batch, cast=None):
    from bench.gpu_standin.bert import BertEncoder
    from bench.gpu_standin.weights import _config_from_weights

    w = {k: (v.astype(cast).astype(np.float32) if cast else v) for k, v in weights.items()}
    model = BertEncoder.from_weights(_config_from_weights(weights), w)
    return model(torch.from_numpy(batch[0]), torch.from_numpy(batch[1])).numpy()


def _cos(a, b):
    return (a * b).sum(1) / np.linalg.norm(a, axis=1) / np.linalg.norm(b, axis=1)


def test_extracted_weights_equal_packaged_safetensors(extracted):
    from safetensors.numpy import load_file

    from medcode.export.encoder_export import packaged_model_dir

    ref = load_file(str(packaged_model_dir() / "model.safetensors"))
    ref = {k.removeprefix("bert."): v for k, v in ref.items()}
    assert set(extracted) <= set(ref)
    for k, v in extracted.items():
        assert v.shape == ref[k].shape, k
        np.testing.assert_allclose(v, ref[k], atol=1e-6, err_msg=k)


def test_fp32_matches_onnx(extracted, batch, onnx_emb):
    emb = _torch_emb(extracted, batch)
    assert emb.shape == onnx_emb.shape
    assert _cos(emb, onnx_emb).min() >= 0.9999
    np.testing.assert_allclose(np.linalg.norm(emb, axis=1), 1.0, atol=1e-4)


def test_fp16_weights_upcast_match_onnx(extracted, batch, onnx_emb):
    emb = _torch_emb(extracted, batch, cast=np.float16)
    assert _cos(emb, onnx_emb).min() >= 0.999


def test_npz_round_trip_and_padding_invariance(extracted, batch, tmp_path):
    from bench.gpu_standin.bert import load_encoder
    from bench.gpu_standin.weights import save_npz

    save_npz(extracted, tmp_path / "w.npz")
    model = load_encoder(tmp_path / "w.npz")
    ids, mask = (torch.from_numpy(x[:4]) for x in batch)
    wide = [torch.nn.functional.pad(x, (0, 7)) for x in (ids, mask)]
    a, b = model(ids, mask).numpy(), model(*wide).numpy()
    assert _cos(a, b).min() >= 0.99999  # padding must not change the embedding


def test_rejects_unknown_weight_names(extracted):
    from bench.gpu_standin.bert import BertEncoder
    from bench.gpu_standin.weights import _config_from_weights

    bad = dict(extracted)
    bad["encoder.layer.0.attention.self.bogus.weight"] = bad.pop("encoder.layer.0.attention.self.query.weight")
    with pytest.raises(KeyError, match="bogus"):
        BertEncoder.from_weights(_config_from_weights(extracted), bad)
