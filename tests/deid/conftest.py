"""Shared fixtures: one Deidentifier per test session (loading Presidio takes seconds)."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "datasets" / "deid"


@pytest.fixture(scope="session")
def deid():
    from medcode.deid import Deidentifier

    return Deidentifier()


@pytest.fixture(scope="session")
def shifter():
    from medcode.deid import DeidConfig, Deidentifier

    return Deidentifier(DeidConfig(date_shift_days=30))
