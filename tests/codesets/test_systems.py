"""One name per code system: `CodeSystem` values are the served strings, tags the CodiEsp ones."""

import json

import pytest

from medcode.codesets import validity
from medcode.codesets.systems import CODIESP_SYSTEMS, CodeSystem


def test_values_are_the_served_names():
    assert [s.value for s in CodeSystem] == ["ICD-10-CM", "ICD-10-PCS", "HCPCS", "CPT"]
    assert CodeSystem.ICD10CM == "ICD-10-CM" and CodeSystem.ICD10PCS == "ICD-10-PCS"
    assert json.dumps({"system": CodeSystem.ICD10PCS}) == '{"system": "ICD-10-PCS"}'
    assert f"{CodeSystem.HCPCS}" == str(CodeSystem.HCPCS) == "HCPCS"
    assert {"ICD-10-CM": 1}[CodeSystem.ICD10CM] == 1  # hashes like its string


def test_codiesp_tags_round_trip():
    assert [s.tag for s in CODIESP_SYSTEMS] == ["D", "P"]
    for s in CodeSystem:
        assert CodeSystem.parse(s.tag) is s
        assert CodeSystem.parse(s.value) is s
        assert CodeSystem.parse(s) is s
    assert (CodeSystem.ICD10CM.group_len, CodeSystem.ICD10PCS.group_len) == (3, 4)


@pytest.mark.parametrize("bad", ["icd10cm", "d", "ICD10", ""])
def test_unknown_names_are_refused(bad):
    with pytest.raises(ValueError, match="unknown code system"):
        CodeSystem.parse(bad)


def test_validity_uses_the_enum():
    assert tuple(CodeSystem) == validity.SYSTEMS
    assert validity.ICD10CM is CodeSystem.ICD10CM
    with pytest.raises(validity.UnknownCodeSystem):
        validity.normalize("icd10cm", "E11.9")
