"""A note's codes and confidences depend on that note only: not on the other notes of its
request, nor on the requests coded at the same time, and they are the confidences the coder
gives in process (where training and `medcode eval codiesp --in-process` run).

The int8 encoder quantizes activations with one scale per batch, so before each note's
segments were run on their own rows, a note's confidences moved (by about 0.001-0.01) with
whatever it was batched beside (medcode.coding.encoder.OnnxEncoder.encode_note)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from medcode.client import CodingResult

pytestmark = pytest.mark.server


def _scores(result: CodingResult) -> list[tuple[str, str, float, bool]]:
    return [(c.system, c.code, c.score, c.accepted) for c in result.codes]


def test_a_notes_codes_do_not_depend_on_the_notes_coded_beside_it(client, example_notes):
    notes = list(example_notes.values())
    alone = [_scores(client.code([n])[0]) for n in notes]
    together = [_scores(r) for r in client.code(notes)]
    assert together == alone
    # concurrent requests: the encoder's batcher merges them, each still run on its own rows
    with ThreadPoolExecutor(4) as pool:
        concurrent = list(pool.map(lambda n: _scores(client.code([n])[0]), notes * 3))
    assert concurrent == alone * 3


def test_served_confidences_are_the_in_process_ones(client, example_notes):
    """The coder in process, on the note as `deid` serves it, embedded as `encode_note` runs it."""
    from medcode import paths
    from medcode.coding.coder import Coder
    from medcode.coding.encoder import OnnxEncoder
    from medcode.text.segment import split_sentences
    from medcode.training.served_text import served_texts

    coder = Coder.load(paths.build_dir() / "coder")
    enc = OnnxEncoder(paths.encoder_dir("int8"))
    note = example_notes["02_cough_no_pneumonia"]
    served = {(c.system, c.code): c.score for c in client.code([note])[0].codes}
    (text,) = served_texts([note])
    sents = split_sentences(text)
    ranked = coder.rank(text, sents, enc.encode_note([s.text(text) for s in sents]), top_k=50)
    in_process = {(r.system, r.code): round(float(r.score), 4) for r in ranked}  # served scores carry 4 decimals
    shared = served.keys() & in_process.keys()
    assert len(shared) >= min(len(served), 5)
    assert {k: served[k] for k in shared} == {k: in_process[k] for k in shared}
