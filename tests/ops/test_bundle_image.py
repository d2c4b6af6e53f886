"""The Triton release image in the bundle (TensorRT profiles): the site supplies the archive,
the builder copies it to images/, records its sha256 in bundle.json, and SHA256SUMS lists it, so
the target's verifier rejects a changed image. NVIDIA's image cannot be fetched here: a tiny
`docker save`-shaped archive stands in for it."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tarfile

import pytest

from medcode.bundle import digests, images, main, signing
from medcode.manifest import sha256_file, write_manifest

from .conftest import ROOT

VERIFY_BUNDLE = ROOT / "ops/ansible/roles/bundle_verify/files/verify_bundle.py"


def _archive(path, members):
    with tarfile.open(path, "w") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


@pytest.fixture()
def image_tar(tmp_path):
    """Stand-in for `docker save nvcr.io/nvidia/tritonserver:24.10-py3` (not available here)."""
    manifest = [{"Config": "c.json", "RepoTags": ["nvcr.io/nvidia/tritonserver:24.10-py3"], "Layers": ["l/layer.tar"]}]
    return _archive(
        tmp_path / "site-triton.tar",
        {"manifest.json": json.dumps(manifest).encode(), "c.json": b"{}", "l/layer.tar": b"layer"},
    )


def test_archive_name_is_the_path_the_role_loads():
    assert images.archive_name(images.DEFAULT_REFERENCE) == "tritonserver-24.10-py3.tar"
    defaults = (ROOT / "ops/ansible/roles/triton_server/defaults/main.yml").read_text()
    assert "{{ medcode_bundle_dir }}/images/tritonserver-24.10-py3.tar" in defaults
    assert f"triton_server_trt_image: {images.DEFAULT_REFERENCE}" in defaults


def test_image_is_listed_in_sha256sums_and_a_changed_image_is_rejected(tmp_path, image_tar, gpg_key):
    home, key = gpg_key
    b = tmp_path / "bundle"
    (b / "models/v1/m/1").mkdir(parents=True)
    (b / "models/v1/m/1/model.py").write_text("x = 1\n")
    write_manifest(b / "models/v1", {"version": "v1"})
    entry = images.add_container_image(b, image_tar)
    assert entry["file"] == "images/tritonserver-24.10-py3.tar" and entry["format"] == "docker"
    assert entry["sha256"] == sha256_file(image_tar)
    (b / "bundle.json").write_text(json.dumps({"bundle_version": "t", "model_version": "v1", "container_image": entry}))
    sums = digests.write_sums(b).read_text()
    assert f"{entry['sha256']}  images/tritonserver-24.10-py3.tar\n" in sums
    signing.detach_sign(home, key, b / digests.SUMS_NAME, b / digests.SIG_NAME)
    pub = signing.export_public(home, key, tmp_path / "key.gpg")
    verify = [sys.executable, str(VERIFY_BUNDLE), str(b), str(pub)]
    ok = subprocess.run(verify, capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    with open(b / entry["file"], "ab") as fh:
        fh.write(b"tampered")
    bad = subprocess.run(verify, capture_output=True, text=True)
    assert bad.returncode == 1 and "images/tritonserver-24.10-py3.tar" in bad.stderr


def test_oci_archives_are_accepted_and_other_files_refused(tmp_path):
    oci = _archive(tmp_path / "oci.tar", {"oci-layout": b"{}", "index.json": b"{}"})
    assert images.archive_format(oci) == "oci"
    (tmp_path / "not.tar").write_text("hello")
    with pytest.raises(images.ImageError, match="not a tar archive"):
        images.archive_format(tmp_path / "not.tar")
    other = _archive(tmp_path / "other.tar", {"readme.txt": b"x"})
    with pytest.raises(images.ImageError, match="not a container image archive"):
        images.archive_format(other)
    with pytest.raises(images.ImageError, match="bad image reference"):
        images.archive_name("nvcr.io/nvidia/Triton Server:1")


def test_bundle_refuses_a_bad_image_archive_before_any_slow_step(tmp_path, capsys):
    (tmp_path / "bad.tar").write_text("not an image")
    repo = tmp_path / "repo"
    repo.mkdir()
    write_manifest(repo, {"version": "v1"})
    rc = main(
        ["--out", str(tmp_path / "b"), "--model-repository", str(repo), "--wheelhouse", "none"]
        + ["--container-image", str(tmp_path / "bad.tar"), "--gnupg-home", str(tmp_path / "g"), "--test-key"]
    )
    assert rc == 1 and "not a tar archive" in capsys.readouterr().err
