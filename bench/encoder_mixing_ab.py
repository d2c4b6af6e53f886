"""Served records/s with the encoder running each request's rows alone (shipped) against rows of
all batched requests run together (before): `medcode bench encoder_mixing_ab`.

Why: the int8 encoder quantizes activations with one scale per batch, so mixing notes' rows made
a note's embeddings (and codes) depend on what else was being coded; the shipped adapter runs
each request (one note's segments) on its own rows (medcode.coding.encoder.OnnxEncoder.encode_note).
Mixing let the length sort pair rows of different notes, so it could pad less: this measures
what keeping notes apart costs. Side "mixed" is a copy of the repository whose encoder adapter
gets back the earlier `_run` (appended below as a subclass; its MANIFEST.json rewritten). Both are
served at once and the same notes are coded through each in alternating rounds at the same
concurrency; prints records/s per round, the medians and their ratio; writes
runs/encoder-mixing-ab-<UTC time>.json. Notes: CodiEsp dev texts (CC BY 4.0, BSC / Plan TL),
every other one with surrogate PHI (as `medcode bench benchmark`).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

from bench import bench_served
from bench.benchmark import bench_notes
from medcode import paths
from medcode.manifest import MANIFEST, read_manifest, write_manifest

# the adapter's earlier `_run`: every batched request's rows concatenated, sorted and sub-batched together
_MIXED_RUN = """

class TritonPythonModel(TritonPythonModel):  # bench side "mixed" only: redefined over the shipped one
    def _run(self, items):
        ids, masks = [i for i, _ in items], [m for _, m in items]
        sizes = [x.shape[0] for x in ids]
        width = max(x.shape[1] for x in ids)
        batch_ids = np.zeros((sum(sizes), width), dtype=np.int32)
        batch_mask = np.zeros_like(batch_ids)
        row = 0
        for i, m in zip(ids, masks):
            batch_ids[row : row + i.shape[0], : i.shape[1]] = i
            batch_mask[row : row + m.shape[0], : m.shape[1]] = m
            row += i.shape[0]
        emb = run_sorted(self.session, batch_ids, batch_mask, self.sub_batch)
        out, row = [], 0
        for n in sizes:
            out.append(np.ascontiguousarray(emb[row : row + n], dtype=np.float32))
            row += n
        return out
"""


def mixed_repository(repo: Path, out: Path) -> Path:
    """A copy of `repo` whose encoder runs the rows of all batched requests together."""
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(repo, out)
    adapter = next(out.glob("encoder/*/model.py"))
    adapter.write_text(adapter.read_text(encoding="utf-8") + _MIXED_RUN, encoding="utf-8")
    info = {k: v for k, v in read_manifest(repo).items() if k != "files"}
    write_manifest(out, info)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="medcode bench encoder_mixing_ab", description=__doc__.splitlines()[0])
    ap.add_argument("--repository", type=Path, default=paths.model_repository("cpu"))
    bench_served.add_ab_arguments(ap)
    a = ap.parse_args(argv)
    if not (a.repository / MANIFEST).exists():
        raise SystemExit(f"no model repository at {a.repository}: run `make demo` first")
    mixed = mixed_repository(a.repository, paths.build_dir() / "encoder-mixing-ab" / "cpu")
    sides: dict[str, tuple[Path, dict[str, str]]] = {"per-request": (a.repository, {}), "mixed": (mixed, {})}
    rounds, med, out = bench_served.ab_rounds("encoder-mixing-ab", sides, bench_notes(paths.codiesp_dir(), a.notes), a)
    ratio = med["per-request"] / med["mixed"]
    print(f"median records/s at {a.concurrency} callers: " + ", ".join(f"{k} {v:.2f}" for k, v in med.items()))
    print(f"ratio per-request / mixed: {ratio:.3f} (throughput change {100 * (ratio - 1):+.1f}%)")
    served = {"repository": str(a.repository), "mixed_repository": str(mixed)}
    bench_served.write_ab_result(out, a, rounds, med, served, {"ratio": ratio})
    print(json.dumps({"ratio": round(ratio, 3)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
