"""Faker tables read as a locale's own data.

The independent evaluation generators (`evalset5.py` … `evalset7.py`) draw names, places and
organisation words only from locales that nothing else in the project uses, so a table must be
the locale's own, not one its provider inherits from a parent locale (which another set or list
may already read). One reader and one check serve every generator.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from typing import Any


def own_table(module: str, attr: str) -> Any:
    """`attr` as defined by `module` itself or by its own `Provider` class body (KeyError if it
    is only inherited)."""
    mod = importlib.import_module(module)
    own = vars(mod) if attr in vars(mod) else vars(mod.Provider)
    return own[attr]


def provenance_problems(faker_tables: Mapping[str, Sequence[tuple[str, str]]]) -> list[str]:
    """Each (locale, module, attribute) of `faker_tables` whose data is not the locale's own, as a
    readable line (empty when all are)."""
    problems: list[str] = []
    for loc, pairs in faker_tables.items():
        for module, attr in pairs:
            if module.rsplit(".", 1)[1] != loc:
                problems.append(f"{loc}: {module} belongs to another locale")
                continue
            mod = importlib.import_module(module)
            if mod.Provider.__module__ != module:
                problems.append(f"{loc}: {module}.Provider is defined in {mod.Provider.__module__}")
            if attr not in vars(mod) and attr not in vars(mod.Provider):
                problems.append(f"{loc}: {module}.{attr} is inherited, not the locale's own")
                continue
            own = own_table(module, attr)
            for base in mod.Provider.__mro__[1:]:
                if base.__module__ != module and vars(base).get(attr) is own:
                    problems.append(f"{loc}: {module}.{attr} is the same object as {base.__module__}'s")
    return problems
