"""Worst case: no rule can backtrack exponentially; hostile and random notes de-identify cleanly.

Timing lives in `bench/deid_worst_case.py` (`medcode bench deid_worst_case`); these tests assert
what is deterministic: the static shape of every pattern, and the invariants of the output.
"""

import dataclasses
import random
import string

import pytest

from medcode.deid import keep
from medcode.deid.regex_safety import backtracking_risks
from medcode.deid.rules import REGISTRY
from tools.deid.adversarial import KINDS, adversarial_notes


@pytest.mark.parametrize("name", [r.name for r in REGISTRY])
def test_rule_cannot_backtrack_exponentially(name):
    rule = next(r for r in REGISTRY if r.name == name)
    assert backtracking_risks(rule.pattern, rule.flags) == []
    if rule.anchor is not None:
        assert backtracking_risks(rule.anchor.pattern, rule.anchor.flags) == []


def test_keep_patterns_cannot_backtrack_exponentially():
    for rx in (keep._EPONYM_PHRASE, keep._VARIANT, keep._STANDALONE, keep._DEPARTMENT):
        assert backtracking_risks(rx.pattern, rx.flags) == []


@pytest.mark.parametrize(
    "pattern",
    [
        r"(a+)+b",
        r"(?:de |la |de la )*x",
        r"(?:[a-z\-]+\.)+com",
        # the facility pattern before issue 12: "Hospital " + "de la " * 21 + "x" took 0.4 s
        r"Hospital[ \t]+(?:of[ \t]+|de[ \t]+|del[ \t]+|la[ \t]+|San[ \t]+|de la[ \t]+)*[A-Z][a-z]+",
    ],
)
def test_checker_flags_exponential_shapes(pattern):
    assert backtracking_risks(pattern)


@pytest.mark.parametrize("pattern", [r"(?:-[A-Z][a-z]+)*", r"(?:(?:of|del?|la)[ \t]++)*[A-Z]", r"\d{3}-\d{4}"])
def test_checker_passes_linear_shapes(pattern):
    assert backtracking_risks(pattern) == []


def _check_result(text, res):
    prev_end = 0
    for sp in res.spans:
        assert prev_end <= sp.start < sp.end <= len(text)
        prev_end = sp.end
    assert res.to_original(0, len(res.text)) == (0, len(text))


@pytest.fixture
def deid_small_budget(deid, monkeypatch):
    """The shared Deidentifier with a 512-token model budget and a 6,000-character reading limit
    (building a second one costs ~10 s)."""
    monkeypatch.setattr(deid, "config", dataclasses.replace(deid.config, learned_max_tokens=512, max_chars=6_000))
    return deid


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_adversarial_notes(deid_small_budget, kind):
    """Each hostile note goes through the rules up to the reading limit, the model up to its token
    budget, and the word-by-word masks past each: spans stay ordered and the offset map whole,
    whatever the note is made of. (Both limits are small here so that every path runs on an 8 KiB
    note.)"""
    text = adversarial_notes(8 * 1024)[kind]
    _check_result(text, deid_small_budget.deidentify(text))


def test_random_notes(deid):
    rng = random.Random(12)
    alphabet = string.printable + "ÀÉÎÕÜàéîõüßñÇç’–"
    for _ in range(20):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 2000)))
        _check_result(text, deid.deidentify(text))


def test_enclosing_token_looks_only_near_the_hit():
    """A note with no spaces must not make every model hit scan the whole note (each hit paid
    for the note's length: 14 s for 256 KiB of punctuation)."""
    from medcode.deid.engine import _TOKEN_REACH, _enclosing_token

    text = "-" * 100_000 + "E11.65" + "-" * 100_000
    at = text.index("E11")
    assert len(_enclosing_token(text, at, at + 6)) <= 2 * _TOKEN_REACH + 6
    assert _enclosing_token("billed E11.65, today", 10, 13) == "E11.65"
