"""Shared fixtures: one Deidentifier per test session (loading Presidio takes seconds)."""

import pytest

from medcode import paths

DATA = paths.deid_sets_dir()


@pytest.fixture(scope="session")
def deid():
    from medcode.deid import Deidentifier

    return Deidentifier()


@pytest.fixture(scope="session")
def shifter():
    from medcode.deid import DeidConfig, Deidentifier

    return Deidentifier(DeidConfig(date_shift_days=30))
