"""Where medcode finds its data, its build output and its artefacts: the one module that knows.

A checkout keeps everything under the repository root: `datasets/` (the vendored public data,
each folder with its licence and checksums), `build/` (exported encoder, trained coder, model
repositories, logs), `examples/` and `bench/`. An installed medcode (a wheel in a site's
virtual environment) has no checkout around it, so a site names its own files with
environment variables, read when a path is asked for (not at import), so that a test or a
launcher can set them first:

| variable | what | default |
|---|---|---|
| `MEDCODE_DATA_DIR` | the folder holding the public data sets | `<checkout>/datasets` |
| `MEDCODE_BUILD_DIR` | exported models, the coder, repositories, logs | `<checkout>/build` |
| `MEDCODE_CODIESP_DIR` | CodiEsp-format coded notes (`train/`, `dev/`) | `<data>/codiesp` |
| `MEDCODE_ICD_INDEX_DIR` | ICD-10-CM Alphabetic Index CSVs | `<data>/icd10cm_index_fy2025` |
| `MEDCODE_ICD10CM_FY2025_DIR` | ICD-10-CM FY2025 code list (`icd10cm_fy2025.tsv.gz`), for dates of service in FY2025 | `<data>/icd10cm_fy2025` |
| `MEDCODE_HCPCS_FILE` | the HCPCS Level II CSV the checks read | `<data>/hcpcs_2025_oct/HCPC2025_OCT_ANWEB.csv` |
| `MEDCODE_CPT_FILE` | the site's licensed CPT file (never in the repository) | none |
"""

from __future__ import annotations

import os
from pathlib import Path

# The checkout this module sits in (for an installed wheel: site-packages, which has no data).
REPO_ROOT = Path(__file__).resolve().parents[1]
# The Triton adapters (`model.py` per model) that `medcode export` copies into a repository.
TRITON_MODELS = Path(__file__).resolve().parent / "triton_models"
EXAMPLES = REPO_ROOT / "examples"
BENCH = REPO_ROOT / "bench"


def _env_path(name: str, default: Path) -> Path:
    value = os.environ.get(name)
    return Path(value) if value else default


def data_dir() -> Path:
    return _env_path("MEDCODE_DATA_DIR", REPO_ROOT / "datasets")


def build_dir() -> Path:
    return _env_path("MEDCODE_BUILD_DIR", REPO_ROOT / "build")


def codiesp_dir() -> Path:
    return _env_path("MEDCODE_CODIESP_DIR", data_dir() / "codiesp")


def icd_index_dir() -> Path:
    return _env_path("MEDCODE_ICD_INDEX_DIR", data_dir() / "icd10cm_index_fy2025")


def icd10cm_fy2025_dir() -> Path:
    """The vendored ICD-10-CM FY2025 code list (the FY2026 year comes from simple-icd-10-cm)."""
    return _env_path("MEDCODE_ICD10CM_FY2025_DIR", data_dir() / "icd10cm_fy2025")


def hcpcs_file() -> Path:
    return _env_path("MEDCODE_HCPCS_FILE", data_dir() / "hcpcs_2025_oct" / "HCPC2025_OCT_ANWEB.csv")


def cpt_file() -> Path | None:
    """The site's licensed CPT file, or None when CPT is disabled (unset or blank)."""
    value = os.environ.get("MEDCODE_CPT_FILE", "").strip()
    return Path(value) if value else None


def deid_sets_dir() -> Path:
    return data_dir() / "deid"


def presidio_synth_file() -> Path:
    return data_dir() / "presidio_synth" / "synth_dataset_v2.json"


def model_repository(profile: str = "cpu") -> Path:
    """Where `medcode export --profile PROFILE` writes its repository by default."""
    return build_dir() / "model_repository" / profile


def encoder_dir(variant: str = "int8") -> Path:
    """The exported encoder: `fp32` (Optimum's ONNX) or `int8` (quantized for CPU)."""
    return build_dir() / "encoder" / variant


def coder_dir() -> Path:
    return build_dir() / "coder"


def embedding_cache_dir() -> Path:
    return build_dir() / "cache" / "embeddings"


def triton_backends_dir() -> Path:
    return build_dir() / "triton_backends"


def logs_dir() -> Path:
    return build_dir() / "logs"
