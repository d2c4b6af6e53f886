"""The training corpus of the learned PHI recognizer: labels sit on the text they name, and the
evaluation families stay out of it."""

from __future__ import annotations

import re

import pytest

from medcode import paths
from medcode.training import deid_corpus as corpus
from tools.deid import evalset


@pytest.fixture(scope="module")
def examples() -> list[corpus.Example]:
    return list(corpus.generate(300, seed=3))


@pytest.fixture(scope="module")
def layouts() -> list[corpus.Example]:
    return list(corpus.generate_shapes(300, seed=3))


@pytest.mark.parametrize("made_by", ["examples", "layouts"])
def test_spans_lie_inside_the_text_trimmed_and_apart(made_by, request):
    n_spans = 0
    for ex in request.getfixturevalue(made_by):
        last_end = 0
        for s, e, typ in sorted(ex.spans):
            value = ex.text[s:e]
            assert 0 <= s < e <= len(ex.text)
            assert value == value.strip() and value, (typ, value)
            assert typ in corpus.ENTITY_TYPES
            assert s >= last_end  # no overlaps
            last_end = e
            n_spans += 1
    assert n_spans > 600


@pytest.mark.parametrize("generator", [corpus.generate, corpus.generate_shapes])
def test_generation_is_seeded(generator):
    a = [(e.text, e.spans) for e in generator(20, seed=5)]
    b = [(e.text, e.spans) for e in generator(20, seed=5)]
    assert a == b
    assert a != [(e.text, e.spans) for e in generator(20, seed=6)]


def _labelled(examples, typ):
    return [ex.text[s:e] for ex in examples for s, e, t in ex.spans if t == typ]


def test_layouts_label_speakers_initials_and_hl7_names_but_not_their_frame(layouts):
    names = _labelled(layouts, "NAME")
    assert any("^" in n for n in names), "HL7 names as LAST^FIRST[^M]"
    assert all(not n.startswith("^") and not n.endswith("^") and "^^" not in n for n in names)
    initials = [n for n in names if re.fullmatch(r"[A-Za-z]{2,3}", n) and (n.isupper() or n.islower())]
    assert len(initials) > 50
    assert not {n.upper() for n in initials} & corpus.CLINICAL_ABBREVIATIONS
    speakers = [ex for ex in layouts if re.search(r"\d:\d\d", ex.text)]
    assert speakers
    for ex in speakers:  # a clock time is never PHI, and a speaker before a colon is a name
        for m in re.finditer(r"\d{1,2}:\d\d(?: ?[AP]M|[ap])?", ex.text):
            assert not any(s < m.end() and m.start() < e for s, e, _ in ex.spans), ex.text
    assert sum(bool(re.search(r"\] \w+: ", ex.text)) for ex in layouts) > 5
    for ex in layouts:
        for m in re.finditer(r"\[[\d: APM]+\] ([^:\n]+): ", ex.text):
            assert (m.start(1), m.end(1), "NAME") in ex.spans, ex.text


def test_layouts_join_the_corpus_only_when_asked():
    from medcode.training.train_deid_ner import build_corpus

    plain_train, plain_dev = build_corpus(20, seed=1)
    with_none = build_corpus(20, seed=1, n_shapes=0)
    assert [e.text for e in plain_train + plain_dev] == [e.text for e in with_none[0] + with_none[1]]
    grown = build_corpus(20, seed=1, n_shapes=40)
    assert len(grown[0]) + len(grown[1]) == len(plain_train) + len(plain_dev) + 40


def test_token_labels_follow_character_offsets(examples):
    from transformers import AutoTokenizer

    from medcode.export.encoder_export import packaged_model_dir
    from medcode.training.train_deid_ner import encode

    tok = AutoTokenizer.from_pretrained(str(packaged_model_dir()))
    rows = encode(tok, examples[:100])
    for ex, row in zip(examples[:100], rows, strict=True):
        enc = tok(ex.text, truncation=True, max_length=128, return_offsets_mapping=True)
        for (s, e), lab in zip(enc["offset_mapping"], row["labels"], strict=True):
            if s == e:
                assert lab == -100
                continue
            name = corpus.LABELS[lab]
            inside = [sp for sp in ex.spans if sp[0] <= s < sp[1]]
            if not inside:
                assert name == "O"
                continue
            a, _, typ = inside[0]
            assert name == ("B-" if s == a else "I-") + typ


