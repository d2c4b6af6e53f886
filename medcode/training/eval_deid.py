"""`medcode eval deid`: measure de-identification on a JSONL dev set.

    medcode eval deid --data datasets/deid/dev.jsonl [--url 127.0.0.1:8001] [--out PRED.jsonl]
    medcode eval deid --data datasets/deid/dev.jsonl --in-process [--learned-model DIR]

Input lines: {"id", "text", "phi": [{"start","end","type"}] (optional), "keep": [...] (optional)}.
By default notes go to the SERVED `deid` model through medcode.client over gRPC; --in-process
runs medcode.deid.Deidentifier here. Prints recall/precision/keep-term redaction and notes/s;
writes {"id", "spans"} lines with --out. Never prints note text (missed spans are reported by
document id, offsets and type only).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path

from medcode.training.deid_metrics import DeidCounts


def load_jsonl(path: str) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{i}: not valid JSON ({exc.msg})") from None
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                raise ValueError(f"{path}:{i}: each line needs a string field 'text'")
            row.setdefault("id", str(i))
            rows.append(row)
    return rows


def predict_in_process(
    texts: list[str], ner: str = "off", learned: bool = True, model_dir: Path | None = None
) -> tuple[list[list], float, float]:
    """Run the Deidentifier here: (predictions, wall seconds, CPU seconds). CPU seconds because on a
    shared 2-core machine the wall clock depends on other jobs, CPU time does not. `model_dir`: a
    learned recognizer other than the shipped one (a candidate from `medcode train deid --out`)."""
    from medcode.deid import DeidConfig, Deidentifier

    config = DeidConfig(ner=ner, learned=learned)
    if model_dir is not None:
        config = dataclasses.replace(config, learned_model_dir=model_dir)
    d = Deidentifier(config)
    c0, t0 = time.process_time(), time.perf_counter()
    preds = [[(s.start, s.end, s.type) for s in d.deidentify(t).spans] for t in texts]
    return preds, time.perf_counter() - t0, time.process_time() - c0


def predict_served(texts: list[str], url: str, batch: int = 16, concurrency: int = 2) -> tuple[list[list], float]:
    """Send the notes to the served `deid` model in batches, `concurrency` requests in flight
    (so client-side work overlaps server work). One untimed warm-up request goes first."""
    from concurrent.futures import ThreadPoolExecutor

    from medcode.client import MedcodeClient

    if texts:
        MedcodeClient(url=url).deidentify(texts[:1])
    chunks = [texts[i : i + batch] for i in range(0, len(texts), batch)]
    clients = [MedcodeClient(url=url) for _ in range(max(1, concurrency))]

    def run(k: int) -> list[list]:
        resp = clients[k % len(clients)].deidentify(chunks[k])
        return [[(int(p.start), int(p.end), str(p.type)) for p in r.phi] for r in resp]

    t0 = time.perf_counter()
    with ThreadPoolExecutor(max(1, concurrency)) as ex:
        results = list(ex.map(run, range(len(chunks))))
    secs = time.perf_counter() - t0
    return [p for chunk in results for p in chunk], secs


def _fmt(x) -> str:
    return "n/a" if x is None else f"{x:.4f}"


def report(s: dict, n_notes: int, seconds: float, out=None) -> None:
    out = out or sys.stdout
    print(f"notes: {n_notes}   gold spans: {s['gold_spans']}   predicted spans: {s['pred_spans']}", file=out)
    print(f"span recall (>=90% chars covered): {_fmt(s['span_recall'])}", file=out)
    print(
        f"char recall: {_fmt(s['char_recall'])}   char precision: {_fmt(s['char_precision'])}   "
        f"span precision: {_fmt(s['span_precision'])}",
        file=out,
    )
    print(f"keep terms redacted: {_fmt(s['keep_redacted_share'])} of {s['keep_terms']}", file=out)
    print(
        f"throughput: {n_notes / seconds:.1f} notes/s wall ({seconds:.2f} s)" if seconds > 0 else "throughput: n/a",
        file=out,
    )
    if s.get("cpu_seconds"):
        print(
            f"cpu: {n_notes / s['cpu_seconds']:.1f} notes per CPU-second ({s['cpu_seconds']:.2f} s, one process)",
            file=out,
        )
    if s.get("keep_redacted_per_kind"):
        print("keep terms redacted per kind:", file=out)
        for k, v in s["keep_redacted_per_kind"].items():
            print(f"  {k:12s} {_fmt(v['redacted'])}  (n={v['n']})", file=out)
    print("per-type span recall:", file=out)
    for t, v in s["per_type_recall"].items():
        print(f"  {t:12s} {_fmt(v['recall'])}  (n={v['n']})", file=out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="medcode eval deid", description="Evaluate de-identification.")
    ap.add_argument("--data", required=True, help="JSONL with id, text, phi[, keep]")
    ap.add_argument("--url", default="127.0.0.1:8001", help="Triton gRPC HOST:PORT (served mode)")
    ap.add_argument("--out", help="write {id, spans} JSONL predictions here")
    ap.add_argument("--in-process", action="store_true", help="run the Deidentifier here, not the server")
    ap.add_argument("--concurrency", type=int, default=2, help="served mode: requests in flight")
    ap.add_argument("--ner", default="off", choices=["off", "selective", "full"], help="in-process NER mode")
    ap.add_argument(
        "--rules-only", action="store_true", help="in-process: the rules alone, without the learned recognizer"
    )
    ap.add_argument(
        "--learned-model",
        type=Path,
        help="in-process: load this learned recognizer (a `medcode train deid --out` folder) instead of the shipped one",
    )
    ap.add_argument("--limit", type=int, default=0, help="only the first N notes")
    ap.add_argument("--json", dest="json_out", help="also write the metric summary as JSON here")
    ap.add_argument("--show-missed", type=int, default=0, help="print N missed spans as doc id/offsets/type (no text)")
    args = ap.parse_args(argv)
    try:
        rows = load_jsonl(args.data)
    except (OSError, ValueError) as exc:
        print(f"medcode eval deid: {exc}", file=sys.stderr)
        return 2
    if args.limit:
        rows = rows[: args.limit]
    texts = [r["text"] for r in rows]
    if args.in_process:
        preds, secs, cpu_secs = predict_in_process(
            texts, ner=args.ner, learned=not args.rules_only, model_dir=args.learned_model
        )
    else:
        (preds, secs), cpu_secs = predict_served(texts, args.url, concurrency=args.concurrency), None
    counts = DeidCounts()
    has_gold = any("phi" in r for r in rows)
    for r, p in zip(rows, preds):
        gold = [(int(g["start"]), int(g["end"]), str(g["type"])) for g in r.get("phi", [])]
        counts.add(str(r["id"]), r["text"], gold, p, r.get("keep", []), r.get("keep_kinds"))
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        with open(args.out, "w", encoding="utf-8") as fh:
            for r, p in zip(rows, preds):
                fh.write(
                    json.dumps({"id": r["id"], "spans": [{"start": s, "end": e, "type": t} for s, e, t in p]}) + "\n"
                )
    summary = counts.summary()
    summary.update(
        {
            "notes": len(rows),
            "seconds": secs,
            "notes_per_s": len(rows) / secs if secs else None,
            "cpu_seconds": cpu_secs,
            "mode": "in-process" if args.in_process else f"served {args.url}",
        }
    )
    if has_gold:
        report(summary, len(rows), secs)
    else:
        n_chars = sum(len(t) for t in texts) or 1
        red = sum(e - s for p in preds for s, e, _ in p)
        by_type: dict[str, int] = {}
        for p in preds:
            for _, _, t in p:
                by_type[t] = by_type.get(t, 0) + 1
        print(
            f"notes: {len(rows)}  predicted spans: {summary['pred_spans']}  "
            f"redacted characters: {red / n_chars:.4%}  by type: {dict(sorted(by_type.items()))}  "
            f"throughput: {len(rows) / secs:.1f} notes/s (no gold 'phi' in the data)"
        )
    for m in counts.missed[: args.show_missed]:
        print("missed:", *m)
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(summary, indent=1))
    return 0
