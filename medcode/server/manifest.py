"""The model repository's manifest: sha256 of every file plus the versions it was built from.

`medcode export` writes it last; `medcode serve` verifies it first and refuses a repository
that was changed, half-copied, or is a GPU repository whose TensorRT engines were not built.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

MANIFEST = "MANIFEST.json"
ENGINES_NOT_BUILT = "ENGINES_NOT_BUILT"


class RepositoryError(RuntimeError):
    """The model repository is missing, incomplete or does not match its manifest."""


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _files(repo: Path) -> list[Path]:
    return sorted(p for p in repo.rglob("*")
                  if p.is_file() and p.name != MANIFEST and "__pycache__" not in p.parts)


def write_manifest(repo: Path, info: dict) -> Path:
    files = {str(p.relative_to(repo)): sha256_file(p) for p in _files(repo)}
    body = dict(info, files=files)
    out = repo / MANIFEST
    out.write_text(json.dumps(body, indent=2, sort_keys=True))
    return out


def read_manifest(repo: Path) -> dict:
    path = repo / MANIFEST
    if not path.is_file():
        raise RepositoryError(f"{repo}: no {MANIFEST}; build it with `medcode export`")
    try:
        return json.loads(path.read_text())
    except json.JSONDecodeError as exc:
        raise RepositoryError(f"{path}: not valid JSON ({exc.msg})") from exc


def verify_repository(repo: Path, required_models: tuple[str, ...] = ("medcode", "deid", "encoder")) -> dict:
    """Raise RepositoryError unless `repo` is complete and matches its manifest; return it."""
    if not repo.is_dir():
        raise RepositoryError(f"model repository {repo} does not exist; build it with `medcode export`")
    manifest = read_manifest(repo)
    if manifest.get(ENGINES_NOT_BUILT) or (repo / ENGINES_NOT_BUILT).exists():
        raise RepositoryError(f"{repo}: TensorRT engines not built; run "
                              "`medcode export --profile gpu --build-engines` on the GPU host")
    for model in required_models:
        if not (repo / model / "config.pbtxt").is_file():
            raise RepositoryError(f"{repo}: model '{model}' is missing (no config.pbtxt)")
    listed = manifest.get("files", {})
    present = {str(p.relative_to(repo)) for p in _files(repo)}
    missing = sorted(set(listed) - present)
    extra = sorted(present - set(listed))
    if missing:
        raise RepositoryError(f"{repo}: {len(missing)} file(s) in the manifest are missing, e.g. {missing[0]}")
    if extra:
        raise RepositoryError(f"{repo}: {len(extra)} file(s) not in the manifest, e.g. {extra[0]}")
    for rel, digest in listed.items():
        if sha256_file(repo / rel) != digest:
            raise RepositoryError(f"{repo}: {rel} does not match its sha256 in {MANIFEST}")
    return manifest
