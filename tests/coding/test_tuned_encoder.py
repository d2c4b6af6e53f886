"""The committed coding encoder (`medcode train encoder`): its record, its checksum, its behaviour.

Runs on the committed served form alone (int8 ONNX + tokenizer + encoder.json), so no export is
needed; the export's use of it is checked in tests/export/test_export.py.
"""

import json
import shutil

import numpy as np
import pytest

from medcode.coding.encoder import OnnxEncoder
from medcode.commands.export import CODER_EMBEDDINGS, coder_fitted_on_file
from medcode.export.encoder_export import TUNED_DIR, TUNED_META, holds_committed_tuned, install_tuned, is_tuned
from medcode.export.parity import MIN_COSINE


@pytest.fixture(scope="module")
def record() -> dict:
    return json.loads((TUNED_DIR / TUNED_META).read_text())


@pytest.fixture(scope="module")
def encoder() -> OnnxEncoder:
    return OnnxEncoder(TUNED_DIR, threads=1)


def test_the_record_says_how_to_reproduce_it_and_that_its_int8_file_passed_parity(record):
    assert record["command"].startswith("medcode train encoder ")
    assert f"--seed {record['seed']}" in record["command"]
    assert record["layers"] < 6  # cheaper than the packaged encoder, or there is no point
    assert record["parity"]["int8"]["mean_cosine"] >= MIN_COSINE["int8"]
    assert record["parity"]["fp32"]["mean_cosine"] >= MIN_COSINE["fp32"]


def test_install_copies_the_served_form_and_marks_it_tuned(tmp_path, record):
    meta = install_tuned(tmp_path / "int8")
    assert meta == record
    assert is_tuned(tmp_path / "int8")
    assert (tmp_path / "int8" / "model.onnx").read_bytes() == (TUNED_DIR / "model.onnx").read_bytes()


def test_an_installed_copy_is_current_until_the_committed_model_is_replaced(tmp_path):
    install_tuned(tmp_path / "int8")
    assert holds_committed_tuned(tmp_path / "int8")
    retrained = tmp_path / "retrained"
    shutil.copytree(TUNED_DIR, retrained)
    meta = json.loads((retrained / TUNED_META).read_text())
    meta["model_sha256"] = "0" * 64  # what `medcode train encoder` records for another file
    (retrained / TUNED_META).write_text(json.dumps(meta))
    assert not holds_committed_tuned(tmp_path / "int8", retrained)


def test_a_changed_model_file_is_refused(tmp_path):
    src = tmp_path / "src"
    shutil.copytree(TUNED_DIR, src)
    data = bytearray((src / "model.onnx").read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit of one weight
    (src / "model.onnx").write_bytes(bytes(data))
    with pytest.raises(ValueError, match="sha256"):
        install_tuned(tmp_path / "int8", src)
    assert not (tmp_path / "int8" / "model.onnx").exists()


def test_a_missing_record_names_the_command_that_makes_it(tmp_path):
    with pytest.raises(FileNotFoundError, match="medcode train encoder"):
        install_tuned(tmp_path / "int8", tmp_path / "empty")


def test_embeddings_are_unit_vectors_and_a_mention_lands_nearest_its_own_title(encoder):
    titles = [
        "Acute myocardial infarction, unspecified",
        "Type 2 diabetes mellitus without complications",
        "Pneumonia, unspecified organism",
        "Fracture of unspecified part of neck of right femur",
        "Essential (primary) hypertension",
    ]
    mentions = [
        "he was admitted with an acute heart attack",
        "known type 2 diabetic on metformin",
        "chest X-ray showed a right lower lobe pneumonia",
        "she fell and fractured the neck of her right femur",
        "long-standing high blood pressure treated with amlodipine",
    ]
    t, m = encoder.encode(titles), encoder.encode(mentions)
    assert np.allclose(np.linalg.norm(t, axis=1), 1.0, atol=1e-3)
    assert list((m @ t.T).argmax(axis=1)) == list(range(len(titles)))


def test_the_export_retrains_a_coder_fitted_on_another_encoder_file(tmp_path):
    enc = tmp_path / "enc"
    enc.mkdir()
    (enc / "model.onnx").write_bytes(b"one encoder")
    coder = tmp_path / "coder"
    coder.mkdir()
    assert coder_fitted_on_file(coder, enc)  # no record: a coder trained by `medcode train` is taken as it is
    from medcode.manifest import sha256_file

    (coder / CODER_EMBEDDINGS).write_text(
        json.dumps({"variant": "int8", "encoder_sha256": sha256_file(enc / "model.onnx")})
    )
    assert coder_fitted_on_file(coder, enc)
    (enc / "model.onnx").write_bytes(b"another encoder")
    assert not coder_fitted_on_file(coder, enc)
