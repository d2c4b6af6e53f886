"""The public gRPC contract of the `medcode` and `deid` models, against the real server."""

from __future__ import annotations

import json

import numpy as np
import tritonclient.grpc as grpcclient

SYSTEMS = {"ICD-10-CM", "ICD-10-PCS", "HCPCS", "CPT"}
ASSERTIONS = {"present", "negated", "uncertain", "family", "history"}


def test_models_ready_with_contract_config(triton_server):
    c = grpcclient.InferenceServerClient(triton_server.grpc_url)
    for model in ("medcode", "deid", "encoder"):
        assert c.is_model_ready(model), model
    cfg = c.get_model_config("medcode", as_json=True)["config"]
    assert int(cfg["max_batch_size"]) >= 8
    inputs = {i["name"]: i for i in cfg["input"]}
    assert inputs["NOTE"]["data_type"] == "TYPE_STRING" and inputs["NOTE"]["dims"] == ["1"]
    assert inputs["OPTIONS"]["data_type"] == "TYPE_STRING" and inputs["OPTIONS"].get("optional") is True
    assert [o["name"] for o in cfg["output"]] == ["RESULT"]
    deid = c.get_model_config("deid", as_json=True)["config"]
    assert {o["name"] for o in deid["output"]} == {"DEID_TEXT", "PHI"}


def test_result_schema_and_offsets_point_into_original(client, example_notes):
    note = example_notes["01_diabetes_neuropathy"]
    (res,) = client.code([note], {"age": 68, "sex": "M"})
    raw = res.raw
    assert raw["schema_version"] and raw["model_version"] and raw["code_set_versions"]
    assert raw["phi_removed"]["count"] >= 3 and "NAME" in raw["phi_removed"]["types"]
    assert "Whitcombe" not in json.dumps(raw)  # the result never carries PHI text
    assert res.codes, "no codes returned"
    scores = [c.score for c in res.codes]
    assert scores == sorted(scores, reverse=True)
    for c in res.codes:
        assert c.system in SYSTEMS and 0.0 <= c.score <= 1.0 and c.assertion in ASSERTIONS
        assert isinstance(c.accepted, bool) and isinstance(c.billable, bool)
        for e in c.evidence:
            assert 0 <= e.start < e.end <= len(note)
    dm = [c for c in res.codes[:5] if c.code.startswith("E11.4")]
    assert dm, f"E11.4x not in top 5: {[c.code for c in res.codes[:5]]}"
    ev = dm[0].evidence[0]
    assert "neuropath" in note[ev.start : ev.end].lower() or "diabet" in note[ev.start : ev.end].lower()


def test_negated_finding_is_never_accepted(client, example_notes):
    (res,) = client.code([example_notes["02_cough_no_pneumonia"]])
    pneumonia = [c for c in res.codes if c.code.startswith(("J18", "J12", "J13", "J14", "J15", "J16"))]
    assert all(not c.accepted for c in pneumonia)
    assert all(c.assertion != "present" or c.score < 0.95 for c in pneumonia)


def test_one_request_carries_several_notes_in_order(client, example_notes):
    """Results come back one per note, in order. Scores may move by a few hundredths between a
    note coded alone and in a batch: int8 dynamic quantization scales activations per batch."""
    notes = list(example_notes.values())
    batch = client.code(notes)
    single = [client.code([n])[0] for n in notes]
    assert len(batch) == len(notes)
    for i, (b, s) in enumerate(zip(batch, single)):
        alone = {c.code: c.score for c in s.codes}
        assert {c.code for c in b.codes[:3]} <= set(list(alone)[:10]), i
        for c in b.codes[:5]:
            if c.code in alone:
                assert abs(c.score - alone[c.code]) <= 0.1, (i, c.code)
        for e in (e for c in b.codes for e in c.evidence):
            assert e.end <= len(notes[i])
    tops = [tuple(c.code for c in r.codes[:3]) for r in batch]
    assert len(set(tops)) == len(tops)  # three different notes, three different results


def test_options_filter_code_systems_and_top_k(client, example_notes):
    (res,) = client.code([example_notes["03_appendicitis_surgery"]], {"code_systems": ["ICD-10-PCS"], "top_k": 3})
    assert 0 < len(res.codes) <= 3
    assert {c.system for c in res.codes} == {"ICD-10-PCS"}


def test_deid_model_returns_placeholders_and_original_offsets(client, example_notes):
    note = example_notes["01_diabetes_neuropathy"]
    (out,) = client.deidentify([note])
    assert "Whitcombe" not in out.text and "00483920" not in out.text and "(617) 555-0142" not in out.text
    assert "[NAME]" in out.text and "type 2 diabetes mellitus" in out.text
    found = {note[p.start : p.end] for p in out.phi}
    assert any("Whitcombe" in f for f in found) and any("00483920" in f for f in found)


def test_raw_triton_call_returns_bytes_not_empty_tensors(triton_server, example_notes):
    """numpy 2 in the server env makes the Python backend return empty tensors silently."""
    c = grpcclient.InferenceServerClient(triton_server.grpc_url)
    arr = np.array([[example_notes["03_appendicitis_surgery"].encode()]], dtype=np.object_)
    inp = grpcclient.InferInput("NOTE", [1, 1], "BYTES")
    inp.set_data_from_numpy(arr)
    out = c.infer("medcode", [inp]).as_numpy("RESULT")
    assert out.shape == (1, 1) and len(out[0, 0]) > 100
    assert json.loads(out[0, 0])["codes"]
