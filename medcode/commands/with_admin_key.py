"""`medcode with-admin-key --key-file F -- COMMAND [ARGS...]`: run a `tritonserver` command line
with the admin key read from a file at start.

Triton takes the admin key only on its command line (`--grpc-restricted-protocol=...:KEY`). The
production unit that runs `tritonserver` directly, or `docker run ... IMAGE tritonserver ...`
for the GPU container, therefore names this command and the key *file* (0440 root:service
group, made on the host once): the key itself is never written into a unit, a service
definition or any other configuration file. This command reads the key, appends the flags
`medcode serve` uses for it (explicit model control, every model loaded at start, the
management APIs restricted: medcode.server.launcher.admin_key_args) to COMMAND, whose last
arguments must be tritonserver's, and replaces itself with COMMAND (same process id, so a
pidfile or systemd still tracks the server).

Exit 2 with one line, naming neither the key nor its content, when the key file cannot be read
or holds no valid key, or when COMMAND is missing or cannot be run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from medcode.commands.serve import read_admin_key
from medcode.server.launcher import ServerError, admin_key_args


def command_line(key_file: Path, command: list[str], http: bool = False) -> list[str]:
    """COMMAND with the admin-key flags appended (they belong to tritonserver, which comes last)."""
    key = read_admin_key(key_file)
    if not key:
        raise ServerError(f"the admin key file {key_file} is empty")
    return [*command, *admin_key_args(key, http=http)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="medcode with-admin-key",
        description="Run a tritonserver command line with the admin key read from a file at start.",
    )
    ap.add_argument(
        "--key-file", type=Path, required=True, help="the admin key (one line; e.g. /etc/medcode/admin.key)"
    )
    ap.add_argument("--http", action="store_true", help="also restrict the HTTP API (when tritonserver serves it)")
    ap.add_argument(
        "command", nargs=argparse.REMAINDER, help="-- then tritonserver (or docker run ... tritonserver) ARGS"
    )
    a = ap.parse_args(argv)
    command = a.command[1:] if a.command[:1] == ["--"] else a.command
    if not command:
        print("medcode with-admin-key: no command given (… -- tritonserver ARGS)", file=sys.stderr)
        return 2
    try:
        argv_out = command_line(a.key_file, command, http=a.http)
    except ServerError as exc:
        print(f"medcode with-admin-key: {exc}", file=sys.stderr)
        return 2
    program = shutil.which(argv_out[0])
    if program is None:
        print(f"medcode with-admin-key: cannot run {argv_out[0]} (not found or not executable)", file=sys.stderr)
        return 2
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        os.execv(program, argv_out)
    except OSError as exc:
        print(
            f"medcode with-admin-key: cannot run {argv_out[0]} ({exc.strerror or type(exc).__name__})", file=sys.stderr
        )
        return 2
    return 0  # not reached: execv replaced this process
