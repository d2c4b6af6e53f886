"""SHA256SUMS of a bundle: written by the builder, checked by the target's verifier (one format).

Model-repository manifests are `medcode.manifest`'s: one reader and verifier for
`medcode serve` and the bundle builder."""

from __future__ import annotations

from pathlib import Path

from medcode.manifest import sha256_file  # one implementation of the file digest

SUMS_NAME = "SHA256SUMS"
SIG_NAME = "SHA256SUMS.asc"


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
