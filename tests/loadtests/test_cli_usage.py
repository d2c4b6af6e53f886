"""Usage errors exit 2 with a message, before any load is sent."""

from __future__ import annotations

import pytest

from medcode.commands import loadtest as cli


@pytest.mark.parametrize(
    "argv, fragment",
    [
        (["--shape", "day", "--url", "10.1.2.3:8001"], "loopback"),
        (["--shape", "day", "--url", "example.org:8001"], "loopback"),
        (["--shape", "day", "--url", "127.0.0.1"], "HOST:PORT"),
        (["--shape", "day", "--url", "127.0.0.1:1", "--compress", "60", "--minutes", "5"], "not both"),
        (["--shape", "peak", "--url", "127.0.0.1:1", "--steps", "1,x"], "comma-separated"),
        (["--shape", "peak", "--url", "127.0.0.1:1", "--steps", "1,1000"], "--steps"),
        (["--shape", "soak", "--url", "127.0.0.1:1", "--minutes", "0"], "positive"),
    ],
)
def test_bad_usage_exits_2(argv, fragment, tmp_path, capsys):
    assert cli.main([*argv, "--out", str(tmp_path)]) == 2
    assert fragment in capsys.readouterr().err


def test_no_server_at_the_url_is_a_clear_error(tmp_path, capsys):
    from medcode.server.launcher import free_port

    assert cli.main(["--shape", "day", "--url", f"127.0.0.1:{free_port()}", "--out", str(tmp_path)]) == 2
    assert "no ready medcode server" in capsys.readouterr().err


def test_loopback_forms_are_accepted():
    assert cli.loopback_url("127.0.0.1:8001") == ("127.0.0.1", 8001)
    assert cli.loopback_url("localhost:1") == ("localhost", 1)
    assert cli.loopback_url("[::1]:8001") == ("::1", 8001)
