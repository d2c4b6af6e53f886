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
        ('{"date_of_service": "2026-03-04"}', "date_of_service is not supported"),
        ('{"code_systems": ["HCPCS"]}', "HCPCS codes are not ranked"),
        ('{"code_systems": ["CPT"]}', "CPT codes are not ranked"),
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
