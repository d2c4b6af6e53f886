"""Build the served `CodingPipeline` from a model version folder of the `medcode` Triton model.

Layout of `<repo>/medcode/1/`: `coder/` (the trained coder's artefacts), `tokenizer.json`,
`version.json` (model version and code-set versions written by `medcode export`).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from medcode.codesets.systems import CodeSystem
from medcode.pipeline import CodingOptions, CodingPipeline


def model_parameters(args: dict) -> dict[str, str]:
    """The `parameters` of a Triton model's config, from the `args` its `initialize` receives."""
    return {k: v["string_value"] for k, v in json.loads(args["model_config"]).get("parameters", {}).items()}


def make_check_fn():
    """Adapter from pipeline options to `medcode.checks.run_checks`."""
    from medcode.checks import Patient, run_checks

    def check(ranked, opts: CodingOptions):
        return run_checks(ranked, Patient(age=opts.age, sex=opts.sex), threshold=opts.threshold)

    return check


def served_systems(coder) -> tuple[str, ...]:
    """The code systems requests may ask for: those the coder ranks, less CPT when this server has
    no CPT code book (`MEDCODE_CPT_FILE` unset): CPT codes could not be checked or titled, so
    they are refused like a system the coder never learned."""
    from medcode.codesets.validity import cpt_codes

    systems = tuple(coder.models)
    if CodeSystem.CPT in systems and cpt_codes() is None:
        logging.getLogger("medcode").warning(
            "the coder ranks CPT but MEDCODE_CPT_FILE is not set: CPT requests are refused"
        )
        systems = tuple(s for s in systems if s is not CodeSystem.CPT)
    return systems


def load_pipeline(model_dir: Path) -> CodingPipeline:
    from medcode.checks import warm_up
    from medcode.codesets.validity import is_billable
    from medcode.coding.coder import Coder

    info = json.loads((model_dir / "version.json").read_text())
    warm_up()  # load the code sets now, not on the first request
    coder = Coder.load(model_dir / "coder")
    return CodingPipeline(
        coder,
        model_version=info.get("model_version", "unknown"),
        code_set_versions=info.get("code_set_versions", {}),
        check_fn=make_check_fn(),
        billable_fn=is_billable,
        systems=served_systems(coder),
    )
