"""Checks shared by the tests of the independent evaluation generators (tools/deid/evalset3.py …
evalset9.py): each writer's generator differs, but what makes a committed set usable for
measurement, reproducible from the command its docstring gives, and a writer's locales its own,
is the same for all of them."""

import importlib
import json
import re
from types import ModuleType

from medcode.deid.lexicon import GAZETTEER_LOCALES
from medcode.deid.types import PHI_TYPES
from medcode.training import deid_corpus
from tools.deid import evalset as evalset1
from tools.deid.devset import UNSEEN_LOCALES

from .conftest import DATA

# The 18 Safe Harbor identifiers as this project's PHI types (biometric and photo references are ID).
SAFE_HARBOR = {
    "NAME", "LOCATION", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN",
    "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "ID", "FACILITY",
}  # fmt: skip

# family -> (committed file under datasets/deid/, rows, seed), as a generator's docstring commands them
Sets = dict[str, tuple[str, int, int]]


def check_docstring_commands(generator: ModuleType, sets: Sets) -> None:
    """The generator's docstring gives the command that made each committed file, for each of its families."""
    for family, (name, n, seed) in sets.items():
        cmd = f"python -m {generator.__name__} --family {family} --n {n} --seed {seed} --out datasets/deid/{name}"
        assert cmd in generator.__doc__
    assert set(sets) == set(generator.FAMILIES)


def check_regenerates(generator: ModuleType, family: str, name: str, n: int, seed: int) -> None:
    """Running the docstring's command again writes the committed file byte for byte."""
    expected = (DATA / name).read_bytes()
    assert generator.dumps(generator.generate(family, n, seed)).encode("utf-8") == expected


def check_seeds_differ(generator: ModuleType, families) -> None:
    """Another seed gives other rows, the same seed the same rows."""
    for family in families:
        a = generator.generate(family, 20, 1)
        b = generator.generate(family, 20, 2)
        assert [r["text"] for r in a] != [r["text"] for r in b]
        assert generator.generate(family, 20, 1) == a


