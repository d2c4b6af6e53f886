"""What every independent evaluation generator written for the project (eval8 onwards) owes its
users, checked the same way for each: the committed files are what the documented commands
write, other seeds give other rows, the tuning seeds share no text with the committed rows, the
rows are laid out as `medcode eval deid` reads them, and names and places come only from Faker
locales no earlier set uses, read from each locale's own tables.

Each family's own annotation conventions and text shapes are tested in its own file
(`test_evalset8.py` ...), which also holds its `SETS` and `TUNING_SEEDS`."""

from types import ModuleType

import pytest

from tools.deid import (
    evalset3,
    evalset4,
    evalset5,
    evalset6,
    evalset7,
    evalset8,
    evalset9,
    evalset10,
    evalset11,
    evalset12,
    evalset13,
    evalset14,
    evalset15,
    evalset16,
    evalset17,
    evalset18,
    evalset19,
    evalset20,
    evalset21,
    evalset22,
    evalset23,
    evalset24,
    evalset25,
    evalset26,
    evalset27,
    evalset28,
    evalset29,
)

from . import (
    test_evalset8,
    test_evalset9,
    test_evalset10,
    test_evalset11,
    test_evalset12,
    test_evalset13,
    test_evalset14,
    test_evalset15,
    test_evalset16,
    test_evalset17,
    test_evalset18,
    test_evalset19,
    test_evalset20,
    test_evalset21,
    test_evalset22,
    test_evalset23,
    test_evalset24,
    test_evalset25,
    test_evalset26,
    test_evalset27,
    test_evalset28,
    test_evalset29,
)
from .evalset_checks import (
    check_committed_rows,
    check_docstring_commands,
    check_faker_tables_are_the_locales_own,
    check_own_locales,
    check_regenerates,
    check_row_layout,
    check_seeds_differ,
    check_tuning_seeds_share_no_text,
    read_rows,
)

# the generators in the order they were written: each is checked against every one before it
WRITTEN = (
    evalset3,
    evalset4,
    evalset5,
    evalset6,
    evalset7,
    evalset8,
    evalset9,
    evalset10,
    evalset11,
    evalset12,
    evalset13,
    evalset14,
    evalset15,
    evalset16,
    evalset17,
    evalset18,
    evalset19,
    evalset20,
    evalset21,
    evalset22,
    evalset23,
    evalset24,
    evalset25,
    evalset26,
    evalset27,
    evalset28,
    evalset29,
)
# their test modules (SETS, TUNING_SEEDS), from eval8 on
OWN_TESTS = (
    test_evalset8,
    test_evalset9,
    test_evalset10,
    test_evalset11,
    test_evalset12,
    test_evalset13,
    test_evalset14,
    test_evalset15,
    test_evalset16,
    test_evalset17,
    test_evalset18,
    test_evalset19,
    test_evalset20,
    test_evalset21,
    test_evalset22,
    test_evalset23,
    test_evalset24,
    test_evalset25,
    test_evalset26,
    test_evalset27,
    test_evalset28,
    test_evalset29,
)
# name -> (generator, its test module, the generators before it)
GENERATORS: dict[str, tuple[ModuleType, ModuleType, tuple[ModuleType, ...]]] = {
    f"eval{generator.__name__.rsplit('evalset', 1)[1]}": (generator, tests, WRITTEN[:at])
    for at, (generator, tests) in enumerate(zip(WRITTEN[5:], OWN_TESTS, strict=True), start=5)
}
FAMILIES = [(name, family) for name, (_, tests, _) in GENERATORS.items() for family in sorted(tests.SETS)]


@pytest.mark.parametrize("name", sorted(GENERATORS))
def test_the_docstring_gives_the_commands_and_the_tuning_seeds(name):
    generator, tests, _ = GENERATORS[name]
    check_docstring_commands(generator, tests.SETS)
    for family, seed in tests.TUNING_SEEDS.items():
        assert str(seed) in generator.__doc__, family


@pytest.mark.parametrize("name,family", FAMILIES)
def test_regenerating_reproduces_the_committed_file(name, family):
    generator, tests, _ = GENERATORS[name]
    check_regenerates(generator, family, *tests.SETS[family])


@pytest.mark.parametrize("name", sorted(GENERATORS))
def test_other_seeds_give_other_rows(name):
    generator, tests, _ = GENERATORS[name]
    check_seeds_differ(generator, tests.SETS)


@pytest.mark.parametrize("name,family", FAMILIES)
def test_tuning_seeds_share_no_text_with_the_committed_rows(name, family):
    generator, tests, _ = GENERATORS[name]
    check_tuning_seeds_share_no_text(generator, tests.SETS[family][0], family, tests.TUNING_SEEDS[family])


@pytest.mark.parametrize("name,family", FAMILIES)
def test_committed_spans_match_their_text(name, family):
    generator, tests, _ = GENERATORS[name]
    file, n, _seed = tests.SETS[family]
    rows = read_rows(file)
    check_committed_rows(rows, name, family, n, generator.KEEP_KINDS)
    check_row_layout(rows)


@pytest.mark.parametrize("name", sorted(GENERATORS))
def test_locales_are_disjoint_from_every_earlier_generators(name):
    generator, _, earlier = GENERATORS[name]
    check_own_locales(generator, *earlier)


@pytest.mark.parametrize("name", sorted(GENERATORS))
def test_every_faker_table_is_the_locales_own(name):
    check_faker_tables_are_the_locales_own(GENERATORS[name][0])
