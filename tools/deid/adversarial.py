"""Adversarial and random notes for the de-identification worst case (fuzz test and bench).

Each kind repeats one hostile shape up to `size` characters: backtracking bait ("Hospital de la
de la ... x"), long runs of capitals, digits, punctuation and separators, keyword-dense text that
opens every gate at once, and random text. Deterministic for a given seed.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable

LIMIT = 256 * 1024  # the served model's note limit (bytes; these notes are ASCII)


def _fill(unit: Callable[[random.Random], str], size: int, seed: int) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    n = 0
    while n < size:
        p = unit(rng)
        parts.append(p)
        n += len(p)
    return "".join(parts)[:size]


def _word(rng: random.Random, alphabet: str, lo: int = 2, hi: int = 9) -> str:
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(lo, hi)))


def _cap(rng: random.Random) -> str:
    return _word(rng, string.ascii_uppercase, 1, 1) + _word(rng, string.ascii_lowercase, 2, 8)


KINDS: dict[str, Callable[[random.Random], str]] = {
    "hospital_de_la": lambda r: "Hospital " + "de la " * 40 + "x\n",
    "hospital_of_the": lambda r: "Clinic " + "of de la San " * 12 + "x.\n",
    "st_of_words": lambda r: "St. " + "Aaa of " * 30 + "x\n",
    "capitals_run": lambda r: "A" * 5000 + " ",
    "capital_words": lambda r: " ".join(_word(r, string.ascii_uppercase) for _ in range(30)) + "\n",
    "capitalised_words": lambda r: " ".join(_cap(r) for _ in range(30)) + ", ",
    "hyphen_names": lambda r: "-".join(_cap(r) for _ in range(60)) + " ",
    "name_labels_caps": lambda r: "Patient: " + ", ".join(_word(r, string.ascii_uppercase) for _ in range(8)) + "\n",
    "digits_run": lambda r: "1" * 5000 + " ",
    "digit_separators": lambda r: r.choice("-/. :").join(str(r.randint(0, 99)) for _ in range(200)) + " ",
    "phone_like": lambda r: " ".join(f"{r.randint(100, 999)}-{r.randint(0, 9999):04d}" for _ in range(40)) + "\n",
    "date_like": lambda r: " ".join(f"{r.randint(1, 12)}/{r.randint(1, 31)}" for _ in range(60)) + "\n",
    "punctuation": lambda r: "".join(r.choice(string.punctuation) for _ in range(500)),
    "whitespace": lambda r: "".join(r.choice(" \t\n") for _ in range(500)) + "x",
    "email_like": lambda r: "-".join(_word(r, "ab1.", 1, 3) for _ in range(100)) + "@" + "a." * 50 + "com ",
    "dots_tlds": lambda r: ".".join(_word(r, "abc") for _ in range(50)) + ".com/" + "a." * 30 + " ",
    "keyword_dense": lambda r: (
        "Dr. Aaa Bbb, MD (son) spoke with Ccc Ddd on March 3, 2020 at St. Eee Hospital; MRN: A123456; "
        "lives in Fff, lot 12, Apt 4 Unit 5, phone 555-1234 fax 555-123-4567, age 95 years. "
    ),
    "keyword_dense_caps": lambda r: (
        "DR. AAA BBB, MD (SON) SPOKE WITH CCC DDD ON MARCH 3, 2020 AT ST. EEE HOSPITAL; MRN: A123456; "
        "LIVES IN FFF, LOT 12, APT 4 UNIT 5, PHONE 555-1234 FAX 555-123-4567, AGE 95 YEARS. "
    ),
    # two-cell table rows, which the rules read a second time as "label: value", and signed columns
    "form_rows": lambda r: (
        f"| Mailing ZIP | {r.randint(10000, 99999)} |\n| Vehicle | drives {_word(r, 'ABC123', 3, 4)}-{r.randint(100, 9999)}. |\n"
        f"Date\tTime\tDose\tInit\n9/5\t9:30\ttaken\t{_word(r, 'ABCDE', 2, 3)}\n"
    ),
    "eponyms_and_names": lambda r: "Parkinson disease Mr. Smith Department of Medicine " * 3 + "\n",
    "random_ascii": lambda r: "".join(r.choice(string.printable) for _ in range(1000)),
    "random_words": lambda r: (
        " ".join(r.choice([_cap(r), _word(r, string.ascii_lowercase), str(r.randint(0, 9999))]) for _ in range(100))
        + ". "
    ),
    "random_latin1": lambda r: "".join(r.choice("ÀÉÎÕÜàéîõüßñÇç AaBb-'’.,") for _ in range(1000)),
}


def adversarial_notes(size: int = LIMIT, seed: int = 0) -> dict[str, str]:
    """One note per kind, each exactly `size` characters."""
    return {name: _fill(unit, size, seed + i) for i, (name, unit) in enumerate(KINDS.items())}
