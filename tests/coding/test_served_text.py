"""The coder is fitted on the text it is served: the de-identified note, placeholders and all."""

from __future__ import annotations

import pytest

from medcode.training.served_text import DEID, RAW, coder_text_kind, served_texts

NOTE = "Patient John Whitcombe, seen on 03/04/2025, MRN 4471203, has type 2 diabetes."


def test_deid_text_is_what_the_deid_engine_serves():
    from medcode.deid import DeidConfig, Deidentifier
    from medcode.training.served_text import _deidentifier

    (text,) = served_texts([NOTE], DEID)
    # the engine, with the configuration the served `deid` model runs
    assert type(_deidentifier()) is Deidentifier and _deidentifier().config == DeidConfig.served()
    assert "Whitcombe" not in text and "4471203" not in text
    assert "[NAME]" in text and "type 2 diabetes" in text


@pytest.mark.parametrize(("value", "learned"), [(None, True), ("1", True), ("0", False), (" 0 ", False)])
def test_one_switch_turns_the_learned_recognizer_off_for_serving_and_training(monkeypatch, value, learned):
    from medcode.deid import DeidConfig

    if value is None:
        monkeypatch.delenv("MEDCODE_DEID_LEARNED", raising=False)
    else:
        monkeypatch.setenv("MEDCODE_DEID_LEARNED", value)
    # the served adapter and the coder's training both build their engine from this
    assert DeidConfig.served().learned is learned
    assert DeidConfig.served() == DeidConfig(learned=learned)


def test_raw_text_is_left_alone_and_unknown_kinds_are_refused():
    assert served_texts([NOTE], RAW) == [NOTE]
    with pytest.raises(ValueError, match="unknown text kind"):
        served_texts([NOTE], "lowercase")


class _Coder:
    def __init__(self, meta):
        self.meta = meta


def test_the_coder_records_its_text_and_older_coders_read_as_raw():
    assert coder_text_kind(_Coder({"text": DEID})) == DEID
    assert coder_text_kind(_Coder({})) == RAW  # artifacts from before the record: fitted on raw notes
