"""`medcode train`: fit the coder on CodiEsp-format coded notes and a site's own coded notes.

The steps, and why each is there, are in `medcode/training/train_coder.py`.
`medcode train deid ...` trains the learned PHI recognizer instead (`medcode/training/train_deid_ner.py`),
`medcode train encoder ...` the coding encoder (`medcode/training/train_encoder.py`).
"""

from __future__ import annotations

import argparse
import functools
import logging
import sys
import time
from pathlib import Path

from medcode import paths
from medcode.coding.calibration import FITTERS
from medcode.training.served_text import DEID, RAW
from medcode.training.train_coder import calibrate_on, train


def _offline_with_progress() -> None:
    """The model trainings log their progress and must never reach for the Hugging Face hub."""
    import os

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def main_deid(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(
        prog="medcode train deid",
        description="Train, export (int8 ONNX) and parity-check the learned PHI recognizer (seeded, offline).",
    )
    ap.add_argument("--out", default=Path(__file__).parents[1] / "deid" / "ner_model", type=Path)
    ap.add_argument("--seed", default=0, type=int)
    ap.add_argument("--layers", default=3, type=int, help="transformer layers kept of all-MiniLM-L6-v2's 6")
    ap.add_argument("--n", default=5000, type=int, help="generated training examples (plus presidio_synth)")
    ap.add_argument("--epochs", default=1, type=int)
    ap.add_argument("--lr", default=3e-4, type=float)
    ap.add_argument("--threads", default=2, type=int)
    ap.add_argument(
        "--hidden",
        default=None,
        type=int,
        help="train a narrow student this wide (a multiple of 64 below 384) instead of truncating MiniLM",
    )
    ap.add_argument(
        "--teacher",
        default=None,
        type=Path,
        help="a served recognizer (folder with model.onnx, ner.json) whose token distributions the model "
        "also learns to reproduce (knowledge distillation)",
    )
    ap.add_argument(
        "--real-text",
        default=4000,
        type=int,
        help="with --teacher: unlabelled CodiEsp train passages labelled by the teacher alone",
    )
    ap.add_argument(
        "--extra-data",
        action="extend",
        nargs="+",
        default=[],
        type=Path,
        help="annotated sets in the evaluation schema (JSONL: text, phi) added to the training corpus, in "
        "the order given; repeatable (e.g. other writers' generators run at training seeds by "
        "tools/deid/writers_corpus.py: docs/deidentification.md)",
    )
    ap.add_argument(
        "--name-shapes",
        default=0,
        type=int,
        help="generated examples of names in three layouts the templates do not write: chat speakers "
        "after a timestamp, initials that sign a dictation or entry, HL7 `^`-separated name fields",
    )
    ap.add_argument(
        "--fp32-head",
        action="store_true",
        help="leave the token classifier's own layer in fp32 when quantizing (int8 parity)",
    )
    args = ap.parse_args(argv)
    _offline_with_progress()
    from medcode.training.train_deid_ner import train as train_deid

    for path in args.extra_data:
        if not path.is_file():
            print(f"medcode train deid: --extra-data {path}: no such file", file=sys.stderr)
            return 2

    try:
        meta = train_deid(
            args.out,
            args.seed,
            args.layers,
            args.n,
            args.epochs,
            lr=args.lr,
            threads=args.threads,
            hidden=args.hidden,
            teacher=args.teacher,
            n_real=args.real_text,
            extra=tuple(args.extra_data),
            n_shapes=args.name_shapes,
            fp32_head=args.fp32_head,
        )
    except (FileNotFoundError, ValueError) as e:
        print(f"medcode train deid: {e}", file=sys.stderr)
        return 2
    print(f"dev (PyTorch): {meta['dev_pytorch']}\nparity: {meta['parity']}\nserved form: {args.out}")
    return 0


def main_encoder(argv: list[str]) -> int:
    from medcode.export.encoder_export import TUNED_DIR

    ap = argparse.ArgumentParser(
        prog="medcode train encoder",
        description="Distil and task-tune the coding encoder (seeded, offline), export it (int8 ONNX) and "
        "check parity; then `medcode export` installs it and retrains the coder on it.",
    )
    ap.add_argument("--out", default=TUNED_DIR, type=Path)
    ap.add_argument("--data", default=paths.codiesp_dir(), type=Path, help="CodiEsp-format data (train split)")
    ap.add_argument("--seed", default=0, type=int)
    ap.add_argument("--layers", default=2, type=int, help="transformer layers kept of all-MiniLM-L6-v2's 6")
    ap.add_argument("--epochs", default=2, type=int)
    ap.add_argument("--lr", default=3e-4, type=float)
    ap.add_argument("--code-texts", default=6000, type=int, help="code titles and index terms distilled")
    ap.add_argument("--pairs", default=6000, type=int, help="index/inclusion term - title pairs")
    ap.add_argument("--pair-weight", default=0.1, type=float, help="weight of the term-title loss (0: distil only)")
    ap.add_argument("--threads", default=2, type=int)
    args = ap.parse_args(argv)
    _offline_with_progress()
    from medcode.training.train_encoder import train as train_encoder

    try:
        meta = train_encoder(
            args.out,
            args.seed,
            args.layers,
            args.epochs,
            lr=args.lr,
            n_code_texts=args.code_texts,
            n_pairs=args.pairs,
            pair_weight=args.pair_weight,
            threads=args.threads,
            data_dir=args.data,
        )
    except (FileNotFoundError, ValueError) as e:
        print(f"medcode train encoder: {e}", file=sys.stderr)
        return 2
    print(f"cosine to the 6-layer teacher on held-aside texts: {meta['held_aside_cosine_to_teacher']}")
    print(f"parity: {meta['parity']}")
    print(f"served form: {args.out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["deid"]:
        return main_deid(argv[1:])
    if argv[:1] == ["encoder"]:
        return main_encoder(argv[1:])
    ap = argparse.ArgumentParser(prog="medcode train", description=__doc__.splitlines()[0])
    ap.add_argument(
        "--data",
        default=paths.codiesp_dir(),
        type=Path,
        help="folder with SPLIT/text_files_en and SPLIT{D,P}.tsv (default: the vendored CodiEsp)",
    )
    ap.add_argument("--splits", default="train", help="comma-separated splits of --data to fit on ('' for none)")
    ap.add_argument(
        "--site-notes",
        type=Path,
        default=None,
        help="JSON Lines of the site's coded notes, with CPT (needs MEDCODE_CPT_FILE), HCPCS and ICD-10 codes "
        "(format: medcode/training/site_notes.py, docs/coding-quality.md)",
    )
    ap.add_argument(
        "--text",
        choices=[DEID, RAW],
        default=DEID,
        help="fit on the notes de-identified as the server ranks them (default) or as written",
    )
    ap.add_argument(
        "--tune-split",
        default=None,
        help="held-out split (e.g. dev): calibrates the scores, then is scored and reported",
    )
    ap.add_argument("--refit-on", default=None, help="comma-separated splits for the final model (e.g. train,dev)")
    ap.add_argument("--out", default=paths.coder_dir(), type=Path)
    ap.add_argument("--seed", default=0, type=int)
    ap.add_argument("--encoder", default=paths.encoder_dir("int8"), type=Path)
    ap.add_argument(
        "--calibration",
        choices=list(FITTERS),
        default=None,
        help="score calibration for every system (default: logistic for every system; docs/coding-quality.md)",
    )
    ap.add_argument(
        "--bags",
        type=int,
        default=None,
        help="cross-fittings each ranker is averaged over, for every system (default: 5 for ICD-10-PCS, "
        "1 for the others; docs/coding-quality.md)",
    )
    args = ap.parse_args(argv)
    if args.bags is not None and args.bags < 1:
        ap.error("--bags must be at least 1")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    t0 = time.time()
    splits = [s for s in args.splits.split(",") if s]
    import sklearn.ensemble  # noqa: F401  (loads the OpenMP runtime so the limit below applies to it)
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)  # one thread: the 2-core host is shared (oversubscribed OpenMP is ~10x slower)
    try:
        site = None
        if args.site_notes:
            from medcode.training.site_notes import load_site_notes

            site = load_site_notes(args.site_notes)
        # every fit of this command differs only in its splits
        fit = functools.partial(
            train,
            args.data,
            out=args.out,
            seed=args.seed,
            encoder_dir=args.encoder,
            calibration=args.calibration,
            site_notes=site,
            text=args.text,
            bags=args.bags,
        )
        coder = fit(splits=splits)
        if args.tune_split:
            from medcode.training.eval_codiesp import evaluate_in_process, print_report

            calibrate_on(coder, args.data, args.tune_split, args.out, args.encoder, args.calibration)
            rep = evaluate_in_process(coder, args.data, args.tune_split, args.encoder)
            print_report(rep, sys.stdout)
            print(
                "  (accepted = scored >= the threshold and passing the checks, as served; in-sample for the "
                "calibrator: `medcode eval reliability` gives the cross-validated figures)"
            )
        if args.refit_on:
            refit = fit(splits=[s for s in args.refit_on.split(",") if s])
            if args.tune_split:  # keep the held-out calibration: no notes are left to refit it on
                refit.calibrators = coder.calibrators
                refit.meta["calibrated_on"] = args.tune_split
                refit.meta["calibration"] = coder.meta.get("calibration")
                refit.meta["cross_validated"] = coder.meta.get("cross_validated")
                refit.save(args.out)
    except (FileNotFoundError, ValueError) as e:
        print(f"medcode train: {e}", file=sys.stderr)
        return 2
    print(f"training took {time.time() - t0:.0f} s; artifact: {args.out}")
    return 0
