"""The Triton release image the TensorRT profiles serve with, carried in the bundle.

The site supplies the archive (`docker save nvcr.io/nvidia/tritonserver:24.10-py3 -o x.tar`, or an
OCI archive) from its own NVIDIA account: NGC's licence terms are the site's to accept, so
medcode never downloads it. The builder checks it is an image archive, copies it to
`images/<name>.tar` (the path the Ansible role loads), and records its sha256 and reference in
bundle.json; SHA256SUMS lists it like every other file, so the target's verifier rejects a
changed or missing image before anything is installed.
"""

from __future__ import annotations

import re
import shutil
import tarfile
from pathlib import Path

from medcode.manifest import sha256_file

DEFAULT_REFERENCE = "nvcr.io/nvidia/tritonserver:24.10-py3"  # Triton 2.51, as the bundled tritonserver
IMAGES_DIR = "images"


class ImageError(ValueError):
    """Not a container image archive, or a bad reference."""


def archive_name(reference: str) -> str:
    """`nvcr.io/nvidia/tritonserver:24.10-py3` -> `tritonserver-24.10-py3.tar`."""
    last = reference.rsplit("/", 1)[-1]
    if not re.fullmatch(r"[a-z0-9][a-z0-9._-]*(:[A-Za-z0-9._-]+)?", last):
        raise ImageError(f"bad image reference {reference!r}")
    return last.replace(":", "-") + ".tar"


def archive_format(path: Path) -> str:
    """'docker' (docker save: manifest.json) or 'oci' (oci-layout); ImageError otherwise."""
    if not path.is_file() or not tarfile.is_tarfile(path):
        raise ImageError(f"{path} is not a tar archive (expected `docker save` or OCI image output)")
    with tarfile.open(path) as tar:
        names = {n.lstrip("./") for n in tar.getnames()}
    if "oci-layout" in names and "index.json" in names:
        return "oci"
    if "manifest.json" in names:
        return "docker"
    raise ImageError(f"{path} holds no manifest.json or oci-layout: not a container image archive")


def add_container_image(bundle: Path, archive: Path, reference: str = DEFAULT_REFERENCE) -> dict:
    """Copy the site's image archive into the bundle; return what bundle.json records."""
    fmt = archive_format(archive)
    dest = bundle / IMAGES_DIR / archive_name(reference)
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(archive, dest)
    return {
        "reference": reference,
        "file": dest.relative_to(bundle).as_posix(),
        "sha256": sha256_file(dest),
        "format": fmt,
        "bytes": dest.stat().st_size,
        "source": "site-supplied",
    }
