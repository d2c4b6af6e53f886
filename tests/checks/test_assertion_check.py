"""The assertion check: which assertion statuses let a code be accepted without review."""

import pytest

from medcode.checks.assertion import assertion_fits
from medcode.checks.runner import note_failures


@pytest.mark.parametrize(
    "code, assertion, fits",
    [
        ("I10", "history", True),  # a history of hypertension: a chronic comorbidity, coded now
        ("E11.9", "history", True),
        ("J45.909", "history", True),
        ("N18.3", "history", True),
        ("K75.9", "history", False),  # hepatitis can resolve: its history is held for review
        ("J18.9", "history", False),
        ("Z87.01", "history", True),  # the code itself says personal history
        ("I10", "negated", False),  # chronic or not, a negated condition is never accepted
        ("I10", "uncertain", False),
        ("Z82.49", "family", True),
        ("I10", "family", False),
        ("I10", "present", True),
    ],
)
def test_assertion_check_lets_a_chronic_condition_in_the_history_through(code, assertion, fits):
    assert assertion_fits("ICD-10-CM", code, assertion) is fits
    assert assertion_fits("ICD-10-PCS", "0DTJ4ZZ", assertion) is (assertion == "present")


def test_note_failures_are_what_holds_a_code_back_whoever_the_patient():
    assert note_failures("ICD-10-CM", "I10", "history") == []
    assert note_failures("ICD-10-CM", "R50.9", "negated") == ["assertion"]
    assert note_failures("ICD-10-CM", "E11", "present") == ["billable"]  # a category, not a leaf
    assert note_failures("ICD-10-CM", "E11.A", "present") == []  # new in FY2026, the year in effect
    assert note_failures("ICD-10-PCS", "0DTJ4ZZ", "present") == []
    assert note_failures("ICD-10-PCS", "0DTJ4ZZ", "uncertain") == ["assertion"]
