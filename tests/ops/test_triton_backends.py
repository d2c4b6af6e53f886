"""The triton_server role and `medcode serve` agree on the backend folder: the role assembles it
root-owned and names it in MEDCODE_TRITON_BACKENDS (an installed medcode has no build/ folder and
the service user cannot create one), and it holds exactly what `medcode serve` would put there,
so the server finds everything in place and never needs to write."""

import re
from pathlib import Path

import pytest
import yaml

from .conftest import ROOT

ROLE = ROOT / "ops/ansible/roles/triton_server"


def _tasks(name: str) -> list[dict]:
    return yaml.safe_load((ROLE / "tasks" / name).read_text())


def test_medcode_launcher_gets_the_backend_folder_by_environment():
    from medcode.server.launcher import BACKENDS_ENV

    facts = next(t for t in _tasks("facts.yml") if "ansible.builtin.set_fact" in t)
    env_expr = facts["ansible.builtin.set_fact"]["triton_server_service_env"]
    m = re.search(r"\{'(\w+)': triton_server_home ~ '(/[^']+)'\} if triton_server_launcher == 'medcode'", env_expr)
    assert m, "facts.yml does not set the backend folder for the medcode launcher"
    assert m.group(1) == BACKENDS_ENV
    # The site's own environment is merged last, so it can still override the role's entries.
    assert env_expr.rstrip().endswith("| combine(triton_server_environment) }}")

    main = _tasks("main.yml")
    dirs = next(t for t in main if t["name"] == "Create the install directories")
    assert "{{ triton_server_home }}" + m.group(2) + "/python" in dirs["loop"]


def test_role_no_longer_links_into_the_venv_and_removes_the_old_link():
    main = _tasks("main.yml")
    assert not [t for t in main if (t.get("ansible.builtin.file") or {}).get("state") == "link"]
    removed = [
        t["ansible.builtin.file"]["path"]
        for t in main
        if (t.get("ansible.builtin.file") or {}).get("state") == "absent"
    ]
    assert "{{ triton_server_site }}/build/triton_backends" in removed
    # The old folder goes only when empty (a `build` package in the venv must survive).
    gone = next(t for t in main if t["name"] == "Remove the old build folder when it is empty")
    assert "triton_server_old_build_entries.matched == 0" in gone["when"]


def test_role_assembles_what_medcode_serve_would(tmp_path: Path):
    from medcode.server.triton_paths import TritonNotFound, find_triton, prepare_backend_dir

    try:
        inst = find_triton()
    except TritonNotFound as exc:
        pytest.skip(reason=f"the bundled tritonserver is not installed here: {exc}")
    prepare_backend_dir(inst, tmp_path)
    served = sorted(p.name for p in (tmp_path / "python").iterdir())
    copy = next(t for t in _tasks("main.yml") if t["name"] == "Assemble the Python backend directory")
    assert copy["ansible.builtin.copy"]["dest"].endswith("/backends/python/{{ item.src | basename }}")
    assembled = sorted(Path(i["src"]).name for i in copy["loop"])
    assert assembled == served
