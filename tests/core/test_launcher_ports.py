"""The launcher's port check: a port in use is refused with a clear error, but a port that only
holds TIME_WAIT leftovers of a stopped server (a restart) is free, as it is for Triton."""

import socket

from medcode.server.launcher import BACKENDS_ENV, ServerConfig, port_is_free, server_command


def test_listening_port_is_not_free():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        assert not port_is_free("127.0.0.1", s.getsockname()[1])


def test_port_with_only_time_wait_connections_is_free():
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", 0))
    srv.listen()
    port = srv.getsockname()[1]
    cli = socket.create_connection(("127.0.0.1", port))
    conn, _ = srv.accept()
    conn.close()  # the server side closes first: its end of the connection enters TIME_WAIT
    cli.close()
    srv.close()
    with socket.socket() as plain:  # without SO_REUSEADDR the bind is refused: TIME_WAIT is real
        try:
            plain.bind(("127.0.0.1", port))
            time_wait_blocks = False
        except OSError:
            time_wait_blocks = True
    assert time_wait_blocks
    assert port_is_free("127.0.0.1", port)


def test_backend_folder_can_be_named_by_the_site(tmp_path, monkeypatch):
    """An installed medcode has no build/ folder: MEDCODE_TRITON_BACKENDS names where the
    Python backend is assembled."""
    monkeypatch.setenv(BACKENDS_ENV, str(tmp_path / "backends"))
    cmd, _ = server_command(ServerConfig())
    assert f"--backend-directory={tmp_path / 'backends'}" in cmd
    assert (tmp_path / "backends" / "python" / "libtriton_python.so").is_file()
