"""The shipped learned PHI recognizer (medcode/deid/ner_model): it loads offline, finds what the
rules miss, keeps what coding needs, reads long notes in windows, and its int8 form was
parity-checked against fp32 when it was made."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from medcode.deid import DeidConfig, Deidentifier
from medcode.deid.engine import _plausible, _plausible_hits
from medcode.deid.ner import MODEL_DIR, WINDOW, NerHit, PhiNer

# No title, no label, no role word, lower case: no rule has a context to catch this name.
SENTENCE = "spoke with maria kowalczyk about the refill; billed E11.65 for her Crohn disease."


@pytest.fixture(scope="module")
def ner() -> PhiNer:
    return PhiNer()


@pytest.fixture(scope="module")
def rules_only() -> Deidentifier:
    return Deidentifier(DeidConfig(learned=False))


def test_served_form_is_complete_and_small():
    meta = json.loads((MODEL_DIR / "ner.json").read_text())
    assert {"labels", "seed", "command", "parity"} <= set(meta)
    assert meta["command"].startswith("medcode train deid")
    assert sorted(p.name for p in MODEL_DIR.iterdir()) == ["model.onnx", "ner.json", "tokenizer.json"]
    assert sum(p.stat().st_size for p in MODEL_DIR.iterdir()) < 25_000_000


def test_recorded_int8_parity_meets_its_threshold():
    """fp32 vs int8 token-label agreement, measured by `medcode train deid` on held-aside sentences
    (the fp32 file is not shipped; the command that made it fails below the threshold)."""
    parity = json.loads((MODEL_DIR / "ner.json").read_text())["parity"]
    assert parity["sentences"] >= 100
    assert parity["int8_vs_fp32_token_agreement"] >= parity["threshold_int8_token_agreement"] >= 0.99
    assert parity["torch_vs_fp32_token_agreement"] >= 0.999


def test_model_finds_a_name_the_rules_miss_and_keeps_codes_and_eponyms(ner, rules_only, deid):
    start = SENTENCE.index("maria")
    end = start + len("maria kowalczyk")
    assert not any(s < end and start < e for s, e, _ in _spans(rules_only, SENTENCE))
    assert any(h.start <= start and h.end >= end and h.entity_type == "NAME" for h in ner.find(SENTENCE))
    out = deid.deidentify(SENTENCE).text
    assert "kowalczyk" not in out and "maria" not in out
    assert "E11.65" in out and "Crohn disease" in out


def test_long_note_is_read_in_windows(ner):
    filler = "Blood pressure 128/76, pulse 72, lungs clear, no edema, abdomen soft. " * 40
    note = filler + SENTENCE + " " + filler
    assert len(ner.tok.encode(note, add_special_tokens=False).ids) > 4 * WINDOW
    start = note.index("maria")
    assert any(h.start <= start < h.end and h.entity_type == "NAME" for h in ner.find(note))


def test_every_window_boundary_is_covered(ner):
    """The same sentence repeated across many windows: each occurrence of the name is found,
    wherever the window edges fall."""
    note = "\n".join([SENTENCE] * 30)
    assert len(ner.tok.encode(note, add_special_tokens=False).ids) > 5 * WINDOW
    hits = ner.find(note)
    starts = [k for k in range(len(note)) if note.startswith("maria kowalczyk", k)]
    assert len(starts) == 30
    names = [h for h in hits if h.entity_type == "NAME"]
    for k in starts:  # every letter of each occurrence is in a NAME hit (one, or one a word)
        name = range(k, k + len("maria kowalczyk"))
        assert all(any(h.start <= i < h.end for h in names) for i in name if note[i] != " "), k


def _spans(d: Deidentifier, text: str) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.type) for s in d.detect(text)]


# Proper nouns capitalised mid-sentence ("in Cardiology", "from Mercy"): this writer uses case.
CASED_CONTEXT = "Seen in Cardiology today with records from Mercy Clinic. "


def test_lower_case_clinical_words_stay_where_the_writer_capitalises_names(deid):
    """The model is uncased and has read procedure words as names; in a note that capitalises
    names, a lower-case span of ordinary words is evidence for the coder, not PHI."""
    note = CASED_CONTEXT + "The salivary stone was broken up by sonic fragmentation."
    out = deid.deidentify(note).text
    assert "salivary stone" in out and "sonic fragmentation" in out


@pytest.mark.parametrize("name", ["maria kowalczyk", "valentīna ozola", "obinna ezeagwu"])
def test_lower_case_name_is_still_removed_where_the_writer_capitalises_names(deid, name):
    """A known given name, letters English does not use, or a full name of words outside both the
    clinical vocabulary and the model's English one keep a lower-case model span PHI even in a
    note that capitalises names elsewhere."""
    note = CASED_CONTEXT + f"spoke with {name} about the refill."
    out = deid.deidentify(note).text
    assert not any(part in out for part in name.split())


def test_a_surname_the_model_opens_as_a_second_name_stays_with_the_first():
    """The model sometimes labels a name as two ("maria" B-NAME, "kowalczyk" B-NAME, a pattern
    seen when windows fall differently); alone, the lower-case surname fails the case test in a
    note that capitalises names, so a NAME hit one space after a kept NAME hit is kept with it."""
    note = CASED_CONTEXT + SENTENCE
    at = note.index("maria")
    given, surname = NerHit(at, at + 5, "NAME", 0.99), NerHit(at + 6, at + 15, "NAME", 0.99)
    assert not _plausible(note, surname, False, frozenset())  # judged alone, it would be dropped
    assert _plausible_hits(note, [given, surname], False, frozenset()) == [given, surname]
    further = NerHit(at + 16, at + 21, "NAME", 0.99)  # "about", two spaces away from nothing kept
    assert _plausible_hits(note, [surname, further], False, frozenset()) == []


def test_name_with_letters_english_never_uses_is_removed_though_its_ascii_fold_is_a_word(deid):
    """ "Ignė" folds to "igne", a word of the common vocabulary; the letter "ė" makes it a name."""
    out = deid.deidentify(CASED_CONTEXT + "Results were sent to Ignė yesterday.").text
    assert "Ign" not in out and "Results were sent to" in out


def test_read_stops_at_the_token_budget(ner):
    note = "\n".join([SENTENCE] * 20)
    whole = ner.read(note)
    assert whole.read_to == len(note)
    part = ner.read(note, max_tokens=40)
    assert 0 < part.read_to < len(note)
    assert all(h.start < part.read_to for h in part.hits)
    assert [h for h in whole.hits if h.end <= part.read_to - 20] == [h for h in part.hits if h.end <= part.read_to - 20]


def test_past_the_budget_unfamiliar_words_are_masked_and_clinical_words_kept(deid, monkeypatch):
    """A note longer than the model's budget fails closed: the rest is not read by the model, so
    every word there that is not a common or clinical word is masked; the prose around it stays."""
    monkeypatch.setattr(deid, "config", dataclasses.replace(deid.config, learned_max_tokens=64))
    d = deid
    filler = "Blood pressure stable, lungs clear, abdomen soft, no edema. " * 20
    note = filler + "spoke with zbigniewa oyelaran about the refill; billed E11.65 for her Crohn disease."
    res = d.deidentify(note)
    assert "zbigniewa" not in res.text and "oyelaran" not in res.text
    assert "spoke with" in res.text and "about the refill" in res.text
    assert "E11.65" in res.text and "Crohn disease" in res.text
    assert res.text.count("lungs clear") == 20


def test_served_recognizer_folder_is_read_from_the_environment(monkeypatch, tmp_path):
    """A site serving a recognizer it trained (`medcode train deid --out DIR`) names the folder;
    a folder without a model is refused when the server starts, not at the first note."""
    monkeypatch.delenv("MEDCODE_DEID_LEARNED_MODEL", raising=False)
    assert DeidConfig.served().learned_model_dir == MODEL_DIR
    monkeypatch.setenv("MEDCODE_DEID_LEARNED_MODEL", str(MODEL_DIR))
    assert DeidConfig.served().learned_model_dir == MODEL_DIR
    monkeypatch.setenv("MEDCODE_DEID_LEARNED_MODEL", str(tmp_path))
    with pytest.raises(ValueError, match="model.onnx"):
        DeidConfig.served()


def test_code_strings_at_the_edges_of_a_model_span_are_trimmed():
    """The model has read "2160-0, 27447" as one ID and "F32.A. Payer" as a name (initial +
    surname); codes at a span's edges are not PHI. House numbers stay in addresses, five-digit
    ZIPs stay ZIPs, and a word in capitals with a code's shape ("BARRETT") is no code."""
    from medcode.deid.engine import _without_code_tokens

    def trimmed(text: str, value: str, typ: str) -> str | None:
        start = text.index(value)
        hit = _without_code_tokens(text, NerHit(start, start + len(value), typ, 0.9))
        return None if hit is None else text[hit.start : hit.end]

    assert trimmed("Dx codes: 2160-0, 27447. Payer", "2160-0, 27447", "ID") is None
    assert trimmed("Dx codes: Z95.0, F32.A. Payer: Tricare.", "F32.A. Payer", "NAME") == "Payer"
    assert trimmed("claim for 4548-4, member", "4548-4", "ZIP") is None
    assert trimmed("moved to 60614 last year", "60614", "ZIP") == "60614"
    assert trimmed("lives at 12345 Main St", "12345 Main St", "ADDRESS") == "12345 Main St"
    assert trimmed("SEEN BY DARRAGH WITTMANN TODAY", "DARRAGH WITTMANN", "NAME") == "DARRAGH WITTMANN"


def test_code_list_in_a_table_note_stays(deid):
    """The note where the model read a code list as one identifier (eval_tables)."""
    from medcode.training.eval_deid import load_jsonl

    rows = load_jsonl(str(Path(__file__).parents[2] / "datasets" / "deid" / "eval_tables.jsonl"))
    note = next(r["text"] for r in rows if "Dx codes: 2160-0, 27447" in r["text"])
    assert "Dx codes: 2160-0, 27447" in deid.deidentify(note).text
