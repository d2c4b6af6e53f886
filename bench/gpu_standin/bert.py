"""A plain-PyTorch BERT encoder (no transformers import) with mean pooling + L2 normalisation.

Why: the GPU test machine has no TensorRT and its transformers does not import beside numpy<2
(which the Triton Python backend needs), so the stand-in is written against torch alone. It
computes what the exported ONNX graph computes: BERT (post-LayerNorm, exact GELU, token types
all zero) -> mean over valid tokens -> L2 normalisation, for INT32 ids/masks.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn


class _Layer(nn.Module):
    def __init__(self, hidden: int, heads: int, inter: int, eps: float):
        super().__init__()
        self.heads = heads
        self.query, self.key, self.value = (nn.Linear(hidden, hidden) for _ in range(3))
        self.attn_out = nn.Linear(hidden, hidden)
        self.attn_norm = nn.LayerNorm(hidden, eps=eps)
        self.inter = nn.Linear(hidden, inter)
        self.out = nn.Linear(inter, hidden)
        self.out_norm = nn.LayerNorm(hidden, eps=eps)

    def forward(self, x: torch.Tensor, key_mask: torch.Tensor) -> torch.Tensor:
        b, n, h = x.shape
        split = lambda t: t.view(b, n, self.heads, h // self.heads).transpose(1, 2)
        ctx = F.scaled_dot_product_attention(
            split(self.query(x)), split(self.key(x)), split(self.value(x)), attn_mask=key_mask
        )
        x = self.attn_norm(x + self.attn_out(ctx.transpose(1, 2).reshape(b, n, h)))
        return self.out_norm(x + self.out(F.gelu(self.inter(x))))


class BertEncoder(nn.Module):
    """`forward(input_ids, attention_mask) -> (batch, hidden)` float32 unit vectors."""

    _MAP = {
        "attention.self.query": "query",
        "attention.self.key": "key",
        "attention.self.value": "value",
        "attention.output.dense": "attn_out",
        "attention.output.LayerNorm": "attn_norm",
        "intermediate.dense": "inter",
        "output.dense": "out",
        "output.LayerNorm": "out_norm",
    }

    def __init__(self, cfg: dict):
        super().__init__()
        h = cfg["hidden_size"]
        eps = cfg.get("layer_norm_eps", 1e-12)
        self.word = nn.Embedding(cfg["vocab_size"], h)
        self.position = nn.Embedding(cfg["max_position_embeddings"], h)
        self.token_type = nn.Embedding(2, h)
        self.norm = nn.LayerNorm(h, eps=eps)
        self.layers = nn.ModuleList(
            _Layer(h, cfg["num_attention_heads"], cfg["intermediate_size"], eps)
            for _ in range(cfg["num_hidden_layers"])
        )

    @classmethod
    def from_weights(cls, cfg: dict, weights: dict, device="cpu", dtype=torch.float32) -> BertEncoder:
        """Build from exported names (`bench.gpu_standin.weights`); strict: every
        parameter must be present exactly once."""
        model = cls(cfg)
        state = {}
        for name, arr in weights.items():
            state[cls._rename(name)] = torch.as_tensor(arr).to(torch.float32)
        model.load_state_dict(state, strict=True)
        return model.to(device=device, dtype=dtype).eval()

    @classmethod
    def _rename(cls, name: str) -> str:
        emb = {
            "embeddings.word_embeddings.weight": "word.weight",
            "embeddings.position_embeddings.weight": "position.weight",
            "embeddings.token_type_embeddings.weight": "token_type.weight",
            "embeddings.LayerNorm.weight": "norm.weight",
            "embeddings.LayerNorm.bias": "norm.bias",
        }
        if name in emb:
            return emb[name]
        parts = name.split(".")  # encoder.layer.{i}.<module...>.{weight|bias}
        if parts[:2] != ["encoder", "layer"]:
            raise KeyError(f"unexpected weight name {name!r}")
        module = ".".join(parts[3:-1])
        if module not in cls._MAP:
            raise KeyError(f"unexpected weight name {name!r}")
        return f"layers.{parts[2]}.{cls._MAP[module]}.{parts[-1]}"

    @torch.inference_mode()
    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        ids = input_ids.long()
        n = ids.shape[1]
        pos = torch.arange(n, device=ids.device)
        x = self.word(ids) + self.position(pos)[None] + self.token_type.weight[0]
        x = self.norm(x)
        valid = attention_mask.bool()
        key_mask = valid[:, None, None, :]  # broadcast over heads and queries
        for layer in self.layers:
            x = layer(x, key_mask)
        m = valid.unsqueeze(-1).to(torch.float32)
        summed = (x.float() * m).sum(1)
        mean = summed / m.sum(1).clamp_min(1e-9)
        return mean / mean.norm(dim=-1, keepdim=True).clamp_min(1e-9)


def load_encoder(npz_path, device: str = "cpu", dtype: str = "float32") -> BertEncoder:
    """Load an encoder saved by `weights.save_npz` onto `device` in `dtype` (self-contained, so
    the Triton model needs only this file beside it)."""
    import json

    import numpy as np

    with np.load(npz_path) as z:
        cfg = json.loads(z["__config__"].tobytes().decode())
        w = {k: z[k] for k in z.files if k != "__config__"}
    return BertEncoder.from_weights(cfg, w, device=device, dtype=getattr(torch, dtype))


def round_up(n: int, bucket: int) -> int:
    """`n` rounded up to a multiple of `bucket` (bucket <= 1: unchanged)."""
    return n if bucket <= 1 else -(-n // bucket) * bucket


def pad_batch(ids: list, masks: list, row_bucket: int = 1, width_bucket: int = 1):
    """Stack requests' INT32 [rows_i, width_i] ids/masks into one [2, R, W] array, R and W rounded
    up to the buckets so that few distinct shapes reach the GPU (a per-new-shape cost, e.g. a
    cuDNN attention graph build, is then paid only at warm-up). Padding rows get one valid token
    so attention never sees an all-masked row (NaN); their outputs are dropped by the caller.
    Returns (array, real row count)."""
    import numpy as np

    rows = sum(x.shape[0] for x in ids)
    width = max(x.shape[1] for x in ids)
    batch = np.zeros((2, round_up(rows, row_bucket), round_up(width, width_bucket)), dtype=np.int32)
    row = 0
    for i, m in zip(ids, masks):
        batch[0, row : row + i.shape[0], : i.shape[1]] = i
        batch[1, row : row + m.shape[0], : m.shape[1]] = m
        row += i.shape[0]
    batch[1, rows:, 0] = 1
    return batch, rows
