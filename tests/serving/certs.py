"""Test PKI made with the real `openssl` in a test's tmp dir: a site CA, a server certificate
for 127.0.0.1/localhost, a client certificate from the site CA, and one from another CA."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass(frozen=True)
class Pki:
    ca: Path
    server_cert: Path
    server_key: Path
    client_cert: Path
    client_key: Path
    other_ca: Path
    other_cert: Path  # a client certificate signed by another CA
    other_key: Path


def _ssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


def _ca(d: Path, name: str) -> None:
    _ssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{name}.key", "-out", f"{name}.pem",
         "-days", "2", "-subj", f"/CN={name}", cwd=d)  # fmt: skip


def _leaf(d: Path, ca: str, name: str, ext: str) -> None:
    _ssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{name}.key", "-out", f"{name}.csr",
         "-subj", f"/CN={name}", cwd=d)  # fmt: skip
    (d / f"{name}.ext").write_text(ext + "\n")
    _ssl("x509", "-req", "-in", f"{name}.csr", "-CA", f"{ca}.pem", "-CAkey", f"{ca}.key", "-CAcreateserial",
         "-out", f"{name}.pem", "-days", "2", "-extfile", f"{name}.ext", cwd=d)  # fmt: skip


def make_pki(d: Path) -> Pki:
    if shutil.which("openssl") is None:
        pytest.skip(reason="openssl is not installed: the TLS tests make their certificates with it")
    d.mkdir(parents=True, exist_ok=True)
    _ca(d, "site-ca")
    _ca(d, "other-ca")
    _leaf(d, "site-ca", "server", "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth")
    _leaf(d, "site-ca", "client", "extendedKeyUsage=clientAuth")
    _leaf(d, "other-ca", "intruder", "extendedKeyUsage=clientAuth")
    return Pki(
        ca=d / "site-ca.pem",
        server_cert=d / "server.pem",
        server_key=d / "server.key",
        client_cert=d / "client.pem",
        client_key=d / "client.key",
        other_ca=d / "other-ca.pem",
        other_cert=d / "intruder.pem",
        other_key=d / "intruder.key",
    )
