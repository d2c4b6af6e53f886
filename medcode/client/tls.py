"""TLS settings of a medcode client: the CA that signed the server's certificate, and for
mutual TLS this application's own certificate and key (PEM files).

Every client (sync, asyncio, Locust users, `medcode code`, `eval`, `loadtest`) takes them from
its arguments or, when none are given, from the environment, so a command can hand them to the
processes it starts:

| variable | what |
|---|---|
| `MEDCODE_TLS_CA` | CA certificate(s) that signed the server's certificate (turns TLS on) |
| `MEDCODE_TLS_CERT` | this application's certificate (mutual TLS) |
| `MEDCODE_TLS_KEY` | its private key |
"""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass
from pathlib import Path

from medcode.client.errors import TlsConfigError

ENV = {"ca": "MEDCODE_TLS_CA", "cert": "MEDCODE_TLS_CERT", "key": "MEDCODE_TLS_KEY"}


@dataclass(frozen=True)
class TlsFiles:
    ca: Path | None = None
    cert: Path | None = None
    key: Path | None = None

    @property
    def enabled(self) -> bool:
        return any((self.ca, self.cert, self.key))

    @classmethod
    def from_env(cls) -> TlsFiles:
        return cls(**{k: Path(os.environ[v]) if os.environ.get(v) else None for k, v in ENV.items()})

    @classmethod
    def resolve(cls, ca=None, cert=None, key=None) -> TlsFiles:
        """Explicit files win; with none given, the environment's."""
        if ca or cert or key:
            return cls(*(Path(p) if p else None for p in (ca, cert, key)))
        return cls.from_env()

    def check(self) -> TlsFiles:
        """Refuse a half-given pair or an unreadable file with a one-line message."""
        if bool(self.cert) != bool(self.key):
            raise TlsConfigError("TLS: give both --tls-cert and --tls-key (a client certificate needs its key)")
        for what, p in (("CA certificate", self.ca), ("certificate", self.cert), ("private key", self.key)):
            if p is None:
                continue
            try:
                head = p.read_bytes()[:4096]
            except OSError as exc:
                raise TlsConfigError(
                    f"TLS: cannot read the {what} {p} ({exc.strerror or type(exc).__name__})"
                ) from None
            if b"-----BEGIN " not in head:
                raise TlsConfigError(f"TLS: the {what} {p} is not a PEM file")
        return self

    def grpc_kwargs(self) -> dict:
        """Keyword arguments of tritonclient's gRPC clients (sync and aio)."""
        if not self.enabled:
            return {}
        self.check()
        return {
            "ssl": True,
            "root_certificates": str(self.ca) if self.ca else None,
            "private_key": str(self.key) if self.key else None,
            "certificate_chain": str(self.cert) if self.cert else None,
        }

    def export_env(self) -> None:
        """Hand these files to child processes and to clients made without arguments."""
        for k, var in ENV.items():
            p = getattr(self, k)
            if p:
                os.environ[var] = str(Path(p).resolve())


def add_tls_args(ap: argparse.ArgumentParser) -> None:
    g = ap.add_argument_group("TLS (default: the MEDCODE_TLS_* environment variables)")
    g.add_argument("--tls-ca", type=Path, help="CA certificate that signed the server's certificate (turns TLS on)")
    g.add_argument("--tls-cert", type=Path, help="this application's client certificate (mutual TLS)")
    g.add_argument("--tls-key", type=Path, help="the client certificate's private key")


def tls_from_args(args) -> TlsFiles:
    return TlsFiles.resolve(args.tls_ca, args.tls_cert, args.tls_key).check()


def split_tls_args(argv: list[str]) -> tuple[TlsFiles, list[str]]:
    """Take `--tls-ca/--tls-cert/--tls-key` out of `argv` (for commands that hand the rest on)."""
    ap = argparse.ArgumentParser(add_help=False)
    add_tls_args(ap)
    args, rest = ap.parse_known_args(argv)
    return tls_from_args(args), rest
