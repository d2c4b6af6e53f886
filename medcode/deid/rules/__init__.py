"""The registry of de-identification rules: every `Rule`, in the order the recognizers run them.

One module per family (contact, identifiers, dates, ages, addresses, facilities, names, and the
spoken forms of numbers, dates and ages, and the fields of exported records), one
`Rule` object per rule; `recognizers.build_registry()` turns them into Presidio recognizers.
"""

from __future__ import annotations

from medcode.deid.rule import Rule
from medcode.deid.rules import addresses, ages, contact, dates, facilities, identifiers, names, spoken, structured

REGISTRY: tuple[Rule, ...] = (
    *contact.RULES,
    *identifiers.RULES,
    *dates.RULES,
    *ages.RULES,
    *addresses.RULES,
    *facilities.RULES,
    *names.RULES,
    *spoken.RULES,
    *structured.RULES,
)


def _check(rules: tuple[Rule, ...]) -> None:
    seen: set[str] = set()
    for r in rules:
        if r.name in seen:
            raise ValueError(f"duplicate rule name {r.name!r}")
        seen.add(r.name)


_check(REGISTRY)
BY_NAME: dict[str, Rule] = {r.name: r for r in REGISTRY}


def rules_for(recognizer: str) -> tuple[Rule, ...]:
    """The rules one recognizer runs, in registry order."""
    return tuple(r for r in REGISTRY if r.recognizer == recognizer)
