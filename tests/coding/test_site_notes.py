"""`medcode train --site-notes`: the site-notes format, which notes each system is fitted on, and
the served contract's systems, with the INVENTED code book and notes of tests/site_data.py."""

from __future__ import annotations

import json

import pytest

from medcode.codesets import validity
from medcode.codesets.systems import CodeSystem
from medcode.coding.codes import title
from medcode.pipeline import CodingOptions, CodingPipeline, InputError
from medcode.server.pipeline_loader import served_systems
from medcode.training.site_notes import SiteNotesError, load_site_notes
from medcode.training.train_coder import DEFAULT_CALIBRATION, coded_notes, fitted_rows, min_leaf
from tests.site_data import CPT_BOOK, site_notes, write_cpt_book, write_site_notes

SECRET = "Quillon Ashbury-Vance"  # an invented patient name that must never appear in an error


@pytest.fixture
def cpt_book(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDCODE_CPT_FILE", str(write_cpt_book(tmp_path / "cpt.csv")))
    validity.clear_caches()
    yield
    monkeypatch.delenv("MEDCODE_CPT_FILE", raising=False)
    validity.clear_caches()


def _row(codes, text=f"Patient {SECRET} had the septum smoothed.", id_="n1"):
    return {"id": id_, "text": text, "codes": codes}


def test_site_notes_load_in_the_coder_label_form(tmp_path, cpt_book):
    rows = site_notes()
    rows.append(_row({"ICD-10-CM": ["S71.101A"], "CPT": []}, id_="extra"))
    notes = load_site_notes(write_site_notes(tmp_path / "notes.jsonl", rows))
    assert len(notes) == len(rows)
    first = notes[0]
    assert first.codes[CodeSystem.CPT] == frozenset({"0991t"})
    assert first.codes[CodeSystem.HCPCS] == frozenset({"a4253"})
    extra = notes[-1]
    assert extra.codes == {CodeSystem.ICD10CM: frozenset({"s71.101"}), CodeSystem.CPT: frozenset()}


@pytest.mark.parametrize(
    "line, fragment",
    [
        ("{not json", "line 1: not valid JSON"),
        (json.dumps({"id": "n1", "text": "x"}), 'exactly "id", "text" and "codes"'),
        (json.dumps(_row({"CPT": ["0991T"]}, text="")), "text must be a non-empty string"),
        (json.dumps(_row({})), "codes must be an object naming at least one code system"),
        (json.dumps(_row({SECRET: ["0991T"]})), "a key of codes is not a code system"),
        (json.dumps(_row({"CPT": "0991T"})), "must be a list of strings"),
        (json.dumps(_row({"CPT": ["0999T"]})), "CPT code '0999T' is not in the loaded code book"),
        (json.dumps(_row({"HCPCS": ["J9999X"]})), "HCPCS code 'J9999X' is not in the loaded code book"),
        (json.dumps(_row({"ICD-10-CM": [SECRET]})), "ICD-10-CM code '<not shown>' is not in the loaded"),
        (json.dumps(_row({"CPT": ["0991T"]})) + "\n" + json.dumps(_row({"CPT": ["0991T"]})), "line 2: duplicate id"),
    ],
)
def test_site_notes_errors_name_line_and_field_never_the_note(tmp_path, cpt_book, line, fragment):
    path = tmp_path / "notes.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(SiteNotesError, match=fragment) as info:
        load_site_notes(path)
    assert SECRET not in str(info.value)
    assert all(d not in str(info.value) for d, _ in CPT_BOOK.values())  # no (licensed) descriptor either


def test_cpt_codes_need_the_site_cpt_file(tmp_path, monkeypatch):
    monkeypatch.delenv("MEDCODE_CPT_FILE", raising=False)
    validity.clear_caches()
    path = write_site_notes(tmp_path / "notes.jsonl", [_row({"CPT": ["0991T"]})])
    with pytest.raises(SiteNotesError, match="CPT codes need the site's CPT file: set MEDCODE_CPT_FILE"):
        load_site_notes(path)
    with pytest.raises(SiteNotesError, match="not found"):
        load_site_notes(tmp_path / "absent.jsonl")
    validity.clear_caches()


def test_each_system_is_fitted_on_the_notes_coded_for_it(tmp_path, cpt_book):
    rows = [
        _row({"CPT": ["0991T"], "HCPCS": []}, id_="a"),
        _row({"CPT": ["0992T"], "HCPCS": ["J1100"]}, id_="b"),
        _row({"ICD-10-CM": []}, id_="c"),
        _row({"ICD-10-CM": ["E11.9"], "ICD-10-PCS": ["0DTJ4ZZ"]}, id_="d"),
    ]
    notes = load_site_notes(write_site_notes(tmp_path / "n.jsonl", rows))
    texts, gold = coded_notes(None, [], notes)
    assert len(texts) == 4
    assert gold[CodeSystem.CPT] == [{"0991t"}, {"0992t"}, None, None]
    # ICD-10-CM: every note coded for it, even without codes (a negative); others: notes with codes
    assert fitted_rows(CodeSystem.ICD10CM, gold[CodeSystem.ICD10CM]) == [2, 3]
    assert fitted_rows(CodeSystem.HCPCS, gold[CodeSystem.HCPCS]) == [1]
    assert fitted_rows(CodeSystem.ICD10PCS, gold[CodeSystem.ICD10PCS]) == [3]
    assert fitted_rows(CodeSystem.CPT, gold[CodeSystem.CPT]) == [0, 1]


def test_codiesp_notes_are_coded_for_the_two_codiesp_systems_only():
    from medcode import paths

    texts, gold = coded_notes(paths.codiesp_dir(), ["dev"], [], max_docs=20)
    assert len(texts) == 20
    assert all(g is not None for g in gold[CodeSystem.ICD10CM] + gold[CodeSystem.ICD10PCS])
    assert gold[CodeSystem.CPT] == gold[CodeSystem.HCPCS] == [None] * 20


def test_procedure_systems_are_calibrated_like_pcs_and_small_systems_get_small_leaves():
    assert DEFAULT_CALIBRATION[CodeSystem.CPT] == DEFAULT_CALIBRATION[CodeSystem.ICD10PCS]
    assert DEFAULT_CALIBRATION[CodeSystem.HCPCS] == DEFAULT_CALIBRATION[CodeSystem.ICD10PCS]
    assert min_leaf(48_000) == 40 and min_leaf(30_000) == 40  # CodiEsp's systems: unchanged
    assert min_leaf(200) == 5


def test_cpt_and_hcpcs_titles_come_from_the_loaded_books(cpt_book):
    assert title("CPT", "0991t") == CPT_BOOK["0991T"][0]
    assert title("HCPCS", "j1100") == "Injection, dexamethasone sodium phosphate, 1 mg"
    assert title("CPT", "0999t") == ""


class _Coder:
    def __init__(self, systems):
        self.models = dict.fromkeys(systems)


def test_served_systems_follow_the_coder_and_drop_cpt_without_a_book(cpt_book, monkeypatch):
    coder = _Coder([CodeSystem.HCPCS, CodeSystem.CPT])
    assert served_systems(coder) == (CodeSystem.HCPCS, CodeSystem.CPT)
    monkeypatch.delenv("MEDCODE_CPT_FILE")
    validity.clear_caches()
    assert served_systems(coder) == (CodeSystem.HCPCS,)


def test_options_accept_what_the_coder_ranks_and_refuse_the_rest():
    ranked = CodingPipeline(_Coder([CodeSystem.ICD10CM, CodeSystem.HCPCS, CodeSystem.CPT])).systems
    opts = CodingOptions.from_json('{"code_systems": ["CPT", "HCPCS"]}', ranked)
    assert opts.code_systems == ("CPT", "HCPCS")
    assert CodingOptions.from_json(None, ranked).code_systems is None  # all the coder ranks
    with pytest.raises(
        InputError, match=r"ICD-10-PCS codes are not ranked by this model .* it ranks ICD-10-CM, HCPCS, CPT"
    ):
        CodingOptions.from_json('{"code_systems": ["ICD-10-PCS"]}', ranked)
    with pytest.raises(InputError, match="not a known code system; known: ICD-10-CM, HCPCS, CPT") as info:
        CodingOptions.from_json(json.dumps({"code_systems": [SECRET]}), ranked)
    assert SECRET not in str(info.value)
    # the shipped coder (CodiEsp: ICD-10-CM, ICD-10-PCS) refuses CPT and HCPCS
    with pytest.raises(InputError, match="CPT codes are not ranked by this model"):
        CodingOptions.from_json('{"code_systems": ["CPT"]}')


def test_medcode_train_reports_a_bad_site_notes_file_without_the_note(tmp_path, cpt_book, capsys):
    from medcode.commands.train import main

    path = write_site_notes(tmp_path / "notes.jsonl", [_row({"CPT": ["0999T"]})])
    assert main(["--splits", "", "--site-notes", str(path), "--out", str(tmp_path / "coder")]) == 2
    err = capsys.readouterr().err
    assert "notes.jsonl line 1: CPT code '0999T' is not in the loaded code book" in err
    assert SECRET not in err and not (tmp_path / "coder").exists()


def test_training_needs_notes(tmp_path):
    from medcode.training.train_coder import train

    with pytest.raises(ValueError, match="no notes to train on"):
        train(None, [], tmp_path / "coder", site_notes=[])
