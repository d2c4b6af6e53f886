"""Code-set year by date of service: the fiscal-year mapping and ICD-10-CM FY2025 vs FY2026."""

from __future__ import annotations

import datetime as dt

import pytest

from medcode.codesets import validity as v
from medcode.codesets import years

CM = "ICD-10-CM"


@pytest.mark.parametrize(
    "day, fy",
    [
        ("2024-10-01", 2025),  # October 1 opens the next fiscal year
        ("2024-12-31", 2025),
        ("2025-01-01", 2025),
        ("2025-09-30", 2025),
        ("2025-10-01", 2026),
        ("2026-02-28", 2026),
        ("2026-09-30", 2026),
        ("2026-10-01", 2027),
    ],
)
def test_fiscal_year_runs_october_to_september(day, fy):
    assert years.fiscal_year(dt.date.fromisoformat(day)) == fy


def test_fiscal_year_bounds():
    assert years.fiscal_year_bounds(2026) == (dt.date(2025, 10, 1), dt.date(2026, 9, 30))


def test_both_years_are_held_and_named():
    assert years.available_years() == (2025, 2026)
    assert years.available_range() == "2024-10-01 to 2026-09-30 (ICD-10-CM FY2025, FY2026)"


@pytest.mark.parametrize("day, fy", [("2024-10-01", 2025), ("2025-09-30", 2025), ("2025-10-01", 2026)])
def test_a_date_selects_its_year(day, fy):
    assert years.year_for_date(day) == fy


@pytest.mark.parametrize(
    "value, fragment",
    [
        ("2024-09-30", "falls in FY2024, outside"),
        ("2026-10-01", "falls in FY2027, outside"),
        ("2025-02-30", "not a calendar date"),
        ("03/04/2026", "must be a date YYYY-MM-DD"),
        ("2026-03-04T10:00", "must be a date YYYY-MM-DD"),
        ("２０２６-03-04", "must be a date YYYY-MM-DD"),  # non-ASCII digits
        (20260304, "must be a date YYYY-MM-DD"),
    ],
)
def test_dates_outside_the_years_or_malformed_are_refused_naming_the_range(value, fragment):
    with pytest.raises(years.CodeSetYearError, match=fragment) as info:
        years.year_for_date(value)
    assert "2024-10-01 to 2026-09-30" in str(info.value)
    assert str(value) not in str(info.value)  # the caller's value is never repeated


def test_without_the_fy2025_file_only_fy2026_is_held(monkeypatch, tmp_path):
    monkeypatch.setenv("MEDCODE_ICD10CM_FY2025_DIR", str(tmp_path))
    assert years.available_years() == (2026,)
    with pytest.raises(years.CodeSetYearError, match="2025-10-01 to 2026-09-30"):
        years.year_for_date("2025-03-04")
    assert years.year_for_date("2026-03-04") == 2026


# E11.A (type 2 diabetes in remission) was added in FY2026; S30.1XXA (contusion of abdominal
# wall) was deleted in FY2026; G35 (multiple sclerosis) was billable in FY2025 and expanded to
# G35.A-G35.D in FY2026.
@pytest.mark.parametrize(
    "code, fy, valid, billable",
    [
        ("E11.A", 2026, True, True),
        ("E11.A", 2025, False, False),
        ("S30.1XXA", 2025, True, True),
        ("S30.1XXA", 2026, False, False),
        ("G35", 2025, True, True),
        ("G35", 2026, True, False),
        ("G35.A", 2025, False, False),
        ("E11.40", 2025, True, True),
        ("e1140", 2025, True, True),  # normalised like every code
        ("E11.4", 2025, True, False),  # a subcategory: valid, not billable
        ("E08-E13", 2025, False, False),  # a block is not a code
    ],
)
def test_validity_and_billable_follow_the_year(code, fy, valid, billable):
    with years.icd10cm_year(fy):
        assert v.is_valid(CM, code) is valid
        assert v.is_billable(CM, code) is billable


def test_default_year_is_fy2026_and_the_year_is_restored():
    assert years.current_year() == 2026
    with years.icd10cm_year(2025):
        assert years.current_year() == 2025
        assert not v.is_valid(CM, "E11.A")
    assert years.current_year() == 2026 and v.is_valid(CM, "E11.A")


def test_titles_and_children_come_from_the_year():
    with years.icd10cm_year(2025):
        assert v.title(CM, "S30.1XXA") == "Contusion of abdominal wall, initial encounter"
        assert v.title(CM, "E11.A") is None
        assert v.billable_children("G35") == []  # a leaf in FY2025
        assert v.billable_children("E11.4") == ["E11.40", "E11.41", "E11.42", "E11.43", "E11.44", "E11.49"]
    assert v.title(CM, "S30.1XXA") is None
    assert "G35.A" in v.billable_children("G35")


def test_other_systems_do_not_change_with_the_year():
    with years.icd10cm_year(2025):
        assert v.is_valid("ICD-10-PCS", "0DTJ4ZZ") and v.is_billable("HCPCS", "A4206")


def test_fy2025_list_matches_its_source():
    codes = years.fy2025_codes()
    assert len(codes) == 97546  # datasets/icd10cm_fy2025/README.md
    assert sum(c.billable for c in codes.values()) == 74255


def test_a_year_not_held_cannot_be_selected():
    with pytest.raises(years.CodeSetYearError, match="FY2024"), years.icd10cm_year(2024):
        pass


def test_versions_name_the_selected_year():
    assert years.icd10cm_version(2026, "FY2026 (simple-icd-10-cm 1.5.0)") == "FY2026 (simple-icd-10-cm 1.5.0)"
    assert years.icd10cm_version(2025, "x").startswith("FY2025 (simple-icd-10-cm 1.4.0")
