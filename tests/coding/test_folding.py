"""Product <-> CodiEsp code forms."""

import pytest

from medcode.coding.codes import fold_codiesp, to_product


@pytest.mark.parametrize(
    "system,code,folded",
    [
        ("ICD-10-CM", "T81.4XXA", "t81.4xx"),
        ("ICD-10-CM", "S71.101A", "s71.101"),
        ("ICD-10-CM", "R40.2421", "r40.2421"),
        ("ICD-10-CM", "O40.9XX0", "o40.9xx0"),
        ("ICD-10-CM", "E11.9", "e11.9"),
        ("ICD-10-CM", "E119", "e11.9"),
        ("ICD-10-CM", "I10", "i10"),
        ("ICD-10-PCS", "BW03ZZZ", "bw03zzz"),
        ("ICD-10-PCS", "BN20", "bn20"),
    ],
)
def test_fold_codiesp(system, code, folded):
    assert fold_codiesp(system, code) == folded


def test_to_product_adds_inferable_seventh_letter():
    assert to_product("D", "s71.101") == "S71.101A"
    assert to_product("D", "e11.9") == "E11.9"
    assert to_product("D", "r40.2421") == "R40.2421"
    assert to_product("P", "bw03zzz") == "BW03ZZZ"


@pytest.mark.parametrize("code", ["S71.101A", "E11.40", "R40.2421", "S72.001A"])
def test_product_form_round_trips(code):
    assert to_product("D", fold_codiesp("ICD-10-CM", code)) == code
