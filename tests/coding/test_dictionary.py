"""Dictionary term matching: all content words within one sentence, any order."""

from medcode.coding.dictionary import TermDictionary


def _dic():
    return TermDictionary.build(
        [
            ("e11.42", "Diabetes type 2 with polyneuropathy", "index"),
            ("r52", "Pain", "index"),
            ("x99", "Old", "index"),  # generic single word: dropped
            ("j18.1", "Pneumonia lobar", "index"),
        ]
    )


def test_generic_single_words_are_not_terms():
    assert "x99" not in _dic().codes


def test_match_within_a_sentence_and_across_adjacent_sentences_only():
    d = _dic()
    hits = d.match(
        [
            "Polyneuropathy secondary to his type 2 diabetes.",
            "Diabetes type 2.",
            "polyneuropathy",
            "unrelated",
            "diabetes type 2",
        ]
    )
    same = {(d.codes[t], s) for t, s, _, _ in hits if t < d.n_terms}
    cross = {(d.codes[t], s) for t, s, _, _ in hits if t >= d.n_terms}
    assert ("e11.42", 0) in same
    assert not any(c == "e11.42" and s != 0 for c, s in same)
    assert ("e11.42", 2) in cross  # sentences 1 + 2 together
    assert not any(c == "e11.42" and s == 4 for c, s in cross)  # sentence 2 is not adjacent to 4


def test_plural_and_case_fold():
    d = _dic()
    hits = d.match(["LOBAR PNEUMONIAS of the left lung", "a 37-year-old man with pains"])
    codes = {(d.codes[t], s) for t, s, _, _ in hits if t < d.n_terms}
    assert ("j18.1", 0) in codes and ("r52", 1) in codes
    assert not any(c == "x99" for c, _ in codes)


def test_json_round_trip():
    d = _dic()
    d2 = TermDictionary.from_json(d.to_json())
    assert d2.match(["type 2 diabetes with polyneuropathy"]) == d.match(["type 2 diabetes with polyneuropathy"])


def test_matches_come_in_text_order_whatever_the_hash_seed():
    """Match order decides ties between equally reliable terms (evidence sentence, candidate
    order), so it must not follow set iteration order, which changes with PYTHONHASHSEED."""
    import os
    import subprocess
    import sys

    code = (
        "from medcode.coding.dictionary import TermDictionary\n"
        "d = TermDictionary.build([(c, t, 'index') for c, t in [('r52', 'Pain'), ('r50.9', 'Fever'),"
        " ('r05', 'Cough'), ('r11.0', 'Nausea'), ('r51', 'Headache'), ('r53.83', 'Fatigue'),"
        " ('m79.1', 'Myalgia'), ('r06.0', 'Dyspnea'), ('r42', 'Dizziness'), ('r10.9', 'Abdominal pain')]])\n"
        "print(d.match(['Fatigue, myalgia, fever, cough and nausea.', 'Headache, dyspnea, dizziness; abdominal pain.']))\n"
    )
    outs = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(6)
    }
    assert len(outs) == 1, outs
    d = TermDictionary.build([("r53.83", "Fatigue", "index"), ("r50.9", "Fever", "index")])
    assert [d.codes[t] for t, *_ in d.match(["Fatigue and fever."])] == ["r53.83", "r50.9"]
