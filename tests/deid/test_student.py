"""The narrow student recognizer's training pieces (`medcode train deid --hidden --teacher`): its
embeddings keep what the pretrained vocabulary knows, its loss learns from gold labels and the
teacher alike, and a candidate model can be measured before it replaces the shipped one."""

from __future__ import annotations

import shutil

import pytest
import torch

from medcode.deid import DeidConfig, Deidentifier
from medcode.deid.ner import MODEL_DIR


@pytest.fixture(scope="module")
def student_and_vocab():
    from transformers import AutoTokenizer

    from medcode.export.encoder_export import packaged_model_dir
    from medcode.training.deid_corpus import LABELS
    from medcode.training.train_deid_ner import narrow_model

    base = packaged_model_dir()
    maps = {"num_labels": len(LABELS)}
    return narrow_model(base, 2, 128, maps), AutoTokenizer.from_pretrained(str(base))


def test_student_is_narrow_and_its_embeddings_keep_word_kinds(student_and_vocab):
    model, tok = student_and_vocab
    assert (model.config.hidden_size, model.config.num_attention_heads, model.config.num_hidden_layers) == (128, 2, 2)
    emb = model.bert.embeddings.word_embeddings.weight.detach()

    def cos(a: str, b: str) -> float:
        va, vb = emb[tok.convert_tokens_to_ids(a)], emb[tok.convert_tokens_to_ids(b)]
        return float(torch.nn.functional.cosine_similarity(va, vb, dim=0))

    # projected onto 128 of 384 dimensions, places still sit nearer places than drugs
    assert cos("london", "paris") > cos("london", "aspirin") + 0.1
    assert cos("maria", "anna") > cos("maria", "kidney") + 0.1


def test_student_width_must_be_whole_attention_heads_below_the_base():
    from medcode.export.encoder_export import packaged_model_dir
    from medcode.training.train_deid_ner import narrow_model

    for bad in (100, 384, 0):
        with pytest.raises(ValueError, match="multiple of 64"):
            narrow_model(packaged_model_dir(), 2, bad, {"num_labels": 3})


def test_loss_learns_from_gold_and_teacher_and_survives_rows_without_gold():
    from medcode.training.train_deid_ner import student_loss

    torch.manual_seed(0)
    logits = torch.randn(2, 5, 4)
    labels = torch.tensor([[-100, 1, 0, 2, -100], [-100, 0, 0, 3, -100]])
    plain = student_loss(logits, labels, None)
    assert torch.isclose(plain, torch.nn.functional.cross_entropy(logits[labels != -100], labels[labels != -100]))
    # a teacher that agrees exactly adds nothing: half the gold loss remains
    assert torch.isclose(student_loss(logits, labels, logits.clone()), 0.5 * plain, atol=1e-5)
    # a teacher that disagrees costs more
    assert student_loss(logits, labels, -logits) > 0.5 * plain
    # unlabelled real-text rows (all -100): the teacher alone, a finite loss with a gradient
    logits.requires_grad_(True)
    loss = student_loss(logits, torch.full((2, 5), -100), -logits.detach())
    loss.backward()
    assert torch.isfinite(loss) and float(loss.detach()) > 0 and logits.grad is not None


def test_a_candidate_recognizer_is_loaded_from_its_own_folder(tmp_path):
    """`medcode eval deid --learned-model DIR` measures a candidate: the engine loads that folder,
    and a missing one is an error, never a silent fall-back to the shipped model."""
    cand = tmp_path / "candidate"
    shutil.copytree(MODEL_DIR, cand)
    note = "spoke with maria kowalczyk about the refill"
    shipped = Deidentifier(DeidConfig()).deidentify(note).text
    assert Deidentifier(DeidConfig(learned_model_dir=cand)).deidentify(note).text == shipped
    with pytest.raises(FileNotFoundError):
        Deidentifier(DeidConfig(learned_model_dir=tmp_path / "absent"))


def test_no_real_text_passages_when_none_are_asked_for():
    """`medcode train deid --teacher DIR --real-text 0` distils on the annotated rows only: no
    CodiEsp passage is read or tokenized (an empty batch used to crash the tokenizer)."""
    from medcode.training.train_deid_ner import real_text_rows

    class Refuses:
        def __call__(self, *a, **k):
            raise AssertionError("the tokenizer must not be called")

    assert real_text_rows(Refuses(), 0, seed=0) == []
