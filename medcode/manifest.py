"""The model repository's manifest: sha256 of every file plus the versions it was built from.

`medcode export` writes it last; `medcode serve` verifies it first and refuses a repository
that was changed, half-copied, or is a GPU repository whose TensorRT engines were not built;
`medcode bundle` checks it before carrying a repository. (The Ansible role's
`verify_manifest.py` repeats the check with the standard library only, on purpose: it runs on
the target before medcode is installed.)
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
    return sorted(p for p in repo.rglob("*") if p.is_file() and p.name != MANIFEST and "__pycache__" not in p.parts)


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


def manifest_files(manifest: dict) -> dict[str, str]:
    """{relative path: sha256} from a manifest's `files`: a mapping, or a list of {path, sha256}."""
    files = manifest.get("files")
    if isinstance(files, dict):
        return {str(k): str(v) for k, v in files.items()}
    if isinstance(files, list):
        return {str(e["path"]): str(e["sha256"]) for e in files}
    raise RepositoryError(f"{MANIFEST}: 'files' must be a mapping or a list of {{path, sha256}}")


def manifest_problems(repo: Path, manifest: dict | None = None) -> list[str]:
    """Every difference between `repo` and its manifest (read from `repo` unless given):
    "missing: p", "sha256 mismatch: p", "not in the manifest: p"; empty = exactly as built."""
    listed = manifest_files(manifest if manifest is not None else read_manifest(repo))
    present = {str(p.relative_to(repo)) for p in _files(repo)}
    problems = []
    for rel, digest in sorted(listed.items()):
        if rel not in present:
            problems.append(f"missing: {rel}")
        elif sha256_file(repo / rel) != digest:
            problems.append(f"sha256 mismatch: {rel}")
    problems += [f"not in the manifest: {rel}" for rel in sorted(present - set(listed))]
    return problems


def verify_repository(repo: Path, required_models: tuple[str, ...] = ("medcode", "deid", "encoder")) -> dict:
    """Raise RepositoryError unless `repo` is complete and matches its manifest; return it."""
    if not repo.is_dir():
        raise RepositoryError(f"model repository {repo} does not exist; build it with `medcode export`")
    manifest = read_manifest(repo)
    if manifest.get(ENGINES_NOT_BUILT) or (repo / ENGINES_NOT_BUILT).exists():
        raise RepositoryError(
            f"{repo}: TensorRT engines not built; run `medcode export --profile gpu --build-engines` on the GPU host"
        )
    for model in required_models:
        if not (repo / model / "config.pbtxt").is_file():
            raise RepositoryError(f"{repo}: model '{model}' is missing (no config.pbtxt)")
    problems = manifest_problems(repo, manifest)
    if problems:
        raise RepositoryError(f"{repo}: {len(problems)} file(s) differ from {MANIFEST}, e.g. {problems[0]}")
    return manifest
