"""Placeholders, the offset map back to the original note, and date shifting."""

import pytest

from medcode.deid import DeidResult, PhiSpan
from medcode.deid.dateshift import shift_date

NOTE = (
    "Patient: John Carter\nDOB: 03/04/1931\nMr. Carter, a 93-year-old man, was seen on "
    "March 4th, 2026 for pneumonia. Call 555-123-4567.\n"
)


def test_spans_sorted_merged_non_overlapping(deid):
    spans = deid.detect(NOTE)
    assert spans == sorted(spans)
    for a, b in zip(spans, spans[1:]):
        assert a.end <= b.start
    assert all(isinstance(s, PhiSpan) and s.start < s.end for s in spans)


def test_placeholders_and_unchanged_text(deid):
    res = deid.deidentify(NOTE)
    assert "[NAME]" in res.text and "[DATE]" in res.text and "[AGE]" in res.text and "[PHONE]" in res.text
    assert "John" not in res.text and "555-123-4567" not in res.text and "1931" not in res.text
    assert "pneumonia" in res.text


def test_to_original_round_trip(deid):
    res = deid.deidentify(NOTE)
    # every unchanged word maps back to the same characters
    for word in ("pneumonia", "Patient", "year-old man", "Call"):
        i = res.text.index(word)
        s, e = res.to_original(i, i + len(word))
        assert NOTE[s:e] == word
    # a span inside a placeholder maps to the whole PHI span
    i = res.text.index("[PHONE]")
    assert res.to_original(i + 2, i + 4) == (NOTE.index("555-123-4567"), NOTE.index("555-123-4567") + 12)
    # a span covering text and a placeholder expands to include the PHI
    j = res.text.index("Call")
    s, e = res.to_original(j, i + len("[PHONE]"))
    assert NOTE[s:e] == "Call 555-123-4567"
    assert res.to_original(0, len(res.text)) == (0, len(NOTE))


def test_to_original_rejects_bad_spans(deid):
    res = deid.deidentify(NOTE)
    with pytest.raises(ValueError):
        res.to_original(5, 2)
    with pytest.raises(ValueError):
        res.to_original(0, len(res.text) + 1)


def test_segments_cover_both_texts(deid):
    res = deid.deidentify(NOTE)
    assert res.segments[0][0] == 0 and res.segments[-1][1] == len(res.text)
    assert res.segments[0][2] == 0 and res.segments[-1][3] == len(NOTE)
    for (a, b, c, d, rep), nxt in zip(res.segments, res.segments[1:]):
        assert b == nxt[0] and d == nxt[2]
        if not rep:
            assert res.text[a:b] == NOTE[c:d]


def test_empty_and_bad_input(deid):
    assert deid.deidentify("").text == ""
    assert deid.deidentify("   \n").spans == []
    with pytest.raises(TypeError):
        deid.deidentify(None)
    with pytest.raises(TypeError):
        deid.deidentify(b"bytes")


def test_date_shift_is_consistent(shifter):
    note = "Admitted 03/04/2026. Discharged 03/10/2026. Seen March 4th, 2026 and on 2026-03-15."
    res = shifter.deidentify(note)
    assert "[DATE]" not in res.text
    assert "04/03/2026" in res.text and "04/09/2026" in res.text  # 6 days apart, both +30
    assert "April 3rd, 2026" in res.text and "2026-04-14" in res.text
    # shifted dates still map back onto the original dates
    i = res.text.index("04/03/2026")
    assert res.to_original(i, i + 10) == (note.index("03/04/2026"), note.index("03/04/2026") + 10)


@pytest.mark.parametrize(
    "src,days,out",
    [
        ("3/4/26", 1, "3/5/26"),
        ("04-Mar-2026", 30, "03-Apr-2026"),
        ("March 4th", 1, "March 5th"),
        ("2026-12-31", 1, "2027-01-01"),
        ("March 2019", 31, "April 2019"),
        ("12/31/1999", 1, "01/01/2000"),
        ("4 March 2026", -4, "28 February 2026"),
    ],
)
def test_shift_date_formats(src, days, out):
    assert shift_date(src, days) == out


def test_unparseable_date_falls_back_to_placeholder(shifter):
    res = shifter.deidentify("Seen on Christmas Day by the team.")
    assert "[DATE]" in res.text


def test_deid_result_without_phi():
    r = DeidResult(text="abc", spans=[], original_length=3, segments=[(0, 3, 0, 3, False)])
    assert r.to_original(1, 2) == (1, 2)


def test_threads_share_one_deidentifier(deid):
    """The served model may call one Deidentifier from several threads."""
    from concurrent.futures import ThreadPoolExecutor

    notes = [
        f"Patient: {n}\nMRN: {1000000 + i}\nSeen on 0{1 + i % 9}/12/2025."
        for i, n in enumerate(["Ada Lovelace", "Alan Turing", "Grace Hopper", "Edsger Dijkstra"] * 10)
    ]
    expected = [deid.deidentify(n).text for n in notes]
    with ThreadPoolExecutor(4) as ex:
        got = list(ex.map(lambda n: deid.deidentify(n).text, notes))
    assert got == expected
    assert all("[NAME]" in g and "[MRN]" in g and "[DATE]" in g for g in got)


def test_result_rebuilt_from_its_phi_records_maps_every_offset_the_same(deid):
    """What the `medcode` model rebuilds from the `deid` model's PHI records (no note text)
    maps every span of the de-identified text exactly as the engine's own result does."""
    res = deid.deidentify(NOTE)
    assert res.spans, "the sample note must carry PHI"
    again = DeidResult.from_records(res.text, res.to_records(), len(NOTE))
    assert again.to_records() == res.to_records()
    assert [(s.start, s.end) for s in again.spans] == [(s.start, s.end) for s in sorted(res.spans)]
    n = len(res.text)
    for a in range(0, n, 3):
        for b in (a, min(n, a + 1), min(n, a + 7), n):
            assert again.to_original(a, b) == res.to_original(a, b), (a, b)
