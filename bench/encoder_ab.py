"""Served end-to-end records/s with the tuned encoder against the packaged one: `medcode bench encoder_ab`.

Two CPU repositories, identical but for the encoder and the coder fitted on it: the default
export (the tuned encoder committed in `medcode/coding/encoder_model/`) and one exported with
`--encoder packaged` (all-MiniLM-L6-v2 as packaged, 6 layers, int8), built in its own build
folder (`build/encoder-ab/packaged/`, first run: about 6 minutes, then reused). Both are served
at once and the same notes are coded through each in alternating rounds (A B A B ...) at the
same concurrency, so both see the same machine load; `--other-repository DIR` adds a third side
(a repository exported with another tuned encoder) to the same rounds. Prints records/s per round, the medians and
their ratio; writes runs/encoder-ab-<UTC time>.json. Notes: CodiEsp dev texts (CC BY 4.0, BSC /
Plan TL), every other one with surrogate PHI (as `medcode bench benchmark`).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from bench import bench_served
from bench.benchmark import bench_notes
from medcode import paths
from medcode.manifest import MANIFEST


def packaged_repository(build: Path) -> Path:
    """Export the CPU repository with the packaged encoder into its own build folder (reused)."""
    repo = build / "model_repository" / "cpu"
    if (repo / MANIFEST).exists():
        return repo
    fp32 = paths.encoder_dir("fp32")
    if (fp32 / "model.onnx").exists() and not (build / "encoder" / "fp32").exists():
        shutil.copytree(fp32, build / "encoder" / "fp32")  # the same Optimum export; saves a minute
    env = dict(os.environ, MEDCODE_BUILD_DIR=str(build))
    medcode = Path(sys.executable).with_name("medcode")  # the venv's console script
    cmd = [str(medcode), "export", "--profile", "cpu", "--encoder", "packaged", "--out", str(repo)]
    subprocess.run(cmd, env=env, check=True)
    return repo


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="medcode bench encoder_ab", description=__doc__.splitlines()[0])
    ap.add_argument("--repository", type=Path, default=paths.model_repository("cpu"), help="the tuned side")
    ap.add_argument(
        "--packaged-repository",
        type=Path,
        help="the packaged side (default: exported into build/encoder-ab/packaged on first use)",
    )
    ap.add_argument(
        "--other-repository",
        type=Path,
        help="a third side: a repository exported with another tuned encoder (e.g. a candidate with fewer layers)",
    )
    bench_served.add_ab_arguments(ap)
    a = ap.parse_args(argv)
    repos = {
        "packaged (6 layers)": a.packaged_repository
        or packaged_repository(paths.build_dir() / "encoder-ab" / "packaged"),
        "tuned": a.repository,
    }
    if a.other_repository:
        repos["other"] = a.other_repository
    sides: dict[str, tuple[Path, dict[str, str]]] = {side: (repo, {}) for side, repo in repos.items()}
    rounds, med, out = bench_served.ab_rounds("encoder-ab", sides, bench_notes(paths.codiesp_dir(), a.notes), a)
    base, tuned = med["packaged (6 layers)"], med["tuned"]
    ratio = tuned / base
    print(f"median records/s at {a.concurrency} callers: packaged {base:.2f}, tuned {tuned:.2f}")
    print(f"ratio tuned / packaged: {ratio:.3f}")
    ratios = {"ratio_tuned_over_packaged": ratio}
    if "other" in med:
        ratios["ratio_other_over_packaged"] = med["other"] / base
        print(f"ratio other / packaged: {ratios['ratio_other_over_packaged']:.3f} (other {med['other']:.2f})")
    served = {"repositories": {k: str(v) for k, v in repos.items()}}
    bench_served.write_ab_result(out, a, rounds, med, served, ratios)
    return 0


if __name__ == "__main__":
    sys.exit(main())
