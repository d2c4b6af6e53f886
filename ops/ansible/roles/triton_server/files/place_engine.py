#!/usr/bin/env python3
"""Place a TensorRT engine built on the target into a model release, and rewrite its manifest.

usage: place_engine.py RELEASE_DIR PLAN [--image IMAGE]

Standard library only (it runs on the target). In order, refusing on any problem:
1. every file of RELEASE_DIR matches MANIFEST.json (as verify_manifest.py checks), and nothing
   is there that the manifest does not list;
2. the engine profile the release carries (encoder/tensorrt_profile.json) agrees with
   encoder/config.pbtxt: max batch = max_batch_size;
3. PLAN is non-empty; it is copied to encoder/1/model.plan, the ENGINES_NOT_BUILT marker is
   removed, the manifest gets the plan's sha256 and `ENGINES_NOT_BUILT: false`, and is written
   atomically; then the release is verified again.
"""

import argparse
import datetime
import hashlib
import json
import os
import re
import shutil
import sys
from pathlib import Path

MANIFEST = "MANIFEST.json"
MARKER = "ENGINES_NOT_BUILT"


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def files_of(repo):
    return {
        str(p.relative_to(repo))
        for p in repo.rglob("*")
        if p.is_file() and p.name != MANIFEST and "__pycache__" not in p.parts
    }


def problems(repo, manifest):
    listed = manifest["files"]
    out = [f"missing: {r}" for r in sorted(listed) if not (repo / r).is_file()]
    out += [f"sha256 mismatch: {r}" for r in sorted(listed) if (repo / r).is_file() and sha256(repo / r) != listed[r]]
    out += [f"not in the manifest: {r}" for r in sorted(files_of(repo) - set(listed))]
    return out


def fail(msg):
    print(f"place_engine: {msg}", file=sys.stderr)
    sys.exit(1)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("release", type=Path)
    ap.add_argument("plan", type=Path)
    ap.add_argument("--image", default="")
    args = ap.parse_args(argv)
    repo = args.release
    manifest = json.loads((repo / MANIFEST).read_text())
    if not isinstance(manifest.get("files"), dict):
        fail("the manifest's files must be a mapping")
    bad = problems(repo, manifest)
    if bad:
        fail(f"{repo} does not match its manifest before placing the engine: {bad[:5]}")
    profile = json.loads((repo / "encoder" / "tensorrt_profile.json").read_text())
    config = (repo / "encoder" / "config.pbtxt").read_text()
    m = re.search(r"^max_batch_size:\s*(\d+)", config, re.M)
    if not m or int(m.group(1)) != profile["max_batch_size"]:
        fail(f"encoder/config.pbtxt max_batch_size {m and m.group(1)} != engine profile {profile['max_batch_size']}")
    for name, s in profile["shapes"].items():
        if s["max"][0] != profile["max_batch_size"] or s["max"][1] != profile["max_seq_len"]:
            fail(f"engine profile {name} max {s['max']} != ({profile['max_batch_size']}, {profile['max_seq_len']})")
    if not args.plan.is_file() or args.plan.stat().st_size == 0:
        fail(f"no engine at {args.plan} (trtexec failed?)")
    dest = repo / profile["plan"]
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".tmp")
    shutil.copyfile(args.plan, tmp)
    os.chmod(tmp, 0o644)
    os.replace(tmp, dest)
    (repo / MARKER).unlink(missing_ok=True)
    manifest["files"][profile["plan"]] = sha256(dest)
    manifest["files"].pop(MARKER, None)
    manifest[MARKER] = False
    manifest["tensorrt_engine"] = {
        "image": args.image,
        "built_at": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "trtexec_shapes": profile["trtexec_shapes"],
        "precision": "fp16",
    }
    tmp = repo / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps(manifest, indent=2, sort_keys=True))
    os.chmod(tmp, 0o644)
    os.replace(tmp, repo / MANIFEST)
    bad = problems(repo, manifest)
    if bad:
        fail(f"{repo} does not match the rewritten manifest: {bad[:5]}")
    print(json.dumps({"placed": str(dest), "sha256": manifest["files"][profile["plan"]]}))


if __name__ == "__main__":
    main()
