"""Role conventions the production lint profile does not check: every default is declared in
meta/argument_specs.yml (so a typo in an inventory is caught), and every URL defaults to the bundle."""

import re
from pathlib import Path

import pytest
import yaml

from .conftest import ROOT

ROLES = sorted(p for p in (ROOT / "ops/ansible/roles").iterdir() if p.is_dir())


@pytest.mark.parametrize("role", ROLES, ids=lambda p: p.name)
def test_defaults_are_declared_and_prefixed(role: Path):
    defaults = yaml.safe_load((role / "defaults/main.yml").read_text()) or {}
    specs = yaml.safe_load((role / "meta/argument_specs.yml").read_text())["argument_specs"]
    declared = set(specs["main"]["options"])
    assert set(defaults) <= declared, f"undeclared defaults: {set(defaults) - declared}"
    assert all(v.startswith(role.name + "_") for v in declared)


def test_no_task_or_default_points_outside_the_bundle():
    """URLs in roles are loopback, file:// into the bundle, or variables the site sets."""
    for f in (ROOT / "ops/ansible/roles").rglob("*.y*ml"):
        for url in re.findall(r"\b(?:https?|ftp)://[^\s\"'{}]+", f.read_text()):
            assert re.match(r"https?://127\.0\.0\.1[:/]", url), f"{f}: {url}"
