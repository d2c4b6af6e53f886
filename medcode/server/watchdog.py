"""Bring back a model whose Python-backend stub died.

Triton 2.51 does not restart a killed or crashed stub: the instance stays in the scheduler and
every request routed to it fails with `Stub process '<instance>' is not healthy` until the model
is reloaded (measured; docs/security.md). The watchdog counts each model's live stub processes
(children of `tritonserver`, read from /proc), and when a model has fewer than its configuration
asks for, on two checks in a row, reloads it through the model-control API with the admin key.

A `load` of an unchanged model is a no-op in Triton (it sees no change on disk; sending the same
configuration back as an override is one too: measured), so the reload sends the model's own
configuration with one added parameter, `medcode_watchdog_reload` (a timestamp the models do not
read): the configuration differs, and Triton loads a fresh set of instances and swaps them in
once ready, the surviving old instances serving meanwhile. This needs explicit model control
and the admin key, which the launcher arranges (launcher.py). After a reload a model is left
alone for COOLDOWN_S, so a model whose stubs keep dying is not reloaded in a tight loop.
Triton 2.51 never unloads the replaced set (its surviving stubs stay, idle, until the server
stops: measured), so those stubs are retired: not counted as the model's instances again, or
a later death in the new set would go unnoticed.
"""

from __future__ import annotations

import json
import re
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from google.protobuf import text_format
from tritonclient.grpc import model_config_pb2

from medcode.client.tls import TlsFiles

STUB_BINARY = b"triton_python_backend_stub"
CHECK_EVERY_S = 2.0
COOLDOWN_S = 30.0
RELOAD_PARAMETER = "medcode_watchdog_reload"


def expected_instances(model_repository: Path) -> dict[str, int]:
    """Instances each Python-backend model of the repository runs (its instance groups' counts)."""
    out: dict[str, int] = {}
    for cfg_path in sorted(Path(model_repository).glob("*/config.pbtxt")):
        cfg = text_format.Parse(cfg_path.read_text(encoding="utf-8"), model_config_pb2.ModelConfig())
        if cfg.backend != "python":
            continue
        out[cfg.name or cfg_path.parent.name] = sum(g.count or 1 for g in cfg.instance_group) or 1
    return out


def live_stubs(server_pid: int) -> dict[str, set[int]]:
    """pids of the live instance stubs of `server_pid`, per model. A stub's command line holds its
    model file (`<repo>/<model>/<version>/model.py`) and its instance name
    (`<model>_<group>_<index>`); stubs named after the bare model (Triton's load-time helpers)
    are not instances."""
    stubs: dict[str, set[int]] = defaultdict(set)
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            args = (d / "cmdline").read_bytes().split(b"\0")
            ppid = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue  # gone meanwhile, or a zombie (empty cmdline): not live
        if ppid != server_pid or not args[0].endswith(STUB_BINARY) or len(args) < 2:
            continue
        model = Path(args[1].decode(errors="replace")).parent.parent.name
        pattern = re.compile(rf"^{re.escape(model)}_\d+_\d+$")
        if any(pattern.match(a.decode(errors="replace")) for a in args[2:]):
            stubs[model].add(int(d.name))
    return stubs


class StubWatchdog(threading.Thread):
    """Reload a model whose stubs are fewer than configured. Runs until `stop()` or the server
    process is gone; waits for the server to be ready first."""

    def __init__(
        self,
        server_pid: int,
        grpc_url: str,
        model_repository: Path,
        admin_headers: dict[str, str],
        tls: TlsFiles | None = None,
        check_every_s: float = CHECK_EVERY_S,
        say: Callable[[str], None] | None = None,
    ):
        super().__init__(name="medcode-stub-watchdog", daemon=True)
        self.server_pid, self.grpc_url, self.admin = server_pid, grpc_url, admin_headers
        self.expected = expected_instances(model_repository)
        self.tls = tls or TlsFiles()
        self.check_every_s = check_every_s
        self.say = say or (lambda line: print(f"medcode serve: {line}", file=sys.stderr, flush=True))
        self.reloads: list[tuple[str, float, float]] = []  # (model, seconds to reload, monotonic end)
        self._last_reload: dict[str, float] = {}
        # Stubs of a set that a reload replaced: Triton 2.51 keeps the survivors running (idle),
        # so they are not counted as the model's instances any more.
        self.retired: set[int] = set()
        self._short_before: set[str] = set()
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    def _server_alive(self) -> bool:
        return Path(f"/proc/{self.server_pid}").exists()

    def run(self) -> None:
        import tritonclient.grpc as grpcclient

        # gRPC's reconnect backoff grows to 120 s while the server is still loading its models,
        # which once kept the watchdog from starting for a minute after the server was ready.
        client = grpcclient.InferenceServerClient(
            self.grpc_url, channel_args=[("grpc.max_reconnect_backoff_ms", 2000)], **self.tls.grpc_kwargs()
        )
        try:
            while not self._stop.is_set() and self._server_alive():
                try:
                    if client.is_server_ready():
                        break
                except Exception:  # not listening yet
                    pass
                self._stop.wait(self.check_every_s)
            while not self._stop.wait(self.check_every_s) and self._server_alive():
                for model, current in self.due(live_stubs(self.server_pid), time.monotonic()).items():
                    if self._reload(client, model, len(current)):
                        self.retired |= current
        finally:
            client.close()

    def due(self, stubs: dict[str, set[int]], now: float) -> dict[str, set[int]]:
        """Models to reload now, with their current (not retired) stubs: short of instances on
        this check and the one before (not a transient), and not reloaded within COOLDOWN_S."""
        live = {m: stubs.get(m, set()) - self.retired for m in self.expected}
        short = {m for m, n in self.expected.items() if len(live[m]) < n}
        due = {
            m: live[m]
            for m in sorted(short & self._short_before)
            if now - self._last_reload.get(m, -COOLDOWN_S) >= COOLDOWN_S
        }
        self._short_before = short - set(due)
        return due

    def _reload(self, client, model: str, live: int) -> bool:
        """Reload `model` (blocks until Triton has loaded the new set); whether it worked."""
        from tritonclient.utils import InferenceServerException

        self.say(
            f"watchdog: {self.expected[model] - live} of {self.expected[model]} '{model}' instances died; reloading"
        )
        t0 = time.monotonic()
        self._last_reload[model] = t0
        try:
            config = client.get_model_config(model, as_json=True, headers=self.admin)["config"]
            config.setdefault("parameters", {})[RELOAD_PARAMETER] = {"string_value": str(time.time_ns())}
            client.load_model(model, config=json.dumps(config), headers=self.admin)
        except InferenceServerException as exc:
            self.say(f"watchdog: reloading '{model}' failed: {(exc.message() or str(exc)).splitlines()[0][:200]}")
            return False
        took = time.monotonic() - t0
        self.reloads.append((model, took, time.monotonic()))
        self.say(f"watchdog: '{model}' reloaded in {took:.1f} s")
        return True
