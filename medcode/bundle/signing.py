"""GnuPG signing for the bundle: a throw-away key for tests, detached signatures, key export.

The public key is the trust anchor: it reaches the target by a separate channel (never inside
the bundle it vouches for), and the playbooks verify with `gpgv --keyring <that key>`.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

TEST_UID = "medcode bundle test key <bundle-test@medcode.invalid>"


def _gpg(home: Path, *args: str, **kw) -> subprocess.CompletedProcess:
    env = dict(os.environ, GNUPGHOME=str(home))
    return subprocess.run(
        ["gpg", "--batch", "--yes", "--pinentry-mode", "loopback", *args],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        **kw,
    )


def generate_test_key(home: Path) -> str:
    """Create an unprotected ed25519 signing key in `home` (tests only) and return its fingerprint."""
    home.mkdir(parents=True, exist_ok=True)
    os.chmod(home, 0o700)
    fpr = fingerprint(home)
    if fpr:
        return fpr
    _gpg(home, "--passphrase", "", "--quick-generate-key", TEST_UID, "ed25519", "sign", "1y")
    return fingerprint(home)


def fingerprint(home: Path) -> str:
    """Fingerprint of the first secret key in `home`, or "" when there is none."""
    try:
        out = _gpg(home, "--with-colons", "--list-secret-keys").stdout
    except subprocess.CalledProcessError:
        return ""
    for line in out.splitlines():
        if line.startswith("fpr:"):
            return line.split(":")[9]
    return ""


def export_public(home: Path, key: str, dest: Path) -> Path:
    """Export the public key in binary form (what `gpgv --keyring` and apt `Signed-By` read)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, GNUPGHOME=str(home))
    data = subprocess.run(["gpg", "--batch", "--export", key], env=env, check=True, capture_output=True).stdout
    if not data:
        raise RuntimeError(f"no public key {key} in {home}")
    dest.write_bytes(data)
    return dest


def detach_sign(home: Path, key: str, path: Path, out: Path) -> Path:
    _gpg(home, "--local-user", key, "--armor", "--detach-sign", "--output", str(out), str(path))
    return out


def clear_sign(home: Path, key: str, path: Path, out: Path) -> Path:
    _gpg(home, "--local-user", key, "--clearsign", "--output", str(out), str(path))
    return out
