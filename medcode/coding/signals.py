"""Candidate codes and their features for one note, from statistics fitted on coded notes.

Signals (each a column of the ranker's feature matrix):
- prior: share of fitted notes carrying the code;
- kNN votes over the fitted notes, by TF-IDF and by mean sentence embedding;
- kernel ridge (linear kernel, all codes at once) on TF-IDF and on mean embedding;
- dense: max cosine between a note sentence and the code's title;
- dictionary: terms (titles, inclusion terms, index paths) found in a sentence, each term's
  reliability learned on the fitted notes (smoothed towards its source/length bucket);
- group: the same votes summed over the code's category (ICD-10-CM 3 characters, PCS 4).

`fit` sees only the notes it is given: training features are cross-fitted (the notes a fold
is scored on are never part of its statistics), so the ranker learns on leak-free features.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

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
STATUSES = ("present", "negated", "uncertain", "family", "history")


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
        labs = [index[c] for c in gold]
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


def assert_matches(text: str, sentence_starts: list[int], raw) -> list[tuple[int, int, int]]:
    """Dictionary matches (term, sentence, start, end) -> (term, sentence, status index), the
    status from the ConText rules in `medcode.coding.assertions` (all "present" without it)."""
    return [(t, si, st) for t, si, _, _, st in match_mentions(text, sentence_starts, raw)]


def match_mentions(text: str, sentence_starts: list[int], raw) -> list[tuple[int, int, int, int, int]]:
    """Dictionary matches -> (term, sentence, start, end, status index) with note offsets: the
    mention is the evidence a coder reads, and its ConText status is the code's assertion."""
    if not raw:
        return []
    spans = [(sentence_starts[si] + a, sentence_starts[si] + b) for _, si, a, b in raw]
    from medcode.coding.assertions import assertions_for

    idx = {s: i for i, s in enumerate(STATUSES)}
    sts = assertions_for(text, spans)
    return [(t, si, a, b, idx.get(st, 0)) for (t, si, _, _), (a, b), st in zip(raw, spans, sts)]


_F = {n: i for i, n in enumerate(FEATURES)}


@dataclass
class NoteInput:
    """What the signals need from one note: its sentences' texts, embeddings and TF-IDF row."""

    sentence_texts: list[str]
    emb: np.ndarray  # (n_sent, 384)
    tfidf: sp.csr_matrix  # (1, vocab)
    matches: list[tuple[int, int, int]] = field(default_factory=list)  # (term id, sentence, status)
    grams: dict[str, int] = field(default_factory=dict)  # learned-lexicon n-gram -> sentence
    mentions: list[tuple[int, int, int, int]] = field(default_factory=list)  # (term id, start, end, status)

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
        for c in {dic.codes[t] for t in tids}:
            code_m[c] = code_m.get(c, 0.0) + 1
            code_h[c] = code_h.get(c, 0.0) + (c in gold)
    return matches, hits, code_m, code_h


