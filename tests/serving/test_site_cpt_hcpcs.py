"""CPT and HCPCS Level II end to end: a site trains the coder on its coded notes (`medcode train
--site-notes`) and the served `medcode` model ranks, scores, checks and returns those codes.

Everything site-specific is INVENTED (tests/site_data.py): the CPT code book's descriptors and
the coded notes; no AMA text. The coder is trained here, in this test's folder, on 40 invented
notes (about 30 s), exported into a repository of its own beside the shared one, and served by
a real tritonserver whose `MEDCODE_CPT_FILE` names the site's serving code book, from which one
code the coder learned (0995T) has been retired.
"""

from __future__ import annotations

import os

import pytest

from medcode import paths
from medcode.client import InvalidInputError, MedcodeClient
from medcode.codesets import validity
from medcode.server.launcher import ServerConfig, TritonServer, free_port
from tests.site_data import CPT_BOOK, RETIRED_CPT, site_notes, write_cpt_book, write_site_notes

SEPTUM_NOTE = (
    "Patient Wilhelmina Osterberg seen on 14/03/2025 in the clinic. "
    "Cryo-balloon smoothing of the nasal septum was carried out under local anaesthesia. "
    "Dexamethasone sodium phosphate 4 mg was injected for the swelling. She went home the same day."
)
STONE_NOTE = (
    "Patient Tobias Klingenberg seen on 02/05/2025. The salivary stone was broken up by sonic "
    "fragmentation. He was fitted with a pair of forearm crutches after the fall."
)


@pytest.fixture(scope="module")
def site_server(tmp_path_factory):
    """A server on a repository whose coder was trained on the invented site's notes."""
    import sklearn.ensemble  # noqa: F401  (loads the OpenMP runtime, so the one-thread limit below covers it)
    from threadpoolctl import threadpool_limits

    from medcode.export.repository import assemble
    from medcode.training.site_notes import load_site_notes
    from medcode.training.train_coder import train

    encoder = paths.encoder_dir("int8")
    if not (encoder / "model.onnx").exists():
        pytest.fail(f"no int8 encoder at {encoder}: run `make repo` (or `medcode export --profile cpu`) first")
    tmp = tmp_path_factory.mktemp("site")
    saved = os.environ.get("MEDCODE_CPT_FILE")
    try:
        # training: the site's full book; serving: the book with RETIRED_CPT removed
        os.environ["MEDCODE_CPT_FILE"] = str(write_cpt_book(tmp / "cpt-training.csv"))
        validity.clear_caches()
        notes = load_site_notes(write_site_notes(tmp / "site-notes.jsonl", site_notes()))
        with threadpool_limits(1):
            train(None, [], tmp / "coder", encoder_dir=encoder, site_notes=notes)
        os.environ["MEDCODE_CPT_FILE"] = str(write_cpt_book(tmp / "cpt-serving.csv", retired=(RETIRED_CPT,)))
        validity.clear_caches()
        repo = assemble("cpu", tmp / "repository", encoder, tmp / "coder")
        cfg = ServerConfig(
            model_repository=repo, grpc_port=free_port(), http_port=free_port(), metrics_port=free_port()
        )
        server = TritonServer(cfg, log_path=tmp / "tritonserver.log").start()  # inherits MEDCODE_CPT_FILE
        try:
            with MedcodeClient(cfg.grpc_url, timeout_s=120) as client:
                yield client, tmp
        finally:
            server.stop()
    finally:
        if saved is None:
            os.environ.pop("MEDCODE_CPT_FILE", None)
        else:
            os.environ["MEDCODE_CPT_FILE"] = saved
        validity.clear_caches()


def test_cpt_and_hcpcs_are_ranked_scored_checked_and_served(site_server):
    client, tmp = site_server
    septum, stone = client.code([SEPTUM_NOTE, STONE_NOTE])
    for res in (septum, stone):
        assert {c.system for c in res.codes} == {"CPT", "HCPCS"}  # what this coder ranks, by default
        assert res.code_set_versions["CPT"] == "site file cpt-serving.csv"
        assert res.code_set_versions["HCPCS"].startswith("HCPCS 2025 October")
        for c in res.codes:
            assert 0.0 <= c.score <= 1.0
            assert c.accepted == (c.score >= res.raw["threshold"] and not c.failed_checks)
        assert "Osterberg" not in str(res.raw) and "Klingenberg" not in str(res.raw)  # coded de-identified

    cpt = septum.by_system("CPT")
    assert cpt[0].code == "0991T", [c.code for c in cpt]
    assert cpt[0].title == CPT_BOOK["0991T"][0]  # the site's descriptor, read from its book when served
    assert cpt[0].failed_checks == () and cpt[0].billable
    assert cpt[0].score > max(c.score for c in cpt[1:])
    (span,) = cpt[0].evidence  # the supporting sentence, in the original note's offsets
    assert "Cryo-balloon smoothing" in SEPTUM_NOTE[span.start : span.end]
    hcpcs = septum.by_system("HCPCS")
    assert hcpcs[0].code == "J1100", [c.code for c in hcpcs]
    assert hcpcs[0].title == "Injection, dexamethasone sodium phosphate, 1 mg"
    assert not hcpcs[0].failed_checks and hcpcs[0].billable

    # The coder learned 0995T, but the serving book has retired it: ranked, checked, never accepted.
    top = stone.by_system("CPT")[0]
    assert top.code == RETIRED_CPT, [c.code for c in stone.by_system("CPT")]
    assert "valid_code" in top.failed_checks and not top.accepted and not top.billable
    assert stone.by_system("HCPCS")[0].code == "E0110"


def test_code_systems_filter_and_refusals_follow_the_loaded_coder(site_server):
    client, _ = site_server
    (only_cpt,) = client.code([SEPTUM_NOTE], {"code_systems": ["CPT"], "top_k": 3})
    assert [c.system for c in only_cpt.codes] == ["CPT"] * 3
    # this coder was trained on CPT and HCPCS only: ICD-10 requests are refused, clearly
    with pytest.raises(InvalidInputError, match="ICD-10-CM codes are not ranked by this model") as info:
        client.code([SEPTUM_NOTE], {"code_systems": ["ICD-10-CM"]})
    assert "it ranks HCPCS, CPT" in str(info.value)
    secret = "Wilhelmina-system"
    with pytest.raises(InvalidInputError, match="not a known code system; known: HCPCS, CPT") as info:
        client.code([SEPTUM_NOTE], {"code_systems": [secret]})
    assert secret not in str(info.value) and "Osterberg" not in str(info.value)
