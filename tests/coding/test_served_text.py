"""The coder is fitted on the text it is served: the de-identified note, placeholders and all."""

from __future__ import annotations

import pytest

from medcode.training.served_text import DEID, RAW, coder_text_kind, served_texts

NOTE = "Patient John Whitcombe, seen on 03/04/2025, MRN 4471203, has type 2 diabetes."


def test_deid_text_is_what_the_deid_engine_serves():
    from medcode.deid import DeidConfig, Deidentifier
    from medcode.training.served_text import _deidentifier

    (text,) = served_texts([NOTE], DEID)
    # the engine, with its default configuration, that the served `deid` model runs
    assert type(_deidentifier()) is Deidentifier and _deidentifier().config == DeidConfig()
    assert "Whitcombe" not in text and "4471203" not in text
    assert "[NAME]" in text and "type 2 diabetes" in text


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
