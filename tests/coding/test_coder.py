"""Train a small coder inside the test (real encoder, real code sets) and check it codes a note.

Needs the exported int8 encoder (`make repo` builds it), hence the `repository` marker.
"""

import shutil
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "datasets" / "codiesp"
ENCODER = ROOT / "build" / "encoder" / "int8"

pytestmark = pytest.mark.repository


@pytest.fixture(autouse=True)
def _encoder_exported():
    if not (ENCODER / "model.onnx").exists():
        pytest.fail(f"no int8 encoder at {ENCODER}: `make repo` (or `medcode export --profile cpu`) exports it")


NOTE = (
    "A 64-year-old woman with type 2 diabetes mellitus with diabetic peripheral neuropathy, treated with "
    "metformin, was referred for burning pain and numbness in both feet.\n"
    "She was started on pregabalin with improvement of the pain."
)


def _subset(tmp: Path, n_other: int = 40) -> Path:
    """A CodiEsp-format train split: notes with diabetes codes plus the first `n_other` others."""
    src = DATA / "train"
    d_lines = (src / "trainD.tsv").read_text().splitlines()
    p_lines = (src / "trainP.tsv").read_text().splitlines()
    docs = sorted({l.split("\t")[0] for l in d_lines})
    diabetic = {l.split("\t")[0] for l in d_lines if l.split("\t")[1].startswith("e11")}
    keep = diabetic | set([d for d in docs if d not in diabetic][:n_other])
    out = tmp / "site" / "train"
    (out / "text_files_en").mkdir(parents=True)
    for d in keep:
        shutil.copy(src / "text_files_en" / f"{d}.txt", out / "text_files_en" / f"{d}.txt")
    (out / "trainD.tsv").write_text("\n".join(l for l in d_lines if l.split("\t")[0] in keep) + "\n")
    (out / "trainP.tsv").write_text("\n".join(l for l in p_lines if l.split("\t")[0] in keep) + "\n")
    return tmp / "site"


@pytest.fixture(scope="module")
def coder(tmp_path_factory):
    from medcode.coding import Coder
    from medcode.commands.train import main

    tmp = tmp_path_factory.mktemp("coder")
    data = _subset(tmp)
    assert main(["--data", str(data), "--splits", "train", "--out", str(tmp / "art"), "--encoder", str(ENCODER)]) == 0
    return Coder.load(tmp / "art")


def _rank(coder, text, top_k=20):
    from medcode.coding.encoder import OnnxEncoder
    from medcode.text.segment import split_sentences

    sents = split_sentences(text)
    emb = OnnxEncoder(ENCODER).encode([s.text(text) for s in sents])
    return coder.rank(text, sents, emb, top_k=top_k), sents


def test_diabetic_neuropathy_ranks_e11_4x_in_top5(coder):
    ranked, _ = _rank(coder, NOTE)
    top5 = [r.code for r in ranked[:5]]
    assert any(c.startswith("E11.4") for c in top5), top5


def test_ranked_codes_are_well_formed(coder):
    ranked, sents = _rank(coder, NOTE, top_k=30)
    assert ranked and len(ranked) <= 30
    scores = [r.score for r in ranked]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)
    spans = {(s.start, s.end) for s in sents}
    for r in ranked:
        assert r.system in ("ICD-10-CM", "ICD-10-PCS")
        assert r.code == r.code.upper()
        assert r.assertion in ("present", "negated", "uncertain", "family", "history")
        # evidence is the matched mention or, without one, the supporting sentence
        assert all(any(a <= e0 < e1 <= b for a, b in spans) for e0, e1 in r.evidence)
    assert any(r.system == "ICD-10-CM" and r.title for r in ranked)


def test_bad_embeddings_are_rejected(coder):
    from medcode.text.segment import split_sentences

    sents = split_sentences(NOTE)
    with pytest.raises(ValueError):
        coder.rank(NOTE, sents, np.zeros((len(sents) + 1, 384), dtype=np.float32))


def test_empty_note_gives_no_error(coder):
    assert isinstance(coder.rank("", [], np.zeros((0, 384), dtype=np.float32)), list)


def test_load_rejects_missing_artifact(tmp_path):
    from medcode.coding import Coder

    with pytest.raises(FileNotFoundError):
        Coder.load(tmp_path / "nothing")


