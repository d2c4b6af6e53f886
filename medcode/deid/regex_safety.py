"""A static check that a regex cannot backtrack exponentially (catastrophic backtracking).

Exponential backtracking needs an unbounded repeat whose body can match the same text in more
than one way: a nested unbounded repeat that can re-split it (`(a+)+`), or alternatives that can
start on the same character (`(de |de la )*`). `backtracking_risks` reports those shapes (a
conservative, sufficient check: a pattern it passes has no such repeat); possessive repeats and
atomic groups (Python 3.11+) are skipped, since the engine never re-enters them. Bounded repeats
(`{0,4}`) cost at most a polynomial factor and are measured by `bench/deid_worst_case.py`.
"""

from __future__ import annotations

from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

_ANY = None  # a character set we do not enumerate (negated class, \w, ...)
CharSet = set[str] | None


def _class_chars(items) -> CharSet:
    out: set[str] = set()
    for op, av in items:
        if op == C.LITERAL:
            out.add(chr(av))
        elif op == C.RANGE:
            out.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return _ANY
    return out


def _first(items) -> tuple[CharSet, bool]:
    """Characters a match of the sequence can start with, and whether it can be empty."""
    out: set[str] = set()
    for op, av in items:
        f, empty = _first_one(op, av)
        if f is _ANY:
            return _ANY, False
        out |= f
        if not empty:
            return out, False
    return out, True


def _first_one(op, av) -> tuple[CharSet, bool]:
    if op == C.LITERAL:
        return {chr(av)}, False
    if op == C.IN:
        return _class_chars(av), False
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return set(), True
    if op == C.SUBPATTERN:
        return _first(av[3])
    if op == C.ATOMIC_GROUP:
        return _first(av)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        f, empty = _first(av[2])
        return f, empty or av[0] == 0
    if op == C.BRANCH:
        out: set[str] = set()
        any_empty = False
        for branch in av[1]:
            f, empty = _first(branch)
            if f is _ANY:
                return _ANY, False
            out |= f
            any_empty |= empty
        return out, any_empty
    return _ANY, False


def _single_char_body(items) -> CharSet:
    if len(items) == 1 and items[0][0] == C.IN:
        return _class_chars(items[0][1])
    if len(items) == 1 and items[0][0] == C.LITERAL:
        return {chr(items[0][1])}
    return _ANY


def _branches(items):
    """The alternations at the top of a repeat body."""
    for op, av in items:
        if op == C.BRANCH:
            yield av[1]
        elif op == C.SUBPATTERN:
            yield from _branches(av[3])


def _check(items, problems: list[str], inside: bool, outer_first: CharSet) -> None:
    """inside: within an unbounded repeat whose body starts with `outer_first`."""
    for op, av in items:
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            lo, hi, body = av
            if hi != C.MAXREPEAT:
                _check(body, problems, inside, outer_first)
                continue
            if inside:
                inner = _single_char_body(body)
                if inner is _ANY or outer_first is _ANY or inner & outer_first:
                    problems.append("an unbounded repeat inside another can re-split it")
            for branches in _branches(body):
                seen: set[str] = set()
                for b in branches:
                    f, _ = _first(b)
                    if f is _ANY or f & seen:
                        problems.append("alternatives under an unbounded repeat can start alike")
                        break
                    seen |= f
            f, empty = _first(body)
            _check(body, problems, True, _ANY if empty else f)
        elif op in (C.POSSESSIVE_REPEAT, C.ATOMIC_GROUP):
            continue
        elif op == C.SUBPATTERN:
            _check(av[3], problems, inside, outer_first)
        elif op == C.BRANCH:
            for b in av[1]:
                _check(b, problems, inside, outer_first)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            _check(av[1], problems, inside, outer_first)


def backtracking_risks(pattern: str, flags: int = 0) -> list[str]:
    """Shapes in `pattern` that can make the backtracking engine take exponential time."""
    problems: list[str] = []
    _check(P.parse(pattern, flags), problems, False, _ANY)
    return problems