def test_noncoding_terms_are_labelled_o(examples):
    terms = (*corpus.INSURERS, *corpus.MANUFACTURERS, *corpus.EPONYMS)
    seen = 0
    for ex in examples:
        for t in terms:
            for m in re.finditer(rf"(?<!\w){re.escape(t)}(?!\w)", ex.text, re.IGNORECASE):
                seen += 1
                assert not any(s < m.end() and m.start() < e for s, e, _ in ex.spans), t
    assert seen > 50


def test_evaluation_lists_and_locales_are_held_out():
    held_out = {*evalset.NAME_LOCALES, *evalset.CITY_LOCALES, *evalset.ORG_LOCALES}
    used = {*corpus.NAME_LOCALES, *corpus.CITY_LOCALES, *corpus.ORG_LOCALES}
    assert not held_out & used
    eval_terms = {t.lower() for kind in evalset.KEEP.values() for t in kind}
    train_terms = {t.lower() for t in (*corpus.INSURERS, *corpus.MANUFACTURERS, *corpus.EPONYMS, *corpus.DEPARTMENTS)}
    assert not eval_terms & train_terms


def test_presidio_heldout_families_never_train():
    synth = paths.deid_sets_dir() / "presidio_synth.jsonl"
    raw = paths.data_dir() / "presidio_synth" / "synth_dataset_v2.json"
    train_texts = {e.text for e in corpus.presidio_examples(synth, raw, heldout=False)}
    held = corpus.presidio_heldout_rows(synth, raw)
    assert held and train_texts
    shipped = (paths.deid_sets_dir() / "presidio_synth_heldout.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(shipped) == len(held)
    # a few sentences recur verbatim across families ("What are my options?"); PHI-bearing ones do not
    assert not {r["text"] for r in held if r["phi"]} & train_texts


def _write_set(path, rows):
    import json

    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_another_writers_set_is_cut_into_windows_that_cut_no_span(tmp_path):
    """`medcode train deid --extra-data`: a long document becomes window-sized pieces, each PHI
    span whole in one piece, with the model's types (MRN becomes ID, FAX becomes PHONE)."""
    parts = [
        ("Seen by ", None),
        ("Olena Kovalenko", "NAME"),
        (" at ", None),
        ("Riverside Wound Care", "FACILITY"),
        (". ", None),
        ("Follow up in two weeks. " * 12, None),
        ("MRN ", None),
        ("00451287", "MRN"),
        (". Fax results to ", None),
        ("(555) 201-3344", "FAX"),
        (". ", None),
        ("Plan discussed at length. " * 12, None),
        ("Dr. ", None),
        ("Ana de la Cruz", "NAME"),
        (" signed.", None),
    ]
    text, phi = "", []
    for s, typ in parts:
        if typ:
            phi.append({"start": len(text), "end": len(text) + len(s), "type": typ})
        text += s
    _write_set(tmp_path / "w.jsonl", [{"id": "w-0", "text": text, "phi": phi}])
    pieces = list(corpus.annotated_examples(tmp_path / "w.jsonl", max_chars=200))
    assert len(pieces) >= 3
    assert all(len(p.text) <= 200 for p in pieces)
    assert "".join(p.text for p in pieces) == text  # nothing dropped
    found = [(p.text[a:b], typ) for p in pieces for a, b, typ in p.spans]
    assert found == [
        ("Olena Kovalenko", "NAME"),
        ("Riverside Wound Care", "FACILITY"),
        ("00451287", "ID"),
        ("(555) 201-3344", "PHONE"),
        ("Ana de la Cruz", "NAME"),
    ]


def test_a_set_row_without_text_is_refused(tmp_path):
    _write_set(tmp_path / "bad.jsonl", [{"id": "x", "phi": []}])
    with pytest.raises(ValueError, match="without its text"):
        list(corpus.annotated_examples(tmp_path / "bad.jsonl"))


def test_training_refuses_a_missing_extra_set_before_it_starts(tmp_path, capsys):
    from medcode.commands.train import main_deid

    rc = main_deid(["--out", str(tmp_path / "model"), "--extra-data", str(tmp_path / "missing.jsonl")])
    assert rc == 2
    assert "missing.jsonl: no such file" in capsys.readouterr().err
    assert not (tmp_path / "model").exists()
