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
    # CodiEsp writes some codes without their placeholders: the letter is added there too, or the
    # code is a category, never billable, never accepted
    assert to_product("D", "t14.90") == "T14.90XA"
    assert to_product("D", "t14.8") == "T14.8XXA"
    assert to_product("D", "t07") == "T07.XXXA"
    # a category with no 7th-letter form stays as it is, for the billable check to flag
    assert to_product("D", "e11") == "E11"
    assert to_product("D", "k56.60") == "K56.60"  # three children "unspecified as to ...": no one default


def test_a_code_split_since_codiesp_becomes_its_unspecified_child():
    assert to_product("D", "r51") == "R51.9"  # Headache, unspecified
    assert to_product("D", "r05") == "R05.9"
    assert to_product("D", "m54.5") == "M54.50"
    assert to_product("D", "g35") == "G35"  # billable in FY2025, held for a date of service then
    assert to_product("D", "r74.0") == "R74.0"  # no unspecified child: a person picks


@pytest.mark.parametrize(
    "gold, served",
    [("t14.90", "t14.90x"), ("t81.4xx", "t81.4xx"), ("s71.101", "s71.101"), ("e11.9", "e11.9"), ("r51", "r51.9")],
)
def test_gold_codes_are_compared_in_the_form_the_product_writes(gold, served):
    from medcode.coding.codes import as_served

    assert as_served("D", gold) == served == fold_codiesp("D", to_product("D", gold))
    assert to_product("P", "bw03zzz") == "BW03ZZZ"


@pytest.mark.parametrize("code", ["S71.101A", "E11.40", "R40.2421", "S72.001A"])
def test_product_form_round_trips(code):
    assert to_product("D", fold_codiesp("ICD-10-CM", code)) == code


def test_evaluation_matches_a_served_seventh_character_code_to_its_codiesp_gold():
    """A note whose gold is CodiEsp's "t14.90" and whose served code is T14.90XA is coded right."""
    from medcode.training.codiesp_data import Split
    from medcode.training.eval_codiesp import _collect, _score

    split = Split("dev", {"n1": "text"}, gold_d={"n1": ["t14.90", "e11.9"]}, gold_p={})
    ranked = {"n1": [("ICD-10-CM", "T14.90XA", 0.97, True), ("ICD-10-CM", "E11.9", 0.6, False)]}
    preds, accepted = _collect(ranked)
    rep = _score(split, preds, accepted, 1, 1.0)
    assert rep["D"]["MAP"] == 1.0
    assert rep["D"]["accepted"] == 1 and rep["D"]["accepted_precision"] == 1.0
