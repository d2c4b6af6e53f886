#!/usr/bin/env python3
"""Check a model repository against its MANIFEST.json (sha256 of every file, no extras).

usage: verify_manifest.py REPOSITORY_DIR   (standard library only: runs on a bare target)
"""

import hashlib
import json
import os
import sys


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def main(repo):
    with open(os.path.join(repo, "MANIFEST.json"), encoding="utf-8") as fh:
        data = json.load(fh)
    files = data.get("files")
    if isinstance(files, list):
        files = {e["path"]: e["sha256"] for e in files}
    if not isinstance(files, dict) or not files:
        sys.exit("MANIFEST.json has no files")
    present = set()
    for root, dirs, names in os.walk(repo):
        dirs[:] = [d for d in dirs if d != "__pycache__"]  # Python's own cache, not model content
        for name in names:
            present.add(os.path.relpath(os.path.join(root, name), repo))
    present.discard("MANIFEST.json")
    problems = [f"missing: {p}" for p in sorted(set(files) - present)]
    problems += [f"not in manifest: {p}" for p in sorted(present - set(files))]
    problems += [
        f"sha256 mismatch: {p}" for p in sorted(set(files) & present) if sha256(os.path.join(repo, p)) != files[p]
    ]
    if problems:
        sys.exit("MODEL REPOSITORY REJECTED: " + "; ".join(problems[:10]))
    print(json.dumps({"version": data.get("version", data.get("model_version")), "files": len(files)}))


if __name__ == "__main__":
    main(sys.argv[1])
