"""Transport and identity, locked admin APIs: a real tritonserver with mutual TLS (certificates
made by `openssl` in the test's tmp dir) and an admin key.

- only clients presenting a certificate from the site CA connect; plaintext, no certificate
  and another CA's certificate are refused with a clear one-line error (sync, async, CLI);
- the HTTP API is off unless asked for, and then on loopback;
- model repository (unload/load), trace settings, system shared memory, logging and statistics
  are refused without the admin key and allowed with it; inference never needs it.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

import pytest
import tritonclient.grpc as grpcclient
from tritonclient.utils import InferenceServerException

from medcode.client import AsyncMedcodeClient, MedcodeClient, ServerUnavailableError, TlsConfigError
from medcode.client.tls import TlsFiles
from medcode.server.launcher import ServerConfig, TritonServer, admin_headers, free_port, server_command
from tests.conftest import require_repository
from tests.serving.certs import Pki, make_pki

pytestmark = pytest.mark.server
NOTE = "Patient with type 2 diabetes mellitus and essential hypertension."
ADMIN_KEY = "test-admin-key-0123456789abcdef"
# `medcode` as this interpreter runs it (medcode.cli has no __main__ block)
MEDCODE = [sys.executable, "-c", "import sys; from medcode.cli import main; sys.exit(main(sys.argv[1:]))"]


@pytest.fixture(scope="module")
def pki(tmp_path_factory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="module")
def mtls_server(pki, tmp_path_factory):
    d = tmp_path_factory.mktemp("mtls")
    cfg = ServerConfig(
        model_repository=require_repository(),
        grpc_port=free_port(),
        http_port=free_port(),
        metrics_port=free_port(),
        tls_cert=pki.server_cert,
        tls_key=pki.server_key,
        tls_ca=pki.ca,
        admin_key=ADMIN_KEY,
        probe_tls=TlsFiles(pki.ca, pki.client_cert, pki.client_key),
    )
    server = TritonServer(cfg, log_path=d / "tritonserver.log").start()
    yield server
    server.stop()


def _good(pki: Pki) -> dict:
    return {"tls_ca": pki.ca, "tls_cert": pki.client_cert, "tls_key": pki.client_key}


def _admin_client(server, pki: Pki) -> grpcclient.InferenceServerClient:
    return grpcclient.InferenceServerClient(
        server.cfg.grpc_url, **TlsFiles(pki.ca, pki.client_cert, pki.client_key).grpc_kwargs()
    )


def test_mutual_tls_client_codes_sync_and_async(mtls_server, pki):
    with MedcodeClient(mtls_server.cfg.grpc_url, timeout_s=120, **_good(pki)) as c:
        (res,) = c.code([NOTE], {"caller": "emr-prod", "user": "coder-17"})
    assert any(code.code.startswith("E11") for code in res.codes)

    async def run():
        async with AsyncMedcodeClient(mtls_server.cfg.grpc_url, timeout_s=120, **_good(pki)) as ac:
            return await ac.code([NOTE, NOTE])

    assert all(r.codes for r in asyncio.run(run()))


@pytest.mark.parametrize("who", ["plaintext", "no client certificate", "certificate from another CA"])
def test_refused_clients_get_a_clear_error(mtls_server, pki, who):
    kwargs = {
        "plaintext": {},
        "no client certificate": {"tls_ca": pki.ca},
        "certificate from another CA": {"tls_ca": pki.ca, "tls_cert": pki.other_cert, "tls_key": pki.other_key},
    }[who]
    with (
        MedcodeClient(mtls_server.cfg.grpc_url, timeout_s=20, retries=0, **kwargs) as c,
        pytest.raises(ServerUnavailableError, match="TLS") as info,
    ):
        c.code([NOTE])
    assert "\n" not in str(info.value)

    async def run():
        async with AsyncMedcodeClient(mtls_server.cfg.grpc_url, timeout_s=20, retries=0, **kwargs) as ac:
            await ac.code([NOTE])

    with pytest.raises(ServerUnavailableError, match="TLS"):
        asyncio.run(run())


def test_client_refuses_missing_or_half_given_files(pki, tmp_path):
    with pytest.raises(TlsConfigError, match="cannot read"):
        MedcodeClient("127.0.0.1:1", tls_ca=tmp_path / "nope.pem")
    with pytest.raises(TlsConfigError, match="both"):
        AsyncMedcodeClient("127.0.0.1:1", tls_ca=pki.ca, tls_cert=pki.client_cert)
    (tmp_path / "junk.pem").write_text("not a certificate")
    with pytest.raises(TlsConfigError, match="not a PEM"):
        MedcodeClient("127.0.0.1:1", tls_ca=tmp_path / "junk.pem")


def _medcode(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*MEDCODE, *args], capture_output=True, text=True, timeout=300)


def test_medcode_code_over_mutual_tls(mtls_server, pki, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text(NOTE)
    url = mtls_server.cfg.grpc_url
    tls = ["--tls-ca", str(pki.ca), "--tls-cert", str(pki.client_cert), "--tls-key", str(pki.client_key)]
    ok = _medcode("code", "--json", "--url", url, *tls, str(note))
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout.splitlines()[0])["codes"]

    bad = ["--tls-ca", str(pki.ca), "--tls-cert", str(pki.other_cert), "--tls-key", str(pki.other_key)]
    for args, rc in ((bad, 1), ([], 1), (["--tls-ca", str(tmp_path / "missing.pem")], 2)):
        r = _medcode("code", "--url", url, *args, str(note))
        assert r.returncode == rc, r.stderr
        assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr
        assert "TLS" in r.stderr


def test_http_is_off_by_default_and_loopback_when_asked(mtls_server, tmp_path):
    listening = subprocess.run(["ss", "-ltnH"], capture_output=True, text=True).stdout
    assert f":{mtls_server.cfg.http_port} " not in listening
    cmd, _ = server_command(mtls_server.cfg)
    assert "--allow-http=false" in cmd
    cfg = ServerConfig(model_repository=require_repository(), host="0.0.0.0", http=True, http_port=18000)
    cmd, _ = server_command(cfg)
    assert "--allow-http=true" in cmd and "--http-address=127.0.0.1" in cmd


def test_admin_apis_need_the_key(mtls_server, pki):
    from tritonclient.utils import shared_memory as shm

    admin = _admin_client(mtls_server, pki)
    key = admin_headers(ADMIN_KEY)
    wrong = admin_headers("not-the-admin-key-at-all")
    shm_key = f"/medcode_test_{free_port()}"
    region = shm.create_shared_memory_region("medcode_test", shm_key, 64)
    calls = {
        "unload": lambda h: admin.unload_model("deid", headers=h),
        "load": lambda h: admin.load_model("deid", headers=h),
        "trace setting": lambda h: admin.update_trace_settings(settings={"trace_rate": "1000"}, headers=h),
        "shared-memory registration": lambda h: admin.register_system_shared_memory(
            "medcode_test", shm_key, 64, headers=h
        ),
        "logging": lambda h: admin.update_log_settings({"log_verbose_level": 0}, headers=h),
        "statistics": lambda h: admin.get_inference_statistics(headers=h),
    }
    try:
        for name, call in calls.items():
            for headers in (None, wrong):
                with pytest.raises(InferenceServerException, match="restricted"):
                    call(headers)
            assert admin.is_model_ready("deid"), f"{name} without the key changed the server"
        for name in ("unload", "load", "trace setting", "shared-memory registration", "logging", "statistics"):
            calls[name](key)
            if name == "unload":
                assert not admin.is_model_ready("deid")
        assert admin.is_model_ready("deid")
        admin.unregister_system_shared_memory("medcode_test", headers=key)
    finally:
        shm.destroy_shared_memory_region(region)
        admin.close()
    with MedcodeClient(mtls_server.cfg.grpc_url, timeout_s=120, **_good(pki)) as c:
        assert c.code([NOTE])[0].codes  # inference needs no key, and deid is back


def test_admin_key_is_not_in_the_server_log(mtls_server):
    log = Path(mtls_server.log_path).read_text(errors="replace")
    assert ADMIN_KEY not in log


def test_serve_refuses_incomplete_tls_or_a_short_key(tmp_path, pki):
    short = tmp_path / "key"
    short.write_text("short")
    for args, fragment in (
        (["--tls-cert", str(pki.server_cert)], "both --tls-cert and --tls-key"),
        (["--tls-cert", str(tmp_path / "none.pem"), "--tls-key", str(pki.server_key)], "cannot read"),
        (["--tls-ca", str(pki.ca)], "needs --tls-cert"),
        (["--admin-key-file", str(short)], "at least 16"),
    ):
        r = _medcode("serve", "--grpc-port", str(free_port()), "--metrics-port", str(free_port()), *args)
        assert r.returncode == 1 and fragment in r.stderr, r.stderr
        assert "Traceback" not in r.stderr
