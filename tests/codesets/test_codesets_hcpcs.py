"""HCPCS Level II loader against the real CMS file and small hand-written files."""

import pytest

from medcode.codesets import hcpcs

REAL = hcpcs.default_path()

HEADER = "Code,Description1,Description2,Type,Unknown1,Unknown2,Unknown3,Unknown4\n"


def test_real_file_counts_match_the_data_readme():
    codes, mods = hcpcs.load_hcpcs_all()
    assert len(codes) == 8463  # "8,463 codes A-V" (datasets/README.md)
    assert len(mods) == 383
    assert all(len(c) == 5 and c[0].isalpha() and c[1:].isdigit() for c in codes)
    assert all(len(m) == 2 for m in mods)


def test_real_file_rebuilds_multi_line_descriptions_in_order():
    mods = hcpcs.load_hcpcs_modifiers()
    ab = mods["AB"]  # five lines in the file
    assert ab.long.startswith("Audiology service furnished personally by an audiologist without a physician/npp")
    assert ab.long.endswith("every 12 months, per beneficiary")
    assert ab.short == "Aud svs w/o order evry 12mo"
    codes = hcpcs.load_hcpcs()
    syringe = codes["A4206"]
    assert syringe.long == "Syringe with needle, sterile, 1 cc or less, each"
    # the dump glued later fixed-width fields onto the short descriptor: they are cut off
    assert syringe.short == "1 cc sterile syringe&needle"
    assert all(len(c.short) <= 28 for c in codes.values())
    assert sum(1 for c in codes.values() if len(c.long) > 80) > 1000  # continuation lines joined


def test_small_file_joins_lines_by_sequence(tmp_path):
    f = tmp_path / "h.csv"
    f.write_text(
        HEADER
        + "Z9999002004,second part,,,,,,\n"
        + "Z9999001003,First part,Short one      junk,,,,,\n"
        + "XY001007,Modifier line,Mod short,,,,,\n"
        + "XY002008,and more,,,,,,\n"
    )
    codes, mods = hcpcs.load_hcpcs_all(f)
    assert codes["Z9999"].long == "First part second part"
    assert codes["Z9999"].short == "Short one      junk"[:28].strip()
    assert mods["XY"].long == "Modifier line and more"


def test_env_var_overrides_the_default_path(tmp_path, monkeypatch):
    f = tmp_path / "h.csv"
    f.write_text(HEADER + "Q1234001003,Only code,Only,,,,,\n")
    monkeypatch.setenv(hcpcs.ENV_VAR, str(f))
    assert hcpcs.default_path() == f
    assert list(hcpcs.load_hcpcs()) == ["Q1234"]


@pytest.mark.parametrize(
    "body, message",
    [
        ("Q1234001009,bad record id,x,,,,,\n", "unrecognised record key"),
        ("Q1234ABCDE3,bad sequence,x,,,,,\n", "bad sequence"),
        ("Q1234002004,orphan continuation,,,,,,\n", "no line 1"),
    ],
)
def test_malformed_files_fail_clearly(tmp_path, body, message):
    f = tmp_path / "h.csv"
    f.write_text(HEADER + body)
    with pytest.raises(ValueError, match=message):
        hcpcs.load_hcpcs(f)


def test_missing_file_names_the_env_var(tmp_path):
    with pytest.raises(FileNotFoundError, match=hcpcs.ENV_VAR):
        hcpcs.load_hcpcs(tmp_path / "absent.csv")
