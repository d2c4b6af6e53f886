"""OPTIONS.date_of_service selects the ICD-10-CM fiscal year, through the served `medcode` model."""

from __future__ import annotations

import pytest

from medcode.client import InvalidInputError
from medcode.codesets import validity, years

# G35 (multiple sclerosis) is a billable code in FY2025 and a category in FY2026 (expanded to
# G35.A-G35.D), so the same note gets a different billable answer by date of service.
MS_NOTE = (
    "Patient is a 41 year old woman with relapsing-remitting multiple sclerosis, diagnosed in 2015. "
    "Multiple sclerosis with new optic neuritis. MRI shows demyelinating lesions. "
    "Plan: continue disease-modifying therapy for multiple sclerosis."
)


def _checked_against(res, fy: int) -> None:
    """Every ICD-10-CM code's valid_code / billable answers are those of fiscal year *fy*."""
    with years.icd10cm_year(fy):
        for c in res.by_system("ICD-10-CM"):
            valid = validity.is_valid("ICD-10-CM", c.code)
            assert ("valid_code" in c.failed_checks) is (not valid), (fy, c.code)
            assert c.billable is validity.is_billable("ICD-10-CM", c.code), (fy, c.code)
            if not valid:
                assert not c.accepted, (fy, c.code)


def test_date_of_service_selects_and_names_the_year(client):
    (fy25,) = client.code([MS_NOTE], {"date_of_service": "2025-03-04", "top_k": 30})
    (fy26,) = client.code([MS_NOTE], {"date_of_service": "2025-10-01", "top_k": 30})
    (default,) = client.code([MS_NOTE], {"top_k": 30})
    assert fy25.raw["code_set_year"]["ICD-10-CM"] == "FY2025"
    assert fy25.raw["code_set_year"]["selected_by"] == "date_of_service"
    assert fy25.raw["code_set_year"]["ICD-10-PCS"].startswith("FY2024 (the only year held")
    assert fy25.code_set_versions["ICD-10-CM"].startswith("FY2025 (simple-icd-10-cm 1.4.0")
    assert fy26.raw["code_set_year"]["ICD-10-CM"] == "FY2026"
    assert fy26.code_set_versions["ICD-10-CM"].startswith("FY2026")
    assert default.raw["code_set_year"] == dict(fy26.raw["code_set_year"], selected_by="default")
    _checked_against(fy25, 2025)
    _checked_against(fy26, 2026)
    _checked_against(default, 2026)
    ms25 = {c.code: c for c in fy25.codes}.get("G35")
    ms26 = {c.code: c for c in fy26.codes}.get("G35")
    assert ms25 and ms26, f"G35 not ranked: {[c.code for c in fy26.codes]}"
    assert ms25.billable and "billable" not in ms25.failed_checks
    assert not ms26.billable and "billable" in ms26.failed_checks and not ms26.accepted
    assert "2025-03-04" not in str(fy25.raw)  # the date of service (PHI) is not in the result


@pytest.mark.parametrize(
    "date, fragment",
    [
        ("2024-09-30", "falls in FY2024, outside the code-set years"),
        ("2026-12-01", "falls in FY2027, outside the code-set years"),
        ("2025-02-29", "not a calendar date"),
        ("04/03/2025", "must be a date YYYY-MM-DD"),
    ],
)
def test_dates_outside_the_years_are_invalid_argument(client, date, fragment):
    with pytest.raises(InvalidInputError, match=fragment) as info:
        client.code([MS_NOTE], {"date_of_service": date})
    assert "2024-10-01 to 2026-09-30" in str(info.value) and date not in str(info.value)
