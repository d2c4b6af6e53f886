"""Load tests (Locust: day, peak, soak shapes) and the performance benchmark for medcode.

`medcode loadtest ...` is `medcode_loadtests.cli.main`; `python -m medcode_loadtests.benchmark`
is the benchmark. Locust (and its gevent monkey-patching) only ever runs in a child process
(`medcode_loadtests.locust_run`), so importing this package never patches the caller.
"""
