"""A tiny real Triton model repository (one Python-backend model) for the ops tests.

Used when the real CPU repository (`medcode export --profile cpu`) is not built: it lets the
converge test start a real Triton, and tell two releases apart through the model config's
`release` parameter (what the rollback test reads back from the running server).
"""

from __future__ import annotations

import sys
from pathlib import Path

from medcode.manifest import write_manifest

CONFIG = """name: "medcode_probe"
backend: "python"
max_batch_size: 0
input [ {{ name: "INPUT0" data_type: TYPE_FP32 dims: [ -1 ] }} ]
output [ {{ name: "OUTPUT0" data_type: TYPE_FP32 dims: [ -1 ] }} ]
instance_group [ {{ kind: KIND_CPU count: 1 }} ]
parameters {{ key: "release" value {{ string_value: "{release}" }} }}
"""

MODEL_PY = '''"""Echo model: returns its input; exists so ops tests can load and query a real model."""
import triton_python_backend_utils as pb_utils


class TritonPythonModel:
    def execute(self, requests):
        out = []
        for req in requests:
            x = pb_utils.get_input_tensor_by_name(req, "INPUT0").as_numpy()
            out.append(pb_utils.InferenceResponse([pb_utils.Tensor("OUTPUT0", x)]))
        return out
'''


def make(dest: Path, release: str) -> Path:
    """Write the probe repository for `release` into dest (with MANIFEST.json) and return dest."""
    model = dest / "medcode_probe"
    (model / "1").mkdir(parents=True, exist_ok=True)
    (model / "config.pbtxt").write_text(CONFIG.format(release=release))
    (model / "1" / "model.py").write_text(MODEL_PY)
    write_manifest(dest, {"version": release})
    return dest


if __name__ == "__main__":
    make(Path(sys.argv[1]), sys.argv[2])
