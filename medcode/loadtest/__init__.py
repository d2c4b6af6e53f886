"""Load tests (Locust: day, peak, soak shapes) and the performance benchmark for medcode.

`medcode loadtest ...` is `medcode.commands.loadtest.main`; `medcode bench benchmark`
is the benchmark. Locust (and its gevent monkey-patching) only ever runs in a child process
(`medcode.loadtest.locust_run`), so importing this package never patches the caller.
"""
