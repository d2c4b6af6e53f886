"""`medcode bench [NAME] [options]`: run a benchmark or study from the checkout's `bench/` folder.

Benchmarks are not part of the installed package (the wheel ships what runs); they live in
`bench/` beside the source, so this command needs a checkout. Each runs as
`python -m bench.NAME` from the repository root, so the modules import one another normally.

  medcode bench                  the end-to-end benchmark (served vs in-process vs plain PyTorch)
  medcode bench --list           what else is there (layer study, padding probe, rank bench, ...)
  medcode bench NAME --help      one benchmark's options

`--tls-ca/--tls-cert/--tls-key` (anywhere after NAME) reach the benchmark's clients through the
MEDCODE_TLS_* environment (medcode.client.tls), for benchmarks that call a running server
(`--url`, e.g. `medcode bench overload --url HOST:PORT`).
"""

from __future__ import annotations

import re
import subprocess
import sys

from medcode import paths

DEFAULT = "benchmark"


def available() -> list[str]:
    """Every runnable module under bench/ (one with a `__main__` block), as a dotted name."""
    return sorted(
        ".".join(p.relative_to(paths.BENCH).with_suffix("").parts)
        for p in paths.BENCH.rglob("*.py")
        if re.search(r'^if __name__ == "__main__":', p.read_text(encoding="utf-8"), re.M)
    )


def main(argv: list[str]) -> int:
    if not paths.BENCH.is_dir():
        print(
            f"medcode bench: no bench/ folder at {paths.BENCH}: benchmarks run from a checkout of the "
            "medcode repository, not from an installed wheel",
            file=sys.stderr,
        )
        return 2
    if argv[:1] in (["-h"], ["--help"]):
        print(__doc__)
        return 0
    if argv[:1] == ["--list"]:
        print("\n".join(available()))
        return 0
    name, rest = (argv[0], argv[1:]) if argv and not argv[0].startswith("-") else (DEFAULT, argv)
    if name not in available():
        print(f"medcode bench: unknown benchmark {name!r}; one of: {', '.join(available())}", file=sys.stderr)
        return 2
    from medcode.client import MedcodeError
    from medcode.client.tls import split_tls_args

    try:
        tls, rest = split_tls_args(rest)
    except MedcodeError as exc:
        print(f"medcode bench: {exc}", file=sys.stderr)
        return 2
    tls.export_env()
    return subprocess.call([sys.executable, "-m", f"bench.{name}", *rest], cwd=paths.REPO_ROOT)
