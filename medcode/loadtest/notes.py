"""Realistic notes for load: CodiEsp clinical case texts (English), optionally with surrogate PHI.

CodiEsp (CC BY 4.0, Barcelona Supercomputing Center / Plan TL) texts vary from a few hundred to
several thousand characters, which is the length spread a coding service sees. Real clinical
notes carry identifiers, so `with_phi` prepends/inserts an invented header (names from a fixed
list of fictitious people, random dates and numbers) to exercise de-identification as well.
Nothing here is logged; only counts and lengths leave this module.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from medcode import paths

SPLITS = ("train", "dev")

# Fictitious surrogates (no real person): first and last names combined at random.
_FIRST = (
    "Alma",
    "Bruno",
    "Clara",
    "Dario",
    "Elena",
    "Fabian",
    "Greta",
    "Hugo",
    "Ines",
    "Jonas",
    "Karla",
    "Lucas",
    "Marta",
    "Nils",
    "Olga",
    "Pablo",
    "Rosa",
    "Sven",
    "Tania",
    "Victor",
)
_LAST = (
    "Abernathy",
    "Baldwin",
    "Castellano",
    "Dunmore",
    "Eriksen",
    "Fairweather",
    "Galloway",
    "Hollis",
    "Iverson",
    "Jankowski",
    "Kettering",
    "Lindqvist",
    "Marchetti",
    "Northcott",
    "Oyelaran",
    "Pemberton",
    "Quintero",
    "Rasmussen",
    "Stanhope",
    "Thornbury",
)
_CITIES = ("Springfield", "Riverton", "Lakewood", "Fairview", "Greenville", "Ashford")


@dataclass(frozen=True)
class NoteSet:
    notes: tuple[str, ...]
    source: str

    def lengths(self) -> list[int]:
        return [len(n) for n in self.notes]


def load_texts(
    data_dir: Path | None = None, splits: tuple[str, ...] = SPLITS, limit: int | None = None, seed: int = 11
) -> list[str]:
    """CodiEsp English texts, shuffled with `seed` (so a short run still mixes lengths)."""
    files: list[Path] = []
    for split in splits:
        folder = Path(data_dir or paths.codiesp_dir()) / split / "text_files_en"
        if not folder.is_dir():
            raise FileNotFoundError(f"no CodiEsp texts at {folder} (expected <data>/<split>/text_files_en/*.txt)")
        files.extend(sorted(folder.glob("*.txt")))
    if not files:
        raise FileNotFoundError(f"no .txt files under {data_dir} for splits {', '.join(splits)}")
    random.Random(seed).shuffle(files)
    texts = []
    for f in files[: limit or len(files)]:
        t = f.read_text(encoding="utf-8").strip()
        if t:
            texts.append(t)
    return texts


def _phone(rng: random.Random) -> str:
    return f"({rng.randint(201, 989)}) 555-{rng.randint(1000, 9999)}"


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(1940, 2024)}"


def with_surrogate_phi(text: str, rng: random.Random) -> str:
    """A note header and sign-off with invented identifiers, plus a name inside the body."""
    name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    doctor = f"Dr. {rng.choice(_LAST)}"
    header = (
        f"Patient: {name}   MRN: {rng.randint(10_000_000, 99_999_999)}   DOB: {_date(rng)}\n"
        f"Admitted: {_date(rng)}   Phone: {_phone(rng)}   {rng.choice(_CITIES)} General Hospital\n\n"
    )
    body = text
    cut = text.find(". ")
    if 0 < cut < len(text) - 2:
        body = f"{text[: cut + 1]} {name.split()[0]} was seen by {doctor}.{text[cut + 1 :]}"
    return f"{header}{body}\n\nSigned: {doctor}, {_date(rng)}"


def note_set(
    data_dir: Path | None = None, limit: int | None = None, phi_fraction: float = 0.5, seed: int = 11
) -> NoteSet:
    """The notes a load run cycles through; `phi_fraction` of them get surrogate PHI."""
    if not 0.0 <= phi_fraction <= 1.0:
        raise ValueError("phi_fraction must be between 0 and 1")
    rng = random.Random(seed)
    texts = load_texts(data_dir, limit=limit, seed=seed)
    notes = tuple(with_surrogate_phi(t, rng) if rng.random() < phi_fraction else t for t in texts)
    return NoteSet(
        notes, f"CodiEsp {'+'.join(SPLITS)} text_files_en ({len(notes)} notes, {phi_fraction:.0%} with surrogate PHI)"
    )
