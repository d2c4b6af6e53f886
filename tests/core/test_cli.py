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
