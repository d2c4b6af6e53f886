"""ConText-style assertion status of mentions."""

import glob
import os
import random
import re

import pytest

from medcode.coding.assertions import (
    FAMILY,
    HISTORY,
    NEGATED,
    PRESENT,
    UNCERTAIN,
    NoteContext,
    assertion_for,
    assertions_for,
)


def status(sentence, mention):
    i = sentence.index(mention)
    return assertion_for(sentence, i, i + len(mention))


@pytest.mark.parametrize(
    "sentence, mention, expected",
    [
        ("No evidence of pneumonia.", "pneumonia", NEGATED),
        ("Chest X-ray: no evidence of pneumonia.", "pneumonia", NEGATED),
        ("The patient has pneumonia.", "pneumonia", PRESENT),
        ("Pneumonia was ruled out.", "Pneumonia", NEGATED),
        ("She denies chest pain, fever, chills, night sweats or abdominal pain.", "abdominal pain", NEGATED),
        ("HIV serology was negative.", "HIV", NEGATED),
        ("Negative for malignancy.", "malignancy", NEGATED),
        ("Abdomen free of masses.", "masses", NEGATED),
        ("Rule out pneumonia.", "pneumonia", UNCERTAIN),
        ("R/O pneumonia.", "pneumonia", UNCERTAIN),
        ("Tuberculosis cannot be excluded.", "Tuberculosis", UNCERTAIN),
        ("Possible appendicitis.", "appendicitis", UNCERTAIN),
        ("Pneumonia?", "Pneumonia", UNCERTAIN),
        ("Her mother has type 2 diabetes.", "type 2 diabetes", FAMILY),
        ("Family history of breast cancer.", "breast cancer", FAMILY),
        ("The mother presented with preeclampsia.", "preeclampsia", PRESENT),
        ("History of myocardial infarction in 2010.", "myocardial infarction", HISTORY),
        ("Status post appendectomy.", "appendectomy", HISTORY),
        ("No family history of diabetes.", "diabetes", NEGATED),  # negation outranks family
    ],
)
def test_statuses(sentence, mention, expected):
    assert status(sentence, mention) == expected


@pytest.mark.parametrize(
    "sentence, mention",
    [
        ("No fever but persistent cough.", "cough"),  # terminator ends the scope
        ("She has diabetes. No hypertension.", "diabetes"),  # sentence ends the scope
        ("No fever; cough for three days.", "cough"),
        ("Gram negative bacilli were isolated.", "bacilli"),  # pseudo-trigger
        ("Non-small cell lung cancer was diagnosed.", "lung cancer"),
        ("He was diagnosed with diabetes without complications.", "diabetes"),  # trigger after, forward only
        ("History of present illness: acute pancreatitis.", "acute pancreatitis"),
        ("A man with a history of hypertension presents with chest pain.", "chest pain"),
        ("No change in the size of the mass.", "mass"),
    ],
)
def test_scope_limits_keep_mentions_present(sentence, mention):
    assert status(sentence, mention) == PRESENT


def test_forward_scope_is_limited_in_words():
    far = "No fever was reported during the first week of the long stay at the hospital, with pneumonia."
    assert status(far, "fever") == NEGATED
    assert status(far, "pneumonia") == PRESENT


def test_batched_matches_single_and_reuses_the_scan():
    text = "No evidence of pneumonia. Her father had colon cancer. Possible sepsis. Diabetes."
    mentions = ["pneumonia", "colon cancer", "sepsis", "Diabetes"]
    spans = [(text.index(m), text.index(m) + len(m)) for m in mentions]
    batched = assertions_for(text, spans)
    assert batched == [NEGATED, FAMILY, UNCERTAIN, PRESENT]
    assert batched == [assertion_for(text, s, e) for s, e in spans]
    ctx = NoteContext(text)
    assert ctx.assertions(spans) == batched


@pytest.mark.parametrize("span", [(-1, 3), (5, 5), (3, 2), (0, 10_000), (0.5, 3)])
def test_bad_spans_fail_clearly_without_echoing_text(span):
    text = "Secret patient text with pneumonia."
    with pytest.raises(ValueError) as exc:
        assertion_for(text, *span)
    assert "Secret" not in str(exc.value)


def test_non_string_text_is_rejected():
    with pytest.raises(TypeError):
        NoteContext(b"bytes")


CODIESP_DEV = os.path.join(os.path.dirname(__file__), "..", "..", "datasets", "codiesp", "dev", "text_files_en")


def test_fifty_spans_per_note_each_get_an_assertion():
    """One assertion per asked span on real notes (the timing is `medcode bench checks_bench`'s job)."""
    files = sorted(glob.glob(os.path.join(CODIESP_DEV, "*.txt")))[:100]
    rng = random.Random(0)
    assert files
    for f in files:
        with open(f, encoding="utf-8") as fh:
            text = fh.read()
        words = [m.span() for m in re.finditer(r"\w+", text)]
        spans = rng.sample(words, min(50, len(words)))
        out = NoteContext(text).assertions(spans)
        assert len(out) == len(spans)


@pytest.mark.parametrize(
    "sentence, word, expected",
    [
        # a conclusion after a negated finding is not itself negated
        (
            "Examination showed reduced vibration sense and absent ankle reflexes bilaterally, "
            "consistent with diabetic peripheral polyneuropathy.",
            "polyneuropathy",
            "present",
        ),
        ("No findings consistent with pneumonia.", "pneumonia", "negated"),
        ("Image not consistent with pneumonia.", "pneumonia", "negated"),
        ("Fever, consistent with pneumonia.", "pneumonia", "present"),
    ],
)
def test_consistent_with_starts_a_new_clause(sentence, word, expected):
    i = sentence.index(word)
    assert assertion_for(sentence, i, i + len(word)) == expected


@pytest.mark.parametrize(
    "sentence, word, expected",
    [
        # how long the presenting complaint has lasted: current, not a past condition
        ("A 51-year-old woman presented with a 2-month history of headache.", "headache", PRESENT),
        ("Admitted for a seven-day history of fever and vomiting.", "vomiting", PRESENT),
        ("She reported a 24-hour history of abdominal pain.", "abdominal pain", PRESENT),
        ("He gave a 10 days' history of cough.", "cough", PRESENT),
        # without a duration, "history of" still dates the condition to the past
        ("A woman with a history of hepatitis presented with jaundice.", "hepatitis", HISTORY),
        ("A long-standing history of asthma.", "asthma", HISTORY),
        ("History of 2 fractures.", "fractures", HISTORY),
    ],
)
def test_a_duration_before_history_of_dates_the_current_complaint(sentence, word, expected):
    assert status(sentence, word) == expected
