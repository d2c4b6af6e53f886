"""Sample the served pipeline with py-spy (pinned: py-spy==0.4.3): one recorder per Python-backend
stub process (each Triton Python model instance is its own process), then summarise the
collapsed stacks into "where the CPU time goes" per model.

py-spy only reads the processes' memory (needs ptrace permission, e.g. root or
kernel.yama.ptrace_scope=0); it prints stacks, never variables, so no note text is recorded.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import psutil

# Inclusive buckets: a sample counts in the first bucket whose function appears in its stack.
BUCKETS = (
    ("deid (Presidio/spaCy)", re.compile(r"\bdeidentify\b|presidio|spacy")),
    ("tokenize", re.compile(r"encode_batch|Tokenizer\.__call__|\(tokenizers")),
    ("encoder (ORT run)", re.compile(r"\brun \(onnxruntime|InferenceSession\.run|session\.run")),
    ("coder.rank", re.compile(r"\brank \(.*coder\.py|score_system|note_input")),
    ("checks", re.compile(r"run_checks|checks/")),
    ("segment", re.compile(r"split_sentences")),
    ("BLS / tensors / json", re.compile(r"_bls|exec \(|json|as_numpy|InferenceResponse")),
)


def stub_processes(server_pid: int) -> dict[int, str]:
    """{pid: model name} for the Python-backend stubs under the server."""
    out = {}
    for p in psutil.Process(server_pid).children(recursive=True):
        try:
            cmd = " ".join(p.cmdline())
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        if "triton_python_backend_stub" in cmd:
            m = re.search(r"/([^/\s]+)/\d+/model\.py", cmd)
            out[p.pid] = m.group(1) if m else f"stub-{p.pid}"
    return out


def py_spy() -> str | None:
    exe = Path(sys.executable).parent / "py-spy"
    return str(exe) if exe.exists() else shutil.which("py-spy")


def start(server_pid: int, out_dir: Path, seconds: int, rate: int = 50) -> list[tuple[subprocess.Popen, Path, str]]:
    exe = py_spy()
    if exe is None:
        raise RuntimeError("py-spy is not installed (pip install py-spy==0.4.3)")
    procs = []
    for pid, model in stub_processes(server_pid).items():
        path = out_dir / f"pyspy-{model}-{pid}.txt"
        cmd = [
            exe,
            "record",
            "--pid",
            str(pid),
            "--duration",
            str(seconds),
            "--rate",
            str(rate),
            "--format",
            "raw",
            "--output",
            str(path),
            "--nonblocking",
        ]
        procs.append((subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE), path, model))
    return procs


def finish(procs, timeout_s: float = 60.0) -> dict:
    """Wait for the recorders; return per-model bucket shares and top self-time functions."""
    by_model: dict[str, Counter] = {}
    leaves: dict[str, Counter] = {}
    errors = []
    for proc, path, model in procs:
        try:
            _, err = proc.communicate(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
        if not path.exists():
            errors.append(f"{model}: {err.decode(errors='replace').strip()[-200:]}")
            continue
        b, l = by_model.setdefault(model, Counter()), leaves.setdefault(model, Counter())
        for stack, n in parse_collapsed(path.read_text()):
            b[bucket(stack)] += n
            b["_total"] += n
            l[stack.rsplit(";", 1)[-1]] += n
    out: dict[str, object] = {}
    for model, b in by_model.items():
        total = b.pop("_total", 0) or 1
        out[model] = {
            "samples": total,
            "buckets": {k: round(v / total, 3) for k, v in b.most_common()},
            "top_self": [(f, round(n / total, 3)) for f, n in leaves[model].most_common(8)],
        }
    if errors:
        out["_errors"] = errors
    return out


def parse_collapsed(text: str):
    for line in text.splitlines():
        stack, _, n = line.rpartition(" ")
        if stack and n.isdigit():
            yield stack, int(n)


def bucket(stack: str) -> str:
    for name, pat in BUCKETS:
        if pat.search(stack):
            return name
    return "other"
