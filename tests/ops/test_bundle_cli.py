"""`medcode bundle` refuses bad input with a clear message and a non-zero status."""

from medcode.bundle import main

from .probe_repo import make


def test_refuses_a_non_empty_output(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / "x").write_text("1")
    assert main(["--out", str(out), "--model-repository", str(tmp_path)]) == 1
    assert "not empty" in capsys.readouterr().err


def test_refuses_a_model_repository_that_fails_its_manifest(tmp_path, capsys, gpg_key):
    home, key = gpg_key
    repo = make(tmp_path / "repo", "r1")
    (repo / "medcode_probe/1/model.py").write_text("tampered\n")
    rc = main(
        [
            "--out",
            str(tmp_path / "b"),
            "--model-repository",
            str(repo),
            "--gnupg-home",
            str(home),
            "--key",
            key,
            "--apt-package",
            "gpgv",
            "--wheelhouse",
            "none",
            "--deb-cache",
            str(tmp_path / "debs"),
        ]
    )
    err = capsys.readouterr().err
    assert rc == 1, err
    assert "does not match its manifest" in err
    assert not (tmp_path / "b").exists()
