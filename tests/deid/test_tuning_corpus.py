"""The tuning seeds the learned recognizer trains on (tools/deid/tuning_corpus.py) never repeat a
family's committed, evaluated rows."""

import json

from medcode.paths import data_dir
from tools.deid import tuning_corpus


def test_tuning_rows_are_not_the_committed_rows(tmp_path):
    (path,) = tuning_corpus.write(tmp_path, frozenset({8}))
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == tuning_corpus.CLINICAL and all(r["phi"] for r in rows)
    committed = data_dir() / "deid" / "eval8_clinical.jsonl"
    judged = {json.loads(line)["text"] for line in committed.read_text(encoding="utf-8").splitlines()}
    assert not judged & {r["text"] for r in rows}


def test_every_corpus_file_is_named_once_and_judges_stay_out():
    stems = [stem for *_, stem in tuning_corpus.CORPUS]
    assert len(stems) == len(set(stems))
    assert 9 not in {k for k, *_ in tuning_corpus.CORPUS}  # the ninth family judges the recognizer
    assert 28 not in tuning_corpus.DEFAULT_FAMILIES  # a family joins the corpus only when named
