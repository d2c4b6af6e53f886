"""Convert presidio-research's synthetic PII set (MIT) to medcode's de-id JSONL format.

    python -m tools.deid.build_presidio_synth --src datasets/presidio_synth/synth_dataset_v2.json \
        --out datasets/deid/presidio_synth.jsonl

Types are mapped to medcode PHI types. Spans that Safe Harbor does not require removing are
dropped from the gold: TITLE ("Mr."), NRP (nationality/religion/politics), ages under 90, years alone,
and places that are countries or US states (GPE "Uruguay", "CO").
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from medcode import paths
from medcode.deid.lexicon import countries

TYPE_MAP = {
    "PERSON": "NAME",
    "STREET_ADDRESS": "ADDRESS",
    "GPE": "LOCATION",
    "ORGANIZATION": "FACILITY",
    "CREDIT_CARD": "ACCOUNT",
    "IBAN_CODE": "ACCOUNT",
    "DATE_TIME": "DATE",
    "PHONE_NUMBER": "PHONE",
    "AGE": "AGE",
    "EMAIL_ADDRESS": "EMAIL",
    "ZIP_CODE": "ZIP",
    "DOMAIN_NAME": "URL",
    "US_SSN": "SSN",
    "IP_ADDRESS": "IP",
    "US_DRIVER_LICENSE": "LICENSE",
}
DROPPED = {"TITLE", "NRP"}
US_STATES = {
    "alabama",
    "alaska",
    "arizona",
    "arkansas",
    "california",
    "colorado",
    "connecticut",
    "delaware",
    "florida",
    "georgia",
    "hawaii",
    "idaho",
    "illinois",
    "indiana",
    "iowa",
    "kansas",
    "kentucky",
    "louisiana",
    "maine",
    "maryland",
    "massachusetts",
    "michigan",
    "minnesota",
    "mississippi",
    "missouri",
    "montana",
    "nebraska",
    "nevada",
    "new hampshire",
    "new jersey",
    "new mexico",
    "new york",
    "north carolina",
    "north dakota",
    "ohio",
    "oklahoma",
    "oregon",
    "pennsylvania",
    "rhode island",
    "south carolina",
    "south dakota",
    "tennessee",
    "texas",
    "utah",
    "vermont",
    "virginia",
    "washington",
    "west virginia",
    "wisconsin",
    "wyoming",
}


def _keep_span(etype: str, value: str) -> bool:
    v = value.strip().lower()
    if etype in DROPPED:
        return False
    if etype == "AGE":
        m = re.search(r"\d+", value)
        return m is not None and int(m.group()) >= 90
    if etype == "DATE_TIME" and re.fullmatch(r"(?:in |during |the )?(?:1[89]|20)\d\d(?:s)?", v):
        return False  # a year alone is not a Safe Harbor identifier (kept for coding)
    if etype == "GPE":
        return not (v in countries() or v in US_STATES or re.fullmatch(r"[a-z]{2}", v))
    return True


def convert(src: Path) -> list[dict]:
    data = json.loads(src.read_text(encoding="utf-8"))
    rows = []
    for i, ex in enumerate(data):
        phi = []
        for sp in ex["spans"]:
            et = sp["entity_type"]
            if not _keep_span(et, sp["entity_value"]):
                continue
            if et not in TYPE_MAP:
                raise ValueError(f"unmapped entity type {et!r} in example {i}")
            phi.append({"start": sp["start_position"], "end": sp["end_position"], "type": TYPE_MAP[et]})
        rows.append(
            {"id": f"synth-{i}", "text": ex["full_text"], "phi": sorted(phi, key=lambda p: p["start"]), "keep": []}
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Convert presidio synth_dataset_v2.json to JSONL.")
    ap.add_argument("--src", default=str(paths.presidio_synth_file()))
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    rows = convert(Path(args.src))
    with open(args.out, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} examples, {sum(len(r['phi']) for r in rows)} PHI spans to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
