"""CPT loader, tested with INVENTED codes and descriptors (no AMA text may be committed)."""

import pytest

from medcode.codesets import cpt, validity

# Invented descriptors; the codes are shaped like CPT codes but carry made-up text.
ROWS = [
    ("00001", "Invented descriptor alpha"),
    ("1234F", "Invented descriptor, with comma"),
    ("0001T", "Invented descriptor gamma"),
    ("0002U", "Invented descriptor delta"),
]
SECRET = "Invented descriptor alpha"


def _write(tmp_path, text, name="site_cpt.csv", encoding="utf-8"):
    f = tmp_path / name
    f.write_text(text, encoding=encoding)
    return f


def test_loads_header_bom_quotes(tmp_path):
    body = "\ufeffCode,Descriptor\n" + "".join(f'"{c}","{d}"\n' for c, d in ROWS) + "\n"
    codes = cpt.load_cpt(_write(tmp_path, body))
    assert set(codes) == {c for c, _ in ROWS}
    assert codes["1234F"].descriptor == "Invented descriptor, with comma"


def test_loads_without_header_and_tab_separated(tmp_path):
    codes = cpt.load_cpt(_write(tmp_path, "".join(f"{c}\t{d}\n" for c, d in ROWS)))
    assert codes["0001T"].descriptor == "Invented descriptor gamma"
    unquoted = cpt.load_cpt(_write(tmp_path, "00001,Invented, unquoted comma\n", "b.csv"))
    assert unquoted["00001"].descriptor == "Invented, unquoted comma"


@pytest.mark.parametrize("code", ["12345", "0001T", "1234F", "0002U"])
def test_valid_shapes(code):
    assert cpt.is_cpt_code(code)


@pytest.mark.parametrize("code", ["1234", "123456", "A1234", "1234X", "12.34", ""])
def test_invalid_shapes(code):
    assert not cpt.is_cpt_code(code)


@pytest.mark.parametrize(
    "row, message",
    [
        ("1234X," + SECRET + "\n", "row 2: invalid CPT code"),
        ("12345\n", "row 2: code 12345 has no descriptor"),
        ("00001," + SECRET + "\n", "row 2: duplicate code 00001"),
    ],
)
def test_malformed_rows_name_the_row_never_the_descriptor(tmp_path, row, message):
    f = _write(tmp_path, "00001," + SECRET + "\n" + row)
    with pytest.raises(cpt.CptFileError) as exc:
        cpt.load_cpt(f)
    assert message in str(exc.value)
    assert SECRET not in str(exc.value)
    assert "Invented" not in str(exc.value)


def test_long_or_odd_code_field_is_not_echoed(tmp_path):
    f = _write(tmp_path, "00001,Invented descriptor alpha\nsome licensed text in the wrong column,12345\n")
    with pytest.raises(cpt.CptFileError) as exc:
        cpt.load_cpt(f)
    assert "licensed" not in str(exc.value) and "row 2" in str(exc.value)


def test_bad_utf8_and_missing_and_empty_files(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"00001,caf\xe9\n")
    with pytest.raises(cpt.CptFileError, match="UTF-8"):
        cpt.load_cpt(bad)
    with pytest.raises(cpt.CptFileError, match="not found"):
        cpt.load_cpt(tmp_path / "absent.csv")
    with pytest.raises(cpt.CptFileError, match="no CPT codes"):
        cpt.load_cpt(_write(tmp_path, "code,descriptor\n", "empty.csv"))


def test_env_var_enables_cpt_in_validity(tmp_path, monkeypatch):
    f = _write(tmp_path, "".join(f"{c},{d}\n" for c, d in ROWS))
    monkeypatch.delenv(cpt.ENV_VAR, raising=False)
    validity.clear_caches()
    try:
        assert cpt.load_configured_cpt() is None
        assert not validity.is_valid("CPT", "00001")
        assert validity.code_set_versions()["CPT"] is None
        monkeypatch.setenv(cpt.ENV_VAR, str(f))
        validity.clear_caches()
        assert validity.is_valid("CPT", "00001") and validity.is_billable("CPT", "0001t")
        assert not validity.is_valid("CPT", "99999")
        assert validity.title("CPT", "0002U") == "Invented descriptor delta"
        assert validity.code_set_versions()["CPT"] == "site file site_cpt.csv"
    finally:
        monkeypatch.delenv(cpt.ENV_VAR, raising=False)
        validity.clear_caches()


def test_any_digitless_first_row_is_a_header(tmp_path):
    codes = cpt.load_cpt(_write(tmp_path, "HCPCS_CD;LONG,DESCRIPTION\n00001,Invented descriptor alpha\n"))
    assert list(codes) == ["00001"]
