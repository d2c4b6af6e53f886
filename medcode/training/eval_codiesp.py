"""`medcode eval codiesp`: code every note of a CodiEsp split and score the rankings.

By default the notes go through the RUNNING server's `medcode` Triton model (the same path a
user's request takes); `--in-process` runs split_sentences -> OnnxEncoder (int8) -> Coder.rank
here, for fast tuning. Predictions are written in CodiEsp submission format (doc_id<TAB>code,
rank order), one file per system. CodiEsp: CC BY 4.0, Barcelona Supercomputing Center / Plan TL.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from medcode import paths
from medcode.codesets.systems import CODIESP_SYSTEMS, CodeSystem
from medcode.coding.calibration import DEFAULT_THRESHOLD
from medcode.coding.codes import as_served, fold_codiesp
from medcode.training.codiesp_data import load_split
from medcode.training.coding_metrics import mean_average_precision, micro_prf, precision_at_k


def _score(split, preds: dict, accepted: dict, n_notes: int, seconds: float, extra: dict | None = None) -> dict:
    rep = {
        "split": split.name,
        "notes": n_notes,
        "seconds": seconds,
        "records_per_s": n_notes / seconds if seconds else 0.0,
    }
    for s in (cs.tag for cs in CODIESP_SYSTEMS):  # the report names systems "D", "P" (CodiEsp)
        gold = served_gold(split, s)
        if not gold:
            continue
        p = {d: preds[s].get(d, []) for d in split.ids}
        prec, rec, f1 = micro_prf({d: accepted[s].get(d, []) for d in split.ids}, gold)
        rep[s] = {
            "MAP": mean_average_precision(p, gold),
            "P@5": precision_at_k(p, gold, 5),
            "P@10": precision_at_k(p, gold, 10),
            "accepted_precision": prec,
            "accepted_recall": rec,
            "accepted_f1": f1,
            "accepted": sum(len(v) for v in accepted[s].values()),
        }
    rep.update(extra or {})
    rep["predictions"] = preds
    return rep


def served_gold(split, system: str) -> dict[str, list[str]]:
    """doc id -> the split's gold codes of `system` in the form served codes are compared in
    (`medcode.coding.codes.as_served`)."""
    return {d: list(dict.fromkeys(as_served(system, c) for c in codes)) for d, codes in split.gold(system).items()}


def _collect(ranked_per_doc: dict):
    """ranked_per_doc: doc -> list of (system, code, score, accepted), accepted as serving decides
    it (score and checks)."""
    preds: dict[str, dict[str, list[str]]] = {cs.tag: {} for cs in CODIESP_SYSTEMS}
    acc: dict[str, dict[str, list[str]]] = {cs.tag: {} for cs in CODIESP_SYSTEMS}
    for d, codes in ranked_per_doc.items():
        for system, code, _, accepted in codes:
            if system not in CODIESP_SYSTEMS:
                continue
            s = CodeSystem.parse(system).tag
            f = fold_codiesp(system, code)
            lst = preds[s].setdefault(d, [])
            if f not in lst:
                lst.append(f)
            if accepted and f not in acc[s].setdefault(d, []):
                acc[s][d].append(f)
    return preds, acc


def evaluate_in_process(
    coder,
    data_dir,
    split_name: str,
    encoder_dir=None,
    threshold: float = DEFAULT_THRESHOLD,
    top_k: int = 100,
    use_cache: bool = True,
) -> dict:
    """Score a split in this process. With `use_cache` sentence embeddings come from the
    on-disk cache (tuning); the reported rank time covers `Coder.rank` only."""
    from medcode.checks.runner import note_failures
    from medcode.training.embeddings import embed_notes
    from medcode.training.served_text import coder_text_kind, served_texts

    encoder_dir = encoder_dir or paths.encoder_dir("int8")
    split = load_split(data_dir, split_name)
    ids = split.ids
    t0 = time.perf_counter()
    # the text the coder ranks when served (de-identified, for a coder fitted on it)
    texts = dict(zip(ids, served_texts([split.texts[d] for d in ids], coder_text_kind(coder))))
    if use_cache:
        embedded = embed_notes([texts[d] for d in ids], encoder_dir)
    else:
        from medcode.coding.encoder import OnnxEncoder
        from medcode.text.segment import split_sentences

        enc = OnnxEncoder(encoder_dir)
        embedded = []
        for d in ids:
            sents = split_sentences(texts[d])
            embedded.append((sents, enc.encode_note([s.text(texts[d]) for s in sents])))
    rank_s = 0.0
    ranked = {}
    for d, (sents, emb) in zip(ids, embedded):
        t = time.perf_counter()
        out = coder.rank(texts[d], sents, emb, top_k=top_k)
        rank_s += time.perf_counter() - t
        # accepted as serving accepts: the score and the checks the note alone decides
        ranked[d] = [
            (r.system, r.code, r.score, r.score >= threshold and not note_failures(r.system, r.code, r.assertion))
            for r in out
        ]
    seconds = time.perf_counter() - t0
    preds, acc = _collect(ranked)
    rep = _score(
        split, preds, acc, len(ids), seconds, {"rank_ms_per_note": 1000 * rank_s / len(ids), "mode": "in-process"}
    )
    rep["ranked"] = ranked
    return rep


def evaluate_served(
    url: str, data_dir, split_name: str, threshold: float = DEFAULT_THRESHOLD, top_k: int = 100, batch: int = 8
) -> dict:
    """Score a split through the running server's `medcode` model (client/medcode.client)."""
    from medcode.client import MedcodeClient

    split = load_split(data_dir, split_name)
    ids = split.ids
    client = MedcodeClient(url)
    ranked = {}
    t0 = time.perf_counter()
    for i in range(0, len(ids), batch):
        chunk = ids[i : i + batch]
        results = client.code([split.texts[d] for d in chunk], options={"top_k": top_k, "threshold": threshold})
        for d, res in zip(chunk, results):
            ranked[d] = [(c.system, c.code, c.score, bool(c.accepted)) for c in res.codes]
    seconds = time.perf_counter() - t0
    preds, acc = _collect(ranked)
    rep = _score(split, preds, acc, len(ids), seconds, {"mode": f"served ({url})"})
    rep["ranked"] = ranked
    return rep


