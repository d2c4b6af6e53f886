"""The other writers' training text (tools/deid/writers_corpus.py): its seeds are nobody else's
and no evaluation text reaches training."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tools.deid import writers_corpus

README = Path(__file__).resolve().parents[2] / "datasets" / "deid" / "README.md"


def test_training_seeds_are_used_by_no_committed_set_or_tuning_round():
    """Every seed the dataset README names (committed sets and the seeds set aside for tuning)
    differs from every training seed, in both rounds."""
    # "--seed 1701", and the pair a tuning note names: "--seed 1601` / `1602`"
    pairs = re.findall(r"--seed[ `]+(\d+)`?(?: / `(\d+)`)?", README.read_text(encoding="utf-8"))
    named = {int(s) for pair in pairs for s in pair if s}
    assert len(named) > 20, "the README's seeds were not found"
    training = {
        writers_corpus.training_seed(w, f, r)
        for w in writers_corpus.WRITERS
        for f in writers_corpus.FAMILIES
        for r in (1, 2)
    }
    assert len(training) == 2 * 2 * len(writers_corpus.WRITERS)
    assert not training & named


def test_rows_already_in_a_committed_set_are_dropped(tmp_path):
    """A row whose text is in a committed set is left out; the other rows are kept as generated."""
    first = writers_corpus.generate(3, "messages", 1, tmp_path)
    committed = tmp_path / "committed"
    committed.mkdir()
    (committed / "set.jsonl").write_text(json.dumps(first[0]) + "\n" + json.dumps(first[5]) + "\n")
    out = tmp_path / "out"
    paths = writers_corpus.write_corpus(out, committed=committed, writers=(3,))
    assert [p.name for p in paths] == ["writer3_clinical.jsonl", "writer3_messages.jsonl"]
    rows = [json.loads(line) for line in (out / "writer3_messages.jsonl").read_text().splitlines()]
    texts = {r["text"] for r in rows}
    assert first[0]["text"] not in texts and first[5]["text"] not in texts
    assert len(rows) == len(first) - 2
    assert rows[0] == first[1]


def test_no_training_text_is_a_committed_sets_text(tmp_path):
    """Against the real committed sets: nothing written is an evaluation row."""
    out = tmp_path / "out"
    writers_corpus.write_corpus(out, writers=(4,))
    committed = writers_corpus.committed_texts()
    for path in out.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert json.loads(line)["text"].strip() not in committed
