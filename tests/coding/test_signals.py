"""The ranking signals one by one, on hand-made inputs (no encoder, no trained coder)."""

import numpy as np
import pytest
import scipy.sparse as sp

from medcode.coding.assertions import MentionStatus
from medcode.coding.dictionary import TermDictionary
from medcode.coding.signals import (
    FEATURES,
    DictionaryEvidence,
    NoteInput,
    Params,
    SystemModel,
    knn_votes,
    ranks,
    top_positive,
)


def test_knn_votes_weigh_the_nearest_notes():
    Y = np.array([[1, 0], [1, 1], [0, 1]], dtype=np.float32)
    sims = np.array([0.9, 0.5, 0.1])
    vote, best, n = knn_votes(sims, Y, k=2, power=1.0)
    assert vote == pytest.approx([1.0, 0.5 / 1.4], rel=1e-6)
    assert best.tolist() == pytest.approx([0.9, 0.5])
    assert n.tolist() == [2, 1]
    assert [v.tolist() for v in knn_votes(np.zeros(0), np.zeros((0, 2)), 5, 3.0)] == [[0, 0]] * 3


def test_ranks_and_top_positive():
    v = np.array([0.2, np.nan, 0.7, 0.0, 0.7])
    assert ranks(v).tolist() == [2, 4, 0, 3, 1]  # NaN last, ties in index order
    assert sorted(top_positive(v, 3)) == [0, 2, 4]
    assert top_positive(np.array([0.0, -1.0]), 2) == []


def test_dictionary_evidence_keeps_the_best_term_and_counts_statuses():
    ev = DictionaryEvidence(rel=0.3, sentence=1)
    ev.add(5, 1, MentionStatus.NEGATED, rel=0.3, support=4.0, words=2, source=2)
    ev.add(7, 3, MentionStatus.HISTORY, rel=0.6, support=9.0, words=1, source=0)
    ev.add(5, 4, MentionStatus.FAMILY, rel=0.3, support=4.0, words=2, source=2)
    assert (ev.rel, ev.sentence, ev.support) == (0.6, 3, 9.0)
    assert ev.terms == {5, 7} and ev.sentences == {1, 3, 4}
    assert (ev.words, ev.source, ev.mentions) == (2, 0, 3)
    assert (ev.negated, ev.uncertain, ev.family) == (1, 0, 1)
    assert ev.rel_affirmed == 0.6  # history is affirmed; negated and family are not


_VOCAB = ["diabetes", "metformin", "hypertension", "amlodipine", "appendectomy", "cholecystectomy"]


def _note(words: list[str], vocab: int, emb_seed: int, dic: TermDictionary | None = None) -> NoteInput:
    rng = np.random.default_rng(emb_seed)
    emb = rng.normal(size=(len(words), 384)).astype(np.float32)
    row = np.zeros(vocab, dtype=np.float32)
    row[[_VOCAB.index(w) for w in words]] = 1.0
    row /= np.linalg.norm(row)
    matches = []
    if dic is not None:
        matches = [(t, si, MentionStatus.PRESENT) for t, si, _, _ in dic.match(words)]
    return NoteInput(words, emb, sp.csr_matrix(row), matches, {w: i for i, w in enumerate(words)})


def _titles(labels):
    return np.zeros((len(labels), 384), dtype=np.float32), np.zeros(len(labels), dtype=bool)


def test_features_compose_every_signal():
    dic = TermDictionary.build([("e11.9", "diabetes", "title"), ("i10", "hypertension", "title")])
    texts = [["diabetes", "metformin"], ["hypertension", "amlodipine"], ["diabetes", "hypertension"]] * 4
    golds = [{"e11.9"}, {"i10"}, {"e11.9", "i10"}] * 4
    notes = [_note(t, 64, i, dic) for i, t in enumerate(texts)]
    model = SystemModel.fit(Params(lex_min_co=1), notes, golds, _titles, dic)
    codes, X, ev = model.features(_note(["diabetes", "metformin"], 64, 99, dic))
    assert X.shape == (len(codes), len(FEATURES))
    row = X[codes.index("e11.9")]
    f = {n: row[i] for i, n in enumerate(FEATURES)}
    assert f["in_labels"] == 1 and f["prior"] == pytest.approx(8 / 12)
    assert f["dict_rel"] > 0 and f["dict_terms"] == 1 and f["dict_rel_affirmed"] == f["dict_rel"]
    assert f["lex_max"] > 0 and f["knn_t"] > X[codes.index("i10"), FEATURES.index("knn_t")]
    assert np.isnan(f["dense"])  # no title embeddings given
    assert ev[codes.index("e11.9")] == 0  # the dictionary match's sentence


def test_system_without_dictionary_has_constant_dictionary_columns():
    texts = [["appendectomy"], ["cholecystectomy"]] * 3
    golds = [{"0dtj"}, {"0ft4"}] * 3
    notes = [_note(t, 32, i) for i, t in enumerate(texts)]
    model = SystemModel.fit(Params(group_len=4), notes, golds, _titles, None)
    codes, X, _ = model.features(_note(["appendectomy"], 32, 7))
    dict_cols = [i for i, n in enumerate(FEATURES) if n.startswith("dict_")]
    assert codes and (X[:, dict_cols] == 0).all()
