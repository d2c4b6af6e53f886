"""The served coder: `Coder.load(dir).rank(text, sentences, embeddings)` -> calibrated codes.

The artifact directory (written by `medcode train`) holds plain arrays (npz) and JSON, plus the
fitted scikit-learn TF-IDF vectorizer (joblib); the ranker's trees are arrays run by numpy.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from medcode.codesets.systems import CodeSystem
from medcode.coding.assertions import MENTION_PREFERENCE, MentionStatus, assertion_for
from medcode.coding.codes import title as code_title
from medcode.coding.codes import to_product
from medcode.coding.dictionary import TermDictionary
from medcode.coding.forest import Forest
from medcode.coding.forest_onnx import OnnxForest, to_onnx
from medcode.coding.signals import FEATURES, NoteInput, Params, SystemModel, match_mentions, note_grams

ARTIFACT_VERSION = 2  # 2: dictionary term ids doubled (cross-sentence matches)


@dataclass
class RankedCode:
    system: CodeSystem
    code: str
    title: str
    score: float
    evidence: list[tuple[int, int]] = field(default_factory=list)
    assertion: MentionStatus = MentionStatus.PRESENT


class Calibrator:
    """Monotone piecewise-linear map raw ranker score -> calibrated score; `kind` says what the
    score means ("per-code" probability or "set-precision", `medcode.coding.calibration`)."""

    def __init__(self, x: np.ndarray, y: np.ndarray, kind: str = "per-code"):
        self.x = np.asarray(x, dtype=np.float64)
        self.y = np.asarray(y, dtype=np.float64)
        self.kind = kind

    def __call__(self, raw: np.ndarray) -> np.ndarray:
        if len(self.x) == 0:
            return np.clip(raw, 0, 1)
        return np.interp(raw, self.x, self.y)


class Coder:
    def __init__(
        self,
        vectorizer,
        dic: TermDictionary | None,
        models: dict[CodeSystem, SystemModel],
        rankers: dict[CodeSystem, Forest | OnnxForest],
        calibrators: dict[CodeSystem, Calibrator],
        meta: dict,
    ):
        self.vectorizer = vectorizer
        self.dic = dic
        self.models = models
        self.rankers = rankers
        self.calibrators = calibrators
        self.meta = meta
        self._titles: dict[tuple[CodeSystem, str], str] = {}

    # ------------------------------------------------------------------ inputs
    def note_input(self, text: str, sentences, embeddings: np.ndarray) -> NoteInput:
        emb = np.asarray(embeddings, dtype=np.float32)
        if emb.ndim != 2 or emb.shape[0] != len(sentences):
            raise ValueError(f"embeddings shape {emb.shape} does not match {len(sentences)} sentences")
        texts = [text[s.start : s.end] for s in sentences]
        tf = self.vectorizer.transform([text]).tocsr()
        raw = self.dic.match(texts) if self.dic is not None else []
        mentions = match_mentions(text, [s.start for s in sentences], raw)
        return NoteInput(
            texts,
            emb,
            tf,
            [(t, si, st) for t, si, _, _, st in mentions],
            note_grams(texts),
            [(t, a, b, st) for t, _, a, b, st in mentions],
        )

    def _mentions_by_code(self, note: NoteInput) -> dict[str, tuple[int, int, MentionStatus]]:
        """Code -> its best mention (start, end, status): a code's assertion comes from its most
        affirmed mention (`MENTION_PREFERENCE`; "no evidence of pneumonia" alone makes J18.9
        negated)."""
        assert self.dic is not None
        best: dict[str, tuple[int, int, MentionStatus]] = {}
        for tid, a, b, status in note.mentions:
            code = self.dic.codes[tid]
            cur = best.get(code)
            if cur is None or MENTION_PREFERENCE.index(status) < MENTION_PREFERENCE.index(cur[2]):
                best[code] = (a, b, status)
        return best

    def score_system(self, system: CodeSystem, note: NoteInput):
        """(codes, raw ranker scores, calibrated scores, evidence sentence index) for one system."""
        model = self.models[system]
        codes, X, ev = model.features(note)
        if not codes:
            return [], np.zeros(0), np.zeros(0), []
        raw = self.rankers[system].predict_proba(X)[:, 1]
        return codes, raw, self.calibrators[system](raw), ev

    # ------------------------------------------------------------------ API
    def rank(self, text: str, sentences, embeddings, top_k: int = 50) -> list[RankedCode]:
        """Codes for one de-identified note, most probable first (calibrated `score`)."""
        if not isinstance(text, str):
            raise TypeError("text must be a str")
        note = self.note_input(text, sentences, embeddings)
        out: list[tuple[float, float, CodeSystem, str, int]] = []
        for system in self.models:
            codes, raw, cal, ev = self.score_system(system, note)
            for c, r, s, e in zip(codes, raw, cal, ev):
                out.append((float(s), float(r), system, c, e))
        out.sort(key=lambda t: (-t[0], -t[1]))
        result: list[RankedCode] = []
        mentions = self.mentions(note)
        seen: set[tuple[CodeSystem, str]] = set()
        for s, _, system, c, e in out:
            if len(result) == top_k:
                break
            product = to_product(system, c)
            if (system, product) in seen:  # two labels, one product code ("r51" and "r51.9": R51.9)
                continue
            seen.add((system, product))
            span, assertion = self.evidence(text, sentences, mentions, c, e)
            key = (system, c)
            if key not in self._titles:
                self._titles[key] = code_title(system, product) or code_title(system, c)
            result.append(RankedCode(system, product, self._titles[key], s, span, assertion))
        return result

    def mentions(self, note: NoteInput) -> dict[str, tuple[int, int, MentionStatus]]:
        """Code -> its best dictionary mention in the note (none without a dictionary)."""
        return self._mentions_by_code(note) if self.dic is not None else {}

    def evidence(
        self, text: str, sentences, mentions: dict, code: str, sentence: int
    ) -> tuple[list[tuple[int, int]], MentionStatus]:
        """A candidate's evidence span and assertion: its dictionary mention and that mention's
        ConText status, else its supporting sentence (index `sentence`, -1 for none) asserted as
        a whole."""
        if code in mentions:
            a, b, assertion = mentions[code]
            return [(a, b)], assertion
        span = [(sentences[sentence].start, sentences[sentence].end)] if sentence >= 0 else []
        return span, self._assert(text, span)

    @staticmethod
    def _assert(text: str, span: list[tuple[int, int]]) -> MentionStatus:
        if not span:
            return MentionStatus.PRESENT
        try:
            return assertion_for(text, span[0][0], span[0][1])
        except Exception:  # a failing rule engine must not lose the codes
            return MentionStatus.PRESENT

    # ------------------------------------------------------------------ persistence
    def save(self, out_dir: Path | str) -> None:
        import joblib
        import sklearn

        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        joblib.dump(self.vectorizer, out / "tfidf.joblib")
        if self.dic is not None:
            (out / "dictionary.json").write_text(json.dumps(self.dic.to_json()))
        for system, m in self.models.items():
            key = system.tag  # artifact files and meta.json name systems by CodiEsp tag ("D", "P")
            np.savez_compressed(
                out / f"model_{key}.npz",
                Y=m.Y.astype(np.uint8),
                Xt_data=m.Xt.data,
                Xt_indices=m.Xt.indices,
                Xt_indptr=m.Xt.indptr,
                Xt_shape=np.array(m.Xt.shape),
                Xe=m.Xe,
                alpha_t=m.alpha_t,
                alpha_e=m.alpha_e,
                title_emb=m.title_emb.astype(np.float16),
                has_title=m.has_title,
                term_rel=m.term_rel if m.term_rel is not None else np.zeros(0, np.float32),
                term_support=m.term_support if m.term_support is not None else np.zeros(0, np.float32),
            )
            (out / f"labels_{key}.json").write_text(
                json.dumps(
                    {
                        "labels": m.labels,
                        "code_rel": m.code_rel,
                        "params": m.p.__dict__,
                        "uses_dictionary": m.dic is not None,
                        "lexicon": m.lexicon,
                    }
                )
            )
            ranker = self.rankers[system]
            forest = ranker.forest if isinstance(ranker, OnnxForest) else ranker
            np.savez(out / f"ranker_{key}.npz", **forest.to_arrays())
            # `onnx` comes with the export extras; without it, numpy runs the trees
            with contextlib.suppress(ImportError):
                (out / f"ranker_{key}.onnx").write_bytes(to_onnx(forest, len(FEATURES)))
            cal = self.calibrators[system]
            (out / f"calibration_{key}.json").write_text(
                json.dumps({"x": cal.x.tolist(), "y": cal.y.tolist(), "kind": cal.kind})
            )
        meta = dict(
            self.meta,
            artifact_version=ARTIFACT_VERSION,
            features=FEATURES,
            sklearn=sklearn.__version__,
            systems=[s.tag for s in self.models],
        )
        (out / "meta.json").write_text(json.dumps(meta, indent=2))

    @classmethod
    def load(cls, artifact_dir: Path | str) -> Coder:
        """Load a trained artifact (made by `medcode train`); clear errors when it is incomplete."""
        import joblib
        import sklearn

        d = Path(artifact_dir)
        meta_file = d / "meta.json"
        if not meta_file.exists():
            raise FileNotFoundError(f"{meta_file} not found: run `medcode train --out {d}` first")
        meta = json.loads(meta_file.read_text())
        if meta.get("artifact_version") != ARTIFACT_VERSION or meta.get("features") != FEATURES:
            raise ValueError(f"{d} was built by another medcode version; retrain it")
        if meta.get("sklearn") != sklearn.__version__:
            raise ValueError(
                f"{d} was built with scikit-learn {meta.get('sklearn')}, "
                f"this runtime has {sklearn.__version__}; retrain it"
            )
        vectorizer = joblib.load(d / "tfidf.joblib")
        dic = (
            TermDictionary.from_json(json.loads((d / "dictionary.json").read_text()))
            if (d / "dictionary.json").exists()
            else None
        )
        models: dict[CodeSystem, SystemModel] = {}
        rankers: dict[CodeSystem, Forest | OnnxForest] = {}
        cals: dict[CodeSystem, Calibrator] = {}
        for key in meta["systems"]:  # CodiEsp tags: "D", "P"
            system = CodeSystem.parse(key)
            lab = json.loads((d / f"labels_{key}.json").read_text())
            with np.load(d / f"model_{key}.npz") as z:
                Xt = sp.csr_matrix((z["Xt_data"], z["Xt_indices"], z["Xt_indptr"]), shape=tuple(z["Xt_shape"]))
                m = SystemModel(
                    Params(**lab["params"]),
                    lab["labels"],
                    z["Y"].astype(np.float32),
                    Xt,
                    z["Xe"],
                    z["alpha_t"],
                    z["alpha_e"],
                    z["title_emb"].astype(np.float32),
                    z["has_title"],
                    z["term_rel"] if lab["uses_dictionary"] else None,
                    z["term_support"] if lab["uses_dictionary"] else None,
                    lab["code_rel"],
                    dic if lab["uses_dictionary"] else None,
                    lab["lexicon"],
                )
            models[system] = m
            with np.load(d / f"ranker_{key}.npz") as z:
                forest = Forest.from_arrays(z)
            rankers[system] = forest
            if (d / f"ranker_{key}.onnx").exists():  # same trees, run by ONNX Runtime (faster)
                rankers[system] = OnnxForest(d / f"ranker_{key}.onnx", forest)
            c = json.loads((d / f"calibration_{key}.json").read_text())
            # artifacts from before set-precision calibration have no "kind": per-code
            cals[system] = Calibrator(np.array(c["x"]), np.array(c["y"]), c.get("kind", "per-code"))
        from medcode.codesets.validity import icd10cm

        icd10cm()  # load the tabular now (~3 s), not inside the first request's rank()
        return cls(vectorizer, dic, models, rankers, cals, meta)
