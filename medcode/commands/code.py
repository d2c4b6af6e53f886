"""`medcode code FILE...`: code notes through a running medcode server."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from medcode.client.render import render


def build_options(args) -> dict:
    opts = {}
    if args.age is not None:
        opts["age"] = args.age
    if args.sex:
        opts["sex"] = args.sex
    if args.top_k:
        opts["top_k"] = args.top_k
    return opts


def add_patient_args(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--age", type=float, help="patient age in years (age-specific code checks)")
    ap.add_argument("--sex", choices=["F", "M"], help="patient sex (sex-specific code checks)")
    ap.add_argument("--top-k", type=int, default=0, help="codes per note (server default 20)")


def main(argv: list[str]) -> int:
    from medcode.client import MedcodeClient, MedcodeError
    from medcode.client.tls import add_tls_args, tls_from_args

    ap = argparse.ArgumentParser(prog="medcode code", description=__doc__)
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--url", default="127.0.0.1:8001", help="gRPC address of the medcode server")
    ap.add_argument("--json", action="store_true", help="print one result object per line")
    add_patient_args(ap)
    add_tls_args(ap)
    args = ap.parse_args(argv)
    status = 0
    try:
        tls = tls_from_args(args)
    except MedcodeError as exc:
        print(f"medcode code: {exc}", file=sys.stderr)
        return 2
    with MedcodeClient(args.url, tls_ca=tls.ca, tls_cert=tls.cert, tls_key=tls.key) as client:
        for path in args.files:
            try:
                note = path.read_bytes().decode("utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                print(f"medcode code: {path}: cannot read as UTF-8 text ({type(exc).__name__})", file=sys.stderr)
                status = 1
                continue
            try:
                (result,) = client.code([note], build_options(args))
            except MedcodeError as exc:
                print(f"medcode code: {path}: {exc}", file=sys.stderr)
                status = 1
                continue
            if args.json:
                print(json.dumps(dict(result.raw, file=str(path))))
            else:
                print(render(path.name, note, result) + "\n")
    return status
