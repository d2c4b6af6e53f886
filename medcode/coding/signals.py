"""Candidate codes and their features for one note, from statistics fitted on coded notes.

Signals (columns of the ranker's feature matrix, `FEATURES`; one `SystemModel` method each):
- prior: share of fitted notes carrying the code;
- kNN votes over the fitted notes, by TF-IDF and by mean sentence embedding (`knn_votes`);
- kernel ridge (linear kernel, all codes at once) on TF-IDF and on mean embedding;
- centroids: cosine to the code's TF-IDF and embedding centroids;
- dense: max cosine between a note sentence and the code's title;
- dictionary: terms (titles, inclusion terms, index paths) found in a sentence, each term's
  reliability learned on the fitted notes (smoothed towards its source/length bucket), and
  the mentions' assertion status (`DictionaryEvidence`);
- learned lexicon: note n-grams that went with the code on the fitted notes;
- group: the same votes summed over the code's group (ICD-10-CM category, PCS 4 characters);
- ranks and values relative to the note's best, code length, sentence count.

`SystemModel.features` composes them: signals per label -> candidates -> feature rows.

`fit` sees only the notes it is given: training features are cross-fitted (the notes a fold
is scored on are never part of its statistics), so the ranker learns on leak-free features.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from medcode.coding.assertions import MentionStatus, assertions_for
from medcode.coding.dictionary import TermDictionary

FEATURES = [
    "prior",
    "knn_t",
    "knn_t_max",
    "knn_e",
    "knn_e_max",
    "kr_t",
    "kr_e",
    "dense",
    "dense_rank",
    "dict_rel",
    "dict_terms",
    "dict_sents",
    "dict_words",
    "dict_src",
    "dict_code_rel",
    "dict_support",
    "group_knn_t",
    "group_kr_t",
    "group_dict",
    "in_labels",
    "code_len",
    "kr_t_rank",
    "knn_t_rank",
    "n_sent",
    "knn_t_n",
    "cent_t",
    "cent_e",
    "knn_t_rel",
    "kr_t_rel",
    "dense_gap",
    "dict_rel_rel",
    "dict_neg",
    "dict_rel_affirmed",
    "dict_uncertain",
    "dict_family",
    "lex_max",
    "lex_n",
    "lex_support",
    "lex_sum",
    "group_lex",
]


def note_grams(sentence_texts: list[str]) -> dict[str, int]:
    """Content-word unigrams and bigrams of a note -> first sentence index (learned lexicon keys)."""
    from medcode.coding.textnorm import STOP_WORDS, tokens

    out: dict[str, int] = {}
    for si, text in enumerate(sentence_texts):
        toks = [t for t in tokens(text) if t not in STOP_WORDS and not t.isdigit() and len(t) > 1]
        for i, t in enumerate(toks):
            out.setdefault(t, si)
            if i + 1 < len(toks):
                out.setdefault(t + " " + toks[i + 1], si)
    return out


def fit_lexicon(
    grams: list[dict[str, int]],
    golds: list[set[str]],
    index: dict[str, int],
    prior: float = 0.01,
    smooth: float = 2.0,
    min_co: int = 2,
    min_prec: float = 0.15,
) -> dict[str, list]:
    """Learned lexicon: word n-gram -> [(label index, smoothed P(code | n-gram in note), notes)].

    Why: many codes are signalled by words no code set lists (translation wording, local
    phrasing); the fitted notes say which n-grams go with which codes.
    """
    from collections import Counter

    df = Counter(g for gs in grams for g in gs)
    co: dict[str, Counter] = {}
    for gs, gold in zip(grams, golds):
        if not gold:
            continue
        labs = [index[c] for c in sorted(gold)]  # sorted: no set order (PYTHONHASHSEED) in the artifact
        for g in gs:
            if df[g] >= min_co:
                cg = co.get(g)
                if cg is None:
                    cg = co[g] = Counter()
                cg.update(labs)
    lex: dict[str, list] = {}
    for g, cg in co.items():
        keep = []
        for li, n in cg.items():
            if n >= min_co:
                prec = (n + smooth * prior) / (df[g] + smooth)
                if prec >= min_prec:
                    keep.append([li, round(prec, 4), n])
        if keep:
            lex[g] = keep
    return lex


def assert_matches(text: str, sentence_starts: list[int], raw) -> list[tuple[int, int, MentionStatus]]:
    """Dictionary matches (term, sentence, start, end) -> (term, sentence, status), the status
    from the ConText rules in `medcode.coding.assertions`."""
    return [(t, si, st) for t, si, _, _, st in match_mentions(text, sentence_starts, raw)]


def match_mentions(text: str, sentence_starts: list[int], raw) -> list[tuple[int, int, int, int, MentionStatus]]:
    """Dictionary matches -> (term, sentence, start, end, status) with note offsets: the
    mention is the evidence a coder reads, and its ConText status is the code's assertion."""
    if not raw:
        return []
    spans = [(sentence_starts[si] + a, sentence_starts[si] + b) for _, si, a, b in raw]
    sts = assertions_for(text, spans)
    return [(t, si, a, b, st) for (t, si, _, _), (a, b), st in zip(raw, spans, sts)]


