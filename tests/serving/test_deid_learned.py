"""The served `deid` model runs the learned PHI recognizer beside the rules (real Triton)."""

from __future__ import annotations

from tests.deid.test_learned import SENTENCE


def test_served_deid_removes_a_name_only_the_model_finds_and_keeps_codes(client):
    (out,) = client.deidentify([SENTENCE])
    assert "kowalczyk" not in out.text and "maria" not in out.text
    assert "[NAME]" in out.text
    assert "E11.65" in out.text and "Crohn disease" in out.text
    start = SENTENCE.index("maria")
    assert any(p.start <= start and p.end >= start + len("maria kowalczyk") for p in out.phi)
