"""The checks the playbooks run before changing anything: signature, checksums, manifest."""

import json
import subprocess
import sys

import pytest

from medcode.bundle import digests, signing
from medcode.manifest import manifest_problems, write_manifest

from .conftest import ROOT

VERIFY_BUNDLE = ROOT / "ops/ansible/roles/bundle_verify/files/verify_bundle.py"
VERIFY_MANIFEST = ROOT / "ops/ansible/roles/medcode_models/files/verify_manifest.py"


@pytest.fixture()
def bundle(tmp_path, gpg_key):
    """A small signed bundle (no apt repository) and its exported public key."""
    home, key = gpg_key
    b = tmp_path / "bundle"
    (b / "models/v1/m/1").mkdir(parents=True)
    (b / "models/v1/m/1/model.py").write_text("x = 1\n")
    write_manifest(b / "models/v1", {"version": "v1"})
    (b / "bundle.json").write_text(json.dumps({"bundle_version": "t", "model_version": "v1"}))
    digests.write_sums(b)
    signing.detach_sign(home, key, b / digests.SUMS_NAME, b / digests.SIG_NAME)
    pub = signing.export_public(home, key, tmp_path / "key.gpg")
    return b, pub


def run(script, *args):
    return subprocess.run([sys.executable, str(script), *map(str, args)], capture_output=True, text=True)


def test_intact_bundle_is_accepted(bundle):
    b, pub = bundle
    res = run(VERIFY_BUNDLE, b, pub)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["model_version"] == "v1"


def test_changed_file_is_rejected(bundle):
    b, pub = bundle
    (b / "models/v1/m/1/model.py").write_text("x = 2\n")
    res = run(VERIFY_BUNDLE, b, pub)
    assert res.returncode == 1 and "checksum mismatch: models/v1/m/1/model.py" in res.stderr


def test_signature_by_another_key_is_rejected(bundle, tmp_path):
    b, pub = bundle
    other = tmp_path / "other"
    key = signing.generate_test_key(other)
    (b / digests.SIG_NAME).unlink()
    signing.detach_sign(other, key, b / digests.SUMS_NAME, b / digests.SIG_NAME)
    res = run(VERIFY_BUNDLE, b, pub)
    assert res.returncode == 1 and "bad signature" in res.stderr


def test_edited_sums_file_is_rejected(bundle):
    b, pub = bundle
    sums = b / digests.SUMS_NAME
    sums.write_text(sums.read_text().replace("bundle.json", "bundle.jsonx"))
    res = run(VERIFY_BUNDLE, b, pub)
    assert res.returncode == 1 and "bad signature" in res.stderr


def test_unlisted_file_is_rejected(bundle):
    b, pub = bundle
    (b / "models/v1/m/1/extra.py").write_text("evil\n")
    res = run(VERIFY_BUNDLE, b, pub)
    assert res.returncode == 1 and "not covered by SHA256SUMS" in res.stderr


def test_manifest_script_and_library_agree(tmp_path):
    repo = tmp_path / "repo"
    (repo / "a/1").mkdir(parents=True)
    (repo / "a/1/model.py").write_text("pass\n")
    (repo / "a/config.pbtxt").write_text('name: "a"\n')
    write_manifest(repo, {"version": "r9"})
    assert manifest_problems(repo) == []
    assert run(VERIFY_MANIFEST, repo).returncode == 0
    (repo / "a/config.pbtxt").write_text('name: "b"\n')
    (repo / "a/1/new.bin").write_bytes(b"\0")
    assert manifest_problems(repo) == ["sha256 mismatch: a/config.pbtxt", "not in the manifest: a/1/new.bin"]
    res = run(VERIFY_MANIFEST, repo)
    assert res.returncode != 0 and "REJECTED" in res.stderr


def test_manifest_list_form_is_read(tmp_path):
    (tmp_path / "f").write_text("1")
    (tmp_path / "MANIFEST.json").write_text(
        json.dumps({"files": [{"path": "f", "sha256": digests.sha256_file(tmp_path / "f")}]})
    )
    assert manifest_problems(tmp_path) == []