_F = {n: i for i, n in enumerate(FEATURES)}


@dataclass
class NoteInput:
    """What the signals need from one note: its sentences' texts, embeddings and TF-IDF row."""

    sentence_texts: list[str]
    emb: np.ndarray  # (n_sent, 384)
    tfidf: sp.csr_matrix  # (1, vocab)
    # dictionary matches: (term id, sentence, status)
    matches: list[tuple[int, int, MentionStatus]] = field(default_factory=list)
    grams: dict[str, int] = field(default_factory=dict)  # learned-lexicon n-gram -> sentence
    # the same matches as note offsets: (term id, start, end, status)
    mentions: list[tuple[int, int, int, MentionStatus]] = field(default_factory=list)

    @functools.cached_property
    def mean_emb(self) -> np.ndarray:
        if len(self.emb) == 0:
            return np.zeros(self.emb.shape[1] if self.emb.ndim == 2 else 384, dtype=np.float32)
        m = self.emb.mean(axis=0)
        return m / (np.linalg.norm(m) + 1e-9)


@dataclass
class Params:
    k_t: int = 30
    k_e: int = 30
    power: float = 3.0
    lam_t: float = 0.3
    lam_e: float = 0.3
    smooth: float = 3.0
    n_knn: int = 40
    n_kr: int = 30
    n_dense: int = 20
    n_prior: int = 10
    n_dict: int = 40
    n_lex: int = 30
    lex_min_prec: float = 0.15
    lex_smooth: float = 2.0
    lex_min_co: int = 2
    group_len: int = 3


def _dict_term_stats(notes: list[NoteInput], golds: list[set[str]], dic: TermDictionary):
    n_terms = len(dic)
    matches = np.zeros(n_terms, dtype=np.float64)
    hits = np.zeros(n_terms, dtype=np.float64)
    code_m: dict[str, float] = {}
    code_h: dict[str, float] = {}
    for note, gold in zip(notes, golds):
        tids = (
            np.unique(np.fromiter((m[0] for m in note.matches), dtype=np.int64))
            if note.matches
            else np.zeros(0, np.int64)
        )
        if len(tids) == 0:
            continue
        matches[tids] += 1
        hit = np.fromiter((dic.codes[t] in gold for t in tids), dtype=bool, count=len(tids))
        hits[tids[hit]] += 1
        for c in sorted({dic.codes[t] for t in tids}):
            code_m[c] = code_m.get(c, 0.0) + 1
            code_h[c] = code_h.get(c, 0.0) + (c in gold)
    return matches, hits, code_m, code_h


def fit_term_reliability(
    notes: list[NoteInput], golds: list[set[str]], dic: TermDictionary, smooth: float
) -> tuple[np.ndarray, np.ndarray, dict[str, float]]:
    """Per dictionary term: the share of fitted notes where it matched that carry its code,
    smoothed towards its (source, length) bucket's share (a term seen twice says little on its
    own; a long index path is more telling than a one-word title); the notes it matched in; and
    per code, the share of notes with any of its terms matched that carry it.

    Why: a term's words occurring in a sentence is weak evidence for general terms ("disease",
    "pain") and strong for specific ones; the fitted notes say which is which."""
    m, h, cm, ch = _dict_term_stats(notes, golds, dic)
    src = np.asarray(dic.sources)
    ln = np.minimum(np.array([len(w) for w in dic.words]), 4)
    bucket = src * 5 + ln
    bm = np.bincount(bucket, weights=m, minlength=bucket.max() + 1)
    bh = np.bincount(bucket, weights=h, minlength=bucket.max() + 1)
    glob = (bh.sum() + 1) / (bm.sum() + 10)
    p0 = (bh + smooth * glob) / (bm + smooth)
    term_rel = ((h + smooth * p0[bucket]) / (m + smooth)).astype(np.float32)
    code_rel = {c: (ch[c] + smooth * glob) / (cm[c] + smooth) for c in cm}
    return term_rel, m.astype(np.float32), code_rel


