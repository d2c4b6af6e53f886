"""Alert rules: promtool accepts them and their unit tests pass (needs promtool)."""

import subprocess

import pytest

from .conftest import ROOT, find_tool

PROMTOOL = find_tool("promtool")
pytestmark = pytest.mark.skipif(
    PROMTOOL is None, reason="promtool not installed: apt-get install prometheus, or run ops/test-ops.sh once"
)


def test_rules_are_valid():
    res = subprocess.run(
        [PROMTOOL, "check", "rules", str(ROOT / "ops/prometheus/rules/medcode.rules.yml")],
        capture_output=True,
        text=True,
    )
    assert res.returncode == 0, res.stdout + res.stderr


def test_rule_unit_tests_pass():
    res = subprocess.run(
        [PROMTOOL, "test", "rules", str(ROOT / "ops/prometheus/tests/medcode.rules.test.yml")],
        capture_output=True,
        text=True,
    )
    assert res.returncode == 0, res.stdout + res.stderr


def test_unit_tests_cover_every_alert():
    import yaml

    rules = yaml.safe_load((ROOT / "ops/prometheus/rules/medcode.rules.yml").read_text())
    alerts = {r["alert"] for g in rules["groups"] for r in g["rules"] if "alert" in r}
    tests = yaml.safe_load((ROOT / "ops/prometheus/tests/medcode.rules.test.yml").read_text())
    tested = {t["alertname"] for case in tests["tests"] for t in case.get("alert_rule_test", []) if t.get("exp_alerts")}
    assert alerts - tested == set(), "alerts without a firing unit test"
