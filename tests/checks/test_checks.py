"""The coder's checks over real ICD-10-CM / PCS / HCPCS code sets."""

from dataclasses import dataclass

import pytest

from medcode.checks import (
    AGE,
    BILLABLE,
    EXCLUDES1,
    PCS_SEX,
    SEX,
    VALID_CODE,
    Patient,
    billable_children,
    demographics,
    excludes1,
    pcs_sex,
    run_checks,
    warm_up,
)

CM, PCS = "ICD-10-CM", "ICD-10-PCS"


@dataclass
class Code:
    system: str
    code: str
    score: float
    accepted: bool | None = None


def failed(code, patient=None, system=CM):
    return run_checks([Code(system, code, 0.99)], patient)[(system, code)]


def test_valid_codes_pass_everything():
    assert failed("E11.40", Patient(age=60, sex="M")) == []
    assert failed("A4206", system="HCPCS") == []
    assert failed("0DTJ4ZZ", Patient(sex="F"), system=PCS) == []


def test_invalid_codes_fail_only_valid_code():
    assert failed("E11.99") == [VALID_CODE]
    assert failed("0DTJ", system=PCS) == [VALID_CODE]
    assert failed("99213", system="CPT") == [VALID_CODE]  # CPT disabled without a site file


def test_category_fails_billable_and_offers_children():
    assert failed("E11.4") == [BILLABLE]
    assert "E11.42" in billable_children("E11.4")


@pytest.mark.parametrize(
    "code, patient, expected",
    [
        ("O80", Patient(age=30, sex="F"), []),
        ("O80", Patient(age=30, sex="M"), [SEX]),
        ("O80", Patient(age=70, sex="F"), [AGE]),
        ("O80", Patient(age=8, sex="M"), [AGE, SEX]),
        ("Z3A.20", Patient(age=60, sex="F"), [AGE]),
        ("Z38.00", Patient(age=0.01), []),  # liveborn infant: newborn code
        ("Z38.00", Patient(age=30), [AGE]),
        ("P07.30", Patient(age=0.1), []),
        ("P07.30", Patient(age=2), [AGE]),
        ("N40.0", Patient(age=70, sex="M"), []),
        ("N40.0", Patient(age=70, sex="F"), [SEX]),
        ("C61", Patient(sex="F"), [SEX]),
        ("D07.5", Patient(sex="F"), [SEX]),
        ("D07.30", Patient(sex="M"), [SEX]),
        ("N83.201", Patient(sex="M"), [SEX]),
        ("C50.911", Patient(sex="M"), [SEX]),  # female breast
        ("C50.921", Patient(sex="F"), [SEX]),  # male breast
        ("C50.911", Patient(sex="F"), []),
        ("Z00.129", Patient(age=40), [AGE]),  # routine child health examination
        ("Z00.00", Patient(age=5), [AGE]),  # general adult examination
        ("I10", Patient(age=0.5, sex="M"), []),
    ],
)
def test_age_and_sex_specific_codes(code, patient, expected):
    assert failed(code, patient) == expected


def test_unknown_age_or_sex_never_fails():
    for code in ("O80", "P07.30", "N40.0", "C50.911", "Z00.00"):
        assert failed(code, Patient()) == []
        assert failed(code) == []


def test_sex_lists_hold_only_codes_of_that_sex_by_title():
    """Every ICD-10-CM leaf the lists call female (male) must not say 'male' ('female')."""
    from medcode.codesets.validity import icd10cm

    cm = icd10cm()
    leaves = [c for c in cm.get_all_codes(True) if cm.is_leaf(c) and not cm.is_chapter_or_block(c)]
    for c in leaves:
        need = demographics.required_sex(c.replace(".", ""))
        d = cm.get_description(c).lower()
        if need == "F":
            assert " male" not in d.replace("female", ""), (c, d)
        elif need == "M":
            assert "female" not in d, (c, d)
    n_f = sum(demographics.required_sex(c.replace(".", "")) == "F" for c in leaves)
    n_m = sum(demographics.required_sex(c.replace(".", "")) == "M" for c in leaves)
    assert n_f > 2000 and n_m > 150


def test_excludes1_notes_parse_to_ranges():
    assert excludes1.parse_note("drug-induced interstitial lung disorder (J70.2-J70.4)") == [("J702", "J704")]
    assert excludes1.parse_note("type 1 diabetes mellitus (E10.-)") == [("E10", "E10")]
    assert excludes1.parse_note("x (A00-A09, B99)") == [("A00", "A09"), ("B99", "B99")]
    assert excludes1.parse_note("injuries (S00-T88 with 7th character S)") == []  # qualified: skipped
    assert excludes1.conflict("E11.9", "E10.9") and excludes1.conflict("E10.9", "E11.9")
    assert excludes1.conflict("J18.9", "J84.9")
    assert not excludes1.conflict("E11.9", "I10")
    assert not excludes1.conflict("E11.9", "E11.9")


