"""`medcode code FILE...` / `medcode code --in DIR --out DIR`: code notes through a running
medcode server.

Batch mode codes every `*.txt` of `--in` into `--out/<name>.json`, one result per note, each
written atomically (temporary file, fsync, rename); a rerun after a crash codes only the notes
without a result, so no note is coded into two files and none is lost. With `--retry-deadline S`
the client keeps retrying an unavailable server for up to S seconds per request (a restart).
Several `--url`s (repeated or comma-separated) are one gRPC channel served round-robin: when one
server goes down, coding continues on the others (medcode.client.channel).
"""

from __future__ import annotations

import argparse
import json
import os
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
    if getattr(args, "date", None):
        opts["date_of_service"] = args.date
    return opts


def year_line(raw: dict) -> str:
    """'code-set year: ICD-10-CM FY2025 (date of service), ICD-10-PCS FY2024' under the table."""
    year = raw.get("code_set_year")
    if not isinstance(year, dict):
        return ""
    how = "date of service" if year.get("selected_by") == "date_of_service" else "default"
    pcs = str(year.get("ICD-10-PCS", "")).split(" ")[0]
    return f"\ncode-set year: ICD-10-CM {year.get('ICD-10-CM')} ({how}), ICD-10-PCS {pcs}"


def add_patient_args(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--age", type=float, help="patient age in years (age-specific code checks)")
    ap.add_argument("--sex", choices=["F", "M"], help="patient sex (sex-specific code checks)")
    ap.add_argument("--top-k", type=int, default=0, help="codes per note (server default 20)")
    ap.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help="date of service: selects the ICD-10-CM fiscal year checked (FY2025 or FY2026; default FY2026)",
    )


def main(argv: list[str]) -> int:
    from medcode.client import MedcodeClient, MedcodeError
    from medcode.client.tls import add_tls_args, tls_from_args

    ap = argparse.ArgumentParser(prog="medcode code", description=__doc__)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--in", dest="in_dir", type=Path, help="batch mode: code every *.txt in this folder")
    ap.add_argument("--out", dest="out_dir", type=Path, help="batch mode: one <name>.json result per note here")
    ap.add_argument(
        "--retry-deadline",
        type=float,
        default=None,
        help="seconds one request may keep retrying an unavailable server (default: 3 retries)",
    )
    ap.add_argument(
        "--url",
        action="append",
        help="gRPC HOST:PORT of the medcode server (default 127.0.0.1:8001); several, repeated or "
        "comma-separated, are served round-robin and a server that goes down is skipped",
    )
    ap.add_argument("--json", action="store_true", help="print one result object per line")
    add_patient_args(ap)
    add_tls_args(ap)
    args = ap.parse_args(argv)
    status = 0
    if bool(args.in_dir) != bool(args.out_dir) or bool(args.in_dir) == bool(args.files):
        ap.error("give note FILEs, or --in DIR and --out DIR")
    try:
        tls = tls_from_args(args)
    except MedcodeError as exc:
        print(f"medcode code: {exc}", file=sys.stderr)
        return 2
    url = args.url or ["127.0.0.1:8001"]
    client_args = {
        "tls_ca": tls.ca,
        "tls_cert": tls.cert,
        "tls_key": tls.key,
        "retry_deadline_s": args.retry_deadline,
    }
    try:
        client = MedcodeClient(url, **client_args)
    except MedcodeError as exc:  # a malformed or unresolvable --url
        print(f"medcode code: {exc}", file=sys.stderr)
        return 2
    if args.in_dir:
        with client:
            return code_folder(client, args.in_dir, args.out_dir, build_options(args))
    with client:
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
                print(render(path.name, note, result) + year_line(result.raw) + "\n")
    return status


BATCH = 8  # notes per request (the `medcode` model's max_batch_size)


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` so that a reader (or a rerun) sees the whole file or none of it."""
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def code_folder(client, in_dir: Path, out_dir: Path, options: dict) -> int:
    """Batch mode: code the notes of `in_dir` that have no result in `out_dir` yet."""
    from medcode.client import InvalidInputError, MedcodeError

    if not in_dir.is_dir():
        print(f"medcode code: --in {in_dir} is not a folder", file=sys.stderr)
        return 2
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in out_dir.glob(".*.json.tmp"):  # a crash mid-write leaves these; never results
        stale.unlink()
    notes = sorted(in_dir.glob("*.txt"))
    todo = [p for p in notes if not (out_dir / f"{p.stem}.json").exists()]
    done = failed = 0
    readable: list[tuple[Path, str]] = []
    for path in todo:
        try:
            readable.append((path, path.read_bytes().decode("utf-8")))
        except (OSError, UnicodeDecodeError) as exc:
            print(f"medcode code: {path}: cannot read as UTF-8 text ({type(exc).__name__})", file=sys.stderr)
            failed += 1
    for i in range(0, len(readable), BATCH):
        chunk = readable[i : i + BATCH]
        try:
            results = client.code([n for _, n in chunk], options)
            pairs = list(zip(chunk, results))
        except InvalidInputError:  # one bad note fails its request: code the chunk one by one
            pairs = []
            for item in chunk:
                try:
                    pairs.append((item, client.code([item[1]], options)[0]))
                except MedcodeError as exc:
                    print(f"medcode code: {item[0]}: {exc}", file=sys.stderr)
                    failed += 1
        except MedcodeError as exc:  # the server is gone past the retry budget: stop, rerun later
            print(f"medcode code: stopped at {chunk[0][0]}: {exc}", file=sys.stderr)
            failed += len(readable) - i
            break
        for (path, _note), result in pairs:
            record = dict(result.raw, file=path.name, request_id=result.request_id)
            write_atomically(out_dir / f"{path.stem}.json", json.dumps(record, indent=1) + "\n")
            done += 1
    print(
        f"medcode code: {done} coded, {len(notes) - len(todo)} already done, {failed} failed "
        f"({len(notes)} notes in {in_dir})"
    )
    return 1 if failed else 0
