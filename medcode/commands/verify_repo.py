"""`medcode verify-repo REPO`: check a model repository against its MANIFEST.json.

The production service runs it before every start (systemd `ExecStartPre=`, or the
start-stop-daemon helper on hosts without systemd) when the unit runs `tritonserver` directly
rather than `medcode serve` (which verifies by itself): a changed, missing or extra file, or a
GPU repository whose TensorRT engines were never built, stops the start. It is the check
`medcode serve` makes (medcode.manifest.verify_repository), so both starts refuse the same
repositories.

Exit 0 with one line naming the release and the file count; 1 naming the first difference.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from medcode.manifest import RepositoryError, manifest_files, verify_repository


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="medcode verify-repo", description=__doc__.split("\n\n")[0])
    ap.add_argument("repository", type=Path, help="model repository folder (holds MANIFEST.json)")
    a = ap.parse_args(argv)
    try:
        manifest = verify_repository(a.repository)
    except (RepositoryError, OSError, ValueError) as exc:
        print(f"medcode verify-repo: REFUSED: {exc}", file=sys.stderr)
        return 1
    release = manifest.get("version") or manifest.get("model_version") or "unversioned"
    print(
        f"medcode verify-repo: {a.repository} matches its manifest: release {release}, {len(manifest_files(manifest))} files"
    )
    return 0
