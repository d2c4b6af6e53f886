"""Resident memory of the server: tritonserver plus its children (the Python-backend stubs,
one process per model instance, hold most of the memory), sampled on a background thread."""

from __future__ import annotations

import contextlib
import threading
import time

import psutil


def tree_rss(pid: int) -> int:
    """RSS in bytes of `pid` and all its descendants (processes that vanish are skipped)."""
    root = psutil.Process(pid)
    total = 0
    for p in [root, *root.children(recursive=True)]:
        with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
            total += p.memory_info().rss
    return total


def listening_pid(port: int) -> int | None:
    """The pid listening on a loopback TCP `port` (to find a server started elsewhere), or None."""
    try:
        conns = psutil.net_connections(kind="tcp")
    except psutil.AccessDenied:
        return None
    for c in conns:
        if c.status == psutil.CONN_LISTEN and c.laddr and c.laddr.port == port and c.pid:
            return c.pid
    return None


class MemorySampler:
    """`with MemorySampler(pid, every_s) as m: ...` then `m.samples` = [(seconds, rss_bytes)].

    Bounded: at most `max_samples` samples are kept (older ones are thinned by half)."""

    def __init__(self, pid: int, every_s: float = 2.0, max_samples: int = 10_000):
        self.pid, self.every_s, self.max_samples = pid, every_s, max_samples
        self.samples: list[tuple[float, int]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)
        self._t0 = 0.0

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.samples.append((time.monotonic() - self._t0, tree_rss(self.pid)))
            except psutil.NoSuchProcess:
                return
            if len(self.samples) > self.max_samples:
                self.samples = self.samples[::2]
            self._stop.wait(self.every_s)

    def __enter__(self) -> MemorySampler:
        self._t0 = time.monotonic()
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
