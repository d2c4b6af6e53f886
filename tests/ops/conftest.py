"""Shared helpers for the ops tests: where promtool is, and a throw-away GnuPG home."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def find_tool(name: str) -> str | None:
    """A tool on PATH, or the copy unpacked from the bundled .deb by ops/test-ops.sh."""
    for cand in (
        shutil.which(name),
        ROOT / "build/ops/test/tools/usr/bin" / name,
        ROOT / "build/ops/tools/usr/bin" / name,
    ):
        if cand and Path(cand).is_file():
            return str(cand)
    return None


@pytest.fixture(scope="session")
def gpg_key(tmp_path_factory):
    """(gnupg_home, fingerprint) of a fresh unprotected test key."""
    if not shutil.which("gpg") or not shutil.which("gpgv"):
        pytest.skip(reason="gpg/gpgv not installed (apt-get install gnupg gpgv)")
    from medcode.bundle import signing

    home = tmp_path_factory.mktemp("gnupg")
    return home, signing.generate_test_key(home)