def write_predictions(rep: dict, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for s in (cs.tag for cs in CODIESP_SYSTEMS):
        p = out_dir / f"{rep['split']}{s}.pred.tsv"
        with open(p, "w", encoding="utf-8") as f:
            for d in sorted(rep["predictions"][s]):
                for c in rep["predictions"][s][d]:
                    f.write(f"{d}\t{c}\n")
        paths.append(p)
    return paths


def print_report(rep: dict, stream=sys.stdout) -> None:
    print(
        f"CodiEsp {rep['split']} ({rep['notes']} notes, {rep['mode']}); CodiEsp: CC BY 4.0, BSC / Plan TL", file=stream
    )
    for cs in CODIESP_SYSTEMS:
        s, name = cs.tag, f"CodiEsp-{cs.tag} ({cs})"
        if s in rep:
            m = rep[s]
            print(
                f"  {name}: MAP {m['MAP']:.4f}  P@5 {m['P@5']:.4f}  P@10 {m['P@10']:.4f}  "
                f"accepted: {m['accepted']} codes, precision {m['accepted_precision']:.4f} "
                f"recall {m['accepted_recall']:.4f} F1 {m['accepted_f1']:.4f}",
                file=stream,
            )
    line = f"  {rep['records_per_s']:.1f} records/s"
    if "rank_ms_per_note" in rep:
        line += f"; Coder.rank {rep['rank_ms_per_note']:.1f} ms/note"
    print(line, file=stream)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="medcode eval codiesp", description=__doc__.splitlines()[0])
    ap.add_argument(
        "--data", default=paths.codiesp_dir(), type=Path, help="CodiEsp-format folder (default: datasets/codiesp)"
    )
    ap.add_argument("--split", required=True)
    ap.add_argument("--url", default="localhost:8001", help="Triton gRPC HOST:PORT of the running server")
    ap.add_argument("--out", type=Path, default=None, help="folder for the prediction files")
    ap.add_argument("--in-process", action="store_true", help="code here instead of through the server")
    ap.add_argument("--artifact", type=Path, default=paths.coder_dir(), help="coder artifact (--in-process)")
    ap.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    ap.add_argument("--top-k", type=int, default=100)
    ap.add_argument("--no-cache", action="store_true", help="--in-process: encode notes now, not from cache")
    ap.add_argument(
        "--encoder",
        type=Path,
        default=None,
        help="--in-process: ONNX encoder folder (default the int8 one the server uses)",
    )
    args = ap.parse_args(argv)
    try:
        if args.in_process:
            from medcode.coding.coder import Coder

            rep = evaluate_in_process(
                Coder.load(args.artifact),
                args.data,
                args.split,
                encoder_dir=args.encoder,
                threshold=args.threshold,
                top_k=args.top_k,
                use_cache=not args.no_cache,
            )
        else:
            rep = evaluate_served(args.url, args.data, args.split, args.threshold, args.top_k)
    except (FileNotFoundError, ValueError) as e:
        print(f"medcode eval codiesp: {e}", file=sys.stderr)
        return 2
    print_report(rep)
    if args.out:
        for p in write_predictions(rep, args.out):
            print(f"  wrote {p}")
    return 0
