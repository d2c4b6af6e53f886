"""Names that an e-mail address beside them spells out (medcode/deid/email_names.py)."""

import re

from medcode.deid.email_names import email_name_spans
from medcode.deid.types import PhiSpan


def _named(text: str) -> list[str]:
    at = re.search(r"\S+@\S+", text)
    assert at is not None
    start, end = at.start(), at.end()
    return [text[s.start : s.end] for s in email_name_spans(text, [PhiSpan(start, end, "EMAIL")])]


def test_a_name_the_address_spells_whole():
    assert _named("-- marie mathy | mariemathy95@example.com") == ["marie", "mathy"]


def test_a_given_name_by_its_initial_beside_the_surname():
    assert _named("-- Chanya Polpo | cpolpo@example.com") == ["Chanya", "Polpo"]
    assert _named("-- Mikako Ikeda | ikedam63@example.com") == ["Mikako", "Ikeda"]


def test_a_name_after_the_address():
    assert _named("write to oriane.vukovic@example.com, oriane") == ["oriane"]


def test_ordinary_words_the_address_spells_are_not_names():
    assert _named("for appointments write to appointments@example.org") == []
    assert _named("the best care: info@bestcare.example.com") == []
    assert _named("for more info email info@example.com") == []


def test_an_initial_alone_is_not_taken():
    # "c" of "cpolpo" beside no spelled surname: nothing to anchor the initial to
    assert _named("see c. in the office, cpolpo@example.com") == []


def test_only_spans_of_type_email_are_read():
    text = "-- marie mathy | mariemathy95@example.com"
    assert email_name_spans(text, [PhiSpan(17, len(text), "URL")]) == []


def test_an_initial_inside_the_address_is_no_match():
    # "a" + "gairbekov" occurs inside "laylagairbekov", but not at either end of it
    assert _named("Layla Gairbekov\n\nAccountant\n\nE-mail:\nLaylaGairbekov@example.com") == ["Layla", "Gairbekov"]
