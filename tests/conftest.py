"""Shared fixtures: a real tritonserver (the nvidia-pytriton build) on free loopback ports,
serving the CPU model repository that `make test` builds first (`medcode export --profile cpu`).

Markers (pyproject.toml) split the fast loop (`make unit`) from the rest (`make integration`):
a test is marked here by what it needs, so a new test that asks for the server is never run
by `make unit` by mistake.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medcode import paths
from medcode.server.launcher import ServerConfig, TritonServer, free_port

DEFAULT_REPOSITORY = paths.model_repository("cpu")
EXAMPLES = paths.EXAMPLES
SERVER_FIXTURES = {"triton_server", "client"}
# Folders whose every test needs one of the slower things (see pyproject.toml markers).
FOLDER_MARKERS = {"serving": "server", "export": "repository", "gpu_standin": "repository", "ops": "ops"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        folder = item.path.parent.name
        if folder in FOLDER_MARKERS:
            item.add_marker(FOLDER_MARKERS[folder])
        if SERVER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker("server")


def require_repository() -> Path:
    if not (DEFAULT_REPOSITORY / "MANIFEST.json").exists():
        pytest.fail(
            f"no model repository at {DEFAULT_REPOSITORY}: run `make test` (it builds it) "
            "or `medcode export --profile cpu`"
        )
    return DEFAULT_REPOSITORY


def start_server(tmp_dir: Path, **overrides) -> TritonServer:
    cfg = ServerConfig(
        model_repository=require_repository(),
        grpc_port=free_port(),
        http_port=free_port(),
        metrics_port=free_port(),
        **overrides,
    )
    return TritonServer(cfg, log_path=tmp_dir / "tritonserver.log").start()


@pytest.fixture(scope="session")
def triton_server(tmp_path_factory):
    """One server for the whole session; tests must leave it running and healthy."""
    server = start_server(tmp_path_factory.mktemp("triton"))
    server.grpc_url = server.cfg.grpc_url
    server.metrics_url = f"http://{server.cfg.host}:{server.cfg.metrics_port}/metrics"
    yield server
    server.stop()


@pytest.fixture(scope="session")
def client(triton_server):
    from medcode.client import MedcodeClient

    with MedcodeClient(triton_server.grpc_url, timeout_s=120) as c:
        yield c


@pytest.fixture(scope="session")
def example_notes() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))}
