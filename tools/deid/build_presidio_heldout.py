"""The held-out presidio_synth template families, as an evaluation set.

    python -m tools.deid.build_presidio_heldout --out datasets/deid/presidio_synth_heldout.jsonl

presidio_synth rows whose template family (`template_id` in synth_dataset_v2.json) has
`template_id % 5 == 0` (`medcode.training.deid_corpus.presidio_family_heldout`): the learned PHI
recognizer never trains on them, so they measure it on sentence templates it has not seen.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from medcode import paths
from medcode.training.deid_corpus import presidio_heldout_rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=paths.deid_sets_dir() / "presidio_synth_heldout.jsonl")
    args = ap.parse_args()
    rows = presidio_heldout_rows(
        paths.deid_sets_dir() / "presidio_synth.jsonl", paths.data_dir() / "presidio_synth" / "synth_dataset_v2.json"
    )
    with args.out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows -> {args.out}")


if __name__ == "__main__":
    main()
