"""The stub watchdog's configuration: how many instances each model should have, how it gets
the model-control API (explicit mode with an admin key; a one-time key when none is configured),
and when it cannot connect (a TLS server without a client certificate for it). The reload
itself runs against the real server in tests/serving/test_stub_kill.py."""

from __future__ import annotations

import argparse
from pathlib import Path

from medcode.client.tls import TlsFiles
from medcode.commands.serve import add_server_args, config_from_args
from medcode.server.launcher import ServerConfig, server_command, watchdog_tls, with_watchdog_key
from medcode.server.watchdog import COOLDOWN_S, StubWatchdog, expected_instances

CONFIG = """name: "{name}"
backend: "{backend}"
max_batch_size: 8
instance_group [{{ count: {count} kind: KIND_CPU }}]
"""


def test_expected_instances_come_from_the_python_models_instance_groups(tmp_path):
    for name, backend, count in (("medcode", "python", 4), ("deid", "python", 1), ("other", "onnxruntime", 3)):
        (tmp_path / name).mkdir()
        (tmp_path / name / "config.pbtxt").write_text(CONFIG.format(name=name, backend=backend, count=count))
    assert expected_instances(tmp_path) == {"medcode": 4, "deid": 1}


def test_without_an_admin_key_the_watchdog_gets_a_one_time_key_and_explicit_control(monkeypatch):
    monkeypatch.setattr("medcode.server.launcher.find_triton", lambda: _FakeTriton())
    monkeypatch.setattr("medcode.server.launcher.prepare_backend_dir", lambda inst, d: d)
    plain = ServerConfig(model_repository=Path("repo"))
    assert with_watchdog_key(plain) is plain  # watchdog off: model control stays `none`
    assert "--model-control-mode=none" in server_command(plain)[0]
    a, b = (with_watchdog_key(ServerConfig(model_repository=Path("repo"), watchdog=True)) for _ in range(2))
    assert a.admin_key and b.admin_key and a.admin_key != b.admin_key and len(a.admin_key) >= 32
    cmd = server_command(a)[0]
    assert "--model-control-mode=explicit" in cmd
    assert any(c.startswith("--grpc-restricted-protocol=model-repository,") for c in cmd)
    given = ServerConfig(model_repository=Path("repo"), watchdog=True, admin_key="site-admin-key-0123456789")
    assert with_watchdog_key(given).admin_key == "site-admin-key-0123456789"


def test_a_tls_server_needs_a_client_certificate_for_the_watchdog():
    pem = Path("x.pem")
    plain = ServerConfig(watchdog=True)
    assert watchdog_tls(plain) == TlsFiles()
    mtls = ServerConfig(watchdog=True, tls_cert=pem, tls_key=pem, tls_ca=pem)
    assert watchdog_tls(mtls) is None
    assert watchdog_tls(ServerConfig(watchdog=True, tls_cert=pem, tls_key=pem, probe_tls=TlsFiles(ca=pem)))
    with_cert = TlsFiles(ca=pem, cert=pem, key=pem)
    assert watchdog_tls(ServerConfig(watchdog=True, tls_cert=pem, tls_key=pem, tls_ca=pem, probe_tls=with_cert))


def test_medcode_serve_turns_the_watchdog_on_unless_told_not_to():
    ap = argparse.ArgumentParser()
    add_server_args(ap)
    assert config_from_args(ap.parse_args([])).watchdog
    assert not config_from_args(ap.parse_args(["--no-watchdog"])).watchdog
    cfg = config_from_args(
        ap.parse_args(["--tls-ca", "ca.pem", "--watchdog-tls-cert", "c.pem", "--watchdog-tls-key", "k.pem"])
    )
    assert cfg.probe_tls == TlsFiles(Path("ca.pem"), Path("c.pem"), Path("k.pem"))


class _FakeTriton:
    """Where server_command finds the binary; nothing is started."""

    binary = Path("tritonserver")
    cache_dir = Path("caches")
    libs = Path("libs")


def test_a_model_short_of_stubs_twice_is_reloaded_and_the_replaced_set_no_longer_counts(tmp_path):
    (tmp_path / "medcode").mkdir()
    (tmp_path / "medcode" / "config.pbtxt").write_text(CONFIG.format(name="medcode", backend="python", count=4))
    dog = StubWatchdog(1, "127.0.0.1:1", tmp_path, {}, say=lambda _line: None)
    assert dog.due({"medcode": {1, 2, 3, 4}}, now=0) == {}
    assert dog.due({"medcode": {1, 2, 3}}, now=2) == {}  # once: could be a transient
    assert dog.due({"medcode": {1, 2, 3}}, now=4) == {"medcode": {1, 2, 3}}
    dog._last_reload["medcode"] = 4  # what _reload records
    dog.retired |= {1, 2, 3}  # Triton keeps the replaced set's survivors running
    assert dog.due({"medcode": {1, 2, 3, 5, 6, 7, 8}}, now=50) == {}
    # a stub of the new set dies: the old survivors must not hide it
    assert dog.due({"medcode": {1, 2, 3, 6, 7, 8}}, now=52) == {}
    assert dog.due({"medcode": {1, 2, 3, 6, 7, 8}}, now=54) == {"medcode": {6, 7, 8}}


def test_no_second_reload_within_the_cooldown(tmp_path):
    (tmp_path / "deid").mkdir()
    (tmp_path / "deid" / "config.pbtxt").write_text(CONFIG.format(name="deid", backend="python", count=1))
    dog = StubWatchdog(1, "127.0.0.1:1", tmp_path, {}, say=lambda _line: None)
    dog._last_reload["deid"] = 100.0
    assert dog.due({}, now=110) == {}
    assert dog.due({}, now=112) == {}  # short twice, but reloaded 12 s ago
    assert dog.due({}, now=100 + COOLDOWN_S) == {"deid": set()}
