"""`medcode bundle --out DIR`: build the signed offline bundle carried to an air-gapped site.

Layout of DIR (everything listed in SHA256SUMS, which is signed by SHA256SUMS.asc):
  apt/                flat apt repository, InRelease signed with the bundle key
  wheels/             Python wheelhouse and its hash-pinned lock, wheels/requirements.txt
  models/<version>/   Triton model repository with MANIFEST.json (sha256 of every file)
  codesets/hcpcs.csv  HCPCS Level II (CMS, public domain): the server reads it at run time
  codesets/icd10cm_fy2025.tsv.gz  ICD-10-CM FY2025 code list, for dates of service in FY2025
  prometheus/rules/   medcode alert rules;  grafana/dashboards/  dashboards as JSON
  images/             the Triton release image archive (TensorRT profiles; site-supplied, --container-image)
  wheels-container/   wheelhouse for the image's Python (with --container-image and a wheelhouse)
  wheels-gpu/         onnxruntime-gpu and its CUDA wheels for the gpu-ort profile (--ort-gpu-wheels)
  bundle.json         versions, contents, and what is carried only by reference
The public key is written OUTSIDE the bundle (--pubkey-out): it must reach the site by a
separate channel, since a key inside the bundle would vouch for itself.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from medcode import paths
from medcode.codesets.years import fy2025_file
from medcode.manifest import MANIFEST, manifest_problems, read_manifest, sha256_file

from . import apt_repo, digests, images, signing, wheelhouse


class BundleError(Exception):
    """A bundle cannot be built from what was given (bad input, not a crash)."""


# Debian 12 packages the roles install; the closure of their dependencies is added.
APT_PACKAGES = [
    "prometheus",
    "prometheus-alertmanager",
    "prometheus-node-exporter",
    "chrony",
    "logrotate",
    "nftables",
    "gpgv",
    "python3-apt",
    "python3-venv",
    "curl",
    "ca-certificates",
]

# Not in Debian main nor on PyPI: carried only when the site hands us the file (--site-deb).
REFERENCES = {
    "grafana": "Grafana OSS .deb (grafana_<ver>_amd64.deb) from the vendor; pass --site-deb",
    "dcgm-exporter": "NVIDIA DCGM exporter (datacenter-gpu-manager + dcgm-exporter) from NVIDIA's repo; pass --site-deb",
    "nvidia-driver": "NVIDIA driver packages of the pinned branch (e.g. nvidia-driver-550) from the site mirror; pass --site-deb",
    "tritonserver-container": "nvcr.io/nvidia/tritonserver:24.10-py3 image archive (TensorRT profiles serve in it); "
    "pass --container-image",
    "nvidia-container-toolkit": "NVIDIA container toolkit .debs (nvidia-container-toolkit and its libnvidia-container "
    "dependencies) from NVIDIA's repo, for the TensorRT profiles; pass --site-deb",
}
# Debian packages the container runtime needs (TensorRT profiles), added with --container-image.
CONTAINER_APT_PACKAGES = ["docker.io"]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="medcode bundle", description=__doc__.splitlines()[0])
    p.add_argument("--out", required=True, type=Path, help="new, empty directory to write")
    p.add_argument("--version", default=time.strftime("%Y%m%d%H%M%S", time.gmtime()))
    p.add_argument(
        "--apt-package",
        action="append",
        default=None,
        metavar="PKG",
        help=f"Debian package to carry (repeatable; default: {' '.join(APT_PACKAGES)})",
    )
    p.add_argument(
        "--site-deb",
        action="append",
        default=[],
        type=Path,
        metavar="DEB",
        help="extra .deb the site provides (Grafana, DCGM exporter, NVIDIA driver)",
    )
    p.add_argument("--deb-cache", type=Path, default=paths.build_dir() / "ops/debcache")
    p.add_argument(
        "--wheelhouse",
        choices=["none", "serve", "full"],
        default="full",
        help="full: medcode and its runtime dependencies (no extras, no torch); "
        "serve: only the Triton server wheels (probe tests); none: no wheels",
    )
    p.add_argument("--wheel-cache", type=Path, default=paths.build_dir() / "ops/wheelcache")
    p.add_argument(
        "--python-version",
        help="X.Y of the target's Python, for which wheels are picked (default: this host's /usr/bin/python3)",
    )
    p.add_argument(
        "--container-image",
        type=Path,
        default=None,
        metavar="TAR",
        help="TensorRT profiles: the Triton release image archive the site supplies (docker save or OCI); "
        "copied to images/ and listed in SHA256SUMS",
    )
    p.add_argument("--container-image-ref", default=images.DEFAULT_REFERENCE, help="the image's reference")
    p.add_argument(
        "--container-python-version",
        default="3.10",
        help="X.Y of the image's Python: wheels-container/ is built for it (Triton 24.10 images: 3.10)",
    )
    p.add_argument(
        "--ort-gpu-wheels",
        type=Path,
        default=None,
        metavar="DIR",
        help='gpu-ort profile: a folder of `pip download "onnxruntime-gpu[cuda,cudnn]==1.31.1"` wheels, '
        "carried as wheels-gpu/ (listed in SHA256SUMS); docs/operations.md",
    )
    p.add_argument("--model-repository", type=Path, default=paths.model_repository("cpu"))
    p.add_argument("--model-version", help="default: MANIFEST.json 'version', else its sha256[:12]")
    p.add_argument(
        "--hcpcs-file",
        type=Path,
        default=None,
        help="HCPCS CSV the server reads at run time (default: $MEDCODE_HCPCS_FILE or "
        "datasets/hcpcs_2025_oct); required with --wheelhouse full",
    )
    p.add_argument("--rules", type=Path, default=paths.REPO_ROOT / "ops/prometheus/rules")
    p.add_argument("--dashboards", type=Path, default=paths.REPO_ROOT / "ops/grafana/dashboards")
    p.add_argument("--gnupg-home", type=Path, default=Path.home() / ".gnupg")
    p.add_argument("--key", help="signing key fingerprint (default: first secret key)")
    p.add_argument(
        "--test-key",
        action="store_true",
        help="generate an unprotected key in --gnupg-home if it has none (tests only)",
    )
    p.add_argument(
        "--pubkey-out", type=Path, help="where to export the public key (default: DIR.pubkey.gpg beside the bundle)"
    )
    return p


def _hcpcs_file(args: argparse.Namespace) -> Path | None:
    """The HCPCS CSV to carry: a medcode server (full wheelhouse) cannot start without it."""
    from medcode.codesets.hcpcs import default_path

    path = args.hcpcs_file or default_path()
    if path.is_file():
        return path
    if args.hcpcs_file or args.wheelhouse == "full":
        raise BundleError(
            f"HCPCS file {path} not found: the medcode server needs it (pass --hcpcs-file or set MEDCODE_HCPCS_FILE)"
        )
    return None


def _models(src: Path, dest_root: Path, version: str | None) -> str:
    """Copy the repository (verified against its manifest by `build`, first) into the bundle."""
    manifest = read_manifest(src)
    version = version or manifest.get("version") or manifest.get("model_version") or sha256_file(src / MANIFEST)[:12]
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._+-]*", version):
        raise BundleError(f"bad model version {version!r}")
    shutil.copytree(src, dest_root / version, symlinks=False, ignore=shutil.ignore_patterns(*digests.CACHE_DIRS))
    return version


def build(args: argparse.Namespace) -> dict:
    out: Path = args.out
    if out.exists() and any(out.iterdir()):
        raise BundleError(f"{out} exists and is not empty")
    home = args.gnupg_home
    key = args.key or (signing.generate_test_key(home) if args.test_key else signing.fingerprint(home))
    if not key:
        raise BundleError(f"no signing key in {home} (use --key, or --test-key for tests)")
    hcpcs = _hcpcs_file(args)  # fail before any slow step
    if args.container_image:
        images.archive_format(args.container_image)  # a bad archive fails before any slow step
    problems = manifest_problems(args.model_repository)
    if problems:
        raise BundleError(f"model repository {args.model_repository} does not match its manifest: {problems[:5]}")
    out.mkdir(parents=True, exist_ok=True)

    wanted = list(args.apt_package or APT_PACKAGES)
    if args.container_image and args.apt_package is None:
        wanted += CONTAINER_APT_PACKAGES
    pkgs = apt_repo.closure(wanted)
    debs = apt_repo.fetch(pkgs, args.deb_cache) + [d.resolve() for d in args.site_deb]
    apt_repo.build_repo(debs, out / "apt", home, key)

    pyver = args.python_version or wheelhouse.target_python()
    wheels = wheelhouse.collect(args.wheelhouse, paths.REPO_ROOT, args.wheel_cache, out / "wheels", pyver)
    container = None
    if args.container_image:
        container = images.add_container_image(out, args.container_image, args.container_image_ref)
        if args.wheelhouse != "none":
            wheels_c = wheelhouse.collect(
                args.wheelhouse,
                paths.REPO_ROOT,
                args.wheel_cache,
                out / "wheels-container",
                args.container_python_version,
            )
            container["wheels"] = wheels_c
            container["python_version"] = args.container_python_version
    if args.ort_gpu_wheels:
        if not any(args.ort_gpu_wheels.glob("onnxruntime_gpu-*.whl")):
            raise BundleError(f"{args.ort_gpu_wheels} holds no onnxruntime_gpu wheel")
        shutil.copytree(args.ort_gpu_wheels, out / "wheels-gpu")
    (out / "models").mkdir()
    model_version = _models(args.model_repository, out / "models", args.model_version)
    for src, dst in ((args.rules, out / "prometheus/rules"), (args.dashboards, out / "grafana/dashboards")):
        shutil.copytree(src, dst)
    # bundle name -> source file; without the FY2025 list an installed server holds FY2026 only.
    codesets = {"hcpcs.csv": hcpcs} if hcpcs else {}
    if fy2025_file().is_file():
        codesets[fy2025_file().name] = fy2025_file()
    for name, src in codesets.items():
        (out / "codesets").mkdir(exist_ok=True)
        shutil.copy2(src, out / "codesets" / name)

    site_names = {apt_repo._deb_field(d, "Package") for d in args.site_deb}
    refs = {k: v for k, v in REFERENCES.items() if not any(n.startswith(k) for n in site_names)}
    if container:
        refs.pop("tritonserver-container", None)
    meta = {
        "bundle_version": args.version,
        "model_version": model_version,
        "apt_packages": pkgs,
        "site_debs": sorted(site_names),
        "wheelhouse": args.wheelhouse,
        "python_version": pyver,
        "wheels": wheels,
        "wheels_excluded": wheelhouse.EXCLUDED if args.wheelhouse == "full" else {},
        "codesets": {name: src.name for name, src in codesets.items()},
        "by_reference": refs,
        "container_image": container,
        "signing_key": key,
    }
    (out / "bundle.json").write_text(json.dumps(meta, indent=1) + "\n")

    digests.write_sums(out)
    signing.detach_sign(home, key, out / digests.SUMS_NAME, out / digests.SIG_NAME)
    pub = args.pubkey_out or out.parent / f"{out.name}.pubkey.gpg"
    signing.export_public(home, key, pub)
    meta["pubkey"] = str(pub)
    return meta


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        meta = build(args)
    except subprocess.CalledProcessError as exc:
        err = exc.stderr or b""
        err = err.decode(errors="replace") if isinstance(err, bytes) else err
        print(f"medcode bundle: {' '.join(map(str, exc.cmd[:3]))} failed: {err.strip()[-500:]}", file=sys.stderr)
        return 1
    except (BundleError, FileNotFoundError, ValueError, RuntimeError) as exc:  # WheelhouseError, ImageError too
        print(f"medcode bundle: {exc}", file=sys.stderr)
        return 1
    print(
        json.dumps(
            {k: meta[k] for k in ("bundle_version", "model_version", "wheelhouse", "python_version", "pubkey")}
            | {
                "apt_packages": len(meta["apt_packages"]),
                "wheels": sum(w.endswith(".whl") for w in meta["wheels"]),
                "by_reference": sorted(meta["by_reference"]),
            }
        )
    )
    return 0
