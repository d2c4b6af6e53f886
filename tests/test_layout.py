"""The repository's own promises: a clone is self-contained, the data is what its READMEs say,
and the architecture page names every package a newcomer will meet."""

from __future__ import annotations

import hashlib
import re

import pytest

from medcode import paths

ROOT = paths.REPO_ROOT
VENDORED = ("codiesp", "icd10cm_index_fy2025", "icd10cm_fy2025", "hcpcs_2025_oct", "presidio_synth")
SOURCE_DIRS = ("medcode", "bench", "tools", "tests")


def _python_sources():
    for d in SOURCE_DIRS:
        yield from (ROOT / d).rglob("*.py")


@pytest.mark.parametrize("name", VENDORED)
def test_vendored_data_matches_its_checksums(name):
    folder = paths.data_dir() / name
    lines = (folder / "SHA256SUMS").read_text().splitlines()
    assert lines, f"{folder}/SHA256SUMS is empty"
    listed = set()
    for line in lines:
        digest, rel = line.split(maxsplit=1)
        listed.add(rel)
        assert hashlib.sha256((folder / rel).read_bytes()).hexdigest() == digest, rel
    on_disk = {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}
    assert on_disk - listed == {"SHA256SUMS", "README.md"}


@pytest.mark.parametrize("name", VENDORED)
def test_vendored_data_names_its_licence(name):
    readme = (paths.data_dir() / name / "README.md").read_text()
    assert re.search(r"licen[cs]e", readme, re.I) and "SHA256SUMS" in readme


def test_nothing_reads_outside_the_repository():
    offenders = [
        str(p.relative_to(ROOT))
        for p in _python_sources()
        if p.name != "test_layout.py" and re.search(r"\.\./shared|/work/shared|parents\[2\]\.parent", p.read_text())
    ]
    assert offenders == []


def test_no_sys_path_hacks():
    offenders = [
        str(p.relative_to(ROOT))
        for p in _python_sources()
        if p.name != "test_layout.py" and "sys.path.insert" in p.read_text()
    ]
    assert offenders == []


def test_package_modules_are_not_scripts():
    """Every user-facing command is a `medcode` subcommand; only the Locust child process (run by
    `medcode loadtest`, never by a person) has a `__main__` entry point inside the package."""
    scripts = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "medcode").rglob("*.py")
        if re.search(r'^if __name__ == "__main__":', p.read_text(), re.M)
    ]
    assert scripts == ["medcode/loadtest/locust_run.py"]


def test_every_command_module_is_routed():
    from medcode.cli import COMMANDS, module_of

    modules = {p.stem for p in (ROOT / "medcode" / "commands").glob("*.py") if p.stem != "__init__"}
    assert {module_of(c).rsplit(".", 1)[1] for c in COMMANDS} == modules


def test_architecture_page_names_every_package():
    page = (ROOT / "docs" / "architecture.md").read_text()
    packages = sorted(
        str(p.parent.relative_to(ROOT)) for p in (ROOT / "medcode").rglob("__init__.py") if "__pycache__" not in str(p)
    )
    missing = [pkg for pkg in packages if f"`{pkg}/`" not in page]
    assert missing == [], f"docs/architecture.md does not name: {missing}"


def test_the_served_pipeline_does_not_load_training_code():
    """What the Triton models import never pulls in `medcode.training` (a serving host runs
    without it), checked in a fresh interpreter."""
    import subprocess
    import sys

    probe = (
        "import sys, medcode.server.pipeline_loader, medcode.pipeline, medcode.deid, medcode.coding.encoder;"
        "print(sorted(m for m in sys.modules if m.startswith(('medcode.training', 'medcode.export', 'bench'))))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
