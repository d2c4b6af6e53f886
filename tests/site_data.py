"""An INVENTED site: a CPT code book and coded notes made up for the tests.

CPT descriptors are AMA-licensed text, so none may be in the repository: the codes below are
only shaped like CPT Category III codes and every descriptor and procedure is made up. The
HCPCS Level II codes are real public codes (datasets/hcpcs_2025_oct) and the notes are
templated from invented phrases; every patient name and date is invented too.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

# code -> (invented descriptor, invented phrasings of the procedure in a note)
CPT_BOOK = {
    "0991T": (
        "Invented procedure: cryo-balloon smoothing of the nasal septum",
        [
            "The nasal septum was smoothed with the cryo-balloon device.",
            "Cryo-balloon smoothing of the septum was carried out without incident.",
            "We performed septal cryo-balloon smoothing under local anaesthesia.",
        ],
    ),
    "0992T": (
        "Invented procedure: photonic lavage of a chronic ankle wound",
        [
            "The chronic ankle wound was cleaned by photonic lavage.",
            "Photonic lavage of the ankle ulcer was repeated today.",
            "We applied photonic lavage to the non-healing wound over the ankle.",
        ],
    ),
    "0993T": (
        "Invented procedure: magnetic realignment of the lower jaw",
        [
            "Magnetic realignment of the mandible was performed.",
            "The lower jaw was realigned with the magnetic brace.",
            "We carried out magnetic jaw realignment for the malocclusion.",
        ],
    ),
    "0994T": (
        "Invented procedure: vapour sealing of a scalp laceration",
        [
            "The scalp laceration was closed by vapour sealing.",
            "Vapour sealing of the scalp wound achieved haemostasis.",
            "We sealed the laceration on the scalp with the vapour wand.",
        ],
    ),
    # in the training book only: the serving book below has retired it (valid_code then fails)
    "0995T": (
        "Invented procedure: sonic fragmentation of a salivary stone",
        [
            "The salivary stone was broken up by sonic fragmentation.",
            "Sonic fragmentation of the submandibular calculus was successful.",
            "We fragmented the salivary duct stone with the sonic probe.",
        ],
    ),
}
RETIRED_CPT = "0995T"

# real HCPCS Level II codes -> invented phrasings
HCPCS_PHRASES = {
    "J1100": [
        "Dexamethasone sodium phosphate 4 mg was injected.",
        "An injection of dexamethasone was given for the swelling.",
    ],
    "E0110": [
        "She was fitted with a pair of forearm crutches.",
        "Forearm crutches were supplied for walking.",
    ],
    "A4253": [
        "A box of blood glucose test strips was dispensed for home monitoring.",
        "Glucose meter test strips were prescribed for home checks.",
    ],
}

_FILLER = [
    "The patient was seen in the outpatient clinic.",
    "Vital signs were stable throughout the visit.",
    "Past history is otherwise unremarkable.",
    "She tolerated the visit well and was discharged home.",
    "Follow-up was arranged in two weeks.",
    "No allergies were reported.",
    "He was accompanied by a relative.",
]
_NAMES = ["Alma Fenwick", "Boris Tallant", "Cora Quimby", "Dario Westlake", "Edna Marlowe", "Felix Ambry"]


def _note(rng: random.Random, cpt: str, hcpcs: str | None) -> str:
    name = rng.choice(_NAMES)
    lines = [f"Patient {name} seen on {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2025."]
    lines += rng.sample(_FILLER, 2)
    lines.append(rng.choice(CPT_BOOK[cpt][1]))
    if hcpcs:
        lines.append(rng.choice(HCPCS_PHRASES[hcpcs]))
    lines.append(rng.choice(_FILLER))
    return " ".join(lines)


def site_notes(n_per_code: int = 8, seed: int = 0) -> list[dict]:
    """Coded notes in `medcode train --site-notes` form: each note has one invented CPT procedure
    and three notes in four one HCPCS item."""
    rng = random.Random(seed)
    hcpcs = sorted(HCPCS_PHRASES)
    rows = []
    for cpt in sorted(CPT_BOOK):
        for i in range(n_per_code):
            h = hcpcs[i % len(hcpcs)] if i % 4 != 3 else None
            codes = {"CPT": [cpt], "HCPCS": [h] if h else []}
            rows.append({"id": f"{cpt}-{i}", "text": _note(rng, cpt, h), "codes": codes})
    return rows


def write_cpt_book(path: Path, retired: tuple[str, ...] = ()) -> Path:
    """The invented code book as a site's CPT CSV (code,descriptor), leaving out `retired`."""
    body = "code,descriptor\n" + "".join(f'{c},"{d}"\n' for c, (d, _) in CPT_BOOK.items() if c not in retired)
    path.write_text(body, encoding="utf-8")
    return path


def write_site_notes(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path