class SystemModel:
    """Fitted statistics for one code system (ICD-10-CM or ICD-10-PCS; labels in CodiEsp form)."""

    def __init__(
        self,
        params: Params,
        labels: list[str],
        Y: np.ndarray,
        Xt: sp.csr_matrix,
        Xe: np.ndarray,
        alpha_t: np.ndarray,
        alpha_e: np.ndarray,
        title_emb: np.ndarray,
        has_title: np.ndarray,
        term_rel: np.ndarray | None,
        term_support: np.ndarray | None,
        code_rel: dict[str, float],
        dic: TermDictionary | None,
        lexicon: dict | None = None,
    ):
        self.p = params
        self.labels = labels
        self.index = {c: i for i, c in enumerate(labels)}
        self.Y = Y
        self.Xt = Xt
        self.Xe = Xe
        self.alpha_t = alpha_t
        self.alpha_e = alpha_e
        self.title_emb = title_emb
        self.has_title = has_title
        self.term_rel = term_rel
        self.term_support = term_support
        self.code_rel = code_rel
        self.dic = dic
        self.lexicon = lexicon or {}
        self.prior = Y.mean(axis=0) if len(Y) else np.zeros(len(labels))
        groups = sorted({c[: params.group_len] for c in labels})
        self.group_index = {g: i for i, g in enumerate(groups)}
        gi = np.array([self.group_index[c[: params.group_len]] for c in labels], dtype=np.int64)
        self.label_group = gi
        Ys = sp.csr_matrix(Y.T)
        Ct = (Ys @ Xt).tocsr() if len(Y) else sp.csr_matrix((len(labels), Xt.shape[1]))
        norms = np.sqrt(np.asarray(Ct.multiply(Ct).sum(axis=1)).ravel()) + 1e-9
        self.Ct = (sp.diags(1.0 / norms) @ Ct).tocsr()
        self.xe_mean = Xe.mean(axis=0)
        self.Xe_centred = Xe - self.xe_mean  # once, not per note
        Ce = Ys @ Xe if len(Y) else np.zeros((len(labels), Xe.shape[1]))
        self.Ce = (Ce / (np.linalg.norm(Ce, axis=1, keepdims=True) + 1e-9)).astype(np.float32)
        self.G = sp.csr_matrix((np.ones(len(labels)), (np.arange(len(labels)), gi)), shape=(len(labels), len(groups)))

    # ------------------------------------------------------------------ fitting
    @classmethod
    def fit(
        cls, params: Params, notes: list[NoteInput], golds: list[set[str]], title_lookup, dic: TermDictionary | None
    ) -> SystemModel:
        """Statistics from `notes` with gold code sets `golds`; `title_lookup(codes)` -> (emb, has)."""
        labels = sorted(set().union(*golds)) if golds else []
        idx = {c: i for i, c in enumerate(labels)}
        Y = np.zeros((len(notes), len(labels)), dtype=np.float32)
        for r, g in enumerate(golds):
            for c in g:
                Y[r, idx[c]] = 1.0
        Xt = sp.vstack([n.tfidf for n in notes]).tocsr()
        Xe = np.stack([n.mean_emb for n in notes]).astype(np.float32)
        n = len(notes)
        Kt = (Xt @ Xt.T).toarray()
        alpha_t = np.linalg.solve(Kt + params.lam_t * np.eye(n), Y).astype(np.float32)
        Xc = Xe - Xe.mean(axis=0)
        Ke = Xc @ Xc.T
        alpha_e = np.linalg.solve(Ke + params.lam_e * np.eye(n), Y).astype(np.float32)
        title_emb, has_title = title_lookup(labels)
        term_rel = term_support = None
        code_rel: dict[str, float] = {}
        if dic is not None:
            term_rel, term_support, code_rel = fit_term_reliability(notes, golds, dic, params.smooth)
        lexicon = fit_lexicon(
            [n.grams for n in notes],
            golds,
            idx,
            smooth=params.lex_smooth,
            min_co=params.lex_min_co,
            min_prec=params.lex_min_prec,
        )
        model = cls(
            params,
            labels,
            Y,
            Xt,
            Xe,
            alpha_t,
            alpha_e,
            title_emb,
            has_title,
            term_rel,
            term_support,
            code_rel,
            dic,
            lexicon,
        )
        return model

    # ------------------------------------------------------------------ scoring
    def features(self, note: NoteInput) -> tuple[list[str], np.ndarray, list[int]]:
        """Candidate codes, their feature rows (n_cand, len(FEATURES)), and each one's evidence
        sentence index (-1 when no sentence supports it)."""
        scores = self.label_signals(note)
        evidence = self.dictionary_evidence(note)
        codes = self.candidates(scores, evidence)
        return (
            codes,
            self.feature_matrix(codes, note, scores, evidence),
            self.evidence_sentences(codes, scores, evidence),
        )

    def label_signals(self, note: NoteInput) -> LabelSignals:
        """Every signal scored for every fitted label (one vector per column, label order)."""
        q = note.tfidf.toarray().ravel()
        st = self.Xt @ q  # TF-IDF cosine to each fitted note
        se = self.Xe @ note.mean_emb  # mean-embedding cosine to each fitted note
        knn_t, knn_t_max, knn_t_n = knn_votes(st, self.Y, self.p.k_t, self.p.power)
        knn_e, knn_e_max, _ = knn_votes(se, self.Y, self.p.k_e, self.p.power)
        dense, dense_arg = self.dense_similarity(note)
        lex = self.lexicon_signal(note)
        return LabelSignals(
            prior=self.prior,
            knn_t=knn_t,
            knn_t_max=knn_t_max,
            knn_t_n=knn_t_n,
            knn_e=knn_e,
            knn_e_max=knn_e_max,
            kr_t=self.kernel_ridge_tfidf(st),
            kr_e=self.kernel_ridge_embedding(note),
            dense=dense,
            dense_arg=dense_arg,
            cent_t=self.centroid_tfidf(q),
            cent_e=self.centroid_embedding(note),
            lex=lex,
        )

    def kernel_ridge_tfidf(self, st: np.ndarray) -> np.ndarray:
        """Kernel ridge on TF-IDF (linear kernel, all labels at once): unlike kNN it weighs every
        fitted note, discounting near-duplicates, so frequent co-coded patterns are not
        double-counted. `st` = the note's TF-IDF similarity to each fitted note."""
        return st @ self.alpha_t if len(self.labels) else np.zeros(0)

    def kernel_ridge_embedding(self, note: NoteInput) -> np.ndarray:
        """Kernel ridge on centred mean sentence embeddings: the same idea in a space where
        paraphrases and translation wording are close."""
        if not len(self.labels):
            return np.zeros(0)
        xc = note.mean_emb - self.xe_mean
        return (self.Xe_centred @ xc) @ self.alpha_e

    def dense_similarity(self, note: NoteInput) -> tuple[np.ndarray, np.ndarray]:
        """Best cosine between a note sentence and the code's title, and that sentence: finds
        codes the fitted notes rarely carry when the note words them like the code set does
        (NaN for codes without a title)."""
        L = len(self.labels)
        if L and len(note.emb):
            S = note.emb @ self.title_emb.T
            return np.where(self.has_title, S.max(axis=0), np.nan), S.argmax(axis=0)
        return np.full(L, np.nan), np.full(L, -1)

    def centroid_tfidf(self, q: np.ndarray) -> np.ndarray:
        """Cosine to the code's TF-IDF centroid (sum of its fitted notes): a vote from every
        note carrying the code, where kNN only sees the nearest ones."""
        return self.Ct @ q if len(self.labels) else np.zeros(0)

    def centroid_embedding(self, note: NoteInput) -> np.ndarray:
        """Cosine to the code's mean-embedding centroid (same idea, embedding space)."""
        return self.Ce @ note.mean_emb if len(self.labels) else np.zeros(0)

    def lexicon_signal(self, note: NoteInput) -> LexiconSignal:
        """Learned lexicon: n-grams of the note that went with a code on the fitted notes, for
        wording no code set lists (see `fit_lexicon`)."""
        L = len(self.labels)
        lex = LexiconSignal(np.zeros(L), np.zeros(L), np.zeros(L), np.full(L, -1), np.zeros(L))
        for g, si in note.grams.items():
            for li, prec, n in self.lexicon.get(g, ()):
                if prec > lex.max[li]:
                    lex.max[li], lex.support[li], lex.sentence[li] = prec, n, si
                lex.n[li] += prec >= 0.3
                lex.sum[li] += prec
        return lex

    def dictionary_evidence(self, note: NoteInput) -> dict[str, DictionaryEvidence]:
        """Code -> what its dictionary matches in the note say (codes in first-match order):
        code-set terms found in the text are direct evidence, weighed by each term's
        reliability on the fitted notes and by the mentions' assertion status."""
        out: dict[str, DictionaryEvidence] = {}
        if self.dic is None or not note.matches:
            return out
        assert self.term_rel is not None and self.term_support is not None
        for tid, si, status in note.matches:
            code = self.dic.codes[tid]
            ev = out.get(code)
            if ev is None:
                ev = out[code] = DictionaryEvidence(rel=float(self.term_rel[tid]), sentence=si)
            ev.add(
                tid,
                si,
                status,
                float(self.term_rel[tid]),
                float(self.term_support[tid]),
                len(self.dic.words[tid]),
                self.dic.sources[tid],
            )
        return out

    def candidates(self, scores: LabelSignals, evidence: dict[str, DictionaryEvidence]) -> list[str]:
        """Candidate codes, in a fixed order: each signal's top labels, then the codes with the
        most reliable dictionary evidence (which may be codes no fitted note carries)."""
        p = self.p
        cand: dict[str, None] = {}
        for i in (
            top_positive(scores.cent_t, p.n_kr // 2)
            + top_positive(scores.knn_t, p.n_knn)
            + top_positive(scores.kr_t, p.n_kr)
            + top_positive(scores.knn_e, p.n_knn // 2)
            + top_positive(scores.kr_e, p.n_kr // 2)
            + top_positive(scores.dense, p.n_dense)
            + top_positive(self.prior, p.n_prior)
            + top_positive(scores.lex.max, p.n_lex)
        ):
            cand.setdefault(self.labels[i], None)
        for c in sorted(evidence, key=lambda c: -evidence[c].rel)[: p.n_dict]:
            cand.setdefault(c, None)
        return list(cand)

    def feature_matrix(
        self, codes: list[str], note: NoteInput, scores: LabelSignals, evidence: dict[str, DictionaryEvidence]
    ) -> np.ndarray:
        """The ranker's input: one row per candidate, columns `FEATURES` (NaN = not applicable,
        e.g. label signals for a code only the dictionary proposes)."""
        X = np.full((len(codes), len(FEATURES)), np.nan, dtype=np.float32)
        idx = np.array([self.index.get(c, -1) for c in codes], dtype=np.int64)
        X[:, _F["prior"]] = 0
        X[:, _F["in_labels"]] = idx >= 0
        self._label_columns(X, idx, scores)
        self._group_columns(X, codes, scores, evidence)
        X[:, _F["code_len"]] = [len(c.replace(".", "")) for c in codes]
        X[:, _F["n_sent"]] = len(note.sentence_texts)
        self._dictionary_columns(X, codes, evidence)
        return X

    def _label_columns(self, X: np.ndarray, idx: np.ndarray, scores: LabelSignals) -> None:
        """Per-label signals, their ranks among all labels, and values relative to the note's best
        (a vote of 0.2 means little when the best code has 0.9, much when it has 0.25)."""
        rows = np.flatnonzero(idx >= 0)
        if not len(rows):
            return
        li = idx[rows]
        for name, vec in scores.columns().items():
            X[rows, _F[name]] = vec[li]
        for name, vec in (
            ("dense_rank", scores.dense),
            ("kr_t_rank", scores.kr_t),
            ("knn_t_rank", scores.knn_t),
        ):
            X[rows, _F[name]] = ranks(vec)[li]
        L = len(self.labels)
        knn_max = scores.knn_t.max() if L else 0.0
        kr_max = scores.kr_t.max() if L else 0.0
        dense_max = np.nanmax(scores.dense) if L and not np.isnan(scores.dense).all() else np.nan
        X[rows, _F["knn_t_rel"]] = scores.knn_t[li] / (knn_max + 1e-9)
        X[rows, _F["kr_t_rel"]] = scores.kr_t[li] / (kr_max + 1e-9)
        X[rows, _F["dense_gap"]] = dense_max - scores.dense[li]

    def _group_columns(
        self, X: np.ndarray, codes: list[str], scores: LabelSignals, evidence: dict[str, DictionaryEvidence]
    ) -> None:
        """Group signals: the votes summed (lexicon, dictionary: the best) over the code's group
        (ICD-10-CM category, PCS 4-character prefix). Neighbours agreeing on the category but
        split over its subcodes still make the category, and so each subcode, likely."""
        glen = self.p.group_len
        L = len(self.labels)
        gidx = np.array([self.group_index.get(c[:glen], -1) for c in codes], dtype=np.int64)
        grows = np.flatnonzero(gidx >= 0)
        if len(grows):
            gi = gidx[grows]
            group_lex = np.zeros(len(self.group_index))
            if L:
                np.maximum.at(group_lex, self.label_group, scores.lex.max)
            X[grows, _F["group_knn_t"]] = ((scores.knn_t @ self.G) if L else np.zeros(0))[gi]
            X[grows, _F["group_kr_t"]] = ((scores.kr_t @ self.G) if L else np.zeros(0))[gi]
            X[grows, _F["group_lex"]] = group_lex[gi]
        group_dict: dict[str, float] = {}
        for c, ev in evidence.items():
            g = c[:glen]
            group_dict[g] = max(group_dict.get(g, 0.0), ev.rel)
        X[:, _F["group_dict"]] = [group_dict.get(c[:glen], 0.0) for c in codes]

    def _dictionary_columns(self, X: np.ndarray, codes: list[str], evidence: dict[str, DictionaryEvidence]) -> None:
        """Dictionary evidence per candidate (0 matches -> reliability and term count 0, the
        rest not applicable); all 0 for a system without a dictionary (constant, not missing)."""
        X[:, _F["dict_rel"]] = 0
        X[:, _F["dict_terms"]] = 0
        dict_max = max((ev.rel for ev in evidence.values()), default=0.0)
        for r, c in enumerate(codes):
            ev = evidence.get(c)
            if ev is None:
                continue
            row = X[r]
            row[_F["dict_rel"]] = ev.rel
            row[_F["dict_rel_rel"]] = ev.rel / (dict_max + 1e-9)
            row[_F["dict_neg"]] = ev.negated / ev.mentions
            row[_F["dict_rel_affirmed"]] = ev.rel_affirmed
            row[_F["dict_uncertain"]] = ev.uncertain / ev.mentions
            row[_F["dict_family"]] = ev.family / ev.mentions
            row[_F["dict_terms"]] = len(ev.terms)
            row[_F["dict_sents"]] = len(ev.sentences)
            row[_F["dict_words"]] = ev.words
            row[_F["dict_src"]] = ev.source
            row[_F["dict_support"]] = ev.support
            row[_F["dict_code_rel"]] = self.code_rel.get(c, np.nan)
        if self.dic is None:
            X[:, [_F[n] for n in FEATURES if n.startswith("dict_")]] = 0

    def evidence_sentences(
        self, codes: list[str], scores: LabelSignals, evidence: dict[str, DictionaryEvidence]
    ) -> list[int]:
        """Each candidate's supporting sentence: its best dictionary term's, else its best
        lexicon n-gram's, else the sentence closest to its title; -1 when none."""
        out = [-1] * len(codes)
        for r, c in enumerate(codes):
            ev = evidence.get(c)
            if ev is not None:
                out[r] = ev.sentence
                continue
            i = self.index.get(c, -1)
            if i < 0:
                continue
            if scores.lex.sentence[i] >= 0:
                out[r] = int(scores.lex.sentence[i])
            elif not np.isnan(scores.dense[i]):
                out[r] = int(scores.dense_arg[i])
        return out


@dataclass
class LexiconSignal:
    """Learned-lexicon evidence per label: the best n-gram's precision, its support (fitted notes)
    and sentence; how many n-grams reach precision 0.3, and the precisions' sum."""

    max: np.ndarray
    n: np.ndarray
    support: np.ndarray
    sentence: np.ndarray
    sum: np.ndarray


@dataclass
class LabelSignals:
    """One note's signals for every fitted label (vectors in label order)."""

    prior: np.ndarray
    knn_t: np.ndarray
    knn_t_max: np.ndarray
    knn_t_n: np.ndarray
    knn_e: np.ndarray
    knn_e_max: np.ndarray
    kr_t: np.ndarray
    kr_e: np.ndarray
    dense: np.ndarray
    dense_arg: np.ndarray
    cent_t: np.ndarray
    cent_e: np.ndarray
    lex: LexiconSignal

    def columns(self) -> dict[str, np.ndarray]:
        """Feature name -> vector, for the columns copied as they are."""
        return {
            "prior": self.prior,
            "knn_t": self.knn_t,
            "knn_t_max": self.knn_t_max,
            "knn_e": self.knn_e,
            "knn_e_max": self.knn_e_max,
            "kr_t": self.kr_t,
            "kr_e": self.kr_e,
            "dense": self.dense,
            "knn_t_n": self.knn_t_n,
            "cent_t": self.cent_t,
            "cent_e": self.cent_e,
            "lex_max": self.lex.max,
            "lex_n": self.lex.n,
            "lex_support": self.lex.support,
            "lex_sum": self.lex.sum,
        }


@dataclass
class DictionaryEvidence:
    """What the dictionary matches of one note say about one code."""

    rel: float  # reliability of the best matched term (learned on the fitted notes)
    sentence: int  # the best term's sentence (the code's evidence)
    support: float = 0.0  # fitted notes in which the best term matched
    terms: set[int] = field(default_factory=set)  # distinct terms matched
    sentences: set[int] = field(default_factory=set)  # distinct sentences with a match
    words: int = 0  # content words of the longest term matched (longer = more specific)
    source: int = 99  # best (lowest) term source: title, inclusion term, index, ... (`SOURCES`)
    mentions: int = 0  # matches counted below
    negated: int = 0
    uncertain: int = 0
    family: int = 0
    rel_affirmed: float = 0.0  # best reliability among affirmed (present or history) mentions

    def add(
        self, tid: int, si: int, status: MentionStatus, rel: float, support: float, words: int, source: int
    ) -> None:
        """Count one match of term `tid` in sentence `si`."""
        if rel > self.rel:
            self.rel, self.sentence, self.support = rel, si, support
        if self.support == 0.0 and rel >= self.rel:
            self.support = support
        self.terms.add(tid)
        self.sentences.add(si)
        self.words = max(self.words, words)
        self.source = min(self.source, source)
        self.mentions += 1
        self.negated += status is MentionStatus.NEGATED
        if status.affirmed:
            self.rel_affirmed = max(self.rel_affirmed, rel)
        self.uncertain += status is MentionStatus.UNCERTAIN
        self.family += status is MentionStatus.FAMILY


def knn_votes(sims: np.ndarray, Y: np.ndarray, k: int, power: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """kNN over the fitted notes: similarity-weighted (sims ** power) share of the k nearest
    notes carrying each label, the best similarity among those that do, and how many do.
    Notes like this one were coded like this one: the strongest single signal."""
    L = Y.shape[1]
    k = min(k, len(sims))
    if k == 0 or L == 0:
        return np.zeros(L), np.zeros(L), np.zeros(L)
    top = np.argpartition(-sims, k - 1)[:k]
    w = np.clip(sims[top], 0, None) ** power
    Yt = Y[top]
    vote = (w @ Yt) / (w.sum() + 1e-9)
    mx = (Yt * sims[top, None]).max(axis=0)
    return vote, mx, Yt.sum(axis=0)


def top_positive(v: np.ndarray, n: int) -> list[int]:
    """Indices of the n highest values (NaN lowest), keeping only those > 0."""
    v = np.nan_to_num(v, nan=-np.inf)
    n = min(n, len(v))
    if n == 0:
        return []
    return [i for i in np.argpartition(-v, n - 1)[:n] if v[i] > 0]


def ranks(v: np.ndarray) -> np.ndarray:
    """0-based rank of each value, highest first (NaN last; ties in index order)."""
    v = np.nan_to_num(v, nan=-np.inf)
    r = np.empty(len(v))
    r[np.argsort(-v, kind="stable")] = np.arange(len(v))
    return r
