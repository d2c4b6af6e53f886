"""No PHI in logs, metrics, traces, results or the audit trail: notes with known PHI go through
the whole pipeline with every log at its most verbose, and none of the PHI strings may appear
anywhere."""

from __future__ import annotations

import json
import logging

import requests
from prometheus_client import generate_latest

from medcode.client import InvalidInputError, MedcodeClient
from medcode.observability.trace_sink import TraceSink
from tests.conftest import start_server

PHI = {
    "name": "Bartholomew Quigley-Hargreaves",
    "mrn": "MRN 88412907",
    "phone": "(413) 555-0187",
    "email": "b.quigley@examplemail.org",
    "ssn": "123-45-6789",
    "street": "77 Larkspur Lane",
    "date": "03/14/2026",
}
NOTE = (
    f"Patient: {PHI['name']}   {PHI['mrn']}   DOB {PHI['date']}\n"
    f"Address: {PHI['street']}, Greenfield MA 01301. Phone {PHI['phone']}, e-mail {PHI['email']}, "
    f"SSN {PHI['ssn']}.\nMr. Quigley-Hargreaves, a 58-year-old man, has type 2 diabetes mellitus with "
    "diabetic chronic kidney disease and essential hypertension. No evidence of pneumonia."
)
NEEDLES = [PHI["name"], "Quigley", "88412907", "555-0187", "examplemail", "123-45-6789", "Larkspur", "03/14/2026"]


def _leaks(text: str) -> list[str]:
    return [n for n in NEEDLES if n in text]


def test_no_phi_anywhere_at_the_most_verbose_logging(tmp_path, caplog, capfd):
    caplog.set_level(logging.DEBUG)
    with TraceSink(tmp_path / "traces.jsonl") as sink:
        server = start_server(tmp_path, log_verbose=2, otel_url=sink.url, audit_dir=tmp_path / "audit")
        try:
            with MedcodeClient(server.cfg.grpc_url, timeout_s=120) as c:
                (res,) = c.code([NOTE], {"age": 58, "sex": "M"})
                (deid,) = c.deidentify([NOTE])
                try:  # an error path too: the message must not echo the note
                    c.code([NOTE], '{"sex": "unknown"}')
                except InvalidInputError as exc:
                    error_text = str(exc)
            metrics_page = requests.get(f"http://127.0.0.1:{server.cfg.metrics_port}/metrics", timeout=10).text
        finally:
            server.stop()
    server_log = (tmp_path / "tritonserver.log").read_text(errors="replace")
    assert len(server_log) > 1000, "verbose server log unexpectedly short"
    audit_files = [p for p in sorted((tmp_path / "audit").rglob("*")) if p.is_file()]
    audit_text = "\n".join(p.read_text(errors="replace") for p in audit_files)
    assert '"kind":"coding"' in audit_text, "no audit records: repository built before the audit adapter?"
    out, err = capfd.readouterr()
    places = {
        "RESULT": json.dumps(res.raw),
        "DEID_TEXT": deid.text,
        "server log": server_log,
        "client log": caplog.text + out + err,
        "Triton metrics": metrics_page,
        "client metrics": generate_latest().decode(),
        "traces": (tmp_path / "traces.jsonl").read_text() if (tmp_path / "traces.jsonl").exists() else "",
        "error message": error_text,
        "audit trail": audit_text,
    }
    leaks = {where: _leaks(text) for where, text in places.items() if _leaks(text)}
    assert not leaks, f"PHI found: {leaks}"
    assert res.raw["phi_removed"]["count"] >= 6
    assert any(c.code.startswith("E11") for c in res.codes)
