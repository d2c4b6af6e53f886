"""Metric functions of `medcode eval deid`."""

from medcode.training.deid_metrics import DeidCounts, _mask, coverage, keep_occurrences


def test_coverage_threshold():
    m = _mask([(0, 9)], 20)
    assert coverage((0, 10), m) == 0.9
    assert coverage((10, 20), m) == 0.0


def test_span_and_char_recall():
    text = "x" * 40
    c = DeidCounts()
    gold = [(0, 10, "NAME"), (20, 30, "DATE")]
    pred = [(0, 9, "NAME"), (20, 25, "DATE"), (35, 40, "ID")]
    c.add("d1", text, gold, pred)
    s = c.summary()
    assert s["span_recall"] == 0.5  # NAME covered 90%, DATE only 50%
    assert s["char_recall"] == 14 / 20
    assert s["char_precision"] == 14 / 19
    assert s["span_precision"] == 2 / 3  # the ID span overlaps no gold span
    assert s["per_type_recall"]["NAME"]["recall"] == 1.0
    assert s["per_type_recall"]["DATE"]["recall"] == 0.0
    assert c.missed == [("d1", 20, 30, "DATE")]


def test_type_mismatch_still_counts_as_caught():
    c = DeidCounts()
    c.add("d", "0123456789", [(0, 10, "MRN")], [(0, 10, "ID")])
    assert c.summary()["span_recall"] == 1.0


def test_keep_terms():
    text = "Parkinson disease; Mr. Parkinson; BP 120/80; 120/80 again"
    occ = keep_occurrences(text, ["Parkinson disease", "120/80"])
    assert len(occ) == 3
    c = DeidCounts()
    c.add("d", text, [], [(text.index("120/80"), text.index("120/80") + 6, "DATE")], ["Parkinson disease", "120/80"])
    s = c.summary()
    assert s["keep_terms"] == 3 and s["keep_redacted_share"] == 1 / 3


def test_keep_occurrence_inside_gold_phi_is_ignored():
    text = "Name: Graves disease"  # imagine the gold marks it as a name
    c = DeidCounts()
    c.add("d", text, [(6, 12, "NAME")], [(6, 12, "NAME")], ["Graves disease"])
    assert c.summary()["keep_terms"] == 0


def test_empty_counts():
    s = DeidCounts().summary()
    assert s["span_recall"] is None and s["keep_redacted_share"] is None
