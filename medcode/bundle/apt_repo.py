"""Collect Debian packages (with their full dependency closure) into a signed flat apt repository.

The closure is computed from the builder's apt lists, so the builder must run the same
Debian release as the targets. Downloads are cached by pool file name so rebuilding is cheap.
"""

from __future__ import annotations

import gzip
import shutil
import subprocess
import tempfile
from pathlib import Path

from . import signing

_DEPENDS_FLAGS = [
    "--recurse",
    "--no-recommends",
    "--no-suggests",
    "--no-conflicts",
    "--no-breaks",
    "--no-replaces",
    "--no-enhances",
]


def closure(packages: list[str]) -> list[str]:
    """Package names needed to install `packages` on a bare host (Depends + Pre-Depends)."""
    out = subprocess.run(
        ["apt-cache", "depends", *_DEPENDS_FLAGS, *packages], check=True, capture_output=True, text=True
    ).stdout
    names = {ln.strip() for ln in out.splitlines() if ln and not ln[0].isspace() and not ln.startswith("<")}
    missing = set(packages) - names
    if missing:
        raise RuntimeError(f"apt does not know: {sorted(missing)} (run apt-get update?)")
    return sorted(names)


def _pool_names(packages: list[str]) -> dict[str, str]:
    """Pool file name of the candidate version of each package (one apt-cache call)."""
    out = subprocess.run(
        ["apt-cache", "show", "--no-all-versions", *packages], check=True, capture_output=True, text=True
    ).stdout
    names: dict[str, str] = {}
    for stanza in out.split("\n\n"):
        fields = dict(ln.split(": ", 1) for ln in stanza.splitlines() if ": " in ln and not ln[0].isspace())
        if "Package" in fields and "Filename" in fields:
            names.setdefault(fields["Package"], Path(fields["Filename"]).name)
    lost = set(packages) - set(names)
    if lost:
        raise RuntimeError(f"no Filename for {sorted(lost)}")
    return names


def _deb_field(deb: Path, field: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "-f", str(deb), field], check=True, capture_output=True, text=True
    ).stdout.strip()


def fetch(packages: list[str], cache: Path) -> list[Path]:
    """Return cached .deb paths for `packages`, downloading the missing ones with apt-get download."""
    cache.mkdir(parents=True, exist_ok=True)
    wanted = {pkg: cache / name for pkg, name in _pool_names(packages).items()}
    missing = [pkg for pkg, path in wanted.items() if not path.is_file()]
    if missing:
        with tempfile.TemporaryDirectory(dir=cache) as tmp:
            subprocess.run(["apt-get", "download", "-q", *missing], cwd=tmp, check=True, capture_output=True)
            for deb in Path(tmp).glob("*.deb"):
                shutil.move(str(deb), wanted[_deb_field(deb, "Package")])
    return sorted(wanted.values())


def build_repo(debs: list[Path], repo: Path, gnupg_home: Path, key: str) -> Path:
    """Lay out a flat repository (`deb [signed-by=KEY] file:REPO ./`) with a signed InRelease."""
    repo.mkdir(parents=True, exist_ok=True)
    for deb in debs:
        shutil.copy2(deb, repo / deb.name)
    packages = subprocess.run(
        ["dpkg-scanpackages", "--multiversion", ".", "/dev/null"], cwd=repo, check=True, capture_output=True
    ).stdout
    (repo / "Packages").write_bytes(packages)
    with gzip.GzipFile(repo / "Packages.gz", "wb", mtime=0) as fh:
        fh.write(packages)
    release = subprocess.run(
        [
            "apt-ftparchive",
            "-o",
            "APT::FTPArchive::Release::Origin=medcode",
            "-o",
            "APT::FTPArchive::Release::Label=medcode offline bundle",
            "-o",
            "APT::FTPArchive::Release::Suite=medcode",
            "-o",
            "APT::FTPArchive::Release::Codename=medcode",
            "release",
            ".",
        ],
        cwd=repo,
        check=True,
        capture_output=True,
    ).stdout
    (repo / "Release").write_bytes(release)
    signing.clear_sign(gnupg_home, key, repo / "Release", repo / "InRelease")
    signing.detach_sign(gnupg_home, key, repo / "Release", repo / "Release.gpg")
    return repo