def read_rows(name: str) -> list[dict]:
    """The rows of the committed set `datasets/deid/<name>`."""
    with open(DATA / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def span_texts(rows: list[dict], kind: str) -> list[str]:
    """The text of every PHI span of `kind` in `rows`."""
    return [r["text"][p["start"] : p["end"]] for r in rows for p in r["phi"] if p["type"] == kind]


def spans_around(rows: list[dict], kind: str, before: int, after: int) -> list[tuple[str, str, str]]:
    """(up to `before` characters before, the span, up to `after` characters after) of every PHI
    span of `kind` in `rows`: what a family's conventions say about a span's neighbours."""
    return [
        (r["text"][max(0, p["start"] - before) : p["start"]], r["text"][p["start"] : p["end"]], r["text"][p["end"] : p["end"] + after])
        for r in rows
        for p in r["phi"]
        if p["type"] == kind
    ]  # fmt: skip


def check_committed_rows(rows: list[dict], prefix: str, family: str, n: int, keep_kinds: tuple[str, ...]) -> None:
    """Ids in order, texts distinct, PHI spans of known types sorted, apart and trimmed, every keep
    term present and never inside a PHI span, clinical documents 150-1500 characters."""
    assert len(rows) == n
    assert [r["id"] for r in rows] == [f"{prefix}-{family}-{i}" for i in range(len(rows))]
    assert len({r["text"] for r in rows}) == len(rows)
    for r in rows:
        text = r["text"]
        assert r["family"] == family
        prev = 0
        for p in r["phi"]:
            assert p["type"] in PHI_TYPES
            assert prev <= p["start"] < p["end"] <= len(text), (r["id"], p)
            surface = text[p["start"] : p["end"]]
            assert surface == surface.strip() and surface, (r["id"], p)
            prev = p["end"]
        assert set(r["keep"]) == set(r["keep_kinds"])
        for term in r["keep"]:
            assert r["keep_kinds"][term] in keep_kinds
            hits = [m.start() for m in re.finditer(re.escape(term), text)]
            assert hits, (r["id"], term)
            for i in hits:
                assert not any(p["start"] < i + len(term) and i < p["end"] for p in r["phi"]), (r["id"], term)
        if family == "clinical":
            assert 150 <= len(text) <= 1500, r["id"]


def locales_used_before(*earlier: ModuleType) -> set[str]:
    """Every locale the project's lists, its training corpus, the first evaluation generator and
    the `earlier` independent generators read."""
    used = set(GAZETTEER_LOCALES) | set(UNSEEN_LOCALES)
    for module in (evalset1, deid_corpus, *earlier):
        used |= set(module.NAME_LOCALES) | set(module.CITY_LOCALES) | set(module.ORG_LOCALES)
        used |= set(getattr(module, "LOCALES", ()))
    return used


def check_own_locales(generator: ModuleType, *earlier: ModuleType) -> None:
    """The generator's locales are the ones its Faker tables are read through, and none is used
    anywhere before it."""
    mine = set(generator.NAME_LOCALES) | set(generator.CITY_LOCALES) | set(generator.ORG_LOCALES)
    assert mine == set(generator.LOCALES) == set(generator.FAKER_TABLES)
    clash = mine & locales_used_before(*earlier)
    assert not clash, sorted(clash)


def check_faker_tables_are_the_locales_own(generator: ModuleType) -> None:
    """Each table the generator reads belongs to its locale's own module and provider, not to a
    parent locale's provider it inherits from."""
    assert generator.provenance_problems() == []
    for loc, pairs in generator.FAKER_TABLES.items():
        for module, attr in pairs:
            mod = importlib.import_module(module)
            assert mod.__name__.rsplit(".", 1)[1] == loc
            assert mod.Provider.__module__ == module
            own = vars(mod) if attr in vars(mod) else vars(mod.Provider)
            assert attr in own, (module, attr)
            for base in mod.Provider.__mro__[1:]:
                if base.__module__ != module and attr in vars(base):
                    assert vars(base)[attr] is not own[attr], (module, attr, base.__module__)


def check_tuning_seeds_share_no_text(generator: ModuleType, name: str, family: str, tuning_seed: int) -> None:
    """The seeds kept for tuning give none of the committed set's texts, so reading them reads nothing measured."""
    committed = {r["text"] for r in read_rows(name)}
    assert not committed & {r["text"] for r in generator.generate(family, 40, tuning_seed)}


def check_row_layout(rows: list[dict]) -> None:
    """The schema's keys in order, each span's keys in order, keep terms listed once, spans apart."""
    for r in rows:
        assert list(r) == ["id", "family", "text", "phi", "keep", "keep_kinds"]
        assert all(list(p) == ["start", "end", "type"] for p in r["phi"]), r["id"]
        assert len(r["keep"]) == len(set(r["keep"])), r["id"]
        for a, b in zip(r["phi"], r["phi"][1:]):
            assert a["end"] <= b["start"], r["id"]


def without_phi(r: dict, kinds=None) -> str:
    """The row's text with its PHI spans (of `kinds`, or all) blanked out, offsets kept."""
    text = r["text"]
    for p in r["phi"]:
        if kinds is None or p["type"] in kinds:
            text = text[: p["start"]] + "x" * (p["end"] - p["start"]) + text[p["end"] :]
    return text


_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def age_value(surface: str) -> int:
    """An AGE span's value, in digits or words ("94", "ninety-one", "one hundred and two")."""
    if surface.isdigit():
        return int(surface)
    words = surface.lower().replace(" and ", "-").replace("one hundred", "hundred").split("-")
    base = {"ninety": 90, "hundred": 100}[words[0]]
    return base + (_UNITS.index(words[1]) + 1 if len(words) > 1 else 0)


def vin_ok(vin: str) -> bool:
    """A VIN's check digit (49 CFR 565) is right."""
    value = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9)))}
    value.update(dict(zip("JKLMN", range(1, 6))) | {"P": 7, "R": 9} | dict(zip("STUVWXYZ", range(2, 10))))
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    total = sum(value[c] * w for c, w in zip(vin, weights)) % 11
    return vin[8] == ("X" if total == 10 else str(total))


def luhn_ok(number: str) -> bool:
    """A record, card or device number's Luhn check digit is right."""
    total = 0
    for i, ch in enumerate(reversed(number)):
        v = int(ch) * (2 if i % 2 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def dea_ok(number: str) -> bool:
    """A DEA registration number has its shape (two letters, seven digits) and check digit."""
    if not re.fullmatch(r"[A-Z]{2}\d{7}", number):
        return False
    d = [int(c) for c in number[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def check_every_type_often(rows: list[dict], minimum: int) -> None:
    """Every Safe Harbor type occurs in `rows`, each at least `minimum` times."""
    counts: dict[str, int] = {}
    for r in rows:
        for p in r["phi"]:
            counts[p["type"]] = counts.get(p["type"], 0) + 1
    assert set(counts) >= SAFE_HARBOR, sorted(SAFE_HARBOR - set(counts))
    assert min(counts.values()) >= minimum, counts


def check_genres_in_turn(rows: list[dict], marks: list[str], genres: tuple, n: int, first_only: bool = False) -> None:
    """Each row belongs to the genre its position says (genres in turn, so each occurs equally
    often): the genre's marker phrase, and no other's (with `first_only`, the first that matches),
    is in its text."""
    assert len(marks) == len(genres)
    for i, r in enumerate(rows):
        hits = [j for j, m in enumerate(marks) if re.search(m, r["text"], re.I | re.M)]
        assert (hits[:1] if first_only else hits) == [i % len(marks)], (r["id"], hits)
    assert n % len(marks) == 0
