"""The one CLI: routing, usage errors, and `medcode bench` finding the checkout's benchmarks."""

from __future__ import annotations

from medcode.cli import main


def test_help_lists_every_command(capsys):
    from medcode.cli import COMMANDS

    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert all(f"medcode {c}" in out for c in COMMANDS)


def test_unknown_command_is_a_usage_error(capsys):
    assert main(["frobnicate"]) == 2
    assert "unknown command" in capsys.readouterr().err


def test_eval_needs_a_known_evaluation(capsys):
    assert main(["eval"]) == 2
    assert main(["eval", "nothing"]) == 2
    assert "codiesp" in capsys.readouterr().err


def test_bench_lists_the_benchmarks_of_the_checkout(capsys):
    assert main(["bench", "--list"]) == 0
    names = capsys.readouterr().out.split()
    assert {"benchmark", "layer_study", "padding_probe", "gpu_standin.bench"} <= set(names)


def test_bench_refuses_an_unknown_benchmark(capsys):
    assert main(["bench", "no_such_bench"]) == 2
    assert "unknown benchmark" in capsys.readouterr().err


def test_bench_hands_tls_files_to_the_benchmark_and_refuses_bad_ones(capsys, monkeypatch, tmp_path):
    import os

    import medcode.commands.bench as bench_cmd

    seen: dict = {}

    def fake_call(argv, cwd):  # the benchmark process itself is not what is tested here
        seen["argv"], seen["ca"] = argv, os.environ.get("MEDCODE_TLS_CA")
        return 0

    for var in ("MEDCODE_TLS_CA", "MEDCODE_TLS_CERT", "MEDCODE_TLS_KEY"):
        monkeypatch.setenv(var, "")  # blank is off; the test's end restores what was there before
    monkeypatch.setattr(bench_cmd.subprocess, "call", fake_call)
    ca = tmp_path / "ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    assert main(["bench", "overload", "--url", "127.0.0.1:8001", "--tls-ca", str(ca), "--seconds", "5"]) == 0
    assert seen["argv"][-4:] == ["--url", "127.0.0.1:8001", "--seconds", "5"]
    assert seen["ca"] == str(ca.resolve())
    monkeypatch.setenv("MEDCODE_TLS_CA", "")
    assert main(["bench", "overload", "--tls-ca", str(tmp_path / "missing.pem")]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert main(["bench", "overload", "--tls-cert", str(ca)]) == 2
    assert "both --tls-cert and --tls-key" in capsys.readouterr().err