def test_saved_ranker_runs_in_onnx_runtime_with_the_numpy_forest_scores(coder, tmp_path):
    """`save` writes each system's trees as ONNX beside the arrays; `load` runs them in ONNX
    Runtime (the served path); the codes and scores equal those of the numpy forest."""
    from medcode.coding import Coder
    from medcode.coding.forest import Forest
    from medcode.coding.forest_onnx import OnnxForest

    coder.save(tmp_path / "art")
    assert sorted(p.name for p in (tmp_path / "art").glob("ranker_*.onnx")) == ["ranker_D.onnx", "ranker_P.onnx"]
    fast = Coder.load(tmp_path / "art")
    assert all(isinstance(r, OnnxForest) for r in fast.rankers.values())
    ranked_fast, _ = _rank(fast, NOTE)
    for p in (tmp_path / "art").glob("ranker_*.onnx"):
        p.unlink()
    plain = Coder.load(tmp_path / "art")
    assert all(isinstance(r, Forest) for r in plain.rankers.values())
    ranked_plain, _ = _rank(plain, NOTE)
    assert [(r.system, r.code) for r in ranked_fast] == [(r.system, r.code) for r in ranked_plain]
    np.testing.assert_allclose([r.score for r in ranked_fast], [r.score for r in ranked_plain], atol=1e-5)


def test_artifact_names_systems_by_codiesp_tag(coder):
    from medcode.codesets.systems import CodeSystem

    assert coder.meta["systems"] == ["D", "P"]  # artifact keys unchanged since version 2
    assert list(coder.models) == [CodeSystem.ICD10CM, CodeSystem.ICD10PCS]


def test_calibration_design_is_saved_per_system(coder):
    from medcode.codesets.systems import CodeSystem
    from medcode.training.train_coder import DEFAULT_CALIBRATION

    # logistic for every system: a 0.95 score has to hold on notes the calibrator never saw
    assert coder.calibrators[CodeSystem.ICD10CM].kind == DEFAULT_CALIBRATION[CodeSystem.ICD10CM] == "logistic"
    assert coder.calibrators[CodeSystem.ICD10PCS].kind == DEFAULT_CALIBRATION[CodeSystem.ICD10PCS] == "logistic"
    assert coder.meta["calibration"] == {"D": "logistic", "P": "logistic"}
    # the PCS ranker is averaged over five cross-fittings, the ICD-10-CM one is a single model
    assert coder.meta["bags"] == {"D": 1, "P": 5}


def test_raw_scores_mark_servable_what_rank_would_let_through(coder):
    """Calibration checks count the codes serving accepts: a candidate is servable exactly when
    the assertion of its evidence and the code set let it through, as `rank` + the checks do."""
    from medcode.checks.runner import note_failures
    from medcode.codesets.systems import CodeSystem
    from medcode.coding.calibration import raw_scores
    from medcode.coding.encoder import OnnxEncoder
    from medcode.text.segment import split_sentences

    note = NOTE + "\nNo fever, no hypertension. A 2-month history of asthma."
    sents = split_sentences(note)
    emb = OnnxEncoder(ENCODER).encode([s.text(note) for s in sents])
    golds = {CodeSystem.ICD10CM: [{"e11.40"}]}
    scored = raw_scores(coder, [note], [(sents, emb)], golds)[CodeSystem.ICD10CM]
    assert len(scored.raw) == len(scored.ok) == len(scored.docs) == len(scored.servable) > 20
    ranked = {r.code: r for r in coder.rank(note, sents, emb, top_k=10_000) if r.system == "ICD-10-CM"}
    codes, raw, _, _ = coder.score_system(CodeSystem.ICD10CM, coder.note_input(note, sents, emb))
    assert np.allclose(raw, scored.raw)
    expected = [not note_failures("ICD-10-CM", r.code, r.assertion) for r in (ranked[c] for c in _products(codes))]
    assert scored.servable.tolist() == expected
    assert not scored.servable.all()  # "No fever": R50.9 is negated, never accepted unreviewed


def _products(codes):
    from medcode.coding.codes import to_product

    return [to_product("ICD-10-CM", c) for c in codes]


def test_a_product_code_is_ranked_once_whatever_labels_write_it(coder):
    """Two labels can write one product code (CodiEsp's "r51" and the tabular's "r51.9" are both
    R51.9): the ranked list names each code once, at its best score."""
    note = "Headache for two weeks. " + NOTE + " Cough and low back pain."
    ranked, _ = _rank(coder, note, top_k=200)
    keys = [(r.system, r.code) for r in ranked]
    assert len(keys) == len(set(keys)) > 50
