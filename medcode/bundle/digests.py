"""SHA-256 helpers shared by the bundle builder and its verifier (one implementation, one format)."""
from __future__ import annotations

import json
from pathlib import Path

from medcode.server.manifest import sha256_file  # one implementation of the file digest

SUMS_NAME = "SHA256SUMS"
SIG_NAME = "SHA256SUMS.asc"
MANIFEST_NAME = "MANIFEST.json"


CACHE_DIRS = ("__pycache__",)  # written by Python when Triton loads a model: never shipped or checked


def walk_files(root: Path) -> list[Path]:
    """Every regular file under root, sorted, as paths relative to root (symlinks refused: a
    bundle must be plain files so that its checksums cover what is installed)."""
    out = []
    for p in sorted(root.rglob("*")):
        if any(part in CACHE_DIRS for part in p.relative_to(root).parts):
            continue
        if p.is_symlink():
            raise ValueError(f"symlink not allowed in a bundle: {p.relative_to(root)}")
        if p.is_file():
            out.append(p.relative_to(root))
    return out


def write_sums(root: Path) -> Path:
    """Write SHA256SUMS (coreutils format, `sha256sum -c` compatible) over every file but itself."""
    lines = []
    for rel in walk_files(root):
        if rel.as_posix() in (SUMS_NAME, SIG_NAME):
            continue
        lines.append(f"{sha256_file(root / rel)}  {rel.as_posix()}\n")
    path = root / SUMS_NAME
    path.write_text("".join(lines))
    return path


def read_manifest(repo: Path) -> dict[str, str]:
    """Read a model repository's MANIFEST.json into {relative path: sha256}.

    Accepts {"files": {path: sha256}} or {"files": [{"path": p, "sha256": h}, ...]}.
    """
    mpath = repo / MANIFEST_NAME
    if not mpath.is_file():
        raise FileNotFoundError(f"model repository has no {MANIFEST_NAME}: {repo}")
    data = json.loads(mpath.read_text())
    files = data.get("files")
    if isinstance(files, dict):
        return {str(k): str(v) for k, v in files.items()}
    if isinstance(files, list):
        return {str(e["path"]): str(e["sha256"]) for e in files}
    raise ValueError(f"{mpath}: 'files' must be a mapping or a list of {{path, sha256}}")


def verify_manifest(repo: Path) -> list[str]:
    """Problems found checking a model repository against its manifest (empty list = good)."""
    expected = read_manifest(repo)
    problems = []
    present = {p.as_posix() for p in walk_files(repo)} - {MANIFEST_NAME}
    for rel, digest in sorted(expected.items()):
        if rel not in present:
            problems.append(f"missing: {rel}")
        elif sha256_file(repo / rel) != digest:
            problems.append(f"sha256 mismatch: {rel}")
    for rel in sorted(present - set(expected)):
        problems.append(f"not in manifest: {rel}")
    return problems


def write_manifest(repo: Path, version: str) -> Path:
    """Write MANIFEST.json for a model repository (used for test repositories and re-stamping)."""
    files = {p.as_posix(): sha256_file(repo / p) for p in walk_files(repo) if p.as_posix() != MANIFEST_NAME}
    path = repo / MANIFEST_NAME
    path.write_text(json.dumps({"version": version, "files": files}, indent=1, sort_keys=True) + "\n")
    return path