class SystemModel:
    """Fitted statistics for one code system ("D" = ICD-10-CM, "P" = ICD-10-PCS)."""

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
            m, h, cm, ch = _dict_term_stats(notes, golds, dic)
            src = np.asarray(dic.sources)
            ln = np.minimum(np.array([len(w) for w in dic.words]), 4)
            bucket = src * 5 + ln
            bm = np.bincount(bucket, weights=m, minlength=bucket.max() + 1)
            bh = np.bincount(bucket, weights=h, minlength=bucket.max() + 1)
            glob = (bh.sum() + 1) / (bm.sum() + 10)
            p0 = (bh + params.smooth * glob) / (bm + params.smooth)
            term_rel = ((h + params.smooth * p0[bucket]) / (m + params.smooth)).astype(np.float32)
            term_support = m.astype(np.float32)
            code_rel = {c: (ch[c] + params.smooth * glob) / (cm[c] + params.smooth) for c in cm}
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
        p = self.p
        L = len(self.labels)
        q = note.tfidf.toarray().ravel()
        st = self.Xt @ q
        se = self.Xe @ note.mean_emb

        def knn(sims, k):
            k = min(k, len(sims))
            if k == 0 or L == 0:
                return np.zeros(L), np.zeros(L), np.zeros(L)
            top = np.argpartition(-sims, k - 1)[:k]
            w = np.clip(sims[top], 0, None) ** p.power
            Yt = self.Y[top]
            vote = (w @ Yt) / (w.sum() + 1e-9)
            mx = (Yt * sims[top, None]).max(axis=0)
            return vote, mx, Yt.sum(axis=0)

        knn_t, knn_t_max, knn_t_n = knn(st, p.k_t)
        knn_e, knn_e_max, _ = knn(se, p.k_e)
        kr_t = st @ self.alpha_t if L else np.zeros(0)
        xc = note.mean_emb - self.xe_mean
        kr_e = (self.Xe_centred @ xc) @ self.alpha_e if L else np.zeros(0)
        if L and len(note.emb):
            S = note.emb @ self.title_emb.T
            dense = np.where(self.has_title, S.max(axis=0), np.nan)
            dense_arg = S.argmax(axis=0)
        else:
            dense = np.full(L, np.nan)
            dense_arg = np.full(L, -1)

        def top(v, n):
            v = np.nan_to_num(v, nan=-np.inf)
            n = min(n, len(v))
            if n == 0:
                return []
            return [i for i in np.argpartition(-v, n - 1)[:n] if v[i] > 0]

        def ranks(v):
            v = np.nan_to_num(v, nan=-np.inf)
            r = np.empty(len(v))
            r[np.argsort(-v, kind="stable")] = np.arange(len(v))
            return r

        cent_t = self.Ct @ q if L else np.zeros(0)
        cent_e = self.Ce @ note.mean_emb if L else np.zeros(0)
        knn_max = knn_t.max() if L else 0.0
        kr_max = kr_t.max() if L else 0.0
        dense_max = np.nanmax(dense) if L and not np.isnan(dense).all() else np.nan

        lex_max = np.zeros(L)
        lex_n = np.zeros(L)
        lex_sup = np.zeros(L)
        lex_sent = np.full(L, -1)
        lex_sum = np.zeros(L)
        for g, si in note.grams.items():
            for li, prec, n in self.lexicon.get(g, ()):
                if prec > lex_max[li]:
                    lex_max[li], lex_sup[li], lex_sent[li] = prec, n, si
                lex_n[li] += prec >= 0.3
                lex_sum[li] += prec
        group_lex = np.zeros(len(self.group_index))
        if L:
            np.maximum.at(group_lex, self.label_group, lex_max)

        cand: dict[str, int] = {}
        for i in (
            top(cent_t, p.n_kr // 2)
            + top(knn_t, p.n_knn)
            + top(kr_t, p.n_kr)
            + top(knn_e, p.n_knn // 2)
            + top(kr_e, p.n_kr // 2)
            + top(dense, p.n_dense)
            + top(self.prior, p.n_prior)
            + top(lex_max, p.n_lex)
        ):
            cand.setdefault(self.labels[i], -1)

        # dictionary
        dict_info: dict[str, list] = {}
        if self.dic is not None and note.matches:
            for tid, si, st in note.matches:
                c = self.dic.codes[tid]
                rel = float(self.term_rel[tid])
                affirmed = st in (0, 4)
                info = dict_info.get(c)
                if info is None:
                    info = dict_info[c] = [rel, set(), set(), 0, 99, 0.0, si, 0, 0, 0.0, 0, 0]
                elif rel > info[0]:
                    info[0], info[6], info[5] = rel, si, float(self.term_support[tid])
                if info[5] == 0.0 and rel >= info[0]:
                    info[5] = float(self.term_support[tid])
                info[1].add(tid)
                info[2].add(si)
                info[3] = max(info[3], len(self.dic.words[tid]))
                info[4] = min(info[4], self.dic.sources[tid])
                info[7] += 1
                info[8] += st == 1
                if affirmed:
                    info[9] = max(info[9], rel)
                info[10] += st == 2
                info[11] += st == 3
            for c in sorted(dict_info, key=lambda c: -dict_info[c][0])[: p.n_dict]:
                cand.setdefault(c, -1)
        dict_max = max((v[0] for v in dict_info.values()), default=0.0)
        group_dict: dict[str, float] = {}
        for c, info in dict_info.items():
            g = c[: p.group_len]
            group_dict[g] = max(group_dict.get(g, 0.0), info[0])

        gk = (knn_t @ self.G) if L else np.zeros(0)
        gr = (kr_t @ self.G) if L else np.zeros(0)
        r_dense, r_kr, r_knn = ranks(dense), ranks(kr_t), ranks(knn_t)
        codes = list(cand)
        n = len(codes)
        X = np.full((n, len(FEATURES)), np.nan, dtype=np.float32)
        nsent = len(note.sentence_texts)
        idx = np.array([self.index.get(c, -1) for c in codes], dtype=np.int64)
        gidx = np.array([self.group_index.get(c[: p.group_len], -1) for c in codes], dtype=np.int64)
        rows = np.flatnonzero(idx >= 0)
        li = idx[rows]
        X[:, _F["prior"]] = 0
        X[:, _F["in_labels"]] = idx >= 0
        if len(rows):
            for name, vec in (
                ("prior", self.prior),
                ("knn_t", knn_t),
                ("knn_t_max", knn_t_max),
                ("knn_e", knn_e),
                ("knn_e_max", knn_e_max),
                ("kr_t", kr_t),
                ("kr_e", kr_e),
                ("dense", dense),
                ("dense_rank", r_dense),
                ("kr_t_rank", r_kr),
                ("knn_t_rank", r_knn),
                ("knn_t_n", knn_t_n),
                ("cent_t", cent_t),
                ("cent_e", cent_e),
                ("lex_max", lex_max),
                ("lex_n", lex_n),
                ("lex_support", lex_sup),
                ("lex_sum", lex_sum),
            ):
                X[rows, _F[name]] = vec[li]
            X[rows, _F["knn_t_rel"]] = knn_t[li] / (knn_max + 1e-9)
            X[rows, _F["kr_t_rel"]] = kr_t[li] / (kr_max + 1e-9)
            X[rows, _F["dense_gap"]] = dense_max - dense[li]
        grows = np.flatnonzero(gidx >= 0)
        if len(grows):
            gi = gidx[grows]
            X[grows, _F["group_knn_t"]] = gk[gi]
            X[grows, _F["group_kr_t"]] = gr[gi]
            X[grows, _F["group_lex"]] = group_lex[gi]
        X[:, _F["code_len"]] = [len(c.replace(".", "")) for c in codes]
        X[:, _F["n_sent"]] = nsent
        X[:, _F["dict_rel"]] = 0
        X[:, _F["dict_terms"]] = 0
        X[:, _F["group_dict"]] = [group_dict.get(c[: p.group_len], 0.0) for c in codes]
        ev = [-1] * n
        for r in rows:
            i = idx[r]
            if lex_sent[i] >= 0:
                ev[r] = int(lex_sent[i])
            elif not np.isnan(dense[i]):
                ev[r] = int(dense_arg[i])
        for r, c in enumerate(codes):
            info = dict_info.get(c)
            if info is None:
                continue
            row = X[r]
            row[_F["dict_rel"]] = info[0]
            row[_F["dict_rel_rel"]] = info[0] / (dict_max + 1e-9)
            row[_F["dict_neg"]] = info[8] / info[7]
            row[_F["dict_rel_affirmed"]] = info[9]
            row[_F["dict_uncertain"]] = info[10] / info[7]
            row[_F["dict_family"]] = info[11] / info[7]
            row[_F["dict_terms"]] = len(info[1])
            row[_F["dict_sents"]] = len(info[2])
            row[_F["dict_words"]] = info[3]
            row[_F["dict_src"]] = info[4]
            row[_F["dict_support"]] = info[5]
            row[_F["dict_code_rel"]] = self.code_rel.get(c, np.nan)
            ev[r] = info[6]
        if self.dic is None:  # no dictionary for this system: constant columns, not missing ones
            X[:, [_F[n] for n in FEATURES if n.startswith("dict_")]] = 0
        return codes, X, ev
