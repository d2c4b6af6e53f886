"""`medcode bundle --out DIR`: build the signed offline bundle for an air-gapped install
(wheels, Debian packages, the model repository, rules and dashboards; see docs/operations.md)."""

from __future__ import annotations


def main(argv: list[str]) -> int:
    from medcode.bundle import main as build_bundle

    return build_bundle(argv)
