"""The rule registry: one test per rule (its own examples, run the way its recognizer runs it)."""

import pytest

from medcode.deid.recognizers import ClinicalRegexRecognizer, build_registry
from medcode.deid.rule import NAME_RECOGNIZER, PATTERN_RECOGNIZER, Anchor, Keywords
from medcode.deid.rules import BY_NAME, REGISTRY


@pytest.mark.parametrize("name", [r.name for r in REGISTRY])
def test_rule_finds_its_examples(name):
    rule = BY_NAME[name]
    assert rule.examples, f"rule {name} has no examples"
    rec = ClinicalRegexRecognizer("one-rule", [rule])
    rec.load()
    for text, value in rule.examples:
        found = {text[r.start : r.end] for r in rec.analyze(text, []) if r.recognition_metadata["rule"] == name}
        assert value in found, (name, text, found)


def test_registry_is_consistent():
    names = [r.name for r in REGISTRY]
    assert len(names) == len(set(names))
    for r in REGISTRY:
        assert r.recognizer in (PATTERN_RECOGNIZER, NAME_RECOGNIZER)
        assert r.gate is None or isinstance(r.gate, (Keywords, Anchor))
        assert 0 <= r.group <= r.regex.groups
        if isinstance(r.gate, Keywords):
            assert r.gate.words and all(w == w.lower() for w in r.gate.words), r.name


def test_recognizers_are_built_from_the_registry():
    reg = build_registry()
    by_name = {rec.name: rec for rec in reg.recognizers}
    ran = [r.name for rec in by_name.values() for r in getattr(rec, "rules", ())]
    assert sorted(ran) == sorted(r.name for r in REGISTRY)


@pytest.mark.parametrize(
    "text",
    [
        "MSK exam normal; CHOP cycle 3 given.",  # clinical abbreviations kept off the list
        "Hopkins verbal learning test and Mount Everest trek history.",  # a part of a listed name
        "the musc and ucla words in lower case",  # abbreviations count only as written, in capitals
        "Seen at UPMCX and OHSU-like sites.",  # inside a longer token
    ],
)
def test_known_centres_match_only_whole_listed_names(text):
    rec = ClinicalRegexRecognizer("one-rule", [BY_NAME["facility_known"]])
    rec.load()
    found = [text[r.start : r.end] for r in rec.analyze(text, [])]
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        "Laceration at the corner of the mouth and lips, sutured.",
        "Pain at the corner of the eye and 2 mm lateral to it.",
        "Erythema at the corner of the left eye and the nasal bridge.",
    ],
)
def test_a_corner_of_the_body_is_no_intersection(text):
    rec = ClinicalRegexRecognizer("one-rule", [BY_NAME["intersection"]])
    rec.load()
    assert [text[r.start : r.end] for r in rec.analyze(text, [])] == []


def test_no_listed_centre_occurs_in_real_clinical_text():
    """The list of academic centres is matched everywhere, strongly; none of its names or
    abbreviations may stand for something clinical. CodiEsp's 750 train and dev case reports
    (real text) hold none of them."""
    from medcode import paths
    from medcode.loadtest.notes import load_texts

    regex = BY_NAME["facility_known"].regex
    texts = load_texts(paths.codiesp_dir(), splits=("train", "dev"), limit=10_000, seed=0)
    assert len(texts) == 750
    assert [m.group(1) for t in texts for m in regex.finditer(t)] == []
