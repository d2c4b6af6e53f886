"""Where the `tritonserver` binary bundled in the nvidia-pytriton wheel and its parts live.

Why: the wheel ships a complete Triton 2.51 (binary, shared libraries, Python backend and one
backend stub per Python version), but the stub must sit beside `libtriton_python.so` in a
backend folder of our own, and the libraries must be on LD_LIBRARY_PATH.
"""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from pathlib import Path


class TritonNotFound(RuntimeError):
    """The bundled server (nvidia-pytriton) is not installed in this environment."""


@dataclass(frozen=True)
class TritonInstall:
    binary: Path
    libs: Path
    python_backend: Path
    stub: Path
    cache_dir: Path


def find_triton() -> TritonInstall:
    try:
        import pytriton
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise TritonNotFound("nvidia-pytriton is not installed; run `make setup`") from exc
    root = Path(pytriton.__file__).resolve().parent / "tritonserver"
    site = root.parent.parent
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    inst = TritonInstall(
        binary=root / "bin" / "tritonserver",
        libs=site / "nvidia_pytriton.libs",
        python_backend=root / "backends" / "python",
        stub=root / "python_backend_stubs" / version / "triton_python_backend_stub",
        cache_dir=root / "caches",
    )
    for p in (inst.binary, inst.libs, inst.python_backend, inst.stub):
        if not p.exists():
            raise TritonNotFound(f"incomplete nvidia-pytriton install: {p} is missing")
    return inst


def prepare_backend_dir(inst: TritonInstall, backends_root: Path) -> Path:
    """Make `<backends_root>/python/` with the backend library, its utils and this Python's stub."""
    py = backends_root / "python"
    py.mkdir(parents=True, exist_ok=True)
    for src in (
        inst.python_backend / "libtriton_python.so",
        inst.python_backend / "triton_python_backend_utils.py",
        inst.stub,
    ):
        dst = py / src.name
        if not dst.exists() or dst.stat().st_size != src.stat().st_size:
            shutil.copy2(src, dst)
    return backends_root