def test_excludes1_lower_scored_code_fails():
    codes = [Code(CM, "E10.9", 0.80), Code(CM, "E11.9", 0.97), Code(CM, "I10", 0.96)]
    out = run_checks(codes)
    assert out[(CM, "E11.9")] == [] and out[(CM, "I10")] == []
    assert out[(CM, "E10.9")] == [EXCLUDES1]


def test_excludes1_only_among_acceptance_candidates():
    codes = [Code(CM, "E11.9", 0.97, accepted=True), Code(CM, "E10.9", 0.98, accepted=False)]
    assert all(v == [] for v in run_checks(codes).values())
    codes = [Code(CM, "E11.9", 0.97), Code(CM, "E10.9", 0.40)]
    assert all(v == [] for v in run_checks(codes, threshold=0.95).values())
    # a higher-scored code that fails another check cannot knock out a valid one
    codes = [Code(CM, "O24.410", 0.99), Code(CM, "E11.9", 0.97)]
    out = run_checks(codes, Patient(age=40, sex="M"))
    assert out[(CM, "O24.410")] == [SEX] and out[(CM, "E11.9")] == []


@pytest.mark.parametrize(
    "code, sex, expected",
    [
        ("0VT00ZZ", "F", [PCS_SEX]),  # prostatectomy
        ("0VT00ZZ", "M", []),
        ("0UT90ZZ", "M", [PCS_SEX]),  # hysterectomy
        ("10D00Z1", "M", [PCS_SEX]),  # low cesarean section (obstetrics section)
        ("04LE0CT", "M", [PCS_SEX]),  # occlusion of right uterine artery
        ("BV000ZZ", "F", [PCS_SEX]),  # radiography of corpora cavernosa (imaging, male)
        ("0DTJ4ZZ", "F", []),
        ("0DTJ4ZZ", "M", []),
    ],
)
def test_pcs_sex(code, sex, expected):
    assert failed(code, Patient(sex=sex), system=PCS) == expected


def test_pcs_sex_table_covers_the_reproductive_body_systems():
    table = pcs_sex.pcs_sex_table()
    assert sum(1 for c, s in table.items() if c.startswith("0V") and s == "M") > 1500
    assert sum(1 for c, s in table.items() if c.startswith("0U") and s == "F") > 1400
    assert all(s == "F" for c, s in table.items() if c.startswith("1"))


@pytest.mark.parametrize(
    "kwargs", [{"age": -1}, {"age": 200}, {"age": float("nan")}, {"age": "40"}, {"sex": "X"}, {"sex": "f"}]
)
def test_bad_patient_is_rejected(kwargs):
    with pytest.raises(ValueError):
        Patient(**kwargs)


def test_unknown_system_or_non_string_code_is_rejected():
    with pytest.raises(ValueError, match="unknown code system"):
        run_checks([Code("ICD-9", "250.00", 0.5)])
    with pytest.raises(ValueError, match="code must be a str"):
        run_checks([Code(CM, 25000, 0.5)])


def test_thirty_codes_give_the_same_verdicts_from_the_cache():
    warm_up()
    names = [
        "E11.40",
        "I10",
        "J18.9",
        "N18.30",
        "E78.5",
        "I25.10",
        "Z79.4",
        "K21.9",
        "F32.9",
        "M54.50",
        "J44.9",
        "I48.91",
        "N39.0",
        "R50.9",
        "D64.9",
        "E03.9",
        "G47.33",
        "I50.9",
        "J45.909",
        "K59.00",
        "M81.0",
        "R07.9",
        "R51.9",
        "E66.9",
        "Z87.891",
        "I63.9",
        "C34.90",
        "C50.911",
        "O80",
        "E10.9",
    ]
    codes = [Code(CM, c, 1 - i / 100) for i, c in enumerate(names)]
    patient = Patient(age=40, sex="F")
    run_checks(codes, patient)  # first call fills the per-code Excludes1 cache
    for _ in range(2):  # the second call answers from the cache: the same verdict
        out = run_checks(codes, patient)
        assert out[(CM, "E10.9")] == [EXCLUDES1]


def test_date_of_service_year_decides_valid_code_and_billable():
    """E11.A was added in FY2026, S30.1XXA deleted in FY2026, G35 billable only in FY2025."""
    codes = [Code(CM, c, 0.99) for c in ("E11.A", "S30.1XXA", "G35")]
    fy25 = run_checks(codes, fiscal_year=2025)
    fy26 = run_checks(codes, fiscal_year=2026)
    assert fy25 == {(CM, "E11.A"): [VALID_CODE], (CM, "S30.1XXA"): [], (CM, "G35"): []}
    assert fy26 == {(CM, "E11.A"): [], (CM, "S30.1XXA"): [VALID_CODE], (CM, "G35"): [BILLABLE]}
    assert run_checks(codes) == fy26  # no year: the default, FY2026
