"""No note text in logs or error messages, even with every logger at DEBUG."""

import json
import logging

import pytest

from medcode.deid import DeidError
from medcode.training import eval_deid as evaluate

SECRET_NAME = "Zebulon Quackenbush"
NOTE = f"Patient: {SECRET_NAME}\nMRN: 99887766\nSeen on 03/04/2026 for cough.\n"


def test_logs_hold_no_note_text(caplog):
    from medcode.deid import Deidentifier

    root = logging.getLogger()
    old = root.level
    root.setLevel(logging.DEBUG)
    try:
        with caplog.at_level(logging.DEBUG):
            d = Deidentifier()
            res = d.deidentify(NOTE)
    finally:
        root.setLevel(old)
    assert SECRET_NAME not in res.text
    for rec in caplog.records:
        msg = rec.getMessage()
        assert "Zebulon" not in msg and "99887766" not in msg and "cough" not in msg


def test_errors_hold_no_note_text(deid, monkeypatch):
    def boom(*a, **k):
        raise RuntimeError(f"failed on {NOTE}")

    monkeypatch.setattr(deid.analyzer, "analyze", boom)
    with pytest.raises(DeidError) as ei:
        deid.deidentify(NOTE)
    assert "Zebulon" not in str(ei.value) and ei.value.__cause__ is None


def test_too_long_note_error_is_generic(deid):
    with pytest.raises(ValueError) as ei:
        deid.deidentify(SECRET_NAME + "x" * 2_000_001)
    assert "Zebulon" not in str(ei.value)


def test_eval_output_holds_no_note_text(tmp_path, capsys):
    data = tmp_path / "d.jsonl"
    start = NOTE.index(SECRET_NAME)
    data.write_text(
        json.dumps(
            {
                "id": "n1",
                "text": NOTE + "Spoke with Ottilie Brandvold today.",
                "phi": [{"start": start, "end": start + len(SECRET_NAME), "type": "NAME"}],
            }
        )
        + "\n"
    )
    out = tmp_path / "pred.jsonl"
    rc = evaluate.main(["--data", str(data), "--in-process", "--out", str(out), "--show-missed", "5"])
    assert rc == 0
    printed = capsys.readouterr()
    assert "Zebulon" not in printed.out + printed.err and "Ottilie" not in printed.out + printed.err
    pred = [json.loads(l) for l in out.read_text().splitlines()]
    assert pred[0]["id"] == "n1" and any(s["type"] == "NAME" for s in pred[0]["spans"])
    assert "span recall" in printed.out and "notes/s" in printed.out


def test_eval_rejects_bad_jsonl(tmp_path, capsys):
    data = tmp_path / "bad.jsonl"
    data.write_text("{not json\n")
    assert evaluate.main(["--data", str(data), "--in-process"]) == 2
    assert "not valid JSON" in capsys.readouterr().err
