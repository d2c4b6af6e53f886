"""A second release of a real medcode model repository, for the upgrade/rollback test.

Why: `make test-ops` must tell which release Triton serves. The `medcode` model returns
`model_version` from its `version.json` in every coding result, so a copy whose version.json
(and MANIFEST.json) say another version is a distinguishable release with the same models.
The source repository is only read.

    python tests/ops/release_copy.py SRC DST VERSION
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

from medcode.manifest import read_manifest, verify_repository, write_manifest

VERSION_FILE = Path("medcode/1/version.json")


def copy_release(src: Path, dst: Path, version: str) -> Path:
    verify_repository(src)
    if dst.exists():
        raise SystemExit(f"{dst} exists")
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__"))
    info = json.loads((dst / VERSION_FILE).read_text())
    info["model_version"] = version
    (dst / VERSION_FILE).write_text(json.dumps(info, indent=2, sort_keys=True))
    manifest = read_manifest(dst)
    manifest.pop("files", None)
    manifest["model_version"] = version
    write_manifest(dst, manifest)
    verify_repository(dst)
    return dst


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit(__doc__.strip().splitlines()[-1].strip())
    print(copy_release(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]))
